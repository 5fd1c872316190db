import * as z from 'zod/mini';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { IsoDateSchema, IsoDateTimeSchema } from '../model/index.js';
import { addMonths } from './dates.js';
import { LivelihoodError } from './livelihood-error.js';
import { rule } from './rules.js';

/**
 * The months after the start of a placement at which the employer confirms whether the person is
 * still employed.
 *
 * @example
 * ```ts
 * RETENTION_MONTHS; // [1, 3, 6, 12]
 * ```
 */
export const RETENTION_MONTHS = Object.freeze([1, 3, 6, 12] as const);
/** One of {@link RETENTION_MONTHS}. */
export type RetentionMonth = (typeof RETENTION_MONTHS)[number];

/**
 * The outcome of one retention checkpoint.
 *
 * @example
 * ```ts
 * RetentionStatus.label('retained', 'ne'); // 'कायम'
 * ```
 */
export const RetentionStatus = defineEnum('placement.retention-status', {
  pending: { en: 'Not yet confirmed', ne: 'पुष्टि हुन बाँकी' },
  retained: { en: 'Still employed', ne: 'कायम' },
  not_retained: { en: 'No longer employed', ne: 'कायम नरहेको' },
});
/** One of the {@link RetentionStatus} values. */
export type RetentionStatusValue = EnumValue<typeof RetentionStatus>;

/**
 * One retention checkpoint: which month, when it is due, and whether it was confirmed. A confirmed
 * checkpoint (`retained` or `not_retained`) carries `confirmedAt`; a pending one does not.
 *
 * @example
 * ```ts
 * RetentionCheckpointSchema.parse({ month: 1, dueOn: '2026-02-01', status: 'pending' });
 * ```
 */
export const RetentionCheckpointSchema = z
  .strictObject({
    month: z.literal(RETENTION_MONTHS),
    dueOn: IsoDateSchema,
    status: RetentionStatus.schema,
    confirmedAt: z.optional(IsoDateTimeSchema),
  })
  .check(
    rule<{ status: string; confirmedAt?: string | undefined }>(
      'confirmation_mismatch',
      ['confirmedAt'],
      (c) => (c.status === 'pending') === (c.confirmedAt === undefined),
    ),
  );
/** One retention checkpoint. */
export type RetentionCheckpoint = z.infer<typeof RetentionCheckpointSchema>;

/**
 * The list of checkpoints of one placement: each month at most once.
 *
 * @example
 * ```ts
 * RetentionSchema.parse(retentionCheckpoints('2026-01-15'));
 * ```
 */
export const RetentionSchema = z.array(RetentionCheckpointSchema).check(
  z.maxLength(RETENTION_MONTHS.length),
  rule<{ month: number }[]>(
    'duplicate_checkpoint',
    [],
    (list) => new Set(list.map((c) => c.month)).size === list.length,
  ),
);

/**
 * The pending retention checkpoints of a placement starting on `startDate`: due 1, 3, 6 and 12 calendar
 * months later, clamped to the end of shorter months (a start on 31 January is due on 28 or 29 February).
 *
 * @example
 * ```ts
 * retentionCheckpoints('2026-01-31').map((c) => c.dueOn);
 * // ['2026-02-28', '2026-04-30', '2026-07-31', '2027-01-31']
 * ```
 * @throws {@link LivelihoodError} `invalid_date` when `startDate` is not an ISO date
 */
export function retentionCheckpoints(startDate: string): RetentionCheckpoint[] {
  if (!IsoDateSchema.safeParse(startDate).success) throw new LivelihoodError('invalid_date');
  return RETENTION_MONTHS.map((month) => ({
    month,
    dueOn: addMonths(startDate, month),
    status: 'pending' as const,
  }));
}
