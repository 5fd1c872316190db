import * as z from 'zod/mini';
import { ExploitationHistorySchema } from './exploitation.js';
import { idSchema } from './ids.js';
import { participantProfileShape, participantRules } from './participant-profile.js';
import { IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';

// The profile's fields in their order, with the exploitation history before the notes as it always was.
const { notes, ...profileHead } = participantProfileShape;
const participantInputShape = {
  ...profileHead,
  /** The exploitation history, only when told and needed for support. */
  exploitationHistory: z.optional(ExploitationHistorySchema),
  notes,
};

const serverShape = {
  /** The pseudonymous id; the only handle on the person the registry ever has. */
  id: idSchema('participant'),
  /** The organisation that registered the participant. */
  organizationId: idSchema('organization'),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

/**
 * What a client sends to register a participant: {@link ParticipantSchema} without the fields the registry
 * sets (`id`, `organizationId`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * validate(ParticipantInputSchema, {
 *   category: 'at_risk', gender: 'feminine', ageBand: '18-20', originDistrict: 'Sindhupalchok',
 *   currentDistrict: 'Kathmandu', citizenshipCertificate: { status: 'in_process' }, languages: ['ne', 'taj'],
 * });
 * ```
 */
export const ParticipantInputSchema = z.strictObject(participantInputShape).check(participantRules);

/**
 * A participant as the registry stores it: pseudonymous, with a birth year or age band (never a date of
 * birth), districts (never a village or address), citizenship status (never the number). Names, phone
 * numbers and identity documents stay in the registering NGO's own records.
 *
 * @example
 * ```ts
 * const p: Participant = assertValid(ParticipantSchema, {
 *   id: 'pt_0123456789', organizationId: 'org_0123456789', category: 'survivor',
 *   traffickingStatus: 'actual_victim', gender: 'feminine', birthYear: 2001, originDistrict: 'Makwanpur',
 *   currentDistrict: 'Kathmandu', citizenshipCertificate: { status: 'no' }, languages: ['ne'],
 *   createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
 * });
 * ```
 */
export const ParticipantSchema = z
  .strictObject({ ...serverShape, ...participantInputShape })
  .check(participantRules);

/** A stored participant. */
export type Participant = z.infer<typeof ParticipantSchema>;
/** The body that registers a participant. */
export type ParticipantInput = z.infer<typeof ParticipantInputSchema>;

/**
 * The sensitivity of every participant field. Age band, education and languages are `internal` so that a
 * training institution can plan a course; everything that could help identify or locate the person is
 * `sensitive`.
 *
 * @example
 * ```ts
 * redact(participant, participantFieldSensitivity, 'internal'); // id, ageBand, languages, educationLevel, ...
 * ```
 */
export const participantFieldSensitivity: FieldSensitivity<Participant> = {
  id: 'internal',
  organizationId: 'internal',
  category: 'sensitive',
  traffickingStatus: 'sensitive',
  gender: 'sensitive',
  birthYear: 'sensitive',
  ageBand: 'internal',
  originDistrict: 'sensitive',
  currentDistrict: 'sensitive',
  citizenshipCertificate: 'sensitive',
  educationLevel: 'internal',
  languages: 'internal',
  dependants: 'sensitive',
  shelterStatus: 'sensitive',
  exploitationHistory: 'sensitive',
  notes: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
};
