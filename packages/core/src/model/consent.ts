import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { dateOrderIssue, duplicateIssues } from './common-rules.js';
import { type DomainIssue, domainChecks } from './domain-checks.js';
import { idSchema } from './ids.js';
import { OverrideSchema } from './override.js';
import { IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';

/**
 * What a consent is for. One record per purpose: consent to one purpose never implies another.
 * `employer_introduction` lets the NGO introduce the candidate to an employer outside the registry; the
 * registry never discloses identity to a corporate partner.
 *
 * @example
 * ```ts
 * ConsentPurpose.label('sharing', 'en'); // 'Sharing with a named organisation'
 * ```
 */
export const ConsentPurpose = defineEnum('consent.purpose', {
  services: { en: 'Receiving services', ne: 'सेवा प्राप्त गर्न' },
  sharing: { en: 'Sharing with a named organisation', ne: 'तोकिएको संस्थासँग जानकारी साझा गर्न' },
  employer_introduction: { en: 'Introduction to an employer', ne: 'रोजगारदातासँग परिचय गराउन' },
  reporting: { en: 'Non-identifying reporting', ne: 'पहिचान नखुल्ने प्रतिवेदनका लागि' },
  research: { en: 'Research', ne: 'अनुसन्धानका लागि' },
  publication: { en: 'Publication of a story or photo', ne: 'कथा वा तस्बिर प्रकाशन गर्न' },
});
/** One of the {@link ConsentPurpose} values. */
export type ConsentPurposeValue = EnumValue<typeof ConsentPurpose>;

/**
 * What a publication consent may cover, item by item.
 *
 * @example
 * ```ts
 * PublicationItem.label('photo', 'ne'); // 'तस्बिर'
 * ```
 */
export const PublicationItem = defineEnum('consent.publication_item', {
  story_text: { en: 'Story text', ne: 'कथाको पाठ' },
  photo: { en: 'Photo', ne: 'तस्बिर' },
  video: { en: 'Video', ne: 'भिडियो' },
  voice: { en: 'Voice recording', ne: 'आवाज रेकर्डिङ' },
  first_name: { en: 'First name or chosen name', ne: 'पहिलो नाम वा रोजेको नाम' },
  age: { en: 'Age', ne: 'उमेर' },
  district: { en: 'District', ne: 'जिल्ला' },
});
/** One of the {@link PublicationItem} values. */
export type PublicationItemValue = EnumValue<typeof PublicationItem>;

/**
 * What a sharing consent shares with the organisation it names, item by item. The receiving organisation
 * reads exactly the items named, and nothing else; free-text notes only when `notes` is named. Describe
 * each item to the participant with {@link consentScopeDescriptions} before recording the consent.
 *
 * @example
 * ```ts
 * ConsentScope.label('needs_assessment', 'en'); // 'Needs assessment'
 * ```
 */
export const ConsentScope = defineEnum('consent.scope', {
  profile: { en: 'Profile', ne: 'व्यक्तिगत विवरण' },
  needs_assessment: { en: 'Needs assessment', ne: 'आवश्यकता लेखाजोखा' },
  livelihood_plan: { en: 'Livelihood plan', ne: 'जीविकोपार्जन योजना' },
  follow_ups: { en: 'Follow-ups', ne: 'अनुगमन' },
  notes: { en: 'Counsellor’s notes', ne: 'परामर्शदाताका टिप्पणी' },
});
/** One of the {@link ConsentScope} values. */
export type ConsentScopeValue = EnumValue<typeof ConsentScope>;

/**
 * What each {@link ConsentScope} item reveals to the receiving organisation, in English and Nepali: what
 * the recording NGO reads out to the participant before recording a sharing consent.
 *
 * @example
 * ```ts
 * consentScopeDescriptions.format('notes', 'en'); // 'The counsellor’s free-text notes, ...'
 * ```
 */
export const consentScopeDescriptions = defineMessages<ConsentScopeValue>('consent.scope_description', {
  profile: {
    en: 'The structured profile: category, trafficking status, gender, age, districts of origin and residence, citizenship certificate status, education, languages, dependants, shelter and exploitation history. Never a name or contact details.',
    ne: 'संरचित विवरण: वर्ग, बेचबिखनको स्थिति, लिङ्ग, उमेर, उत्पत्ति र बसोबासको जिल्ला, नागरिकता प्रमाणपत्रको स्थिति, शिक्षा, भाषा, आश्रित, आवास र शोषणको इतिहास। नाम वा सम्पर्क विवरण कहिल्यै होइन।',
  },
  needs_assessment: {
    en: 'The needs assessment the referral names, its free-text remarks included.',
    ne: 'प्रेषणमा उल्लेख गरिएको आवश्यकता लेखाजोखा, त्यसका लिखित टिप्पणीसमेत।',
  },
  livelihood_plan: {
    en: 'The livelihood plan the referral names: goals, steps and their free text.',
    ne: 'प्रेषणमा उल्लेख गरिएको जीविकोपार्जन योजना: लक्ष्य, चरण र तिनका लिखित विवरण।',
  },
  follow_ups: {
    en: 'The follow-up visits recorded after support: income, living situation, family reintegration.',
    ne: 'सहयोगपछि गरिएका अनुगमन भ्रमण: आम्दानी, बसोबासको अवस्था, परिवारमा पुनर्मिलन।',
  },
  notes: {
    en: 'The counsellor’s free-text notes, which may describe what the participant lived through.',
    ne: 'परामर्शदाताका लिखित टिप्पणी, जसमा सहभागीले भोगेका कुरा हुन सक्छन्।',
  },
});

/**
 * The scope existing sharing consents received when scopes were introduced (they were recorded before
 * the participant was asked item by item): the profile only, the most conservative useful choice.
 *
 * @example
 * ```ts
 * DEFAULT_MIGRATED_CONSENT_SCOPE; // ['profile']
 * ```
 */
export const DEFAULT_MIGRATED_CONSENT_SCOPE: readonly ConsentScopeValue[] = Object.freeze(['profile']);

/**
 * How the participant gave consent.
 *
 * @example
 * ```ts
 * ConsentMethod.label('thumbprint', 'en'); // 'Thumbprint'
 * ```
 */
export const ConsentMethod = defineEnum('consent.method', {
  written: { en: 'Signed', ne: 'हस्ताक्षर' },
  thumbprint: { en: 'Thumbprint', ne: 'औँठाछाप' },
  verbal: { en: 'Verbal, witnessed', ne: 'मौखिक, साक्षीसहित' },
});
/** One of the {@link ConsentMethod} values. */
export type ConsentMethodValue = EnumValue<typeof ConsentMethod>;

/**
 * The HTCDS v2.0 informed-consent checks: what the participant was told before consenting. Consent counts
 * only when every check is true (or an authorised user recorded an override).
 *
 * @example
 * ```ts
 * InformedConsentChecksSchema.parse({
 *   purposeExplained: true, useExplained: true, researchUseExplained: true,
 *   accessRightsExplained: true, retentionExplained: true, withdrawalExplained: true,
 * });
 * ```
 */
export const InformedConsentChecksSchema = z.strictObject({
  /** Informed of the purpose. */
  purposeExplained: z.boolean(),
  /** Informed of the actual and potential use of the data. */
  useExplained: z.boolean(),
  /** Informed of the use of non-identifying data for research. */
  researchUseExplained: z.boolean(),
  /** Informed of the right to request their personal data at any time. */
  accessRightsExplained: z.boolean(),
  /** Informed how long the data will be stored. */
  retentionExplained: z.boolean(),
  /** Informed how to withdraw consent. */
  withdrawalExplained: z.boolean(),
});
/** The informed-consent checks. */
export type InformedConsentChecks = z.infer<typeof InformedConsentChecksSchema>;

/**
 * The names of the informed-consent checks, in HTCDS order.
 *
 * @example
 * ```ts
 * INFORMED_CONSENT_CHECKS[0]; // 'purposeExplained'
 * const missing = INFORMED_CONSENT_CHECKS.filter((k) => !consent.checks[k]);
 * ```
 */
export const INFORMED_CONSENT_CHECKS = Object.freeze([
  'purposeExplained',
  'useExplained',
  'researchUseExplained',
  'accessRightsExplained',
  'retentionExplained',
  'withdrawalExplained',
] as const satisfies readonly (keyof InformedConsentChecks)[]);

/**
 * Whether every informed-consent check is true.
 *
 * @example
 * ```ts
 * checksComplete(consent.checks); // true or false
 * ```
 */
export function checksComplete(checks: InformedConsentChecks): boolean {
  return INFORMED_CONSENT_CHECKS.every((k) => checks[k]);
}

/**
 * Messages of the consent rules.
 *
 * @example
 * ```ts
 * consentRuleMessages.localized('recipient_required').ne; // 'साझा गर्ने सहमतिमा जानकारी पाउने संस्था तोक्नुपर्छ'
 * ```
 */
export const consentRuleMessages = defineMessages('consent.rules', {
  recipient_required: {
    en: 'Sharing consent must name the receiving organisation',
    ne: 'साझा गर्ने सहमतिमा जानकारी पाउने संस्था तोक्नुपर्छ',
  },
  recipient_unexpected: {
    en: 'Only sharing and employer-introduction consents name an organisation',
    ne: 'साझा गर्ने र रोजगारदातासँग परिचयको सहमतिमा मात्र संस्था तोकिन्छ',
  },
  items_required: {
    en: 'Publication consent must list the items it covers',
    ne: 'प्रकाशन सहमतिमा समेटिने कुराहरू खुलाउनुपर्छ',
  },
  items_unexpected: {
    en: 'Only publication consents list items',
    ne: 'प्रकाशन सहमतिमा मात्र कुराहरू खुलाइन्छ',
  },
  scope_required: {
    en: 'A sharing consent must name what it shares (its scope)',
    ne: 'साझा गर्ने सहमतिमा के-के साझा गरिन्छ (दायरा) खुलाउनुपर्छ',
  },
  scope_unexpected: {
    en: 'Only sharing consents have a scope',
    ne: 'साझा गर्ने सहमतिमा मात्र दायरा हुन्छ',
  },
});

const consentInputShape = {
  /** The participant who consents. */
  participantId: idSchema('participant'),
  /** What the consent is for. */
  purpose: ConsentPurpose.schema,
  /** For `sharing` (required) and `employer_introduction` (optional): the organisation it names. */
  recipientOrganizationId: z.optional(idSchema('organization')),
  /**
   * For `sharing` (required): exactly what the named organisation may read. Free-text notes only when
   * `notes` is named.
   */
  scope: z.optional(z.array(ConsentScope.schema).check(z.minLength(1), z.maxLength(5))),
  /** For `publication` (required): exactly what may be published. */
  publicationItems: z.optional(z.array(PublicationItem.schema).check(z.minLength(1), z.maxLength(7))),
  /** How consent was given. */
  method: z.optional(ConsentMethod.schema),
  /** When consent was given. */
  givenAt: IsoDateTimeSchema,
  /** When it lapses, if it does. */
  expiresAt: z.optional(IsoDateTimeSchema),
  /** When it was withdrawn; withdrawal takes effect at once and the record is kept. */
  withdrawnAt: z.optional(IsoDateTimeSchema),
  /** What the participant was told. */
  checks: InformedConsentChecksSchema,
  /** An authorised user's override of incomplete checks, with the reason. */
  override: z.optional(OverrideSchema),
};

const serverShape = {
  /** The consent's id. */
  id: idSchema('consent'),
  /** The organisation that recorded it. */
  organizationId: idSchema('organization'),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

type ConsentRuleInput = z.infer<z.ZodMiniObject<typeof consentInputShape>>;

function consentRuleIssues(c: ConsentRuleInput): DomainIssue[] {
  const m = consentRuleMessages;
  const out: DomainIssue[] = [];
  const issue = (path: string[], code: keyof typeof m.entries) =>
    out.push({ path, code, message: m.localized(code) });
  if (c.purpose === 'sharing' && c.recipientOrganizationId === undefined)
    issue(['recipientOrganizationId'], 'recipient_required');
  if (
    c.purpose !== 'sharing' &&
    c.purpose !== 'employer_introduction' &&
    c.recipientOrganizationId !== undefined
  )
    issue(['recipientOrganizationId'], 'recipient_unexpected');
  if (c.purpose === 'publication' && c.publicationItems === undefined)
    issue(['publicationItems'], 'items_required');
  if (c.purpose !== 'publication' && c.publicationItems !== undefined)
    issue(['publicationItems'], 'items_unexpected');
  if (c.purpose === 'sharing' && c.scope === undefined) issue(['scope'], 'scope_required');
  if (c.purpose !== 'sharing' && c.scope !== undefined) issue(['scope'], 'scope_unexpected');
  out.push(...duplicateIssues(c.publicationItems ?? [], ['publicationItems']));
  out.push(...duplicateIssues(c.scope ?? [], ['scope']));
  out.push(...dateOrderIssue(c.givenAt, c.expiresAt, ['expiresAt']));
  out.push(...dateOrderIssue(c.givenAt, c.withdrawnAt, ['withdrawnAt']));
  return out;
}

const consentRules = domainChecks<ConsentRuleInput>(consentRuleIssues);

/**
 * What a client sends to record a consent: {@link ConsentSchema} without `id`, `organizationId`,
 * `createdAt`, `updatedAt`.
 *
 * @example
 * ```ts
 * validate(ConsentInputSchema, { participantId: 'pt_0123456789', purpose: 'services', givenAt: '2026-03-01T10:00:00Z', checks });
 * ```
 */
export const ConsentInputSchema = z.strictObject(consentInputShape).check(consentRules);

/**
 * One consent for one purpose, as stored. A consent covers a disclosure only between `givenAt` and the
 * first of `expiresAt` and `withdrawnAt`, and only with complete informed-consent checks (or an override):
 * see {@link consentCovers}.
 *
 * @example
 * ```ts
 * const c: Consent = assertValid(ConsentSchema, {
 *   id: 'cns_0123456789', organizationId: 'org_0123456789', participantId: 'pt_0123456789',
 *   purpose: 'sharing', recipientOrganizationId: 'org_abcdefghij', scope: ['profile'], givenAt: '2026-03-01T10:00:00Z', checks,
 *   createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z',
 * });
 * ```
 */
export const ConsentSchema = z.strictObject({ ...serverShape, ...consentInputShape }).check(consentRules);

/** A stored consent. */
export type Consent = z.infer<typeof ConsentSchema>;
/** The body that records a consent. */
export type ConsentInput = z.infer<typeof ConsentInputSchema>;

/**
 * The body that withdraws a consent. Withdrawal is never a deletion: the consent stays in the history.
 *
 * @example
 * ```ts
 * ConsentWithdrawalSchema.parse({ withdrawnAt: '2026-04-01T08:00:00Z' });
 * ```
 */
export const ConsentWithdrawalSchema = z.strictObject({ withdrawnAt: IsoDateTimeSchema });
/** The body that withdraws a consent. */
export type ConsentWithdrawal = z.infer<typeof ConsentWithdrawalSchema>;

/**
 * The sensitivity of every consent field. Consents are readable only by the registering organisation.
 *
 * @example
 * ```ts
 * redact(consent, consentFieldSensitivity, 'internal');
 * ```
 */
export const consentFieldSensitivity: FieldSensitivity<Consent> = {
  id: 'internal',
  organizationId: 'internal',
  participantId: 'internal',
  purpose: 'internal',
  recipientOrganizationId: 'internal',
  scope: 'internal',
  publicationItems: 'internal',
  method: 'internal',
  givenAt: 'internal',
  expiresAt: 'internal',
  withdrawnAt: 'internal',
  checks: 'internal',
  override: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
};
