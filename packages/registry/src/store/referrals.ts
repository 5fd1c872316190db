import type { Referral } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { auditEachListed, type ListedAuditRow } from './audit.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type ParticipantAccess, participantAccessSql } from './participants.js';
import type { BaseRow } from './rows.js';
import { ACTIVE_REFERRAL_STATUSES, REFERRAL_CONSENT_VALID } from './visibility.js';

/** A row of `referrals`: `data` is core's whole `Referral`. */
export interface ReferralRow extends BaseRow {
  participant_id: string;
  from_org: string;
  to_org: string;
  status: Referral['status'];
  data: Referral;
  /** Computed with {@link REFERRAL_SHARED_SQL}: the referral is active and its consent still covers it. */
  shared: boolean;
}

/**
 * SQL (over referral `r`) of whether the referral still shares the participant with the receiver: it
 * is active and its consent is neither withdrawn nor expired (or it was sent under an override).
 */
export const REFERRAL_SHARED_SQL = `(r.status in (${ACTIVE_REFERRAL_STATUSES.map((s) => `'${s}'`).join(', ')}) and ${REFERRAL_CONSENT_VALID})`;

/** The columns to select for a {@link ReferralRow} from referral `r`. */
export const REFERRAL_COLUMNS = `r.*, ${REFERRAL_SHARED_SQL} as shared`;

/**
 * The referrals an organisation sees ($1): those it sent, and those addressed to it once sent (a draft
 * is the sender's alone). Corporate, government and coordinator see none (counts only, later).
 */
export function referralVisibleSql(principal: Principal): string {
  if (principal.role !== 'ngo' && principal.role !== 'training_institution') return '($1::text is null)';
  return `(r.from_org = $1 or (r.to_org = $1 and r.status <> 'draft'))`;
}

/**
 * {@link referralVisibleSql} as non-overlapping conditions (see `KeysetQuery.branches`): those the caller
 * sent (index `referrals_from`), then those addressed to it by others (index `referrals_to`).
 */
function referralVisibleBranches(principal: Principal): string[] {
  if (principal.role !== 'ngo' && principal.role !== 'training_institution') return ['$1::text is null'];
  return ['r.from_org = $1', "r.to_org = $1 and r.status <> 'draft' and r.from_org <> $1"];
}

/** One referral visible to the caller, or undefined. */
export async function findVisibleReferral(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<ReferralRow | undefined> {
  const [row] = await db.query<ReferralRow>(
    `select ${REFERRAL_COLUMNS} from referrals r where r.id = $2 and ${referralVisibleSql(principal)}`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of a referral list (each only when given). */
export interface ReferralFilters {
  readonly status: string | null;
  /** `sent`: those the caller sent; `received`: those addressed to it. */
  readonly direction: 'sent' | 'received' | null;
  readonly participantId: string | null;
  readonly updatedSince: string | null;
}

/** The condition of each direction, written into the statement (a direction is one of two words). */
const DIRECTION_SQL: Record<NonNullable<ReferralFilters['direction']> | 'any', readonly string[]> = {
  sent: ['r.from_org = $1'],
  received: ['r.to_org = $1'],
  any: [],
};

/** A page of the referrals the caller sees. */
export function listVisibleReferrals(
  db: Queryable,
  principal: Principal,
  filters: ReferralFilters,
  page: KeysetPage,
): Promise<ReferralRow[]> {
  return keysetList<ReferralRow>(
    db,
    {
      select: REFERRAL_COLUMNS,
      from: 'referrals r',
      seq: 'r.seq',
      where: DIRECTION_SQL[filters.direction ?? 'any'],
      branches: referralVisibleBranches(principal),
      params: [principal.orgId],
      filters: [
        [(v) => `r.status = ${v}`, filters.status],
        [(v) => `r.participant_id = ${v}`, filters.participantId],
        [(v) => `r.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/** What a new referral checks before it is stored: see {@link referralPartiesOf}. */
export interface ReferralParties {
  /** The caller's access to the participant; null when it does not exist or is not visible. */
  readonly access: ParticipantAccess | null;
  /** The recipient organisation's role; null when there is no such organisation. */
  readonly recipientRole: string | null;
}

/**
 * The caller's access to participant `participantId` and the role of organisation `recipientId`, in
 * one round trip instead of two: the checks of a hot write (issue 12).
 */
export async function referralPartiesOf(
  db: Queryable,
  principal: Principal,
  participantId: string,
  recipientId: string,
): Promise<ReferralParties> {
  const [row] = await db.query<{ access: ParticipantAccess | null; role: string | null }>(
    `select (select ${participantAccessSql(principal)} from participants p where p.id = $2) as access,
       (select o.role from organizations o where o.id = $3) as role`,
    [principal.orgId, participantId, recipientId],
  );
  return { access: row?.access ?? null, recipientRole: row?.role ?? null };
}

/**
 * Stores a new (draft) referral sent by `fromOrg`, and its audit row (`create`, this referral and its
 * participant) in the same statement: one round trip less on a hot write (issue 12), and the row cannot
 * be left out.
 */
export async function insertReferral(
  db: Queryable,
  referral: Referral,
  audit: ListedAuditRow,
): Promise<ReferralRow> {
  const audited = auditEachListed('created listed', 6, audit, 'participant_id');
  const [row] = await db.query<ReferralRow>(
    `with created as (
       insert into referrals (id, participant_id, from_org, to_org, status, data) values ($1, $2, $3, $4, $5, $6)
       returning *
     ), audited as (${audited.sql})
     select *, false as shared from created`,
    [
      referral.id,
      referral.participantId,
      referral.fromOrganizationId,
      referral.toOrganizationId,
      referral.status,
      JSON.stringify(referral),
      ...audited.params,
    ],
  );
  return row!;
}

/**
 * Moves a referral to `next`, only from the status `from` it was checked against: of two concurrent
 * transitions (accept and reject), the second finds the status changed and gets undefined.
 */
export async function moveReferral(
  db: Queryable,
  id: string,
  from: Referral['status'],
  next: Referral,
): Promise<ReferralRow | undefined> {
  const [row] = await db.query<ReferralRow>(
    `update referrals r set status = $2, data = $3, updated_at = now() where r.id = $1 and r.status = $4
     returning ${REFERRAL_COLUMNS}`,
    [id, next.status, JSON.stringify(next), from],
  );
  return row;
}
