import { consume } from '@lit/context';
import type { NayaBatoClient } from '@nayabato/client';
import type { Locale, MessageCatalog, MessageParams } from '@nayabato/core';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { attachContextRoot, clientContext } from './context.js';
import type { CalendarChoice } from './format.js';
import { formatNumber } from './format-number.js';
import { LocaleController } from './locale.js';
import { VERSION } from './version.js';

/**
 * The base class of every Naya Bato element. It gives a component:
 *
 * - its language: the `lang` attribute when set, else the page's `<html lang>`, followed at run time
 *   (see {@link LocaleController}); texts come from core's `defineMessages` catalogs through {@link NbElement.t};
 * - numbers with Nepali digits ({@link NbElement.formatNumber}); the calendar its dates are shown in
 *   (`calendar`: Bikram Sambat, AD on request), for `formatDate(iso, this.locale, this.calendar)`. Dates are
 *   not formatted by the base class itself, so that a component without dates does not carry core's calendar;
 * - its registry connection: the `client` property, or the client of the nearest `<nb-provider>`;
 * - the version it was built from, for {@link define}.
 *
 * @attr lang - the language to use (`en` or `ne`); unset, the page's `<html lang>`
 * @attr calendar - how dates are shown: `bs` (Bikram Sambat, default), `ad` or `both`
 *
 * @example
 * ```ts
 * class HelloElement extends NbElement {
 *   static override styles = [tokens];
 *   override render() { return html`<p>${this.t(helloMessages, 'hello')}</p>`; }
 * }
 * define('nb-hello', HelloElement);
 * ```
 */
export class NbElement extends LitElement {
  /** The `@nayabato/elements` version this class was built from (compared by {@link define}). */
  static readonly nbVersion: string = VERSION;

  /**
   * The language asked for on the element itself (`en`, `ne`, `ne-NP`…), reflected to the `lang`
   * attribute as the native property is; unset or empty, the element follows `<html lang>`.
   */
  @property({ reflect: true }) override lang!: string;

  /** How dates are shown: Bikram Sambat (`bs`, the default), Gregorian (`ad`) or both. */
  @property() calendar: CalendarChoice = 'bs';

  /**
   * A registry client for this element alone (a `@nayabato/client` client). Without it the element uses
   * the client of the nearest `<nb-provider>` around it.
   */
  @property({ attribute: false }) client: NayaBatoClient | undefined;

  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient: NayaBatoClient | undefined;

  private readonly language = new LocaleController(this);

  override connectedCallback(): void {
    // Before the context request goes out: a provider defined later must still answer it.
    attachContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  /** The client this element talks to: its own `client`, else its provider's, else none. */
  get registryClient(): NayaBatoClient | undefined {
    return this.client ?? this.providedClient;
  }

  /** The locale the element renders in now. */
  get locale(): Locale {
    return this.language.locale;
  }

  /**
   * A text of `catalog` in the current locale, placeholders filled from `params`; `catalog` is a core
   * catalog, or anything that formats like one (an element's `SplitTexts`).
   */
  protected t<K extends string>(
    catalog: Pick<MessageCatalog<K>, 'format'>,
    key: K,
    params?: MessageParams,
  ): string {
    return catalog.format(key, this.locale, params);
  }

  /** A number in the current locale (Nepali digits in Nepali); see {@link formatNumber}. */
  protected formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }
}
