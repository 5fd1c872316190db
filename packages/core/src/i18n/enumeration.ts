import * as z from 'zod/mini';
import { defineMessages, type MessageCatalog } from './catalog.js';
import { CatalogError } from './catalog-error.js';
import type { Locale, LocalizedText } from './locale.js';

/**
 * A closed set of string values with an English and Nepali label for each, and its zod/mini schema. The
 * schema is built on first read of `schema`, so a module that only lists or labels values never runs
 * zod at load.
 *
 * @example
 * ```ts
 * const Category = defineEnum('demo.category', {
 *   survivor: { en: 'Survivor', ne: 'पीडित' },
 *   at_risk: { en: 'At risk', ne: 'जोखिममा' },
 * });
 * Category.schema.parse('survivor');
 * Category.label('at_risk', 'ne'); // 'जोखिममा'
 * type CategoryValue = EnumValue<typeof Category>; // 'survivor' | 'at_risk'
 * ```
 */
export interface Enumeration<V extends string> {
  /** The values, in declaration order. */
  readonly values: readonly [V, ...V[]];
  /** A zod/mini schema accepting exactly the values, built on first read and the same object after. */
  readonly schema: z.ZodMiniEnum<{ [K in V]: K }>;
  /** The catalog holding the labels. */
  readonly labels: MessageCatalog<V>;
  /** The label of `value` in `locale`. */
  label(value: V, locale: Locale): string;
  /** Whether `value` is one of the values. */
  is(value: unknown): value is V;
}

/** The value type of an {@link Enumeration}. */
export type EnumValue<E> = E extends Enumeration<infer V> ? V : never;

/**
 * Declares an enumeration with its labels. The labels are registered like any other message catalog.
 *
 * @param namespace - a dotted name unique across the SDK
 * @param labels - one English and Nepali label per value, in the order values should be listed
 * @throws {@link CatalogError} `empty_enumeration` without values, `duplicate_catalog_namespace` when the
 * namespace is taken by other labels
 * @example
 * ```ts
 * const Size = defineEnum('demo.size', {
 *   small: { en: 'Small', ne: 'सानो' },
 *   large: { en: 'Large', ne: 'ठूलो' },
 * });
 * Size.values; // ['small', 'large']
 * Size.label('large', 'ne'); // 'ठूलो'
 * ```
 */
export function defineEnum<const V extends string>(
  namespace: string,
  labels: Record<V, LocalizedText>,
): Enumeration<V>;
/**
 * Declares an enumeration over a catalog already declared with `defineMessages`: its keys are the values,
 * in order, and its texts the labels. Core declares an enumeration so when code that only lists or labels
 * the values should reach the catalog without the enumeration, whose schema getter keeps zod's enum in a
 * bundle (see `tradeCodeLabels`).
 *
 * @param catalog - the labels, one English and Nepali text per value
 * @throws {@link CatalogError} `empty_enumeration` without values
 * @example
 * ```ts
 * const sizeLabels = defineMessages('demo.size-labels', { small: { en: 'Small', ne: 'सानो' } });
 * const Size = defineEnum(sizeLabels);
 * Size.labels === sizeLabels; // true
 * ```
 */
export function defineEnum<const V extends string>(catalog: MessageCatalog<V>): Enumeration<V>;
export function defineEnum<const V extends string>(
  source: string | MessageCatalog<V>,
  labels?: Record<V, LocalizedText>,
): Enumeration<V> {
  // With a namespace, the values are checked before the labels are registered, as they always were.
  const entries = typeof source === 'string' ? (labels as Record<V, LocalizedText>) : source.entries;
  const values = Object.keys(entries) as V[];
  if (values.length === 0)
    throw new CatalogError('empty_enumeration', typeof source === 'string' ? source : source.namespace);
  const tuple = values as [V, ...V[]];
  const catalog = typeof source === 'string' ? defineMessages<V>(source, entries) : source;
  const set = new Set<string>(values);
  let schema: z.ZodMiniEnum<{ [K in V]: K }> | undefined;
  return Object.freeze({
    values: Object.freeze(tuple) as readonly [V, ...V[]],
    // Built on first use: most readers (a job board, a label) never validate.
    get schema() {
      schema ??= z.enum(tuple) as unknown as z.ZodMiniEnum<{ [K in V]: K }>;
      return schema;
    },
    labels: catalog,
    label: (value: V, locale: Locale) => catalog.format(value, locale),
    is: (value: unknown): value is V => typeof value === 'string' && set.has(value),
  });
}
