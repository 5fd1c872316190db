import { ReferralSchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';

/**
 * The referral as a party sees it: the receiver gets the sender's free text only while the referral
 * shares the participant under a valid consent (never under an override), and a training institution never.
 */
export const ReferralView = named(
  'Referral',
  z.extend(z.strictObject(ReferralSchema.shape), { reason: z.optional(ReferralSchema.shape.reason) }),
  'A referral. The sender’s free text (`reason`, `consentOverride`, `cancellationReason`, `revocationReason`) is absent for the receiver unless the referral is active and its consent still valid, and always for a receiving training institution. A referral sent under an audited override never shows the receiver its free text or the override (the justification is internal: the sender and the audit log); the receiver acts on the service and the participant’s minimum view until a consent is recorded.',
);
