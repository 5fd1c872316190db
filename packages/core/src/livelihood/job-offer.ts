import * as z from 'zod/mini';
import { DistrictSchema } from '../geography/index.js';
import {
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  idSchema,
  NprSchema,
  ShortTextSchema,
} from '../model/index.js';
import { EmploymentType, JobOfferStatus } from './job-offer-enums.js';
import { rule } from './rules.js';
import { TradeSchema } from './trade.js';

/**
 * The monthly wage range in integer NPR. A single figure has `min` equal to `max`. A wage below the
 * minimum wage is allowed here and reported as a warning by `jobOfferWarnings`.
 *
 * @example
 * ```ts
 * MonthlyWageRangeSchema.parse({ minMonthlyNpr: 20000, maxMonthlyNpr: 24000 });
 * ```
 */
export const MonthlyWageRangeSchema = z
  .strictObject({ minMonthlyNpr: NprSchema, maxMonthlyNpr: NprSchema })
  .check(
    rule<{ minMonthlyNpr: number; maxMonthlyNpr: number }>(
      'wage_range_inverted',
      ['maxMonthlyNpr'],
      (w) => w.maxMonthlyNpr >= w.minMonthlyNpr,
    ),
  );
/** A monthly wage range in NPR. */
export type MonthlyWageRange = z.infer<typeof MonthlyWageRangeSchema>;

const fields = {
  title: ShortTextSchema,
  /** Written by the employer and published as is (HTML is escaped by whoever renders it). */
  description: FreeTextSchema.check(z.minLength(1), z.regex(/\S/, 'text')),
  trade: TradeSchema,
  skills: z.array(ShortTextSchema).check(z.maxLength(30)),
  district: DistrictSchema,
  /** The town or municipality of the workplace; the district is used when absent. */
  locality: z.optional(ShortTextSchema),
  employmentType: EmploymentType.schema,
  wage: MonthlyWageRangeSchema,
  openings: z.number().check(z.int(), z.minimum(1), z.maximum(10_000)),
  trainingProvided: z.boolean(),
  accommodationProvided: z.boolean(),
  transportProvided: z.boolean(),
  /** The last day applications are taken; absent when the offer does not expire. */
  validThrough: z.optional(IsoDateSchema),
  /** The day the offer was first opened; set by `transitionJobOffer`. */
  postedOn: z.optional(IsoDateSchema),
  status: JobOfferStatus.schema,
};

type OfferDates = { postedOn?: string | undefined; validThrough?: string | undefined };
const validAfterPosted = rule<OfferDates>(
  'valid_through_before_posted',
  ['validThrough'],
  (o) => !o.postedOn || !o.validThrough || o.validThrough >= o.postedOn,
);

/**
 * A stored CSR job offer of a corporate partner. Holds no participant data: candidates come through NGO
 * referrals, never through the offer.
 *
 * @example
 * ```ts
 * const offer = JobOfferSchema.parse(record);
 * ```
 */
// This and the schemas below are pure, so that a bundle which needs one of them (the job widget's editor
// checks its form with JobOfferDraftInputSchema) leaves the others out.
export const JobOfferSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: idSchema('jobOffer'),
      organizationId: idSchema('organization'),
      ...fields,
      createdAt: IsoDateTimeSchema,
      updatedAt: IsoDateTimeSchema,
    })
    .check(validAfterPosted))();
/** A stored job offer. */
export type JobOffer = z.infer<typeof JobOfferSchema>;

/**
 * What HR sends to create a job offer (no `id`, `organizationId`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * const result = validate(JobOfferInputSchema, body);
 * const warnings = result.ok ? jobOfferWarnings(result.value) : [];
 * ```
 */
export const JobOfferInputSchema = /* @__PURE__ */ (() => z.strictObject(fields).check(validAfterPosted))();
/** The input to create a job offer. */
export type JobOfferInput = z.infer<typeof JobOfferInputSchema>;

// What HR writes: everything but the status and the posting date, which only `transitionJobOffer` sets.
const { status: _status, postedOn: _postedOn, ...editable } = fields;

/**
 * What HR sends to create a job offer through the registry: the offer without `status` (a new offer is
 * a `draft`) and `postedOn` (set when it first opens).
 *
 * @example
 * ```ts
 * const result = validate(JobOfferDraftInputSchema, body);
 * ```
 */
export const JobOfferDraftInputSchema = z.strictObject(editable);
/** The input to create a draft job offer. */
export type JobOfferDraftInput = z.infer<typeof JobOfferDraftInputSchema>;

/**
 * A change to a job offer: any of the fields of {@link JobOfferDraftInputSchema}; the status moves only
 * through `transitionJobOffer`. The merged offer is validated again as a whole.
 *
 * @example
 * ```ts
 * const result = validate(JobOfferPatchSchema, { openings: 3 });
 * ```
 */
export const JobOfferPatchSchema = /* @__PURE__ */ z.partial(JobOfferDraftInputSchema);
/** A change to a job offer. */
export type JobOfferPatch = z.infer<typeof JobOfferPatchSchema>;

/**
 * The sensitivity of every field of a job offer. An offer is meant to be published, so every field is
 * public except the free-text description (public once the offer is open, but free text by rule) and
 * bookkeeping times.
 *
 * @example
 * ```ts
 * redact(offer, jobOfferFieldSensitivity, 'public');
 * ```
 */
export const jobOfferFieldSensitivity: FieldSensitivity<JobOffer> = /* @__PURE__ */ Object.freeze({
  id: 'public',
  organizationId: 'public',
  title: 'public',
  description: 'free_text',
  trade: 'public',
  skills: 'public',
  district: 'public',
  locality: 'public',
  employmentType: 'public',
  wage: 'public',
  openings: 'public',
  trainingProvided: 'public',
  accommodationProvided: 'public',
  transportProvided: 'public',
  validThrough: 'public',
  postedOn: 'public',
  status: 'public',
  createdAt: 'internal',
  updatedAt: 'internal',
});
