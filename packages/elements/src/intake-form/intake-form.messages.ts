import type { LocalizedText } from '@nayabato/core';
import { defineElementMessages } from '../base/element-messages.js';
import { type IntakeTextKey, intakeTextsEn } from './intake-form.texts-en.js';
import { texts as intakeTextsNe } from './intake-form.texts-ne.js';

/**
 * The texts of `<nb-intake-form>`, in English and Nepali, as one catalog (for `@nayabato/elements/messages`
 * and the review list of Nepali texts). The element itself loads only the half it shows: the English
 * texts come with it, the Nepali ones on demand (see `intake-form.texts-ne.ts`). Labels of the domain's
 * values (gender, districts, consent purposes, need levels…) come from core's enumerations.
 *
 * @example
 * ```ts
 * intakeFormMessages.format('submit', 'ne'); // 'दर्ता पठाउनुहोस्'
 * ```
 */
export const intakeFormMessages = defineElementMessages(
  'elements.intake-form',
  Object.fromEntries(
    (Object.keys(intakeTextsEn) as IntakeTextKey[]).map((key) => [
      key,
      { en: intakeTextsEn[key], ne: intakeTextsNe[key] },
    ]),
  ) as Record<IntakeTextKey, LocalizedText>,
);
