/**
 * Erasure of a participant's identifying data (on request, or by the retention sweep): the rules of
 * docs/decisions/2026-12-06-erasure-retention.md. Each table's fields are decided from core's sensitivity
 * maps: `public` and `internal` fields stay; `sensitive` and `free_text` fields go, except the fields the
 * programme's counts and indicators read (kept, or generalised), so that erasure never changes an
 * aggregate. Required free text that records keep for their shape becomes {@link ERASED_TEXT}.
 */
import {
  AgeBand,
  type AgeBandValue,
  consentFieldSensitivity,
  enrolmentFieldSensitivity,
  enterpriseFieldSensitivity,
  followUpFieldSensitivity,
  livelihoodPlanFieldSensitivity,
  needsAssessmentFieldSensitivity,
  participantFieldSensitivity,
  placementFieldSensitivity,
  referralFieldSensitivity,
  type SensitivityClass,
  serviceDeliveryFieldSensitivity,
  supportRequestFieldSensitivity,
} from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import {
  deleteParticipantStories,
  deleteStoredResponsesMentioning,
  type ErasureState,
  listParticipantRecords,
  listParticipantReferrals,
  lockParticipant,
  markParticipantErased,
  PARTICIPANT_RECORD_TABLES,
  type ParticipantRecordTable,
  replaceRecordData,
} from '../store/participant-records.js';

/** What required free text reads once erased. */
export const ERASED_TEXT = '[erased]';

type Json = Record<string, unknown>;
/** `keep`, `drop`, or a function giving the erased value (undefined: drop). */
type Rule = 'keep' | 'drop' | ((value: unknown, record: Json) => unknown);

/** How one table's documents are erased: core's sensitivity map, and the fields that differ from it. */
interface TableErasure {
  readonly sensitivity: Readonly<Record<string, SensitivityClass>>;
  readonly rules: Readonly<Record<string, Rule>>;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const placeholder: Rule = () => ERASED_TEXT;
// Nested values keep only the fields named (codes, ids, dates), so free text added to a nested schema
// later is dropped, never kept; a value of an unexpected shape is dropped too: the rules fail closed.
const pick =
  (keys: readonly string[], extra: Json = {}) =>
  (value: unknown): Json | undefined =>
    isObject(value)
      ? { ...Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k))), ...extra }
      : undefined;
const each =
  (fix: (item: unknown) => Json | undefined): Rule =>
  (value) =>
    Array.isArray(value) ? value.map(fix).filter((v) => v !== undefined) : undefined;
const override = pick(['userId', 'at'], { reason: ERASED_TEXT });

/** The age band holding someone born in `year` today: a birth year narrows a person down, a band less. */
export function ageBandOf(year: number, now: Date = new Date()): AgeBandValue {
  const age = now.getUTCFullYear() - year;
  for (const band of AgeBand.values) {
    const [lo, hi] = band.endsWith('+') ? [Number(band.slice(0, -1)), Infinity] : band.split('-').map(Number);
    if (age >= lo! && age <= hi!) return band;
  }
  return AgeBand.values[0]!;
}

/** Per table: what stays. Fields the indicators read are kept even when `sensitive`. */
const TABLES: Readonly<Record<'participants' | ParticipantRecordTable, TableErasure | 'delete'>> = {
  participants: {
    sensitivity: participantFieldSensitivity,
    rules: {
      // Counting dimensions of the programme's reports and the districts the indicators group by.
      category: 'keep',
      traffickingStatus: 'keep',
      gender: 'keep',
      originDistrict: 'keep',
      currentDistrict: 'keep',
      // Generalised: the year becomes its age band (set below), the certificate keeps its status only.
      birthYear: 'drop',
      citizenshipCertificate: pick(['status']),
    },
  },
  consents: {
    sensitivity: consentFieldSensitivity,
    rules: { override },
  },
  needs_assessments: {
    sensitivity: needsAssessmentFieldSensitivity,
    rules: { domains: each(pick(['domain', 'needLevel'])) },
  },
  livelihood_plans: {
    sensitivity: livelihoodPlanFieldSensitivity,
    rules: {
      goals: each(pick(['key', 'area', 'status'], { description: ERASED_TEXT })),
      actions: each(
        pick(
          [
            'goalKey',
            'serviceType',
            'responsibleOrganizationId',
            'startDate',
            'dueDate',
            'status',
            'referralId',
          ],
          { description: ERASED_TEXT },
        ),
      ),
      reviews: each(pick(['reviewedOn', 'followUpId', 'progress'])),
    },
  },
  referrals: {
    sensitivity: referralFieldSensitivity,
    rules: {
      reason: placeholder,
      consentOverride: override,
      // The result counts in the referral funnel; the account of it is free text.
      outcome: pick(['result']),
    },
  },
  enrolments: {
    sensitivity: enrolmentFieldSensitivity,
    rules: {
      participantId: 'keep',
      // A certificate's number and body identify its holder; its status and date are counted.
      certification: pick(['status', 'certifiedOn']),
    },
  },
  placements: {
    sensitivity: placementFieldSensitivity,
    rules: { participantId: 'keep', introductionConsentId: 'keep' },
  },
  enterprises: {
    sensitivity: enterpriseFieldSensitivity,
    rules: { participantId: 'keep', seedSupport: 'keep', monthlyRecords: 'keep' },
  },
  follow_ups: {
    sensitivity: followUpFieldSensitivity,
    rules: {
      participantId: 'keep',
      monthlyIncomeNpr: 'keep',
      livingIndependently: 'keep',
      reintegratedWithFamily: 'keep',
      supportingFamily: 'keep',
      inShelter: 'keep',
      economicScore: 'keep',
      socialScore: 'keep',
      psychosocialScore: 'keep',
    },
  },
  service_deliveries: { sensitivity: serviceDeliveryFieldSensitivity, rules: { serviceType: 'keep' } },
  support_requests: { sensitivity: supportRequestFieldSensitivity, rules: { description: placeholder } },
  // A story is the participant's own account (and photo): nothing of it can stay.
  stories: 'delete',
};

