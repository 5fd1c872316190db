import { type ConsentScopeValue, newId, type Participant, type ParticipantInput } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetAudit, type KeysetBranch, type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';
import { referredTo, sharedScopesSql } from './visibility.js';

/** A row of `participants`, with the caller's access computed by {@link participantAccessSql}. */
export interface ParticipantRow extends BaseRow {
  org_id: string;
  district: string | null;
  data: ParticipantInput;
  access: ParticipantAccess | null;
  /**
   * For `referred` and `training` access: the union of the scopes of the valid sharing consents under
   * which the active referrals to the caller were sent (`[]` under an override); null for the owner.
   */
  shared_scope: ConsentScopeValue[] | null;
}

/**
 * How much of a participant the caller sees: `owner` (registered it: everything), `referred` (an NGO
 * with an active referral: everything but free text), `training` (a training institution with an active
 * referral: what a course needs — age band, education, languages).
 */
export type ParticipantAccess = 'owner' | 'referred' | 'training';

/**
 * The SQL expression of the caller's access to participant `p` (null: no access). `$1` is the caller's
 * organisation. Corporate, government and coordinator never get access: aggregates only.
 */
export function participantAccessSql(principal: Principal): string {
  if (principal.role === 'ngo') {
    return `case when p.org_id = $1 then 'owner' when ${referredTo('p.id', '$1')} then 'referred' end`;
  }
  if (principal.role === 'training_institution') {
    return `case when ${referredTo('p.id', '$1')} then 'training' end`;
  }
  // Typed with $1 so that the statement's parameters stay the same whatever the role.
  return 'nullif($1::text, $1::text)';
}

/**
 * The SQL expression of the scope the caller holds over participant `p` (see
 * {@link ParticipantRow.shared_scope}); `$1` is the caller's organisation.
 */
export function participantScopeSql(principal: Principal): string {
  if (principal.role !== 'ngo' && principal.role !== 'training_institution') return 'null::jsonb';
  return `case when p.org_id = $1 then null else ${sharedScopesSql('p.id', '$1')} end`;
}

/**
 * The caller's access to participant `p` as non-overlapping conditions (see `KeysetQuery.branches`): its
 * own participants (served by the index on `(org_id, seq)`), then those referred to it (walked by `seq`).
 * The same rule as {@link participantAccessSql}, which says which of them a row met.
 */
function participantBranches(principal: Principal): (string | KeysetBranch)[] {
  if (principal.role === 'ngo') {
    // Each branch's condition already decides the access (and, for its own, the scope): constants there
    // spare the planner the subqueries of participantAccessSql, which it would plan for every list.
    return [
      { where: 'p.org_id = $1', select: "p.*, 'owner' as access, null::jsonb as shared_scope" },
      {
        where: `p.org_id <> $1 and ${referredTo('p.id', '$1')}`,
        select: `p.*, 'referred' as access, ${sharedScopesSql('p.id', '$1')} as shared_scope`,
      },
    ];
  }
  if (principal.role === 'training_institution') return [referredTo('p.id', '$1')];
  return ['$1::text is null'];
}

/** The columns of a participant row with the caller's access and scope. */
function visibleColumns(principal: Principal): string {
  return `p.*, ${participantAccessSql(principal)} as access, ${participantScopeSql(principal)} as shared_scope`;
}

/** The full API representation of a participant. */
export function toParticipant(row: ParticipantRow): Participant {
  return toRecord(row);
}

/** One participant with the caller's access, or undefined when it does not exist or is not visible. */
export async function findVisibleParticipant(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<ParticipantRow | undefined> {
  const [row] = await db.query<ParticipantRow>(
    `select * from (select ${visibleColumns(principal)} from participants p where p.id = $2) v
     where access is not null`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of a participant list or search (each only when given). */
export interface ParticipantFilters {
  readonly currentDistrict?: string | undefined;
  readonly category?: string | undefined;
  readonly gender?: string | undefined;
  readonly ageBand?: string | undefined;
  readonly updatedSince?: string | null | undefined;
}

/**
 * A page of the participants visible to the caller, with its access to each; with `audit`, the page's
 * audit rows are written by the same statement.
 */
export function listVisibleParticipants(
  db: Queryable,
  principal: Principal,
  filters: ParticipantFilters,
  page: KeysetPage,
  audit?: KeysetAudit,
): Promise<ParticipantRow[]> {
  return keysetList<ParticipantRow>(
    db,
    {
      select: visibleColumns(principal),
      from: 'participants p',
      seq: 'p.seq',
      params: [principal.orgId],
      filters: [
        [(v) => `p.district = ${v}`, filters.currentDistrict],
        [(v) => `p.data->>'category' = ${v}`, filters.category],
        [(v) => `p.data->>'gender' = ${v}`, filters.gender],
        [(v) => `p.data->>'ageBand' = ${v}`, filters.ageBand],
        [(v) => `p.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
      branches: participantBranches(principal),
    },
    page,
    audit,
  );
}

/** Registers a participant of organisation `orgId`; the row comes back with `owner` access. */
export async function insertParticipant(
  db: Queryable,
  orgId: string,
  input: ParticipantInput,
): Promise<ParticipantRow> {
  const [row] = await db.query<ParticipantRow>(
    `insert into participants (id, org_id, district, data) values ($1, $2, $3, $4) returning *, 'owner' as access, null as shared_scope`,
    [newId('participant'), orgId, input.currentDistrict, JSON.stringify(input)],
  );
  return row!;
}

/** Replaces a participant's record; the row comes back with `owner` access. */
export async function updateParticipant(
  db: Queryable,
  id: string,
  input: ParticipantInput,
): Promise<ParticipantRow> {
  const [row] = await db.query<ParticipantRow>(
    `update participants set district = $2, data = $3, updated_at = now() where id = $1 returning *, 'owner' as access, null as shared_scope`,
    [id, input.currentDistrict, JSON.stringify(input)],
  );
  return row!;
}
