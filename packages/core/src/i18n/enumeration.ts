import * as z from 'zod/mini';
import { defineMessages, type MessageCatalog } from './catalog.js';
import { CatalogError } from './catalog-error.js';
import type { Locale, LocalizedText } from './locale.js';

/**
 * A closed set of string values with an English and Nepali label for each, and its zod/mini schema.
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
  /** A zod/mini schema accepting exactly the values. */
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
): Enumeration<V> {
  const values = Object.keys(labels) as V[];
  if (values.length === 0) throw new CatalogError('empty_enumeration', namespace);
  const tuple = values as [V, ...V[]];
  const catalog = defineMessages<V>(namespace, labels);
  const set = new Set<string>(values);
  return Object.freeze({
    values: Object.freeze(tuple) as readonly [V, ...V[]],
    schema: z.enum(tuple) as unknown as z.ZodMiniEnum<{ [K in V]: K }>,
    labels: catalog,
    label: (value: V, locale: Locale) => catalog.format(value, locale),
    is: (value: unknown): value is V => typeof value === 'string' && set.has(value),
  });
}
