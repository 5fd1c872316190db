export { commonRuleMessages } from './common-rules.js';
export {
  type Consent,
  type ConsentInput,
  ConsentInputSchema,
  ConsentMethod,
  type ConsentMethodValue,
  ConsentPurpose,
  type ConsentPurposeValue,
  ConsentSchema,
  ConsentScope,
  type ConsentScopeValue,
  type ConsentWithdrawal,
  ConsentWithdrawalSchema,
  checksComplete,
  consentFieldSensitivity,
  consentRuleMessages,
  consentScopeDescriptions,
  DEFAULT_MIGRATED_CONSENT_SCOPE,
  INFORMED_CONSENT_CHECKS,
  type InformedConsentChecks,
  InformedConsentChecksSchema,
  PublicationItem,
  type PublicationItemValue,
} from './consent.js';
export {
  type ConsentCoverage,
  ConsentCoverageReason,
  type ConsentCoverageReasonValue,
  type ConsentQuery,
  consentCovers,
} from './consent-covers.js';
export { type DomainIssue, domainChecks } from './domain-checks.js';
export {
  CountryCodeSchema,
  type ExploitationHistory,
  ExploitationHistorySchema,
  ExploitationType,
  type ExploitationTypeValue,
  MethodOfControl,
  type MethodOfControlValue,
  RecruitmentMethod,
  type RecruitmentMethodValue,
  RelationshipToTrafficker,
  type RelationshipToTraffickerValue,
} from './exploitation.js';
export {
  type FromHtcdsOptions,
  fromHtcds,
  HTCDS_IDENTIFYING_FIELDS,
  type HtcdsHistory,
  type HtcdsImport,
  type HtcdsRecord,
  type HtcdsReferral,
  type HtcdsSupportPlan,
  toHtcds,
} from './htcds.js';
export {
  fromHtcdsName,
  HTCDS_EDUCATION,
  HTCDS_EXPLOITATION_TYPE,
  HTCDS_GENDER,
  HTCDS_METHOD_OF_CONTROL,
  HTCDS_ORGANIZATION_TYPE,
  HTCDS_RECRUITMENT_METHOD,
  HTCDS_RELATIONSHIP,
  HTCDS_SUPPORT_PLAN_TYPE,
  HTCDS_TRAFFICKING_STATUS,
} from './htcds-codes.js';
export { ID_PREFIXES, type IdKind, idSchema, newId } from './ids.js';
export {
  ActionStatus,
  type ActionStatusValue,
  GoalStatus,
  type GoalStatusValue,
  type LivelihoodPlan,
  type LivelihoodPlanInput,
  LivelihoodPlanInputSchema,
  LivelihoodPlanSchema,
  livelihoodPlanFieldSensitivity,
  livelihoodPlanRuleMessages,
  type PlanAction,
  PlanActionSchema,
  type PlanAgreement,
  PlanAgreementSchema,
  type PlanGoal,
  PlanGoalSchema,
  PlanKeySchema,
  PlanProgress,
  type PlanProgressValue,
  type PlanReview,
  PlanReviewSchema,
  SupportPlanType,
  type SupportPlanTypeValue,
} from './livelihood-plan.js';
export {
  AssessmentDomain,
  type AssessmentDomainValue,
  type DomainAssessment,
  DomainAssessmentSchema,
  NeedLevel,
  type NeedLevelValue,
  type NeedsAssessment,
  type NeedsAssessmentInput,
  NeedsAssessmentInputSchema,
  NeedsAssessmentSchema,
  needsAssessmentFieldSensitivity,
} from './needs-assessment.js';
export {
  type Organization,
  type OrganizationInput,
  OrganizationInputSchema,
  OrganizationPhoneSchema,
  OrganizationRole,
  type OrganizationRoleValue,
  OrganizationSchema,
  OrganizationUrlSchema,
  organizationFieldSensitivity,
} from './organization.js';
export { type Override, OverrideSchema } from './override.js';
export {
  type Participant,
  type ParticipantInput,
  ParticipantInputSchema,
  ParticipantSchema,
  participantFieldSensitivity,
} from './participant.js';
export {
  AgeBand,
  type AgeBandValue,
  CitizenshipStatus,
  type CitizenshipStatusValue,
  EducationLevel,
  type EducationLevelValue,
  Gender,
  type GenderValue,
  Language,
  LanguageCodeSchema,
  type LanguageValue,
  ParticipantCategory,
  type ParticipantCategoryValue,
  ShelterStatus,
  type ShelterStatusValue,
  TraffickingStatus,
  type TraffickingStatusValue,
} from './participant-enums.js';
export {
  type CitizenshipCertificate,
  CitizenshipCertificateSchema,
  type ParticipantProfileInput,
  ParticipantProfileInputSchema,
  participantRuleIssues,
  participantRuleMessages,
} from './participant-profile.js';
export {
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  NprSchema,
  ShortTextSchema,
} from './primitives.js';
export {
  type Referral,
  ReferralAction,
  type ReferralActionValue,
  type ReferralInput,
  ReferralInputSchema,
  ReferralOutcome,
  type ReferralOutcomeReport,
  ReferralOutcomeReportSchema,
  type ReferralOutcomeValue,
  ReferralParty,
  type ReferralPartyValue,
  ReferralSchema,
  ReferralStatus,
  type ReferralStatusValue,
  referralFieldSensitivity,
  referralRuleMessages,
} from './referral.js';
export {
  allowedReferralActions,
  findReferralTransition,
  REFERRAL_FINAL_STATUSES,
  REFERRAL_TRANSITIONS,
  type ReferralTransition,
  type ReferralTransitionContext,
  type ReferralTransitionResult,
  referralParties,
  transitionReferral,
  tryTransitionReferral,
} from './referral-machine.js';
export {
  ReferralTransitionError,
  type ReferralTransitionErrorCode,
  type ReferralTransitionErrorDetails,
  referralTransitionMessages,
} from './referral-transition-error.js';
export { type FieldSensitivity, redact, Sensitivity, type SensitivityClass } from './sensitivity.js';
export {
  type ServiceDelivery,
  type ServiceDeliveryInput,
  ServiceDeliveryInputSchema,
  ServiceDeliverySchema,
  serviceDeliveryFieldSensitivity,
} from './service-delivery.js';
export { ServiceType, ServiceTypeSchema, type ServiceTypeValue } from './service-type.js';
export {
  ageBandOf,
  MINIMUM_TO_ACT_FIELDS,
  type SharedParticipantViewOptions,
  sharedParticipantView,
  TRAINING_FIELDS,
} from './shared-participant-view.js';
export {
  DOMAIN_SERVICES,
  type ServiceSuggestion,
  suggestionMessages,
  suggestServices,
} from './suggest-services.js';
export {
  type SupportRequest,
  type SupportRequestInput,
  SupportRequestInputSchema,
  SupportRequestKind,
  type SupportRequestKindValue,
  type SupportRequestResponse,
  SupportRequestResponseSchema,
  SupportRequestSchema,
  SupportRequestStatus,
  type SupportRequestStatusValue,
  supportRequestFieldSensitivity,
} from './support-request.js';
export {
  SupportRequestAction,
  type SupportRequestActionValue,
  SupportRequestParty,
  type SupportRequestPartyValue,
} from './support-request-actions.js';
export {
  allowedSupportRequestActions,
  findSupportRequestTransition,
  SUPPORT_REQUEST_FINAL_STATUSES,
  SUPPORT_REQUEST_TRANSITIONS,
  type SupportRequestTransition,
  type SupportRequestTransitionContext,
  type SupportRequestTransitionResult,
  supportRequestParties,
  transitionSupportRequest,
  tryTransitionSupportRequest,
} from './support-request-machine.js';
export {
  SupportRequestTransitionError,
  type SupportRequestTransitionErrorCode,
  type SupportRequestTransitionErrorDetails,
  supportRequestTransitionMessages,
} from './support-request-transition-error.js';
export { offsetInRange, storableText, TextSchema, textIssues, textRuleMessages } from './text.js';
