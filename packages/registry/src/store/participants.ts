import { type Participant, type ParticipantInput, participantFieldSensitivity, redact } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
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

/**
 * The participant as the caller may see it: see {@link ParticipantAccess}.
 *
 * @example
 * ```ts
 * const view = participantView(row); // for a training institution: { id, ageBand, educationLevel, languages, ... }
 * ```
 */
export function participantView(row: ParticipantRow): Partial<Participant> {
  const full = toParticipant(row);
  if (row.access === 'owner') return full;
  if (row.access === 'training') return redact(full, participantFieldSensitivity, 'internal');
  const out: Partial<Participant> = {};
  for (const [key, value] of Object.entries(full) as [keyof Participant, unknown][]) {
    if (participantFieldSensitivity[key] !== 'free_text') Object.assign(out, { [key]: value });
  }
  return out;
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
