/** Replaced at build time by the package's version (tsup `define`); absent when tests run the sources. */
declare const __NB_ELEMENTS_VERSION__: string | undefined;

/**
 * The version of `@nayabato/elements` this code belongs to, as written in its `package.json` at build time
 * (`0.0.0-source` when run from the TypeScript sources). {@link define} names it when two copies of the
 * package meet on one page.
 *
 * @example
 * ```ts
 * console.log(`@nayabato/elements ${VERSION}`);
 * ```
 */
export const VERSION: string =
  typeof __NB_ELEMENTS_VERSION__ === 'string' ? __NB_ELEMENTS_VERSION__ : '0.0.0-source';
