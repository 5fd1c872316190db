/**
 * The livelihood half of the demo seed: the synthetic programme's training programmes, enrolments, job
 * offers, placements, enterprises, follow-ups, service deliveries, support requests and stories, written
 * to the tables of migration 3 in the storage shape every writer shares (core's record without `id`,
 * `organizationId`, `createdAt`, `updatedAt` in `data`; the owner in `org_id`; the participant's id in
 * `participant_id` where the record has one), in bulk and in the order they were made.
 */
import type { SyntheticProgramme } from '@nayabato/core/synthetic';
import type { Queryable } from '../db/database.js';
import { type BulkColumn, bulkInsert } from '../store/bulk.js';
import { fillEnrolmentReferrers } from '../store/enrolments.js';

/** How many livelihood records of each kind the seed inserted (0 for those already present). */
export interface DemoLivelihoodCounts {
  trainingProgrammes: number;
  enrolments: number;
  jobOffers: number;
  placements: number;
  enterprises: number;
  followUps: number;
  serviceDeliveries: number;
  supportRequests: number;
  stories: number;
}

/** What every stored record of the programme shares. */
export interface StoredRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * What the API stores in `data`: the record without the server's fields.
 *
 * @example
 * ```ts
 * dataOf(participant); // the participant without id, organizationId, createdAt, updatedAt
 * ```
 */
export function dataOf<T extends StoredRecord>(record: T): Omit<T, keyof StoredRecord> {
  const { id: _id, organizationId: _org, createdAt: _created, updatedAt: _updated, ...input } = record;
  return input;
}

/**
 * The records in the order they were made, so that `seq` (the order of every list) follows time as it
 * would have had they been written one by one through the API. ISO instants of one format sort as text.
 *
 * @example
 * ```ts
 * chronological(programme.placements)[0]; // the first placement made
 * ```
 */
export function chronological<T extends { readonly createdAt: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

const text = (name: string): BulkColumn => ({ name, type: 'text' });
const COLUMNS: readonly BulkColumn[] = [
  text('id'),
  text('org_id'),
  { name: 'data', type: 'jsonb' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];
const WITH_PARTICIPANT: readonly BulkColumn[] = [...COLUMNS, text('participant_id')];

/** Writes one kind of record; `participant_id` when the table has that column. */
function insertKind<T extends StoredRecord & { readonly participantId?: string | undefined }>(
  tx: Queryable,
  table: string,
  records: readonly T[],
  withParticipant: boolean,
): Promise<number> {
  return bulkInsert(
    tx,
    table,
    withParticipant ? WITH_PARTICIPANT : COLUMNS,
    chronological(records).map((r) => [
      r.id,
      r.organizationId,
      dataOf(r),
      r.createdAt,
      r.updatedAt,
      ...(withParticipant ? [r.participantId ?? null] : []),
    ]),
  );
}

/**
 * Writes every livelihood record of the programme (those of participants, after the participants).
 * Records already present (a kept data directory) are skipped.
 *
 * @example
 * ```ts
 * await db.transaction(async (tx) => { await insertDemoRecords(tx, p); await insertDemoLivelihood(tx, p); });
 * ```
 */
export async function insertDemoLivelihood(
  tx: Queryable,
  p: SyntheticProgramme,
): Promise<DemoLivelihoodCounts> {
  // Courses and offers first: enrolments and placements name them.
  const trainingProgrammes = await insertKind(tx, 'training_programmes', p.trainingProgrammes, false);
  const jobOffers = await insertKind(tx, 'job_offers', p.jobOffers, false);
  const enrolments = await insertKind(tx, 'enrolments', p.enrolments, true);
  await fillEnrolmentReferrers(tx);
  const placements = await insertKind(tx, 'placements', p.placements, true);
  const enterprises = await insertKind(tx, 'enterprises', p.enterprises, true);
  const followUps = await insertKind(tx, 'follow_ups', p.followUps, true);
  const serviceDeliveries = await insertKind(tx, 'service_deliveries', p.serviceDeliveries, true);
  const supportRequests = await insertKind(tx, 'support_requests', p.supportRequests, true);
  // The programme names a photo for some stories, but the demo has no image bytes: a `photoRef` is set only
  // by an upload (`PUT /v1/stories/{id}/photo`), so without one the story has no photo to offer.
  const stories = await insertKind(
    tx,
    'stories',
    p.stories.map(({ photoRef: _none, ...story }) => story),
    true,
  );
  return {
    trainingProgrammes,
    enrolments,
    jobOffers,
    placements,
    enterprises,
    followUps,
    serviceDeliveries,
    supportRequests,
    stories,
  };
}
