import { LocalizedError } from '../errors/localized-error.js';
import type { LocalizedText } from './locale.js';

/**
 * The texts of {@link CatalogError}, by code. `catalog.ts` registers them as the `i18n.error` catalog (this
 * file cannot: the catalog module imports the error class).
 *
 * @example
 * ```ts
 * CATALOG_ERROR_TEXTS.duplicate_catalog_namespace.en; // 'The message catalog {namespace} is already defined ...'
 * ```
 */
export const CATALOG_ERROR_TEXTS = Object.freeze({
  duplicate_catalog_namespace: {
    en: 'The message catalog {namespace} is already defined with other entries; namespaces must be unique.',
    ne: 'सन्देश सूची {namespace} अर्कै प्रविष्टिहरूसहित पहिल्यै परिभाषित छ; नामस्थान अद्वितीय हुनुपर्छ।',
  },
  empty_enumeration: {
    en: 'The enumeration {namespace} has no values.',
    ne: 'गणना {namespace} मा कुनै मान छैन।',
  },
} satisfies Record<string, LocalizedText>);

/**
 * The stable codes of {@link CatalogError}.
 *
 * @example
 * ```ts
 * const code: CatalogErrorCode = 'duplicate_catalog_namespace';
 * ```
 */
export type CatalogErrorCode = keyof typeof CATALOG_ERROR_TEXTS;

function fill(template: string, namespace: string): string {
  return template.replace('{namespace}', namespace);
}

/**
 * Thrown when the SDK's texts are declared wrongly: a namespace reused for different entries
 * (`duplicate_catalog_namespace`), or an enumeration without values (`empty_enumeration`). A programming
 * error, caught by tests; the namespace (never user data) is named to find the culprit.
 *
 * @example
 * ```ts
 * try {
 *   defineEnum('demo.empty', {});
 * } catch (error) {
 *   if (error instanceof CatalogError) error.code; // 'empty_enumeration'
 * }
 * ```
 */
export class CatalogError extends LocalizedError<CatalogErrorCode> {
  override readonly name = 'CatalogError';
  /** The namespace at fault. */
  readonly namespace: string;

  constructor(code: CatalogErrorCode, namespace: string) {
    const text = CATALOG_ERROR_TEXTS[code];
    super(code, { en: fill(text.en, namespace), ne: fill(text.ne, namespace) });
    this.namespace = namespace;
  }
}
