import * as z from 'zod/mini';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import {
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  idSchema,
  NprSchema,
  newId,
} from '../model/index.js';
import { LivelihoodError } from './livelihood-error.js';
import { newPseudonymousCode, pseudonymousCodeSchema } from './pseudonymous-code.js';
import {
  type RetentionCheckpoint,
  type RetentionMonth,
  RetentionSchema,
  retentionCheckpoints,
} from './retention.js';
import { rule } from './rules.js';

/**
 * A placement's pseudonymous code, e.g. `PLC-7KQ2-M9XD`: what the employer sees instead of the person.
 *
 * @example
 * ```ts
 * PlacementCodeSchema.safeParse('PLC-7KQ2-M9XD').success; // true
 * ```
 */
export const PlacementCodeSchema = pseudonymousCodeSchema('PLC');

/**
 * A new random placement code (`PLC-` and 8 Crockford base-32 characters). The registry checks that it
 * is unique before storing it.
 *
 * @example
 * ```ts
 * newPlacementCode(); // 'PLC-7KQ2-M9XD'
 * ```
 */
export function newPlacementCode(): string {
  return newPseudonymousCode('PLC');
}

/**
 * Why a placement ended.
 *
 * @example
 * ```ts
 * PlacementEndReason.label('resigned', 'en'); // 'Resigned'
 * ```
 */
export const PlacementEndReason = defineEnum('placement.end-reason', {
  resigned: { en: 'Resigned', ne: 'राजीनामा दिएको' },
  dismissed: { en: 'Dismissed', ne: 'कामबाट निकालिएको' },
  contract_ended: { en: 'Contract ended', ne: 'करार अवधि सकिएको' },
  better_job: { en: 'Moved to a better job', ne: 'अझ राम्रो काममा गएको' },
  started_enterprise: { en: 'Started own enterprise', ne: 'आफ्नै उद्यम सुरु गरेको' },
  health: { en: 'Health', ne: 'स्वास्थ्य' },
  family: { en: 'Family reasons', ne: 'पारिवारिक कारण' },
  unsafe_conditions: { en: 'Unsafe or unfair conditions', ne: 'असुरक्षित वा अनुचित अवस्था' },
  other: { en: 'Other', ne: 'अन्य' },
});
/** One of the {@link PlacementEndReason} values. */
export type PlacementEndReasonValue = EnumValue<typeof PlacementEndReason>;

const fields = {
  participantId: idSchema('participant'),
  jobOfferId: idSchema('jobOffer'),
  /** The referral (sent by the NGO and accepted) through which the candidate was prepared for the job. */
  referralId: z.optional(idSchema('referral')),
  /** The consent under which the NGO introduced the candidate to the employer. */
  introductionConsentId: z.optional(idSchema('consent')),
  startDate: IsoDateSchema,
  monthlyWageNpr: NprSchema,
  endedOn: z.optional(IsoDateSchema),
  endReason: z.optional(PlacementEndReason.schema),
  endNotes: z.optional(FreeTextSchema),
};

type PlacementEnd = { startDate: string; endedOn?: string | undefined; endReason?: string | undefined };
const placementRules = [
  rule<PlacementEnd>('end_before_start', ['endedOn'], (p) => !p.endedOn || p.endedOn >= p.startDate),
  rule<PlacementEnd>(
    'end_reason_mismatch',
    ['endReason'],
    (p) => (p.endedOn === undefined) === (p.endReason === undefined),
  ),
] as const;

/**
 * A stored placement: a participant (by pseudonymous id) in a job offer's job, with the wage, the
 * retention checkpoints and, when it ended, why. Created by the referring NGO; the employer only ever
 * sees {@link toCorporatePlacement}.
 *
 * @example
 * ```ts
 * const placement = PlacementSchema.parse(record);
 * ```
 */
