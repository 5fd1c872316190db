import type { LivelihoodPlan } from '@nayabato/core';
import type { SyntheticProgramme } from '@nayabato/core/synthetic';
import type { Queryable } from '../db/database.js';
import { type BulkColumn, bulkInsert } from '../store/bulk.js';
import { chronological, dataOf as inputOf } from './demo-livelihood.js';

/** How many records of each kind the seed inserted (0 for those a kept data directory already had). */
export interface DemoRecordCounts {
  participants: number;
  consents: number;
  needsAssessments: number;
  livelihoodPlans: number;
  referrals: number;
}

/** The plan status column, as `PUT`/`POST /v1/livelihood-plans` sets it. */
function planStatus(plan: LivelihoodPlan): string {
  return plan.actualEndDate ? 'ended' : plan.participantAgreement ? 'agreed' : 'draft';
}

const text = (name: string): BulkColumn => ({ name, type: 'text' });
const TIMES: readonly BulkColumn[] = [
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];
const DATA: BulkColumn = { name: 'data', type: 'jsonb' };

/**
 * Writes the programme's participants, consents, needs assessments, livelihood plans and referrals with
 * their own ids, statuses and timestamps, in the registry's storage shape (the same rows the API's
 * handlers write), in bulk. Records already present (a kept data directory) are skipped. The programme's
 * livelihood records (courses, offers, placements, enterprises, follow-ups …) are written by
 * `insertDemoLivelihood` (`demo-livelihood.ts`).
 *
 * @example
 * ```ts
 * await db.transaction((tx) => insertDemoRecords(tx, generateProgramme()));
 * ```
 */
export async function insertDemoRecords(tx: Queryable, p: SyntheticProgramme): Promise<DemoRecordCounts> {
  const participants = await bulkInsert(
    tx,
    'participants',
    [text('id'), text('org_id'), text('district'), DATA, ...TIMES],
    chronological(p.participants).map((r) => [
      r.id,
      r.organizationId,
      r.currentDistrict,
      inputOf(r),
      r.createdAt,
      r.updatedAt,
    ]),
  );
  const consents = await bulkInsert(
    tx,
    'consents',
    [
      text('id'),
      text('participant_id'),
      text('org_id'),
      text('purpose'),
      DATA,
      { name: 'withdrawn_at', type: 'timestamptz' },
      ...TIMES,
    ],
    chronological(p.consents).map((r) => [
      r.id,
      r.participantId,
      r.organizationId,
      r.purpose,
      inputOf(r),
      r.withdrawnAt ?? null,
      r.createdAt,
      r.updatedAt,
    ]),
  );
  const needsAssessments = await bulkInsert(
    tx,
    'needs_assessments',
    [text('id'), text('participant_id'), text('org_id'), DATA, ...TIMES],
    chronological(p.needsAssessments).map((r) => [
      r.id,
      r.participantId,
      r.organizationId,
      inputOf(r),
      r.createdAt,
      r.updatedAt,
    ]),
  );
  const livelihoodPlans = await bulkInsert(
    tx,
    'livelihood_plans',
    [text('id'), text('participant_id'), text('org_id'), text('status'), DATA, ...TIMES],
    chronological(p.livelihoodPlans).map((r) => [
      r.id,
      r.participantId,
      r.organizationId,
      planStatus(r),
      inputOf(r),
      r.createdAt,
      r.updatedAt,
    ]),
  );
  // A referral's `data` is the whole record, as the referral handlers keep it.
  const referrals = await bulkInsert(
    tx,
    'referrals',
    [text('id'), text('participant_id'), text('from_org'), text('to_org'), text('status'), DATA, ...TIMES],
    chronological(p.referrals).map((r) => [
      r.id,
      r.participantId,
      r.fromOrganizationId,
      r.toOrganizationId,
      r.status,
      r,
      r.createdAt,
      r.updatedAt,
    ]),
  );
  return { participants, consents, needsAssessments, livelihoodPlans, referrals };
}
