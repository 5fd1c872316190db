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
const BODY_LENGTH = 16;
// The largest multiple of 36 that fits in a byte: bytes from it up are drawn again, so that every
// character is equally likely (`b % 36` over all 256 bytes made `0` to `3` more likely than the rest).
const UNBIASED_LIMIT = 256 - (256 % 36);

/**
 * Creates a new random id for one kind of record, from the platform's cryptographic random source.
 * The body is 16 characters of base 36 (about 82 bits), each drawn uniformly by rejection sampling.
 *
 * @example
 * ```ts
 * newId('referral'); // 'ref_k3v9x0q2m8w1z7ab'
 * ```
 */
export function newId(kind: IdKind): string {
  let body = '';
  // 32 bytes nearly always give 16 usable ones (each is kept with probability 252/256).
  const bytes = new Uint8Array(2 * BODY_LENGTH);
  while (body.length < BODY_LENGTH) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      if (b >= UNBIASED_LIMIT) continue;
      body += ALPHABET[b % 36];
      if (body.length === BODY_LENGTH) break;
    }
  }
  return `${ID_PREFIXES[kind]}_${body}`;
}
