import { type Referral, referralFieldSensitivity } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import type { BaseRow } from './rows.js';

/** A row of `referrals`: `data` is core's whole `Referral`. */
export interface ReferralRow extends BaseRow {
  participant_id: string;
  from_org: string;
  to_org: string;
  status: Referral['status'];
  data: Referral;
}

/**
 * The referrals an organisation sees ($1): those it sent, and those addressed to it once sent (a draft
 * is the sender's alone). Corporate, government and coordinator see none (counts only, later).
 */
export function referralVisibleSql(principal: Principal): string {
  if (principal.role !== 'ngo' && principal.role !== 'training_institution') return '($1::text is null)';
  return `(r.from_org = $1 or (r.to_org = $1 and r.status <> 'draft'))`;
}

/**
 * The referral as the caller may see it. Both parties see its metadata; a training institution does not
 * see the sender's free text (the reason, an override's reason), which may describe the person.
 *
 * @example
 * ```ts
 * c.json(referralView(row, principal));
 * ```
 */
export function referralView(row: ReferralRow, principal: Principal): Referral {
  const referral = row.data;
  if (principal.role !== 'training_institution' || row.from_org === principal.orgId) return referral;
  const out = { ...referral } as Partial<Referral>;
  for (const key of ['reason', 'consentOverride'] as const) {
    if (referralFieldSensitivity[key] === 'free_text') delete out[key];
  }
  return out as Referral;
}

/** One referral visible to the caller, or undefined. */
export async function findVisibleReferral(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<ReferralRow | undefined> {
  const [row] = await db.query<ReferralRow>(
    `select * from referrals r where r.id = $2 and ${referralVisibleSql(principal)}`,
    [principal.orgId, id],
  );
  return row;
}
