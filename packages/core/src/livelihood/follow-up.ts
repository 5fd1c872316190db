import * as z from 'zod/mini';
import { defineEnum } from '../i18n/enumeration.js';
import type { Locale } from '../i18n/locale.js';
import {
  type FieldSensitivity,
  FreeTextSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  idSchema,
  NprSchema,
} from '../model/index.js';
import { rule } from './rules.js';

/**
 * The labels of the reintegration scale: 1 (very poor) to 5 (very good), used for the economic, social
 * and psychosocial dimensions alike. Scores are stored as integers; these are their labels.
 *
 * @example
 * ```ts
 * ReintegrationScore.label('4', 'en'); // 'Good'
 * ```
 */
export const ReintegrationScore = defineEnum('follow-up.reintegration-score', {
  '1': { en: 'Very poor', ne: 'धेरै कमजोर' },
  '2': { en: 'Poor', ne: 'कमजोर' },
  '3': { en: 'Fair', ne: 'ठिकै' },
  '4': { en: 'Good', ne: 'राम्रो' },
  '5': { en: 'Very good', ne: 'धेरै राम्रो' },
});

/**
 * The lowest and highest reintegration scores.
 *
 * @example
 * ```ts
 * const valid = score >= REINTEGRATION_SCALE.min && score <= REINTEGRATION_SCALE.max; // 1 to 5
 * ```
 */
export const REINTEGRATION_SCALE = Object.freeze({ min: 1, max: 5 } as const);

/**
 * A reintegration score: an integer from 1 (very poor) to 5 (very good).
 *
 * @example
 * ```ts
 * ReintegrationScoreSchema.safeParse(3).success; // true
 * ReintegrationScoreSchema.safeParse(6).success; // false
 * ```
 */
export const ReintegrationScoreSchema = z
  .number()
  .check(z.int(), z.minimum(REINTEGRATION_SCALE.min), z.maximum(REINTEGRATION_SCALE.max));

/**
 * The label of a reintegration score.
 *
 * @example
 * ```ts
 * reintegrationScoreLabel(2, 'ne'); // 'कमजोर'
 * ```
 */
export function reintegrationScoreLabel(score: number, locale: Locale): string {
  const key = String(score);
  return ReintegrationScore.is(key) ? ReintegrationScore.label(key, locale) : String(score);
}

const fields = {
  participantId: idSchema('participant'),
  /** The day of the follow-up. */
  date: IsoDateSchema,
  monthlyIncomeNpr: NprSchema,
  livingIndependently: z.boolean(),
  reintegratedWithFamily: z.boolean(),
  supportingFamily: z.boolean(),
  inShelter: z.boolean(),
  /** Economic reintegration, 1 to 5; absent when not assessed at this follow-up. */
  economicScore: z.optional(ReintegrationScoreSchema),
  /** Social reintegration, 1 to 5; absent when not assessed. */
  socialScore: z.optional(ReintegrationScoreSchema),
  /** Psychosocial well-being, 1 to 5; absent when not assessed. */
  psychosocialScore: z.optional(ReintegrationScoreSchema),
  notes: z.optional(FreeTextSchema),
};

const shelterRule = rule<{ inShelter: boolean; livingIndependently: boolean }>(
  'in_shelter_and_independent',
  ['livingIndependently'],
  (f) => !(f.inShelter && f.livingIndependently),
);

/**
 * A stored follow-up of a participant (by pseudonymous id): income and the reintegration outcomes the
 * indicators are computed from.
 *
 * @example
 * ```ts
 * const followUp = FollowUpSchema.parse(record);
 * ```
 */
export const FollowUpSchema = z
  .strictObject({
    id: idSchema('followUp'),
    organizationId: idSchema('organization'),
    ...fields,
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(shelterRule);
/** A stored follow-up. */
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * What the NGO sends to record a follow-up (no `id`, `organizationId`, `createdAt`, `updatedAt`).
 *
 * @example
 * ```ts
 * const result = validate(FollowUpInputSchema, body);
 * ```
 */
export const FollowUpInputSchema = z.strictObject(fields).check(shelterRule);
/** The input to record a follow-up. */
export type FollowUpInput = z.infer<typeof FollowUpInputSchema>;

/**
 * The sensitivity of every field of a follow-up: everything about the person is `sensitive`.
 *
 * @example
 * ```ts
 * redact(followUp, followUpFieldSensitivity, 'internal'); // ids and timestamps only
 * ```
 */
export const followUpFieldSensitivity: FieldSensitivity<FollowUp> = Object.freeze({
  id: 'internal',
  organizationId: 'internal',
  participantId: 'sensitive',
  date: 'internal',
  monthlyIncomeNpr: 'sensitive',
  livingIndependently: 'sensitive',
  reintegratedWithFamily: 'sensitive',
  supportingFamily: 'sensitive',
  inShelter: 'sensitive',
  economicScore: 'sensitive',
  socialScore: 'sensitive',
  psychosocialScore: 'sensitive',
  notes: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
});
