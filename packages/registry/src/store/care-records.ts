import { type IdKind, newId } from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type DataRow, toRecord } from './rows.js';
import { sharedWithScope } from './visibility.js';

/**
 * The tables of the NGO's care records of a participant: follow-ups (income, living situation, family
 * reintegration) and service deliveries. Both store core's document in `data`, the recording
 * organisation in `org_id` and the participant in `participant_id` (migration 3).
 */
export type CareTable = 'follow_ups' | 'service_deliveries';

/** A row of a {@link CareTable}. */
export interface CareRow extends DataRow<Record<string, unknown>> {
  participant_id: string;
  /**
   * Whether the reader may read the record's free-text `notes`: the recording organisation, or a
   * receiver whose valid sharing consent names `notes`. Absent on rows just written (the owner's).
   */
  notes_shared?: boolean;
}

/** The API record of a care row: core's document with the server-set fields, `notes` only when shared. */
export function toCareRecord(row: CareRow): Record<string, unknown> {
  const record: Record<string, unknown> = toRecord(row);
  if (row.notes_shared === false) delete record.notes;
  return record;
}

/**
 * Who reads care records: organisation `orgId`, and the consent scope through which a receiver of the
 * participant's active referral also reads them (`follow_ups` for an NGO reading follow-ups), or null
 * when only the recording organisation does (service deliveries; any role other than an NGO).
 */
export interface CareReader {
  readonly orgId: string;
  readonly sharedScope: 'follow_ups' | null;
}

/**
 * The select list and condition of a reader's care rows (organisation `$1`): the recording
 * organisation's, plus, with a shared scope, those of participants whose valid sharing consent naming
 * `$1` covers that scope. Both checks run in the query: a withdrawal ends them at the next read.
 */
function readable(reader: CareReader): { select: string; where: string } {
  if (!reader.sharedScope) return { select: 't.*, true as notes_shared', where: 't.org_id = $1' };
  return {
    select: `t.*, (t.org_id = $1 or ${sharedWithScope('t.participant_id', '$1', 'notes')}) as notes_shared`,
    where: `(t.org_id = $1 or ${sharedWithScope('t.participant_id', '$1', reader.sharedScope)})`,
  };
}

/** One care record of `table` that `reader` may read, or undefined (see {@link CareReader}). */
export async function findCareRecord(
  db: Queryable,
  table: CareTable,
  reader: CareReader,
  id: string,
): Promise<CareRow | undefined> {
  const { select, where } = readable(reader);
  const [row] = await db.query<CareRow>(`select ${select} from ${table} t where ${where} and t.id = $2`, [
    reader.orgId,
    id,
  ]);
  return row;
}

/** Filters of a care-record list (each only when given). */
export interface CareFilters {
  /** Only this participant's records. */
  readonly participantId: string | null;
  /** Only records changed at or after this instant. */
  readonly updatedSince: string | null;
}

/** A page of the care records of `table` that `reader` may read, oldest first. */
export function listCareRecords(
  db: Queryable,
  table: CareTable,
  reader: CareReader,
  filters: CareFilters,
  page: KeysetPage,
): Promise<CareRow[]> {
  const { select, where } = readable(reader);
  return keysetList<CareRow>(
    db,
    {
      select,
      from: `${table} t`,
      where: [where],
      params: [reader.orgId],
      filters: [
        [(v) => `t.participant_id = ${v}`, filters.participantId],
        [(v) => `t.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
      seq: 't.seq',
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
