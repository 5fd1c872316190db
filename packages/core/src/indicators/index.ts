export {
  computeIndicators,
  type IndicatorOptions,
  type IndicatorRecords,
  type IndicatorReport,
  type IndicatorValues,
  type RetentionCounts,
} from './compute-indicators.js';
export {
  assertCountTable,
  type CountPosition,
  type CountTable,
  type PublishedCount,
  type SuppressedTable,
  type SuppressionReason,
} from './count-table.js';
export {
  DisclosureTableError,
  type DisclosureTableErrorCode,
  type DisclosureTableFault,
  disclosureTableMessages,
} from './disclosure-table-error.js';
export { isEconomicallyRehabilitated, type RehabilitationRule } from './economic-rehabilitation.js';
export {
  type PublishedIndicators,
  type PublishedStatistic,
  type PublishedStatistics,
  type PublishOptions,
  publishIndicators,
} from './publish-indicators.js';
export {
  publishOrganizationIndicators,
  splitByOrganization,
} from './publish-organization-indicators.js';
export type {
  IndicatorEnrolment,
  IndicatorEnterprise,
  IndicatorFollowUp,
  IndicatorParticipant,
  IndicatorPlacement,
  IndicatorReferral,
} from './records.js';
export {
  assessRetraffickingRisk,
  type RiskAssessment,
  type RiskFactorFound,
  type RiskFactorSource,
  type RiskInput,
  type RiskOptions,
} from './retrafficking-risk.js';
export {
  RETRAFFICKING_RISK_RULES,
  RISK_LEVEL_THRESHOLDS,
  RiskConcern,
  type RiskConcernKind,
  RiskFactor,
  type RiskFactorCode,
  RiskLevel,
  type RiskLevelValue,
  type RiskRule,
  riskRuleDescriptions,
} from './risk-rules.js';
export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  recoverableCounts,
  type SuppressionOptions,
  suppressTable,
} from './suppress-table.js';
