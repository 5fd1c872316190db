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
 * greetings.format('hello', 'ne', { name: 'Sita' }); // 'नमस्ते Sita'
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
 * @param namespace - a dotted name unique across the SDK
 * @param entries - the texts, keyed
 * @example
 * ```ts
 * const messages = defineMessages('demo', { saved: { en: 'Saved', ne: 'सुरक्षित गरियो' } });
 * messages.format('saved', 'en'); // 'Saved'
 * ```
 */
export function defineMessages<const K extends string>(
  namespace: string,
  entries: Record<K, LocalizedText>,
): MessageCatalog<K> {
  const existing = catalogs.get(namespace);
  if (existing) return existing as MessageCatalog<K>;
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
