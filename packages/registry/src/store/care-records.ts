import { type IdKind, newId } from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type DataRow, toRecord } from './rows.js';

/**
 * The tables of the NGO's care records of a participant: follow-ups (income, living situation, family
 * reintegration) and service deliveries. Both store core's document in `data`, the recording
 * organisation in `org_id` and the participant in `participant_id` (migration 3).
 */
export type CareTable = 'follow_ups' | 'service_deliveries';

/** A row of a {@link CareTable}. */
export interface CareRow extends DataRow<Record<string, unknown>> {
  participant_id: string;
}

/** The API record of a care row: core's document with the server-set fields. */
export function toCareRecord(row: CareRow): Record<string, unknown> {
  return toRecord(row);
}

/**
 * One care record of `table` recorded by organisation `orgId`, or undefined. Only the recording
 * organisation reads these records (a receiver's read, by consent scope, is not part of this query).
 */
export async function findOwnCareRecord(
  db: Queryable,
  table: CareTable,
  orgId: string,
  id: string,
): Promise<CareRow | undefined> {
  const [row] = await db.query<CareRow>(`select * from ${table} where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

/** Filters of a care-record list (each only when given). */
export interface CareFilters {
  /** Only this participant's records. */
  readonly participantId: string | null;
  /** Only records changed at or after this instant. */
  readonly updatedSince: string | null;
}

/** A page of the care records of `table` recorded by `orgId`, oldest first. */
export function listOwnCareRecords(
  db: Queryable,
  table: CareTable,
  orgId: string,
  filters: CareFilters,
  page: KeysetPage,
): Promise<CareRow[]> {
  return keysetList<CareRow>(
    db,
    {
      from: table,
      where: [
        'org_id = $1',
        '($2::text is null or participant_id = $2)',
        '($3::timestamptz is null or updated_at >= $3)',
      ],
      params: [orgId, filters.participantId, filters.updatedSince],
    },
    page,
  );
}

/** Stores a new care record of `participantId` recorded by `orgId`; `data` is core's input document. */
export async function insertCareRecord(
  db: Queryable,
  table: CareTable,
  idKind: IdKind,
  record: { orgId: string; participantId: string; data: Record<string, unknown> },
): Promise<CareRow> {
  const [row] = await db.query<CareRow>(
    `insert into ${table} (id, org_id, participant_id, data) values ($1, $2, $3, $4) returning *`,
    [newId(idKind), record.orgId, record.participantId, JSON.stringify(record.data)],
  );
  return row!;
}
