import type { ConsentScopeValue } from './consent.js';
import type { Participant } from './participant.js';
import { participantFieldSensitivity } from './participant.js';
import type { AgeBandValue } from './participant-enums.js';

/**
 * The participant fields a receiving organisation always gets while a referral to it is active, with or
 * without a consent's scope (and under an audited override, which has none): what it needs to act on the
 * referral. The service asked for is on the referral itself.
 *
 * @example
 * ```ts
 * MINIMUM_TO_ACT_FIELDS.includes('gender'); // true
 * ```
 */
export const MINIMUM_TO_ACT_FIELDS = Object.freeze([
  'id',
  'organizationId',
  'ageBand',
  'gender',
  'languages',
  'currentDistrict',
] as const satisfies readonly (keyof Participant)[]);

/**
 * The most a training institution ever reads of a participant, whatever the scope: what a course needs.
 *
 * @example
 * ```ts
 * TRAINING_FIELDS.includes('notes'); // false
 * ```
 */
export const TRAINING_FIELDS = Object.freeze([
  'id',
  'organizationId',
  'ageBand',
  'educationLevel',
  'languages',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Participant)[]);

// Lower bound of each band, highest first (the bands CTDC publishes).
const BANDS: readonly (readonly [number, AgeBandValue])[] = [
  [48, '48+'],
  [39, '39-47'],
  [30, '30-38'],
  [27, '27-29'],
  [24, '24-26'],
  [21, '21-23'],
  [18, '18-20'],
  [9, '9-17'],
  [0, '0-8'],
];

/**
 * The age band of someone born in `birthYear`, in the year of `at` (the birthday not known, the age is
 * the year's difference).
 *
 * @example
 * ```ts
 * ageBandOf(2005, new Date('2026-03-01T00:00:00Z')); // '21-23'
 * ```
 */
export function ageBandOf(birthYear: number, at: Date = new Date()): AgeBandValue {
  const age = at.getUTCFullYear() - birthYear;
  return (BANDS.find(([min]) => age >= min) ?? BANDS[BANDS.length - 1]!)[1];
}

/** Who receives the participant through a referral. */
export interface SharedParticipantViewOptions {
  /**
   * The union of the scopes of the valid sharing consents under which the referrals to the receiver
   * were sent; empty for a referral sent under an override (no consent).
   */
  readonly scope: readonly ConsentScopeValue[];
  /** The receiver's role: a training institution reads at most {@link TRAINING_FIELDS}. */
  readonly receiver: 'ngo' | 'training_institution';
  /** When the view is taken (to derive an age band from a birth year). */
  readonly at?: Date;
}

/**
 * What the receiving organisation of an active referral reads of the participant: the
 * {@link MINIMUM_TO_ACT_FIELDS} (the age band derived from the birth year when only that is recorded);
 * with `profile` in the scope every structured field; with `notes` the counsellor's notes; a training
 * institution at most {@link TRAINING_FIELDS}. Fields outside the scope are absent, not emptied.
 *
 * @example
 * ```ts
 * sharedParticipantView(participant, { scope: [], receiver: 'ngo' });
 * // { id, organizationId, ageBand, gender, languages, currentDistrict }
 * ```
 */
export function sharedParticipantView(
  participant: Participant,
  options: SharedParticipantViewOptions,
): Partial<Participant> {
  const scope = new Set(options.scope);
  const allowed = new Set<keyof Participant>(MINIMUM_TO_ACT_FIELDS);
  if (scope.has('profile')) {
    for (const [key, cls] of Object.entries(participantFieldSensitivity) as [keyof Participant, string][])
      if (cls !== 'free_text') allowed.add(key);
  }
  if (scope.has('notes')) allowed.add('notes');
  if (options.receiver === 'training_institution') {
    const cap = new Set<keyof Participant>(TRAINING_FIELDS);
    if (!scope.has('profile')) cap.delete('educationLevel');
    for (const key of [...allowed]) if (!cap.has(key)) allowed.delete(key);
  }
  const out: Partial<Participant> = {};
  for (const key of Object.keys(participant) as (keyof Participant)[]) {
    if (allowed.has(key)) Object.assign(out, { [key]: participant[key] });
  }
  if (out.ageBand === undefined && participant.birthYear !== undefined && allowed.has('ageBand'))
    out.ageBand = ageBandOf(participant.birthYear, options.at);
  return out;
}
