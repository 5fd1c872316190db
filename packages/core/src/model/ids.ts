import * as z from 'zod/mini';

/**
 * The prefix of every kind of record id. Ids are pseudonymous: a prefix, an underscore and 10 to 32
 * lowercase letters or digits, carrying no personal attribute, so they may appear in URLs and logs.
 *
 * @example
 * ```ts
 * ID_PREFIXES.participant; // 'pt', as in 'pt_0123456789'
 * ```
 */
export const ID_PREFIXES = {
  organization: 'org',
  user: 'usr',
  participant: 'pt',
  consent: 'cns',
  needsAssessment: 'nda',
  livelihoodPlan: 'lp',
  referral: 'ref',
  serviceDelivery: 'svc',
  trainingProgramme: 'trp',
  enrolment: 'enr',
  jobOffer: 'job',
  placement: 'plc',
  enterprise: 'ent',
  supportRequest: 'sup',
  followUp: 'fu',
  story: 'sty',
} as const;

/** The kinds of record that have ids. */
export type IdKind = keyof typeof ID_PREFIXES;

const ID_BODY = '[0-9a-z]{10,32}';

/**
 * A zod/mini schema for the id of one kind of record, e.g. `pt_01hx3k9v8w2m`.
 *
 * @example
 * ```ts
 * const ParticipantId = idSchema('participant');
 * ParticipantId.parse('pt_01hx3k9v8w2m');
 * ```
 */
export function idSchema<K extends IdKind>(kind: K) {
  return z.string().check(z.regex(new RegExp(`^${ID_PREFIXES[kind]}_${ID_BODY}$`), `${ID_PREFIXES[kind]}_…`));
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Creates a new random id for one kind of record, from the platform's cryptographic random source.
 * The body is 16 characters of base 36 (about 82 bits).
 *
 * @example
 * ```ts
 * newId('referral'); // 'ref_k3v9x0q2m8w1z7ab'
 * ```
 */
export function newId(kind: IdKind): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let body = '';
  for (const b of bytes) body += ALPHABET[b % 36];
  return `${ID_PREFIXES[kind]}_${body}`;
}
