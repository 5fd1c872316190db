import { defineEnum, defineMessages, type EnumValue } from '../i18n/index.js';

/**
 * The levels of re-trafficking risk.
 *
 * @example
 * ```ts
 * RiskLevel.label('high', 'ne'); // 'उच्च'
 * ```
 */
export const RiskLevel = defineEnum('indicators.risk-level', {
  low: { en: 'Low', ne: 'न्यून' },
  medium: { en: 'Medium', ne: 'मध्यम' },
  high: { en: 'High', ne: 'उच्च' },
});
/** `low`, `medium` or `high`. */
export type RiskLevelValue = EnumValue<typeof RiskLevel>;

/**
 * The factors that can raise the re-trafficking risk, with their labels. The codes are stable: partners
 * may store and act on them.
 *
 * @example
 * ```ts
 * RiskFactor.label('no_sustainable_income', 'en'); // 'No sustainable income'
 * ```
 */
export const RiskFactor = defineEnum('indicators.risk-factor', {
  recent_exploitation: { en: 'Recent exploitation', ne: 'हालै शोषण भएको' },
  no_sustainable_income: { en: 'No sustainable income', ne: 'दिगो आम्दानी नभएको' },
  debt: { en: 'Debt', ne: 'ऋण' },
  family_pressure_to_migrate: { en: 'Family pressure to migrate', ne: 'बसाइँसराइका लागि पारिवारिक दबाब' },
  no_citizenship_certificate: { en: 'No citizenship certificate', ne: 'नागरिकता प्रमाणपत्र नभएको' },
  citizenship_in_process: {
    en: 'Citizenship certificate still in process',
    ne: 'नागरिकता प्रमाणपत्र प्रक्रियामै रहेको',
  },
  social_rejection: { en: 'Social rejection', ne: 'सामाजिक तिरस्कार' },
  no_stable_housing: { en: 'No stable housing', ne: 'स्थिर बासस्थान नभएको' },
  job_lost: { en: 'Recently lost a job', ne: 'हालै रोजगारी गुमेको' },
  no_recent_follow_up: { en: 'No recent follow-up', ne: 'हालै अनुगमन नभएको' },
  enterprise_struggling: { en: 'Enterprise closed or making no profit', ne: 'उद्यम बन्द वा नाफा नभएको' },
  past_debt_bondage: { en: 'Debt bondage in the past', ne: 'विगतमा ऋण बन्धन' },
  low_psychosocial_wellbeing: { en: 'Low psychosocial wellbeing', ne: 'कमजोर मनोसामाजिक अवस्था' },
});
/** One of the {@link RiskFactor} codes. */
export type RiskFactorCode = EnumValue<typeof RiskFactor>;

/**
 * Concerns a counsellor records that the registry has no other field for (see `docs/indicators.md`).
 *
 * @example
 * ```ts
 * RiskConcern.schema.parse('family_pressure_to_migrate');
 * ```
 */
export const RiskConcern = defineEnum('indicators.risk-concern', {
  recent_exploitation: {
    en: 'Exploitation or an attempt since support began',
    ne: 'सहयोग सुरु भएपछि शोषण वा प्रयास',
  },
  debt: { en: 'Debt the participant cannot repay', ne: 'तिर्न नसकिने ऋण' },
  family_pressure_to_migrate: {
    en: 'Family pressure to migrate for work',
    ne: 'कामका लागि बसाइँ सर्न परिवारको दबाब',
  },
  social_rejection: { en: 'Rejected by family or community', ne: 'परिवार वा समुदायबाट तिरस्कृत' },
});
/** One of the {@link RiskConcern} kinds. */
export type RiskConcernKind = EnumValue<typeof RiskConcern>;

/**
 * How each rule is evaluated, in words, for staff and for `docs/indicators.md`.
 *
 * @example
 * ```ts
 * riskRuleDescriptions.format('recent_exploitation', 'en', { recentMonths: 6 });
 * // 'A concern "recent exploitation" recorded in the last 6 months.'
 * ```
 */
