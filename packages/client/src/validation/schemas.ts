import {
  ConsentInputSchema,
  ConsentSchema,
  ConsentWithdrawalSchema,
  EnrolmentInputSchema,
  EnrolmentSchema,
  EnterpriseInputSchema,
  EnterpriseSchema,
  FollowUpInputSchema,
  FollowUpSchema,
  JobOfferDraftInputSchema,
  JobOfferPatchSchema,
  LivelihoodPlanInputSchema,
  LivelihoodPlanSchema,
  MonthlyRecordSchema,
  NeedsAssessmentInputSchema,
  NeedsAssessmentSchema,
  OrganizationInputSchema,
  OrganizationSchema,
  ParticipantInputSchema,
  ParticipantSchema,
  ReferralInputSchema,
  ReferralSchema,
  ServiceDeliveryInputSchema,
  ServiceDeliverySchema,
  SupportRequestInputSchema,
  SupportRequestSchema,
  TrainingProgrammeInputSchema,
  TrainingProgrammeSchema,
  type validate,
} from '@nayabato/core';

/** A zod/mini schema, as core's `validate` takes it (zod is core's dependency, not the client's). */
export type Schema = Parameters<typeof validate>[0];

/**
 * Core's schemas of request bodies by the contract's component name: the registry names core's input
 * schemas as components, so the same schema checks a body here and at the registry. Components the
 * registry defines itself (users, keys, tokens, referral transitions, search filters) are checked by the
 * registry only.
 */
export const BODY_SCHEMAS: Readonly<Record<string, Schema>> = {
  ConsentInput: ConsentInputSchema,
  ConsentWithdrawal: ConsentWithdrawalSchema,
  FollowUpInput: FollowUpInputSchema,
  EnrolmentInput: EnrolmentInputSchema,
  EnterpriseInput: EnterpriseInputSchema,
  JobOfferInput: JobOfferDraftInputSchema,
  JobOfferPatch: JobOfferPatchSchema,
  LivelihoodPlanInput: LivelihoodPlanInputSchema,
  MonthlyRecord: MonthlyRecordSchema,
  NeedsAssessmentInput: NeedsAssessmentInputSchema,
  OrganizationInput: OrganizationInputSchema,
  ParticipantInput: ParticipantInputSchema,
  ReferralInput: ReferralInputSchema,
  ServiceDeliveryInput: ServiceDeliveryInputSchema,
  SupportRequestInput: SupportRequestInputSchema,
  TrainingProgrammeInput: TrainingProgrammeInputSchema,
};

/**
 * Response record components that ARE core's full record, checked with its whole schema (rules
 * included). A component joins this list only when every caller gets the full record.
 */
export const RECORD_SCHEMAS: Readonly<Record<string, Schema>> = {
  Consent: ConsentSchema,
  FollowUp: FollowUpSchema,
  Enrolment: EnrolmentSchema,
  Enterprise: EnterpriseSchema,
  LivelihoodPlan: LivelihoodPlanSchema,
  NeedsAssessment: NeedsAssessmentSchema,
  Organization: OrganizationSchema,
  Participant: ParticipantSchema,
  ServiceDelivery: ServiceDeliverySchema,
  // The desk's view only leaves out `participantId`, which core's schema has as optional: still a full record.
  SupportRequest: SupportRequestSchema,
  TrainingProgramme: TrainingProgrammeSchema,
};

/**
 * Response record components that are redacted views of a core record: the registry leaves out what the
 * caller may not see (a training institution gets a participant's age band, education and languages;
 * a receiver may not get the sender's free text). Each field present is checked with core's schema of
 * that field, the fields the contract requires must be there, and no other field may be; the record's
 * cross-field rules are not checked, since they may need the fields left out.
 */
export const VIEW_SHAPES: Readonly<Record<string, Readonly<Record<string, Schema>>>> = {
  ParticipantView: ParticipantSchema.shape,
  Referral: ReferralSchema.shape,
  // The NGO gets the whole enterprise, a corporate buyer `{ enterpriseCode, trade }`: both fit the shape.
  EnterpriseView: EnterpriseSchema.shape,
};
