/**
 * What each party sees of a record it may read (docs/decisions/2026-11-28-registry-authorisation.md):
 * whether it may read the record at all is decided in the store's queries (`store/visibility.ts`).
 */
import { type Participant, participantFieldSensitivity, type Referral, redact } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import { type ParticipantRow, toParticipant } from '../store/participants.js';
import type { ReferralRow } from '../store/referrals.js';

/**
 * The participant as the caller may see it: see `ParticipantAccess` (`store/participants.ts`).
 *
 * @example
 * ```ts
 * const view = participantView(row); // for a training institution: { id, ageBand, educationLevel, languages, ... }
 * ```
 */
export function participantView(row: ParticipantRow): Partial<Participant> {
  const full = toParticipant(row);
  if (row.access === 'owner') return full;
  if (row.access === 'training') return redact(full, participantFieldSensitivity, 'internal');
  const out: Partial<Participant> = {};
  for (const [key, value] of Object.entries(full) as [keyof Participant, unknown][]) {
    if (participantFieldSensitivity[key] !== 'free_text') Object.assign(out, { [key]: value });
  }
  return out;
}

/** The sender's free text: the reason, an override's reason, why it was cancelled or revoked. */
const SENDER_FREE_TEXT = ['reason', 'consentOverride', 'cancellationReason', 'revocationReason'] as const;

/**
 * The referral as the caller may see it. Both parties see its metadata. The sender's free text (which
 * may describe the person) reaches the receiver only while the referral shares the participant (active,
 * consent still valid), and never a training institution, which needs none of it.
 *
 * @example
 * ```ts
 * c.json(referralView(row, principal));
 * ```
 */
export function referralView(row: ReferralRow, principal: Principal): Referral {
  const referral = row.data;
  if (row.from_org === principal.orgId) return referral;
  if (principal.role !== 'training_institution' && row.shared) return referral;
  const out = { ...referral } as Partial<Referral>;
  for (const key of SENDER_FREE_TEXT) delete out[key];
  return out as Referral;
}