export const PlacementSchema = z
  .strictObject({
    id: idSchema('placement'),
    organizationId: idSchema('organization'),
    placementCode: PlacementCodeSchema,
    ...fields,
    retention: RetentionSchema,
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(...placementRules);
/** A stored placement. */
export type Placement = z.infer<typeof PlacementSchema>;

/**
 * What the NGO sends to record a placement. The registry sets `id`, `organizationId`, `placementCode`,
 * the `retention` checkpoints (from the start date) and the timestamps: see {@link createPlacement}.
 *
 * @example
 * ```ts
 * const result = validate(PlacementInputSchema, body);
 * ```
 */
export const PlacementInputSchema = z.strictObject(fields).check(...placementRules);
/** The input to record a placement. */
export type PlacementInput = z.infer<typeof PlacementInputSchema>;

/**
 * The sensitivity of every field of a placement. The participant id is `sensitive`: redacting to
 * `internal` removes it; corporates get {@link toCorporatePlacement} instead of a redacted record.
 *
 * @example
 * ```ts
 * redact(placement, placementFieldSensitivity, 'internal');
 * ```
 */
export const placementFieldSensitivity: FieldSensitivity<Placement> = Object.freeze({
  id: 'internal',
  organizationId: 'internal',
  placementCode: 'internal',
  participantId: 'sensitive',
  jobOfferId: 'internal',
  referralId: 'sensitive',
  introductionConsentId: 'sensitive',
  startDate: 'internal',
  monthlyWageNpr: 'internal',
  endedOn: 'internal',
  endReason: 'sensitive',
  endNotes: 'free_text',
  retention: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/**
 * Completes a validated placement input into a stored placement: new id and placement code, pending
 * retention checkpoints from the start date, timestamps.
 *
 * @example
 * ```ts
 * const placement = createPlacement(input, { organizationId: 'org_0123456789', now: new Date() });
 * placement.retention.map((c) => c.month); // [1, 3, 6, 12]
 * ```
 */
export function createPlacement(
  input: PlacementInput,
  context: {
    readonly organizationId: string;
    readonly now?: Date;
    readonly id?: string;
    readonly placementCode?: string;
  },
): Placement {
  const at = (context.now ?? new Date()).toISOString();
  return {
    id: context.id ?? newId('placement'),
    organizationId: context.organizationId,
    placementCode: context.placementCode ?? newPlacementCode(),
    ...input,
    retention: retentionCheckpoints(input.startDate),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Records the outcome of one retention checkpoint and returns the updated copy (the input is not changed).
 *
 * @throws {@link LivelihoodError} `unknown_checkpoint` when the placement has no checkpoint for `month`
 * @example
 * ```ts
 * const updated = confirmRetention(placement, 3, true, '2026-04-16T10:00:00Z');
 * ```
 */
export function confirmRetention<T extends { retention: RetentionCheckpoint[] }>(
  placement: T,
  month: RetentionMonth,
  retained: boolean,
  confirmedAt: string,
): T {
  if (!placement.retention.some((c) => c.month === month)) throw new LivelihoodError('unknown_checkpoint');
  const retention = placement.retention.map((c) =>
    c.month === month
      ? { ...c, status: retained ? ('retained' as const) : ('not_retained' as const), confirmedAt }
      : c,
  );
  return { ...placement, retention };
}

/**
 * What a corporate partner sees of a placement in one of its job offers: the placement code, the offer,
 * the start date, the wage and the retention checkpoints. Never the participant, the NGO's notes or the
 * end reason.
 *
 * @example
 * ```ts
 * CorporatePlacementSchema.parse(toCorporatePlacement(placement));
 * ```
 */
export const CorporatePlacementSchema = z.strictObject({
  placementCode: PlacementCodeSchema,
  jobOfferId: idSchema('jobOffer'),
  startDate: IsoDateSchema,
  monthlyWageNpr: NprSchema,
  retention: RetentionSchema,
});
/** The corporate-facing view of a placement. */
export type CorporatePlacement = z.infer<typeof CorporatePlacementSchema>;

/**
 * Projects a placement to its corporate-facing view. Builds the result field by field (never by
 * spreading the record) so that a field added to placements later cannot leak.
 *
 * @example
 * ```ts
 * const view = toCorporatePlacement(placement);
 * 'participantId' in view; // false
 * ```
 */
export function toCorporatePlacement(placement: Placement): CorporatePlacement {
  return {
    placementCode: placement.placementCode,
    jobOfferId: placement.jobOfferId,
    startDate: placement.startDate,
    monthlyWageNpr: placement.monthlyWageNpr,
    retention: placement.retention.map((c) => ({
      month: c.month,
      dueOn: c.dueOn,
      status: c.status,
      ...(c.confirmedAt !== undefined ? { confirmedAt: c.confirmedAt } : {}),
    })),
  };
}
