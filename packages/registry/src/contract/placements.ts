import {
  CorporatePlacementSchema,
  IsoDateSchema,
  idSchema,
  PlacementInputSchema,
  PlacementSchema,
} from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';

/** The NGO's placement: the whole record. */
export const PlacementRecord = named('Placement', PlacementSchema);

/**
 * What the company whose offer a placement fills sees: core's corporate view, the placement's id (to
 * record retention) and the day it ended. Never the participant, the referral, the consent, the end
 * reason or the NGO's notes.
 */
export const CorporatePlacementView = named(
  'CorporatePlacement',
  z.extend(z.strictObject(CorporatePlacementSchema.shape), {
    id: z.string(),
    endedOn: z.optional(IsoDateSchema),
  }),
  'A placement in one of the caller’s offers, pseudonymous: a placement code, dates, wage and retention; nothing that says who the person is.',
);

/** A placement as the caller may see it. */
export const PlacementView = named(
  'PlacementView',
  z.union([PlacementRecord, CorporatePlacementView]),
  'The NGO that recorded the placement gets `Placement`; the company whose offer it fills gets `CorporatePlacement`.',
);

/** The body that records a placement. */
export const PlacementCreateInput = named(
  'PlacementInput',
  z.extend(z.strictObject(PlacementInputSchema.shape), {
    referralId: idSchema('referral'),
  }),
  'A placement recorded by the referring NGO: the referral it sent (accepted, in progress or completed) and an open or paused offer. Needs a valid `employer_introduction` consent of the participant naming the offer’s company.',
);