/**
 * The erased copy of one stored document of `table`: fields classed `public` or `internal` stay,
 * `sensitive` and `free_text` fields go unless the table's rules keep or rewrite them. An unclassified
 * field goes (failing closed).
 *
 * @example
 * ```ts
 * eraseDocument('follow_ups', { participantId: 'pt_…', date: '2026-06-01', monthlyIncomeNpr: 21000, notes: 'x' });
 * // { participantId: 'pt_…', date: '2026-06-01', monthlyIncomeNpr: 21000 }
 * ```
 */
export function eraseDocument(
  table: 'participants' | Exclude<ParticipantRecordTable, 'stories'>,
  data: Json,
  now: Date = new Date(),
): Json {
  const spec = TABLES[table] as TableErasure;
  const classes: Readonly<Record<string, SensitivityClass | undefined>> = spec.sensitivity;
  const out: Json = {};
  for (const [key, value] of Object.entries(data)) {
    const cls = classes[key] ?? 'sensitive';
    const rule = spec.rules[key] ?? (cls === 'public' || cls === 'internal' ? 'keep' : 'drop');
    if (rule === 'keep') out[key] = value;
    else if (typeof rule === 'function' && value !== undefined && value !== null) {
      const next = rule(value, data);
      if (next !== undefined) out[key] = next;
    }
  }
  if (table === 'participants' && typeof data.birthYear === 'number' && out.ageBand === undefined) {
    out.ageBand = ageBandOf(data.birthYear, now);
  }
  return out;
}

/** What an erasure did. */
export interface ErasureResult extends ErasureState {
  /** Documents rewritten, per table. */
  readonly erased: Record<string, number>;
  /** Stories deleted (with their photos). */
  readonly storiesDeleted: number;
  /** Whether the participant had been erased before this call. */
  readonly wasErased: boolean;
}

/**
 * Erases a participant's identifying data everywhere the participant appears, in the caller's
 * transaction: the participant document, every record of {@link PARTICIPANT_RECORD_TABLES} and its
 * referrals are rewritten by {@link eraseDocument}, stories deleted, stored idempotent responses that
 * mention the participant dropped. Running it again changes nothing more (idempotent); `erased_at` keeps
 * the first erasure's instant.
 */
export async function eraseParticipant(
  db: Queryable,
  participantId: string,
  trigger: 'request' | 'retention',
): Promise<ErasureResult | undefined> {
  const locked = await lockParticipant(db, participantId);
  if (!locked) return undefined;
  const participant = locked.data;
  const erased: Record<string, number> = {};
  const rewrite = async (table: ParticipantRecordTable, id: string, data: Json) => {
    const next = eraseDocument(table as Exclude<ParticipantRecordTable, 'stories'>, data);
    if (JSON.stringify(next) === JSON.stringify(data)) return;
    await replaceRecordData(db, table, id, next);
    erased[table] = (erased[table] ?? 0) + 1;
  };
  for (const table of PARTICIPANT_RECORD_TABLES) {
    if (TABLES[table] === 'delete') continue;
    for (const row of await listParticipantRecords(db, table, participantId)) {
      await rewrite(table, row.id, row.data);
    }
  }
  for (const row of await listParticipantReferrals(db, participantId))
    await rewrite('referrals', row.id, row.data);
  const storiesDeleted = await deleteParticipantStories(db, participantId);
  await deleteStoredResponsesMentioning(db, participantId);
  const state = await markParticipantErased(
    db,
    participantId,
    eraseDocument('participants', participant),
    trigger,
  );
  return { ...state, erased, storiesDeleted, wasErased: locked.erased_at !== null };
}
