import { CATALOG_ERROR_TEXTS, CatalogError } from './catalog-error.js';
import type { Locale, LocalizedText } from './locale.js';

/** Values interpolated into `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A named set of localised texts, e.g. the labels of one enumeration or the messages of one module.
 *
 * @example
 * ```ts
 * const greetings = defineMessages('demo.greetings', {
 *   hello: { en: 'Hello {name}', ne: 'नमस्ते {name}' },
 * });
 * greetings.format('hello', 'ne', { name: 'Demo' }); // 'नमस्ते Demo'
 * ```
 */
export interface MessageCatalog<K extends string = string> {
  /** A dotted name, unique across the SDK, e.g. `participant.category`. */
  readonly namespace: string;
  /** Every entry, keyed. */
  readonly entries: Readonly<Record<K, LocalizedText>>;
  /** The text of `key` in `locale`, with `{name}` placeholders filled from `params`. */
  format(key: K, locale: Locale, params?: MessageParams): string;
  /** Both locales of `key`, with placeholders filled. */
  localized(key: K, params?: MessageParams): LocalizedText;
}

const catalogs = new Map<string, MessageCatalog>();

function sameEntries(
  a: Readonly<Record<string, LocalizedText>>,
  b: Readonly<Record<string, LocalizedText>>,
): boolean {
  const keys = Object.keys(a);
  if (keys.join('\u0000') !== Object.keys(b).join('\u0000')) return false;
  return keys.every((k) => a[k]?.en === b[k]?.en && a[k]?.ne === b[k]?.ne);
}

function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Declares a catalog of English and Nepali texts. Every enumeration label and every message in the SDK
 * goes through this one mechanism, so that one test can check all of them and `pnpm generate` can list
 * the texts that await a native speaker's review in `docs/i18n.md`.
 *
 * A namespace names one catalog. Declaring it again with exactly the same entries returns the catalog
 * already registered (a module evaluated twice, as test runners may do); with other entries it throws, so
 * that two modules cannot silently share a namespace and lose each other's texts.
 *
 * @param namespace - a dotted name unique across the SDK
 * @param entries - the texts, keyed
 * @throws {@link CatalogError} `duplicate_catalog_namespace` when the namespace is taken by other entries
 * @example
 * ```ts
 * const messages = defineMessages('demo.saved', { saved: { en: 'Saved', ne: 'सुरक्षित गरियो' } });
 * messages.format('saved', 'en'); // 'Saved'
 * ```
 */
export function defineMessages<const K extends string>(
  namespace: string,
  entries: Record<K, LocalizedText>,
): MessageCatalog<K> {
  const existing = catalogs.get(namespace);
  if (existing) {
    if (sameEntries(existing.entries, entries)) return existing as MessageCatalog<K>;
    throw new CatalogError('duplicate_catalog_namespace', namespace);
  }
  const frozen = Object.freeze({ ...entries });
  const catalog: MessageCatalog<K> = {
    namespace,
    entries: frozen,
    format: (key, locale, params) => interpolate(frozen[key][locale], params),
    localized: (key, params) => ({
      en: interpolate(frozen[key].en, params),
      ne: interpolate(frozen[key].ne, params),
    }),
  };
  catalogs.set(namespace, catalog as unknown as MessageCatalog);
  return catalog;
}

/**
 * Every catalog declared so far by the modules that have been imported, in declaration order.
 *
 * @example
 * ```ts
 * for (const catalog of allCatalogs()) console.log(catalog.namespace);
 * ```
 */
export function allCatalogs(): readonly MessageCatalog[] {
  return [...catalogs.values()];
}

/**
 * The texts of {@link CatalogError}, registered like every other catalog (declared here, after the registry
 * exists, because the error module cannot import this one).
 *
 * @example
 * ```ts
 * catalogErrorMessages.format('empty_enumeration', 'en', { namespace: 'demo.empty' });
 * ```
 */
export const catalogErrorMessages = defineMessages('i18n.error', CATALOG_ERROR_TEXTS);
