import type { Locale } from '@nayabato/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The supported locale a language tag asks for: Nepali for `ne` and its regional forms (`ne-NP`) and for
 * `npi` (ISO 639-3), English for everything else, including an empty tag.
 *
 * @example
 * ```ts
 * localeOf('ne-NP'); // 'ne'
 * localeOf('fr'); // 'en'
 * ```
 */
export function localeOf(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ne' || primary === 'npi' ? 'ne' : 'en';
}

/** A host of {@link LocaleController}: a Lit element with the HTML `lang` attribute. */
export type LocaleHost = ReactiveControllerHost & HTMLElement;

// One observer of `<html lang>` for every connected host, instead of one per element.
const hosts = new Set<LocaleHost>();
let observer: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Follows the language an element should speak, and re-renders it when that changes at run time: the
 * element's own `lang` attribute when set, otherwise the document's `<html lang>` (observed with one
 * shared `MutationObserver`).
 *
 * @example
 * ```ts
 * class Demo extends LitElement {
 *   private readonly language = new LocaleController(this);
 *   render() { return this.language.locale === 'ne' ? 'नमस्ते' : 'Hello'; }
 * }
 * ```
 */
export class LocaleController implements ReactiveController {
  /** Creates the controller and attaches it to `host`. */
  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  /** The locale to render in now. */
  get locale(): Locale {
    // The property, not the attribute: Lit reflects a property after rendering.
    const own = this.host.lang || this.host.getAttribute('lang');
    if (own) return localeOf(own);
    return localeOf(typeof document === 'undefined' ? '' : document.documentElement.lang);
  }

  /** @internal */
  hostConnected(): void {
    hosts.add(this.host);
    watchDocumentLang();
  }

  /** @internal */
  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