export const riskRuleDescriptions = defineMessages('indicators.risk-rule', {
  recent_exploitation: {
    en: 'A concern "recent exploitation" recorded in the last {recentMonths} months.',
    ne: 'पछिल्लो {recentMonths} महिनामा "हालै शोषण" चिन्ता दर्ता गरिएको।',
  },
  no_sustainable_income: {
    en: 'The latest follow-up shows income below {incomeThreshold} rupees a month (or there is no follow-up), and no current job or operating enterprise earns that much.',
    ne: 'पछिल्लो अनुगमनमा मासिक आम्दानी {incomeThreshold} रुपैयाँभन्दा कम (वा अनुगमन नै छैन), र हालको रोजगारी वा सञ्चालित उद्यमबाट पनि त्यति आम्दानी छैन।',
  },
  debt: {
    en: 'A concern "debt" recorded in the last {recentMonths} months.',
    ne: 'पछिल्लो {recentMonths} महिनामा "ऋण" चिन्ता दर्ता गरिएको।',
  },
  family_pressure_to_migrate: {
    en: 'A concern "family pressure to migrate" recorded in the last {recentMonths} months.',
    ne: 'पछिल्लो {recentMonths} महिनामा "बसाइँसराइका लागि पारिवारिक दबाब" चिन्ता दर्ता गरिएको।',
  },
  no_citizenship_certificate: {
    en: 'The participant has no citizenship certificate.',
    ne: 'सहभागीसँग नागरिकता प्रमाणपत्र छैन।',
  },
  citizenship_in_process: {
    en: 'The citizenship certificate application is still in process.',
    ne: 'नागरिकता प्रमाणपत्रको निवेदन अझै प्रक्रियामा छ।',
  },
  social_rejection: {
    en: 'A concern "social rejection" in the last {recentMonths} months, or a social reintegration score of 2 or less at the latest follow-up.',
    ne: 'पछिल्लो {recentMonths} महिनामा "सामाजिक तिरस्कार" चिन्ता, वा पछिल्लो अनुगमनमा सामाजिक पुनःएकीकरण अङ्क २ वा कम।',
  },
  no_stable_housing: {
    en: 'The participant has no stable housing.',
    ne: 'सहभागीको स्थिर बासस्थान छैन।',
  },
  job_lost: {
    en: 'A placement ended in the last {recentMonths} months and no placement is current.',
    ne: 'पछिल्लो {recentMonths} महिनामा रोजगारी सकियो र हाल कुनै रोजगारी छैन।',
  },
  no_recent_follow_up: {
    en: 'No follow-up in the last {followUpGapMonths} months (for participants registered longer than that).',
    ne: 'पछिल्लो {followUpGapMonths} महिनामा अनुगमन नभएको (त्योभन्दा पहिले दर्ता भएका सहभागीका लागि)।',
  },
  enterprise_struggling: {
    en: 'The participant has an enterprise, but none is operating, or the operating one made no profit in its last 3 recorded months.',
    ne: 'सहभागीको उद्यम छ, तर कुनै पनि सञ्चालनमा छैन, वा सञ्चालित उद्यमले पछिल्ला ३ महिना नाफा गरेन।',
  },
  past_debt_bondage: {
    en: 'The exploitation history records debt bondage.',
    ne: 'शोषणको इतिहासमा ऋण बन्धन उल्लेख छ।',
  },
  low_psychosocial_wellbeing: {
    en: 'A psychosocial score of 2 or less at the latest follow-up.',
    ne: 'पछिल्लो अनुगमनमा मनोसामाजिक अङ्क २ वा कम।',
  },
});

/**
 * One rule of the re-trafficking risk: a factor code and the weight it adds to the score.
 *
 * @example
 * ```ts
 * const rule: RiskRule = { code: 'debt', weight: 3 };
 * ```
 */
export interface RiskRule {
  readonly code: RiskFactorCode;
  readonly weight: number;
}

/**
 * The rules of {@link assessRetraffickingRisk}, as data: the weights add up to a score, and the score
 * gives the level through {@link RISK_LEVEL_THRESHOLDS}. Recent exploitation alone makes the risk high.
 * The same table is in `docs/indicators.md`; a test keeps them equal.
 *
 * @example
 * ```ts
 * RETRAFFICKING_RISK_RULES.find((r) => r.code === 'debt')?.weight; // 3
 * ```
 */
export const RETRAFFICKING_RISK_RULES: readonly RiskRule[] = Object.freeze([
  { code: 'recent_exploitation', weight: 6 },
  { code: 'no_sustainable_income', weight: 3 },
  { code: 'debt', weight: 3 },
  { code: 'family_pressure_to_migrate', weight: 3 },
  { code: 'no_citizenship_certificate', weight: 2 },
  { code: 'citizenship_in_process', weight: 1 },
  { code: 'social_rejection', weight: 2 },
  { code: 'no_stable_housing', weight: 2 },
  { code: 'job_lost', weight: 2 },
  { code: 'no_recent_follow_up', weight: 2 },
  { code: 'enterprise_struggling', weight: 1 },
  { code: 'past_debt_bondage', weight: 1 },
  { code: 'low_psychosocial_wellbeing', weight: 1 },
] as const);

/**
 * The score at which the risk becomes medium and high (score = sum of the weights of the factors found).
 *
 * @example
 * ```ts
 * RISK_LEVEL_THRESHOLDS.high; // 6
 * ```
 */
export const RISK_LEVEL_THRESHOLDS = Object.freeze({ medium: 3, high: 6 } as const);
