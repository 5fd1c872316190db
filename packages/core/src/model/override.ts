import * as z from 'zod/mini';
import { idSchema } from './ids.js';
import { FreeTextSchema, IsoDateTimeSchema } from './primitives.js';

/**
 * A recorded decision by an authorised user to act without the usual consent (for example an emergency
 * referral). Who may override is the registry's policy; core only requires that the override names the user,
 * gives a reason and a time, so that it can be audited.
 *
 * @example
 * ```ts
 * OverrideSchema.parse({ userId: 'usr_0123456789', reason: 'Medical emergency', at: '2026-03-01T10:00:00Z' });
 * ```
 */
export const OverrideSchema = z.strictObject({
  /** The authorised user who overrode. */
  userId: idSchema('user'),
  /** Why; free text, required. */
  reason: FreeTextSchema.check(z.trim(), z.minLength(1)),
  /** When. */
  at: IsoDateTimeSchema,
});

/** A recorded override. */
export type Override = z.infer<typeof OverrideSchema>;
