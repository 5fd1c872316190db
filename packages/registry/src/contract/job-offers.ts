import {
  JobOfferDraftInputSchema,
  JobOfferPatchSchema,
  JobOfferSchema,
  RETENTION_MONTHS,
} from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';
import { LocalizedTextSchema } from './schemas.js';

/** One warning of core's `jobOfferWarnings` (never blocks saving). */
export const JobOfferWarningSchema = named(
  'JobOfferWarning',
  z.object({
    severity: z.literal('warning'),
    code: z.literal('below_minimum_wage'),
    path: z.array(z.union([z.string(), z.number()])),
    pointer: z.string(),
    message: LocalizedTextSchema,
    minimumMonthlyNpr: z.number(),
    onDate: z.string(),
  }),
  'A warning about the offer, e.g. a lowest wage below the minimum wage in force: shown to HR and to the NGOs that introduce candidates; it never blocks saving.',
);

/** A job offer with the warnings core finds in it. */
export const JobOfferView = named(
  'JobOffer',
  z.extend(z.strictObject(JobOfferSchema.shape), { warnings: z.array(JobOfferWarningSchema) }),
  'A CSR job offer. Only `open` offers are public; `warnings` (e.g. `below_minimum_wage`) are computed at each read.',
);

/** The body that creates a (draft) offer. */
export const JobOfferDraftInput = named(
  'JobOfferInput',
  JobOfferDraftInputSchema,
  'A new offer, created as a `draft`; `POST /v1/job-offers/{id}/publish` opens it.',
);

/** The body that changes an offer. */
export const JobOfferPatch = named(
  'JobOfferPatch',
  JobOfferPatchSchema,
  'Any of the fields of `JobOfferInput`; the status moves only through publish, pause and close.',
);

/** The body of a job-offer transition. */
export const JobOfferTransitionInput = named('JobOfferTransitionInput', z.strictObject({}));

/** The body of `POST /v1/placements/{id}/retention-checks`. */
export const RetentionCheckInput = named(
  'RetentionCheckInput',
  z.strictObject({ month: z.literal(RETENTION_MONTHS), retained: z.boolean() }),
  'Whether the person was still employed at a checkpoint (1, 3, 6 or 12 months after the start), recorded on or after its due date.',
);
