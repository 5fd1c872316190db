import type { Queryable } from '../db/database.js';
import type { DataRow } from './rows.js';

/**
 * The tables whose rows concern one participant (`participant_id`) and keep core's document minus `id`,
 * `organizationId`, `createdAt`, `updatedAt` in `data`. Referrals keep the whole record and are read
 * apart ({@link listParticipantReferrals}).
 */
export const PARTICIPANT_RECORD_TABLES = [
  'consents',
  'needs_assessments',
  'livelihood_plans',
  'enrolments',
  'placements',
  'enterprises',
  'follow_ups',
  'service_deliveries',
  'support_requests',
  'stories',
] as const;

/** One of {@link PARTICIPANT_RECORD_TABLES}, or `referrals`. */
export type ParticipantRecordTable = (typeof PARTICIPANT_RECORD_TABLES)[number] | 'referrals';

/** A row of one of {@link PARTICIPANT_RECORD_TABLES}. */
export interface ParticipantRecordRow extends DataRow<Record<string, unknown>> {
  participant_id: string;
}

/** A row of `referrals` as stored (the whole record in `data`). */
export interface StoredReferralRow extends ParticipantRecordRow {
  from_org: string;
  to_org: string;
  status: string;
}

/** Every row of `table` about the participant, oldest first. */
export function listParticipantRecords(
  db: Queryable,
  table: (typeof PARTICIPANT_RECORD_TABLES)[number],
  participantId: string,
): Promise<ParticipantRecordRow[]> {
  return db.query<ParticipantRecordRow>(`select * from ${table} where participant_id = $1 order by seq`, [
    participantId,
  ]);
}

/** Every referral of the participant, in both directions (sent by or addressed to any organisation). */
export function listParticipantReferrals(db: Queryable, participantId: string): Promise<StoredReferralRow[]> {
  return db.query<StoredReferralRow>('select * from referrals where participant_id = $1 order by seq', [
    participantId,
  ]);
}

/** Replaces the stored document of one row (an erasure); `updated_at` moves so that sync feeds see it. */
export async function replaceRecordData(
  db: Queryable,
  table: ParticipantRecordTable,
  id: string,
  data: unknown,
): Promise<void> {
  await db.query(`update ${table} set data = $2, updated_at = now() where id = $1`, [
    id,
    JSON.stringify(data),
  ]);
}

/**
 * Deletes the participant's stories. A table that keeps a story's photo bytes references `stories (id)`
 * with `on delete cascade`, so the photos go with them.
 */
export async function deleteParticipantStories(db: Queryable, participantId: string): Promise<number> {
  const rows = await db.query<{ id: string }>('delete from stories where participant_id = $1 returning id', [
    participantId,
  ]);
  return rows.length;
}

/**
 * Deletes stored `Idempotency-Key` responses that mention the participant: they may hold the record as it
 * was before an erasure. An earlier erasure's own answer (it starts `{"participantId":"pt_…","erasedAt"`
 * and holds nothing personal) stays, so that its retry is still answered by the first response.
 */
export async function deleteStoredResponsesMentioning(db: Queryable, participantId: string): Promise<number> {
  const rows = await db.query<{ key: string }>(
    'delete from idempotency_keys where strpos(body, $1) > 0 and strpos(body, $2) <> 1 returning key',
    [participantId, `{"participantId":"${participantId}","erasedAt"`],
  );
  return rows.length;
}

/**
 * Locks a participant's row for the rest of the transaction (an erasure: a concurrent erasure, retention
 * sweep or replacement of the participant waits) and returns its document and erasure state.
 */
export async function lockParticipant(
  db: Queryable,
  participantId: string,
): Promise<{ data: Record<string, unknown>; erased_at: Date | null } | undefined> {
  const [row] = await db.query<{ data: Record<string, unknown>; erased_at: Date | null }>(
    'select data, erased_at from participants where id = $1 for update',
    [participantId],
  );
  return row;
}

/** When and why a participant was erased (null while it was not). */
export interface ErasureState {
  readonly erased_at: Date | null;
  readonly erasure: 'request' | 'retention' | null;
}

/** The erasure state of a participant, or undefined when there is no such participant. */
export async function findErasure(db: Queryable, participantId: string): Promise<ErasureState | undefined> {
  const [row] = await db.query<ErasureState>('select erased_at, erasure from participants where id = $1', [
    participantId,
  ]);
  return row;
}

/**
 * Writes the erased participant document and records the erasure; a participant erased before keeps its
 * first `erased_at` and reason.
 */
export async function markParticipantErased(
  db: Queryable,
  participantId: string,
  data: unknown,
  trigger: 'request' | 'retention',
): Promise<ErasureState> {
  const [row] = await db.query<ErasureState>(
    `update participants set data = $2, erased_at = coalesce(erased_at, now()), erasure = coalesce(erasure, $3),
       updated_at = now() where id = $1 returning erased_at, erasure`,
    [participantId, JSON.stringify(data), trigger],
  );
  return row!;
}

/** A participant whose case is closed (see {@link findClosedCases}). */
export interface ClosedCase {
  readonly id: string;
  readonly closed_on: string;
}

/**
 * Participants not yet erased whose case closed more than `days` days ago: they have a livelihood plan,
 * every plan has ended (`actualEndDate`), no referral is open (`draft`, `sent`, `accepted`,
 * `in_progress`), and the last plan ended before the cut-off. At most `limit` of them, oldest first.
 */
export function findClosedCases(db: Queryable, days: number, limit: number): Promise<ClosedCase[]> {
  return db.query<ClosedCase>(
    `select p.id, max(lp.data->>'actualEndDate') as closed_on
       from participants p join livelihood_plans lp on lp.participant_id = p.id
      where p.erased_at is null
        and not exists (select 1 from livelihood_plans o where o.participant_id = p.id and o.data->>'actualEndDate' is null)
        and not exists (select 1 from referrals r where r.participant_id = p.id
                         and r.status in ('draft', 'sent', 'accepted', 'in_progress'))
      group by p.id
     having max((lp.data->>'actualEndDate')::date) < (now() at time zone 'utc')::date - $1::int
      order by max(lp.data->>'actualEndDate'), p.id
      limit $2`,
    [days, limit],
  );
}
