import * as z from 'zod/mini';
import { DistrictSchema } from '../geography/index.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import {
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  idSchema,
  ShortTextSchema,
} from '../model/index.js';
import { rule } from './rules.js';
import { TradeSchema } from './trade.js';

/**
 * Where a training programme is in its life.
 *
 * @example
 * ```ts
 * TrainingProgrammeStatus.label('ongoing', 'en'); // 'Ongoing'
 * ```
 */
export const TrainingProgrammeStatus = defineEnum('training-programme.status', {
  planned: { en: 'Planned', ne: 'योजनामा' },
  open: { en: 'Open for enrolment', ne: 'भर्ना खुला' },
  ongoing: { en: 'Ongoing', ne: 'सञ्चालनमा' },
  completed: { en: 'Completed', ne: 'सम्पन्न' },
  cancelled: { en: 'Cancelled', ne: 'रद्द' },
});
/** One of the {@link TrainingProgrammeStatus} values. */
export type TrainingProgrammeStatusValue = EnumValue<typeof TrainingProgrammeStatus>;

/**
 * Who pays for a programme: a partner in the registry (by organisation id) or an outside funder by name.
 *
 * @example
 * ```ts
 * FunderSchema.parse({ name: 'Example CSR Fund', organizationId: 'org_0123456789' });
 * ```
 */
export const FunderSchema = z.strictObject({
  name: ShortTextSchema,
  organizationId: z.optional(idSchema('organization')),
});
/** A funder of a training programme. */
export type Funder = z.infer<typeof FunderSchema>;

const fields = {
  title: ShortTextSchema,
  trade: TradeSchema,
  description: z.optional(FreeTextSchema),
  /** The training institution that delivers it (may differ from the organisation that recorded it). */
  providerOrganizationId: idSchema('organization'),
  district: DistrictSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  totalHours: z.number().check(z.int(), z.minimum(1), z.maximum(5000)),
  capacity: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
  certificationOffered: z.boolean(),
  /** The body that awards the certificate, e.g. a national skill-testing board. */
  certifyingBody: z.optional(ShortTextSchema),
  funders: z.array(FunderSchema).check(z.maxLength(20)),
  status: TrainingProgrammeStatus.schema,
  /** Whether the programme is listed publicly (readable with a publishable key). */
  published: z.boolean(),
};

type ProgrammeDates = { startDate: string; endDate: string };
const endAfterStart = rule<ProgrammeDates>('end_before_start', ['endDate'], (p) => p.endDate >= p.startDate);

/**
 * A stored training programme: a course in one trade, run by a provider organisation, with dates,
 * hours, certification and funders. Holds no participant data.
 *
 * @example
 * ```ts
 * const programme = TrainingProgrammeSchema.parse(record);
 * ```
 */
export const TrainingProgrammeSchema = z
  .strictObject({
    id: idSchema('trainingProgramme'),
    organizationId: idSchema('organization'),
    ...fields,
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(endAfterStart);
/** A stored training programme. */
export type TrainingProgramme = z.infer<typeof TrainingProgrammeSchema>;

/**
 * What a client sends to create a training programme: the record without `id`, `organizationId`,
 * `createdAt` and `updatedAt`, which the registry sets.
 *
 * @example
 * ```ts
 * const result = validate(TrainingProgrammeInputSchema, body);
 * ```
 */
export const TrainingProgrammeInputSchema = z.strictObject(fields).check(endAfterStart);
/** The input to create a training programme. */
export type TrainingProgrammeInput = z.infer<typeof TrainingProgrammeInputSchema>;

/**
 * The sensitivity of every field of a training programme. Programmes are about courses, not people, so
 * most fields are public; the description is free text.
 *
 * @example
 * ```ts
 * redact(programme, trainingProgrammeFieldSensitivity, 'public');
 * ```
 */
export const trainingProgrammeFieldSensitivity: FieldSensitivity<TrainingProgramme> = Object.freeze({
  id: 'public',
  organizationId: 'public',
  title: 'public',
  trade: 'public',
  description: 'free_text',
  providerOrganizationId: 'public',
  district: 'public',
  startDate: 'public',
  endDate: 'public',
  totalHours: 'public',
  capacity: 'public',
  certificationOffered: 'public',
  certifyingBody: 'public',
  funders: 'public',
  status: 'public',
  published: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
