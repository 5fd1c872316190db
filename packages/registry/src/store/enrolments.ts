import { type Enrolment, type EnrolmentInput, newId } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';

/**
 * A row of `enrolments` (`org_id` is the training institution that recorded it), with the caller's
 * access: `owner` (that institution) or `referrer` (the NGO that sent the referral it came from, or that
 * registered the participant).
 */
export interface EnrolmentRow extends BaseRow {
  org_id: string;
  participant_id: string;
  referral_id: string | null;
  /** The NGO that referred the participant (its referral's sender), kept for the NGO's list. */
  referrer_org: string | null;
  data: EnrolmentInput;
  access: 'owner' | 'referrer' | null;
}

/** The API representation of a stored enrolment. */
export function toEnrolment(row: EnrolmentRow): Enrolment {
  return toRecord(row);
}

/**
 * Who reads enrolments, by role: the condition on the row, which an index serves, and the access it
 * gives. The training institution that recorded it; the NGO that sent its referral, which registered the
 * participant (only the registering organisation refers), kept on the row for the NGO's list. Corporate,
 * government and the coordinator get none: outcomes reach them as aggregates only.
 */
const READERS: Partial<Record<Principal['role'], { readonly where: string; readonly access: string }>> = {
  training_institution: { where: 'e.org_id = $1', access: 'owner' },
  ngo: { where: 'e.referrer_org = $1', access: 'referrer' },
};

/** The caller's access to enrolment `e` ($1 is the caller's organisation). */
function accessSql(principal: Principal): string {
  const reader = READERS[principal.role];
  return reader ? `case when ${reader.where} then '${reader.access}' end` : 'nullif($1::text, $1::text)';
}

/** The access rule itself (not its result `access`), so that an index serves a list. */
function visibleSql(principal: Principal): string {
  return READERS[principal.role]?.where ?? `${accessSql(principal)} is not null`;
}

/** One enrolment visible to the caller, or undefined. */
export async function findVisibleEnrolment(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<EnrolmentRow | undefined> {
  const [row] = await db.query<EnrolmentRow>(
    `select * from (select e.*, ${accessSql(principal)} as access from enrolments e where e.id = $2) v
     where access is not null`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of an enrolment list (each only when given). */
export interface EnrolmentFilters {
  readonly participantId: string | null;
  readonly programmeId: string | null;
  readonly referralId: string | null;
  readonly updatedSince: string | null;
}

/** A page of the enrolments visible to the caller. */
export function listVisibleEnrolments(
  db: Queryable,
  principal: Principal,
  filters: EnrolmentFilters,
  page: KeysetPage,
): Promise<EnrolmentRow[]> {
  return keysetList<EnrolmentRow>(
    db,
    {
      select: `e.*, ${accessSql(principal)} as access`,
      from: 'enrolments e',
      seq: 'e.seq',
      where: [visibleSql(principal)],
      params: [principal.orgId],
      filters: [
        [(v) => `e.participant_id = ${v}`, filters.participantId],
        [(v) => `e.programme_id = ${v}`, filters.programmeId],
        [(v) => `e.referral_id = ${v}`, filters.referralId],
        [(v) => `e.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/**
 * The referring NGO of an enrolment, given its referral's and its participant's ids: the sender of its
 * referral, else the organisation that registered its participant.
 */
function referrerOf(referralId: string, participantId: string): string {
  return `coalesce((select r.from_org from referrals r where r.id = ${referralId}),
    (select p.org_id from participants p where p.id = ${participantId}))`;
}

/** Stores a new enrolment recorded by training institution `orgId`. */
export async function insertEnrolment(
  db: Queryable,
  orgId: string,
  input: EnrolmentInput,
): Promise<EnrolmentRow> {
  const [row] = await db.query<EnrolmentRow>(
    `insert into enrolments (id, org_id, participant_id, data, referrer_org) values ($1, $2, $3, $4, ${referrerOf("$4::jsonb->>'referralId'", '$3')})
     returning *, 'owner' as access`,
    [newId('enrolment'), orgId, input.participantId, JSON.stringify(input)],
  );
  return row!;
}

/**
 * Sets the referring NGO of enrolments written in bulk without it (the demo seed), as inserting one does.
 *
 * @example
 * ```ts
 * await bulkInsert(tx, 'enrolments', columns, rows);
 * await fillEnrolmentReferrers(tx);
 * ```
 */
export async function fillEnrolmentReferrers(db: Queryable): Promise<void> {
  await db.query(
    `update enrolments e set referrer_org = ${referrerOf('e.referral_id', 'e.participant_id')}
     where e.referrer_org is null`,
  );
}

/** Replaces an enrolment's record (attendance, completion, certification). */
export async function updateEnrolment(
  db: Queryable,
  id: string,
  input: EnrolmentInput,
): Promise<EnrolmentRow> {
  const [row] = await db.query<EnrolmentRow>(
    `update enrolments set data = $2, updated_at = now() where id = $1 returning *, 'owner' as access`,
    [id, JSON.stringify(input)],
  );
  return row!;
}
