import {
  ConsentInputSchema,
  ConsentSchema,
  ConsentWithdrawalSchema,
  LivelihoodPlanInputSchema,
  LivelihoodPlanSchema,
  NeedsAssessmentInputSchema,
  NeedsAssessmentSchema,
  OrganizationInputSchema,
  OrganizationSchema,
  ParticipantInputSchema,
  ParticipantSchema,
  ReferralInputSchema,
  type validate,
} from '@nayabato/core';

/** A zod/mini schema, as core's `validate` takes it (zod is core's dependency, not the client's). */
export type Schema = Parameters<typeof validate>[0];

/**
 * Core's schemas by the contract's component name: the registry names core's schemas as components,
 * so the same schema checks a body here and at the registry. Components the registry defines itself
 * (users, keys, tokens, referral transitions, search filters) are checked by the registry only.
 */
export const COMPONENT_SCHEMAS: Readonly<Record<string, Schema>> = {
  ConsentInput: ConsentInputSchema,
  Consent: ConsentSchema,
  LivelihoodPlanInput: LivelihoodPlanInputSchema,
  LivelihoodPlan: LivelihoodPlanSchema,
  NeedsAssessmentInput: NeedsAssessmentInputSchema,
  NeedsAssessment: NeedsAssessmentSchema,
  OrganizationInput: OrganizationInputSchema,
  Organization: OrganizationSchema,
  ParticipantInput: ParticipantInputSchema,
  Participant: ParticipantSchema,
  ReferralInput: ReferralInputSchema,
};

/** Request bodies the contract describes inline (no component name), by operation. */
export const INLINE_BODY_SCHEMAS: Readonly<Record<string, Schema>> = {
  'POST /v1/consents/{id}/withdraw': ConsentWithdrawalSchema,
};
