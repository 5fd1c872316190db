import { newId, type Participant, type ParticipantInput } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';
import { referredTo } from './visibility.js';

/** A row of `participants`, with the caller's access computed by {@link participantAccessSql}. */
export interface ParticipantRow extends BaseRow {
  org_id: string;
  district: string | null;
  data: ParticipantInput;
  access: ParticipantAccess | null;
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
    `select * from (select p.*, ${participantAccessSql(principal)} as access from participants p where p.id = $2) v
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

/** Column expressions of each filter, compared for equality (`updatedSince`: from that instant on). */
const FILTER_SQL: Record<keyof ParticipantFilters, string> = {
  currentDistrict: 'district = ?',
  category: "data->>'category' = ?",
  gender: "data->>'gender' = ?",
  ageBand: "data->>'ageBand' = ?",
  updatedSince: 'updated_at >= ?::timestamptz',
};

/** A page of the participants visible to the caller, with its access to each. */
export function listVisibleParticipants(
  db: Queryable,
  principal: Principal,
  filters: ParticipantFilters,
  page: KeysetPage,
): Promise<ParticipantRow[]> {
  const params: unknown[] = [principal.orgId];
  const where = ['access is not null'];
  for (const [name, sql] of Object.entries(FILTER_SQL) as [keyof ParticipantFilters, string][]) {
    const value = filters[name];
    if (value === undefined || value === null) continue;
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  }
  return keysetList<ParticipantRow>(
    db,
    {
      from: `(select p.*, ${participantAccessSql(principal)} as access from participants p) v`,
      where,
      params,
    },
    page,
  );
}

/** Registers a participant of organisation `orgId`; the row comes back with `owner` access. */
export async function insertParticipant(
  db: Queryable,
  orgId: string,
  input: ParticipantInput,
): Promise<ParticipantRow> {
  const [row] = await db.query<ParticipantRow>(
    `insert into participants (id, org_id, district, data) values ($1, $2, $3, $4) returning *, 'owner' as access`,
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
    `update participants set district = $2, data = $3, updated_at = now() where id = $1 returning *, 'owner' as access`,
    [id, input.currentDistrict, JSON.stringify(input)],
  );
  return row!;
}
