import { type Consent, ReferralSchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from '../contract/registry.js';
import type { Queryable } from '../db/database.js';

/**
 * The referral as a party sees it: the receiver gets the sender's free text only while the referral
 * shares the participant, and a training institution never.
 */
export const ReferralView = named(
  'Referral',
  z.extend(z.strictObject(ReferralSchema.shape), { reason: z.optional(ReferralSchema.shape.reason) }),
  'A referral. The sender’s free text (`reason`, `consentOverride`, `cancellationReason`, `revocationReason`) is absent for the receiver unless the referral is active and its consent still valid, and always for a receiving training institution.',
);

/** The participant's consents as core's `Consent`s, for `consentCovers`. */
export async function participantConsents(db: Queryable, participantId: string): Promise<Consent[]> {
  const rows = await db.query<{
    id: string;
    org_id: string;
    data: Record<string, unknown>;
    created_at: Date;
    updated_at: Date;
  }>('select id, org_id, data, created_at, updated_at from consents where participant_id = $1', [
    participantId,
  ]);
  return rows.map(
    (r) =>
      ({
        ...r.data,
        id: r.id,
        organizationId: r.org_id,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      }) as Consent,
  );
}
