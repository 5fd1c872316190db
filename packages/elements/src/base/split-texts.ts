import type { Locale, MessageParams } from '@nayabato/core';

/** What a Nepali chunk of {@link SplitTexts} gives: the texts under the same keys. */
export interface NepaliTexts<K extends string> {
  readonly texts: Readonly<Record<K, string>>;
}

const interpolate = (template: string, params: MessageParams | undefined) =>
  params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole,
      )
    : template;

/**
 * An element's texts with the English half in the element's own chunk and the Nepali half (with anything
 * else only Nepali needs, such as core's district names) loaded on demand by a dynamic `import()`, so a
 * page in English does not download the Nepali texts. The element renders once {@link SplitTexts.ready}
 * holds for its locale and calls {@link SplitTexts.load} before that. If the Nepali chunk cannot be
 * loaded, the texts stay English rather than leaving the element blank.
 *
 * The element's published catalog (`defineElementMessages`, for `@nayabato/elements/messages`) is made of
 * the same two halves, so the texts are written once.
 *
 * @example
 * ```ts
 * const texts = new SplitTexts({ hello: 'Hello' }, () => import('./hello.texts-ne.js'));
 * await texts.load();
 * texts.format('hello', 'ne'); // 'नमस्ते'
 * ```
 */
export class SplitTexts<K extends string, N extends NepaliTexts<K> = NepaliTexts<K>> {
  private loading: Promise<void> | undefined;
  private settled = false;
  /** The Nepali chunk, once loaded. */
  nepali: N | undefined;

  /**
   * @param english - the English texts
   * @param loadNepali - the dynamic import of the Nepali chunk
   */
  constructor(
    readonly english: Readonly<Record<K, string>>,
    private readonly loadNepali: () => Promise<N>,
  ) {}

  /** Whether the texts of `locale` can be shown now (English always; Nepali once loaded or failed). */
  ready(locale: Locale): boolean {
    return locale === 'en' || this.settled;
  }

  /** Loads the Nepali chunk (once); resolves when it is there, or when it failed (English is then used). */
  load(): Promise<void> {
    this.loading ??= this.loadNepali().then(
      (chunk) => {
        this.nepali = chunk;
        this.settled = true;
      },
      () => {
        this.settled = true;
      },
    );
    return this.loading;
  }

  /** The text of `key` in `locale` (English until the Nepali chunk is loaded), placeholders filled. */
  format(key: K, locale: Locale, params?: MessageParams): string {
    const text = locale === 'ne' ? this.nepali?.texts[key] : undefined;
    return interpolate(text ?? this.english[key], params);
  }
}
