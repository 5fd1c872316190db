import { defineMessages, type LocalizedText, type MessageCatalog } from '@nayabato/core';
import { VERSION } from './version.js';

/**
 * Declares an element's catalog of English and Nepali texts through core's `defineMessages`. Where two
 * versions of `@nayabato/elements` share one copy of core on a page and their texts differ, core refuses the
 * second catalog under the same namespace; the second copy then registers its texts under
 * `<namespace>@<version>` instead of failing to load, as {@link define} lets both copies live side by side.
 *
 * @param namespace - `elements.<element>`
 * @param entries - the texts, keyed
 * @example
 * ```ts
 * const helloMessages = defineElementMessages('elements.hello', { hello: { en: 'Hello', ne: 'नमस्ते' } });
 * ```
 */
export function defineElementMessages<const K extends string>(
  namespace: string,
  entries: Record<K, LocalizedText>,
): MessageCatalog<K> {
  try {
    return defineMessages(namespace, entries);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'duplicate_catalog_namespace') throw error;
    return defineMessages(`${namespace}@${VERSION}`, entries);
  }
}
