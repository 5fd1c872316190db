import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The labels of {@link TradeCode}: the same catalog as `TradeCode.labels`, for code that only lists or
 * labels trades and should not bundle zod (an enumeration's schema getter keeps zod's enum in any bundle
 * that reaches the enumeration; {@link tradeLabel} uses this catalog for that reason).
 *
 * @example
 * ```ts
 * tradeCodeLabels.format('lokta_paper', 'en'); // 'Lokta paper making'
 * Object.keys(tradeCodeLabels.entries); // ['tailoring', 'beautician', …]
 * ```
 */
export const tradeCodeLabels = defineMessages('livelihood.trade', {
  tailoring: { en: 'Tailoring', ne: 'सिलाइ कटाइ' },
  beautician: { en: 'Beautician', ne: 'ब्युटिसियन' },
  hospitality_cooking: { en: 'Hospitality and cooking', ne: 'आतिथ्य र खाना पकाउने' },
  dhaka_weaving: { en: 'Dhaka weaving', ne: 'ढाका बुनाइ' },
  lokta_paper: { en: 'Lokta paper making', ne: 'लोक्ता कागज उत्पादन' },
  handicrafts_other: { en: 'Other handicrafts', ne: 'अन्य हस्तकला' },
  computer_skills: { en: 'Computer skills', ne: 'कम्प्युटर सीप' },
  foot_therapy: { en: 'Foot therapy', ne: 'खुट्टाको थेरापी' },
  floriculture: { en: 'Floriculture', ne: 'फूल खेती' },
  security_guard: { en: 'Security guard', ne: 'सुरक्षा गार्ड' },
  candle_incense: { en: 'Candle and incense making', ne: 'मैनबत्ती र धूप बनाउने' },
  driving: { en: 'Driving', ne: 'सवारी चालक' },
  housekeeping: { en: 'Housekeeping', ne: 'हाउसकिपिङ' },
  mobile_repair: { en: 'Mobile phone repair', ne: 'मोबाइल मर्मत' },
  electrical_wiring: { en: 'Electrical wiring', ne: 'बिजुली वायरिङ' },
  agriculture_livestock: { en: 'Agriculture and livestock', ne: 'कृषि तथा पशुपालन' },
});

/**
 * The catalogue of trades that training, job offers and enterprises are tagged with. Codes are stable
 * snake_case; labels are in English and Nepali. New well-known trades are added here; anything else is a
 * custom trade (see {@link TradeSchema}).
 *
 * @example
 * ```ts
 * TradeCode.label('dhaka_weaving', 'ne'); // 'ढाका बुनाइ'
 * ```
 */
export const TradeCode = /* @__PURE__ */ defineEnum(tradeCodeLabels);

/** A trade code from the catalogue, e.g. `tailoring`. */
export type TradeCodeValue = EnumValue<typeof TradeCode>;

/**
 * The prefix of a custom trade: `other:` followed by a lowercase kebab-case slug.
 *
 * @example
 * ```ts
 * `${CUSTOM_TRADE_PREFIX}bamboo-craft`; // 'other:bamboo-craft'
 * ```
 */
export const CUSTOM_TRADE_PREFIX = 'other:';

const CUSTOM_TRADE_PATTERN = /^other:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A trade outside the catalogue, written `other:<slug>` with a lowercase kebab-case slug of at most 60
 * characters, e.g. `other:bamboo-craft`.
 *
 * @example
 * ```ts
 * CustomTradeSchema.safeParse('other:bamboo-craft').success; // true
 * CustomTradeSchema.safeParse('other:Bamboo Craft').success; // false
 * ```
 */
// Pure, so that a bundle which only labels trades (the job board) drops the schemas and zod with them.
export const CustomTradeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(z.maxLength(CUSTOM_TRADE_PREFIX.length + 60), z.regex(CUSTOM_TRADE_PATTERN, 'other:<slug>')))();

/**
 * A trade: a catalogue code ({@link TradeCode}) **or** a custom trade `other:<slug>`.
 *
 * Design: a trade is always one plain string, never an object. A string can be filtered on, indexed,
 * put in a URL query (`?trade=tailoring`) and compared with `===`, and it converts to a simple JSON
 * Schema (`anyOf` of an `enum` and a `pattern`). A custom trade carries its own readable name in the slug
 * (`other:bamboo-craft` reads "Bamboo craft"); it has no Nepali label until it is promoted into the
 * catalogue, which is how the catalogue grows: add the code to {@link TradeCode} and migrate the slug.
 *
 * @example
 * ```ts
 * TradeSchema.parse('tailoring');
 * TradeSchema.parse('other:bamboo-craft');
 * TradeSchema.safeParse('bamboo').success; // false: neither a code nor `other:<slug>`
 * ```
 */
export const TradeSchema = /* @__PURE__ */ (() => z.union([TradeCode.schema, CustomTradeSchema]))();

/** A trade: a {@link TradeCodeValue} or a custom `other:<slug>` string. */
export type Trade = z.infer<typeof TradeSchema>;

/**
 * Whether `trade` is a custom `other:<slug>` trade rather than a catalogue code.
 *
 * @example
 * ```ts
 * isCustomTrade('other:bamboo-craft'); // true
 * isCustomTrade('tailoring'); // false
 * ```
 */
export function isCustomTrade(trade: string): boolean {
  return CUSTOM_TRADE_PATTERN.test(trade);
}

/**
 * Builds a custom trade from a free label, e.g. `Bamboo Craft!` becomes `other:bamboo-craft`. Letters
 * outside a-z and digits are dropped (write the label in English). Returns `undefined` when nothing is left.
 *
 * @example
 * ```ts
 * customTrade('Bamboo craft'); // 'other:bamboo-craft'
 * customTrade('   '); // undefined
 * ```
 */
export function customTrade(label: string): Trade | undefined {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug ? (`${CUSTOM_TRADE_PREFIX}${slug}` as Trade) : undefined;
}

/**
 * The label of a trade. Catalogue codes use their labels; a custom trade reads its slug as words, in
 * Nepali after the word for "other" (`अन्य: Bamboo craft`), since no Nepali name was given for it.
 *
 * @example
 * ```ts
 * tradeLabel('tailoring', 'en'); // 'Tailoring'
 * tradeLabel('other:bamboo-craft', 'en'); // 'Bamboo craft'
 * tradeLabel('other:bamboo-craft', 'ne'); // 'अन्य: Bamboo craft'
 * ```
 */
export function tradeLabel(trade: Trade, locale: Locale): string {
  if (Object.hasOwn(tradeCodeLabels.entries, trade))
    return tradeCodeLabels.format(trade as TradeCodeValue, locale);
  const words = trade.slice(CUSTOM_TRADE_PREFIX.length).replace(/-/g, ' ');
  const readable = words.charAt(0).toUpperCase() + words.slice(1);
  return locale === 'ne' ? `अन्य: ${readable}` : readable;
}
