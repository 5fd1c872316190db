import { ReferralSchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';

/**
 * The referral as a party sees it: the receiver gets the sender's free text only while the referral
 * shares the participant, and a training institution never.
 */
export const ReferralView = named(
  'Referral',
  z.extend(z.strictObject(ReferralSchema.shape), { reason: z.optional(ReferralSchema.shape.reason) }),
  'A referral. The sender’s free text (`reason`, `consentOverride`, `cancellationReason`, `revocationReason`) is absent for the receiver unless the referral is active and its consent still valid, and always for a receiving training institution.',
);
