/**
 * Plants one record of every livelihood table for a participant, straight into the database in the
 * storage shape (through `bulkInsert`, as the demo seed does), with a marker in every free-text and
 * identifying text field: the export must list them all, the erasure must leave no marker behind.
 */
import { newPlacementCode } from '@nayabato/core';
import { generateProgramme } from '@nayabato/core/synthetic';
import type { Queryable } from '../db/database.js';
import { type BulkColumn, bulkInsert } from '../store/bulk.js';

/** The organisations the planted records belong to. */
export interface PlantOrgs {
  readonly ngo: string;
  readonly ti: string;
  readonly corporate: string;
  readonly government: string;
  /** Another NGO, the sender of the planted incoming referral. */
  readonly ngo2: string;
}

/** The ids planted, per export key. */
export type Planted = Record<
  | 'enrolments'
  | 'placements'
  | 'enterprises'
  | 'followUps'
  | 'serviceDeliveries'
  | 'supportRequests'
  | 'stories'
  | 'referrals',
  string[]
>;

const programme = generateProgramme({ participants: 40 });
let counter = 0;
const id = (prefix: string) =>
  `${prefix}_rights${String(++counter).padStart(6, '0')}${Date.now().toString(36)}`;
const text = (name: string): BulkColumn => ({ name, type: 'text' });
const COLUMNS: BulkColumn[] = [
  text('id'),
  text('org_id'),
  text('participant_id'),
  { name: 'data', type: 'jsonb' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
];

function stored(record: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, organizationId: _org, createdAt: _c, updatedAt: _u, ...data } = record;
  return data;
}

/**
 * Plants the records; `marker` goes into every text field a person could be recognised by. Returns the
 * ids by export key.
 */
export async function plantLivelihoodRecords(
  db: Queryable,
  participantId: string,
  orgs: PlantOrgs,
  marker: string,
): Promise<Planted> {
  const now = new Date().toISOString();
  const take = <T>(list: readonly T[], pick: (r: T) => boolean = () => true) => {
    const found = list.find(pick);
    if (!found) throw new Error('the synthetic programme lacks a record of this kind');
    return found as T & Record<string, unknown>;
  };
  const planted: Planted = {
    enrolments: [],
    placements: [],
    enterprises: [],
    followUps: [],
    serviceDeliveries: [],
    supportRequests: [],
    stories: [],
    referrals: [],
  };
  const rows: [string, keyof Planted, string, Record<string, unknown>][] = [
    [
      'enrolments',
      'enrolments',
      orgs.ti,
      {
        ...stored(take(programme.enrolments, (e) => e.status === 'completed')),
        notes: `Enrolment note ${marker}`,
        certification: {
          status: 'certified',
          certifiedOn: '2026-01-10',
          certifyingBody: `Board ${marker}`,
          certificateNumber: `CERT-${marker}`,
        },
      },
    ],
    [
      'placements',
      'placements',
      orgs.ngo,
      // A fresh code: placement codes are unique (migration 4), and each test plants its own records.
      {
        ...stored(take(programme.placements)),
        placementCode: newPlacementCode(),
        endNotes: `Placement note ${marker}`,
      },
    ],
    [
      'enterprises',
      'enterprises',
      orgs.ngo,
      { ...stored(take(programme.enterprises)), notes: `Shop ${marker}` },
    ],
    ['follow_ups', 'followUps', orgs.ngo, { ...stored(take(programme.followUps)), notes: `Visit ${marker}` }],
    [
      'service_deliveries',
      'serviceDeliveries',
      orgs.ngo,
      { ...stored(take(programme.serviceDeliveries)), notes: `Session ${marker}` },
    ],
    [
      'support_requests',
      'supportRequests',
      orgs.ngo,
      {
        ...stored(take(programme.supportRequests)),
        toOrganizationId: orgs.government,
        description: `Needs papers ${marker}`,
        response: `Answered ${marker}`,
      },
    ],
    [
      'stories',
      'stories',
      orgs.ngo,
      { ...stored(take(programme.stories)), text: `My story ${marker}`, alias: `Alias ${marker}` },
    ],
  ];
  for (const [table, key, org, data] of rows) {
    const rowId = id(key === 'followUps' ? 'fu' : key.slice(0, 3));
    await bulkInsert(db, table, COLUMNS, [[rowId, org, participantId, { ...data, participantId }, now, now]]);
    planted[key].push(rowId);
  }
  // A referral addressed to the registering NGO (the other direction), whole record in `data`.
  const refId = id('ref');
  const referral = {
    ...take(programme.referrals, (r) => r.status === 'completed'),
    id: refId,
    participantId,
    fromOrganizationId: orgs.ngo2,
    toOrganizationId: orgs.ngo,
    reason: `Incoming ${marker}`,
    outcome: { result: 'service_delivered', summary: `Outcome ${marker}` },
  };
  await bulkInsert(
    db,
    'referrals',
    [text('id'), text('participant_id'), text('from_org'), text('to_org'), text('status'), COLUMNS[3]!],
    [[refId, participantId, orgs.ngo2, orgs.ngo, referral.status, referral]],
  );
  planted.referrals.push(refId);
  return planted;
}
