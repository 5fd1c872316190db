/**
 * What each party sees of a record it may read (docs/decisions/2026-11-28-registry-authorisation.md):
 * whether it may read the record at all is decided in the store's queries (`store/visibility.ts`).
 */
import { type Participant, type Referral, sharedParticipantView } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import { type ParticipantRow, toParticipant } from '../store/participants.js';
import type { ReferralRow } from '../store/referrals.js';

/**
 * The participant as the caller may see it (docs/decisions/2026-12-06-consent-scope.md): everything for
 * the registering NGO; for the receiver of an active referral, the minimum to act plus exactly what the
 * scope of its valid sharing consents names (core's `sharedParticipantView`), a training institution at
 * most what a course needs.
 *
 * @example
 * ```ts
 * const view = participantView(row); // under an override: { id, organizationId, ageBand, gender, languages, currentDistrict }
 * ```
 */
export function participantView(row: ParticipantRow): Partial<Participant> {
  const full = toParticipant(row);
  if (row.access === 'owner') return full;
  return sharedParticipantView(full, {
    scope: row.shared_scope ?? [],
    receiver: row.access === 'training' ? 'training_institution' : 'ngo',
  });
}

/** The sender's free text: the reason, an override's reason, why it was cancelled or revoked. */
const SENDER_FREE_TEXT = ['reason', 'consentOverride', 'cancellationReason', 'revocationReason'] as const;

/**
 * The referral as the caller may see it. Both parties see its metadata (service, status, dates). The
 * sender's free text (which may describe the person) reaches the receiver only while the referral shares
 * the participant under a valid consent, and never a training institution, which needs none of it. A
 * referral sent under an override never shows the receiver its free text: the override's justification
 * is internal (the sender and the audit log), and the receiver acts on the minimum until a consent is
 * recorded (docs/decisions/2026-12-06-consent-scope.md).
 *
 * @example
 * ```ts
 * c.json(referralView(row, principal));
 * ```
 */
export function referralView(row: ReferralRow, principal: Principal): Referral {
  const referral = row.data;
  if (row.from_org === principal.orgId) return referral;
  const overridden = referral.consentOverride !== undefined;
  if (principal.role !== 'training_institution' && row.shared && !overridden) return referral;
  const out = { ...referral } as Partial<Referral>;
  for (const key of SENDER_FREE_TEXT) delete out[key];
  return out as Referral;
}
