import { SplitTexts } from '../base/split-texts.js';
import { intakeTextsEn } from './intake-form.texts-en.js';

/**
 * The texts `<nb-intake-form>` shows: the English ones come with the element, the Nepali ones (and the
 * districts' Nepali names) when first asked for.
 */
export const intakeTexts = new SplitTexts(intakeTextsEn, () => import('./intake-form.texts-ne.js'));
