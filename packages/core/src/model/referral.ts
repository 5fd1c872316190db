import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { type DomainIssue, domainChecks } from './domain-checks.js';
import { idSchema } from './ids.js';
import { OverrideSchema } from './override.js';
import { FreeTextSchema, IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';
import { ServiceTypeSchema } from './service-type.js';

/**
 * Where a referral stands. See {@link REFERRAL_TRANSITIONS} for how it moves.
 *
 * @example
 * ```ts
 * ReferralStatus.label('in_progress', 'en'); // 'In progress'
 * ```
 */
export const ReferralStatus = defineEnum('referral.status', {
  draft: { en: 'Draft', ne: 'मस्यौदा' },
  sent: { en: 'Sent', ne: 'पठाइएको' },
  accepted: { en: 'Accepted', ne: 'स्वीकार गरिएको' },
  rejected: { en: 'Rejected', ne: 'अस्वीकार गरिएको' },
  in_progress: { en: 'In progress', ne: 'सेवा जारी' },
  completed: { en: 'Completed', ne: 'सम्पन्न' },
  cancelled: { en: 'Cancelled by the sender', ne: 'पठाउनेले रद्द गरेको' },
  revoked: { en: 'Revoked', ne: 'फिर्ता लिइएको' },
});
/** One of the {@link ReferralStatus} values. */
export type ReferralStatusValue = EnumValue<typeof ReferralStatus>;

/**
 * The actions that move a referral. The sender sends, cancels and revokes; the receiver accepts, rejects,
 * starts and completes.
 *
 * @example
 * ```ts
 * ReferralAction.label('reject', 'ne'); // 'अस्वीकार गर्ने'
 * ```
 */
export const ReferralAction = defineEnum('referral.action', {
  send: { en: 'Send', ne: 'पठाउने' },
  accept: { en: 'Accept', ne: 'स्वीकार गर्ने' },
  reject: { en: 'Reject', ne: 'अस्वीकार गर्ने' },
  start: { en: 'Start the service', ne: 'सेवा सुरु गर्ने' },
  complete: { en: 'Complete and report the outcome', ne: 'सम्पन्न गरी नतिजा जानकारी दिने' },
  cancel: { en: 'Cancel', ne: 'रद्द गर्ने' },
  revoke: { en: 'Revoke', ne: 'फिर्ता लिने' },
});
/** One of the {@link ReferralAction} values. */
export type ReferralActionValue = EnumValue<typeof ReferralAction>;

/**
 * The two parties to a referral.
 *
 * @example
 * ```ts
 * ReferralParty.label('receiver', 'en'); // 'Receiving organisation'
 * ```
 */
export const ReferralParty = defineEnum('referral.party', {
  sender: { en: 'Sending organisation', ne: 'पठाउने संस्था' },
  receiver: { en: 'Receiving organisation', ne: 'प्राप्त गर्ने संस्था' },
});
/** Which party to a referral takes an action: `sender` or `receiver`. */
export type ReferralPartyValue = EnumValue<typeof ReferralParty>;

/**
 * The result the receiving organisation reports back when it completes a referral (closing the loop).
 *
 * @example
 * ```ts
 * ReferralOutcome.label('service_delivered', 'ne'); // 'सेवा प्रदान गरियो'
 * ```
 */
export const ReferralOutcome = defineEnum('referral.outcome', {
  service_delivered: { en: 'Service delivered', ne: 'सेवा प्रदान गरियो' },
  partially_delivered: { en: 'Service partly delivered', ne: 'सेवा आंशिक रूपमा प्रदान गरियो' },
  participant_declined: { en: 'Participant declined the service', ne: 'सहभागीले सेवा अस्वीकार गर्नुभयो' },
  participant_unreachable: { en: 'Participant could not be reached', ne: 'सहभागीसँग सम्पर्क हुन सकेन' },
  referred_onward: { en: 'Referred on to another organisation', ne: 'अर्को संस्थामा पुनः प्रेषण गरियो' },
});
/** One of the {@link ReferralOutcome} values. */
export type ReferralOutcomeValue = EnumValue<typeof ReferralOutcome>;

/**
 * The outcome reported back on completion.
 *
 * @example
 * ```ts
 * ReferralOutcomeReportSchema.parse({ result: 'service_delivered', summary: 'Six counselling sessions' });
 * ```
 */
export const ReferralOutcomeReportSchema = z.strictObject({
  /** What came of the referral. */
  result: ReferralOutcome.schema,
  /** A short account (free text). */
  summary: z.optional(FreeTextSchema),
});
/** The outcome of a completed referral. */
export type ReferralOutcomeReport = z.infer<typeof ReferralOutcomeReportSchema>;

/**
 * Messages of the referral record rules.
 *
 * @example
 * ```ts
 * referralRuleMessages.format('status_field_required', 'en'); // 'This field is required in the referral’s current status'
 * ```
 */
export const referralRuleMessages = defineMessages('referral.rules', {
  status_field_required: {
    en: 'This field is required in the referral’s current status',
    ne: 'प्रेषणको हालको अवस्थामा यो क्षेत्र आवश्यक छ',
  },
  consent_reference_required: {
    en: 'A sent referral needs a consent reference or a recorded override',
    ne: 'पठाइएको प्रेषणमा सहमतिको सन्दर्भ वा अभिलेख गरिएको अपवाद चाहिन्छ',
  },
});

const referralInputShape = {
  /** Who is referred. */
  participantId: idSchema('participant'),
  /** The receiving organisation; may be the sender itself (a referral inside one organisation). */
  toOrganizationId: idSchema('organization'),
  /** The service asked for. */
  serviceType: ServiceTypeSchema,
  /** Why (free text). */
  reason: FreeTextSchema.check(z.trim(), z.minLength(1)),
  /** The needs assessment behind it. */
  needsAssessmentId: z.optional(idSchema('needsAssessment')),
  /** The livelihood plan it carries out. */
  livelihoodPlanId: z.optional(idSchema('livelihoodPlan')),
};

const stateShape = {
  /** The referral's id. */
  id: idSchema('referral'),
  /** The sending organisation. */
  fromOrganizationId: idSchema('organization'),
  /** Where it stands. */
  status: ReferralStatus.schema,
  /** The consent that covered sending it. */
  consentId: z.optional(idSchema('consent')),
  /** The recorded override when it was sent without covering consent. */
  consentOverride: z.optional(OverrideSchema),
  /** When it was sent. */
  sentAt: z.optional(IsoDateTimeSchema),
  /** When the receiver accepted it. */
  acceptedAt: z.optional(IsoDateTimeSchema),
  /** When the receiver rejected it. */
  rejectedAt: z.optional(IsoDateTimeSchema),
  /** Why the receiver rejected it (free text). */
  rejectionReason: z.optional(FreeTextSchema),
  /** When the receiver started the service. */
  startedAt: z.optional(IsoDateTimeSchema),
  /** When the receiver completed it. */
  completedAt: z.optional(IsoDateTimeSchema),
  /** The outcome reported back on completion. */
  outcome: z.optional(ReferralOutcomeReportSchema),
  /** When the sender cancelled it. */
  cancelledAt: z.optional(IsoDateTimeSchema),
  /** Why the sender cancelled it (free text). */
  cancellationReason: z.optional(FreeTextSchema),
  /** When the sender revoked it (for example after the sharing consent was withdrawn). */
  revokedAt: z.optional(IsoDateTimeSchema),
  /** Why it was revoked (free text). */
  revocationReason: z.optional(FreeTextSchema),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

type ReferralRuleInput = z.infer<z.ZodMiniObject<typeof stateShape>>;

const SENT_STATUSES: ReadonlySet<ReferralStatusValue> = new Set([
  'sent',
  'accepted',
  'rejected',
  'in_progress',
  'completed',
  'revoked',
]);

function referralRuleIssues(r: ReferralRuleInput): DomainIssue[] {
  const m = referralRuleMessages;
  const out: DomainIssue[] = [];
  const need = (field: keyof ReferralRuleInput, when: boolean) => {
    if (when && r[field] === undefined)
      out.push({
        path: [field],
        code: 'status_field_required',
        message: m.localized('status_field_required'),
      });
  };
  const sent = SENT_STATUSES.has(r.status);
  need('sentAt', sent);
  if (sent && r.consentId === undefined && r.consentOverride === undefined)
    out.push({
      path: ['consentId'],
      code: 'consent_reference_required',
      message: m.localized('consent_reference_required'),
    });
  need('acceptedAt', r.status === 'accepted' || r.status === 'in_progress' || r.status === 'completed');
  need('rejectedAt', r.status === 'rejected');
  need('rejectionReason', r.status === 'rejected');
  need('startedAt', r.status === 'in_progress');
  need('completedAt', r.status === 'completed');
  need('outcome', r.status === 'completed');
  need('cancelledAt', r.status === 'cancelled');
  need('revokedAt', r.status === 'revoked');
  return out;
}

/**
 * What a client sends to create a referral (a draft): the participant, the receiving organisation, the
 * service and the reason. The registry sets the sender from the caller's organisation.
 *
 * @example
 * ```ts
 * validate(ReferralInputSchema, {
 *   participantId: 'pt_0123456789', toOrganizationId: 'org_abcdefghij', serviceType: 'vocational_training',
 *   reason: 'Wants to train as a tailor',
 * });
 * ```
 */
export const ReferralInputSchema = z.strictObject(referralInputShape);

/**
 * A referral as stored: from one organisation to another (or within one), for one service, with the
 * consent that covered sending it and the timestamps of each step. Move it only with
 * {@link transitionReferral}; the schema checks that the fields each status needs are there.
 *
 * @example
 * ```ts
 * const r: Referral = assertValid(ReferralSchema, record);
 * ```
 */
export const ReferralSchema = z
  .strictObject({ ...stateShape, ...referralInputShape })
  .check(domainChecks<ReferralRuleInput>(referralRuleIssues));

/** A stored referral. */
export type Referral = z.infer<typeof ReferralSchema>;
/** The body that creates a referral. */
export type ReferralInput = z.infer<typeof ReferralInputSchema>;

/**
 * The sensitivity of every referral field. Referral metadata is visible to both parties; reasons and
 * outcomes are free text.
 *
 * @example
 * ```ts
 * redact(referral, referralFieldSensitivity, 'internal');
 * ```
 */
export const referralFieldSensitivity: FieldSensitivity<Referral> = {
  id: 'internal',
  participantId: 'internal',
  fromOrganizationId: 'internal',
  toOrganizationId: 'internal',
  serviceType: 'internal',
  reason: 'free_text',
  needsAssessmentId: 'internal',
  livelihoodPlanId: 'internal',
  status: 'internal',
  consentId: 'internal',
  consentOverride: 'free_text',
  sentAt: 'internal',
  acceptedAt: 'internal',
  rejectedAt: 'internal',
  rejectionReason: 'free_text',
  startedAt: 'internal',
  completedAt: 'internal',
  outcome: 'free_text',
  cancelledAt: 'internal',
  cancellationReason: 'free_text',
  revokedAt: 'internal',
  revocationReason: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
};
