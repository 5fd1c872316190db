/**
 * The records the indicators are computed over, read from the tables in the storage shape every writer
 * shares, and mapped to core's structural `Indicator*` types (only the fields the indicators read, so no
 * free text or identifying field is ever loaded for an aggregate).
 */
import type {
  District,
  IndicatorEnrolment,
  IndicatorEnterprise,
  IndicatorFollowUp,
  IndicatorParticipant,
  IndicatorPlacement,
  IndicatorRecords,
  IndicatorReferral,
} from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import { iso } from './rows.js';

/** Whose participants the indicators cover: the whole programme, or one organisation's registrations. */
export type IndicatorScope =
  | { readonly kind: 'programme' }
  | {
      readonly kind: 'organization';
      readonly id: string;
      /** The organisation reads its own registrations (district detail: it holds the records anyway). */
      readonly own?: boolean;
    };

/** A participant as the indicators read it, with the organisation that registered it. */
export type OwnedIndicatorParticipant = IndicatorParticipant & { readonly organizationId: string };

/** `$1` is the organisation (null for the whole programme). */
const OWNER = '($1::text is null or p.org_id = $1::text)';

interface ParticipantRow {
  id: string;
  org_id: string;
  current: District;
  origin: District;
  created_at: Date | string;
}

interface DocRow<T> {
  participant_id: string;
  doc: T;
}

/**
 * Reads the records of one scope: the participants (those registered by the organisation, or all), and
 * their follow-ups, placements, enterprises, enrolments and referrals, whoever owns those records.
 *
 * @example
 * ```ts
 * const records = await readIndicatorRecords(db, { kind: 'organization', id: 'org_0123456789' });
 * computeIndicators(records, { period });
 * ```
 */
export async function readIndicatorRecords(
  db: Queryable,
  scope: IndicatorScope,
): Promise<IndicatorRecords & { readonly participants: readonly OwnedIndicatorParticipant[] }> {
  const org = scope.kind === 'organization' ? scope.id : null;
  const participants = await db.query<ParticipantRow>(
    `select p.id, p.org_id, p.data->>'currentDistrict' as current, p.data->>'originDistrict' as origin, p.created_at
     from participants p where ${OWNER} order by p.seq`,
    [org],
  );
  // One statement per table: its documents (projected to what the indicators read) with their participant.
  const docs = <T>(table: string, projection: string) =>
    db.query<DocRow<T>>(
      `select x.participant_id, ${projection} as doc from ${table} x
       join participants p on p.id = x.participant_id where ${OWNER} order by x.seq`,
      [org],
    );
  // One after the other: one connection (or a PGlite) serves them in turn anyway.
  const followUps = await docs<Omit<IndicatorFollowUp, 'participantId'>>(
    'follow_ups',
    `jsonb_build_object('date', x.data->'date', 'monthlyIncomeNpr', x.data->'monthlyIncomeNpr',
        'livingIndependently', x.data->'livingIndependently', 'reintegratedWithFamily', x.data->'reintegratedWithFamily',
        'inShelter', x.data->'inShelter')`,
  );
  const placements = await docs<Omit<IndicatorPlacement, 'participantId'>>(
    'placements',
    `jsonb_strip_nulls(jsonb_build_object('startDate', x.data->'startDate', 'monthlyWageNpr', x.data->'monthlyWageNpr',
        'endedOn', x.data->'endedOn', 'retention', coalesce(x.data->'retention', '[]'::jsonb)))`,
  );
  const enterprises = await docs<Omit<IndicatorEnterprise, 'participantId'>>(
    'enterprises',
    `jsonb_strip_nulls(jsonb_build_object('startDate', x.data->'startDate', 'status', x.data->'status',
        'seedSupport', x.data->'seedSupport', 'monthlyRecords', coalesce(x.data->'monthlyRecords', '[]'::jsonb)))`,
  );
  const enrolments = await docs<Omit<IndicatorEnrolment, 'participantId'>>(
    'enrolments',
    `jsonb_strip_nulls(jsonb_build_object('enrolledOn', x.data->'enrolledOn', 'status', x.data->'status',
        'completedOn', x.data->'completedOn'))`,
  );
  const referrals = await docs<Omit<IndicatorReferral, 'participantId'>>(
    'referrals',
    `jsonb_strip_nulls(jsonb_build_object('status', x.data->'status', 'sentAt', x.data->'sentAt',
        'acceptedAt', x.data->'acceptedAt', 'completedAt', x.data->'completedAt'))`,
  );
  const withParticipant = <T>(rows: DocRow<T>[]) =>
    rows.map((r) => ({ ...r.doc, participantId: r.participant_id }));
  return {
    participants: participants.map(
      (p): OwnedIndicatorParticipant => ({
        id: p.id,
        organizationId: p.org_id,
        currentDistrict: p.current,
        originDistrict: p.origin,
        createdAt: iso(p.created_at),
      }),
    ),
    followUps: withParticipant(followUps),
    placements: withParticipant(placements),
    enterprises: withParticipant(enterprises),
    enrolments: withParticipant(enrolments),
    referrals: withParticipant(referrals),
  };
}

const VERSIONED_TABLES = [
  'participants',
  'follow_ups',
  'placements',
  'enterprises',
  'enrolments',
  'referrals',
];

/**
 * A fingerprint of everything the indicators read: each table's row count and latest `updated_at`
 * (every writer sets it). Equal fingerprints mean equal records, so a computed answer can be reused.
 *
 * @example
 * ```ts
 * const version = await indicatorDataVersion(db); // '250/2025-12-31 …|640/…|…'
 * ```
 */
export async function indicatorDataVersion(db: Queryable): Promise<string> {
  const parts = VERSIONED_TABLES.map(
    (t) => `(select count(*)::text || '/' || coalesce(max(updated_at)::text, '') from ${t})`,
  );
  const [row] = await db.query<{ v: string }>(`select concat_ws('|', ${parts.join(', ')}) as v`);
  return row?.v ?? '';
}
