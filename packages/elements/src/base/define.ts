import { VERSION } from './version.js';

/**
 * A custom element class that says which version of `@nayabato/elements` it comes from. Every
 * {@link NbElement} does (`static nbVersion`).
 *
 * @example
 * ```ts
 * class Demo extends HTMLElement { static nbVersion = '1.2.3'; }
 * const versioned: VersionedElementConstructor = Demo;
 * ```
 */
export interface VersionedElementConstructor extends CustomElementConstructor {
  /** The package version the class was built from. */
  readonly nbVersion?: string;
}

/**
 * What {@link define} did: registered the class, found the tag already registered by the same version (or
 * the same class), or found it registered by another version (a warning was printed), or found no custom
 * element registry at all (server-side rendering, Node).
 *
 * @example
 * ```ts
 * const outcome: DefineOutcome = define('nb-demo', Demo);
 * ```
 */
export type DefineOutcome = 'defined' | 'same-version' | 'other-version' | 'no-registry';

/**
 * Registers a custom element without throwing when the tag is taken, so that a page may load
 * `@nayabato/elements` twice (an npm import and the job widget's script tag, say).
 *
 * - The tag is free: the class is registered.
 * - The tag is taken by the same class or by a copy of the same version: nothing happens, silently.
 * - The tag is taken by another version (or by a class of unknown origin): the first registration stays
 *   and a console warning names both versions, because the page then runs code it did not expect.
 *
 * @param tag - the element's name, e.g. `nb-quick-exit`
 * @param elementClass - the class; its `static nbVersion` is compared with the registered one's
 * @param registry - the registry to use (the window's by default)
 * @returns what happened, see {@link DefineOutcome}
 * @example
 * ```ts
 * define('nb-quick-exit', NbQuickExit); // 'defined', or 'same-version' on the second load
 * ```
 */
export function define(
  tag: string,
  elementClass: VersionedElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): DefineOutcome {
  if (!registry) return 'no-registry';
  const existing = registry.get(tag) as VersionedElementConstructor | undefined;
  if (!existing) {
    registry.define(tag, elementClass);
    return 'defined';
  }
  const ours = elementClass.nbVersion ?? VERSION;
  if (existing === elementClass || existing.nbVersion === ours) return 'same-version';
  const theirs = existing.nbVersion ?? 'an unknown version';
  console.warn(
    `<${tag}> is already defined by @nayabato/elements ${theirs}; the copy from @nayabato/elements ${ours} was not registered. Load one version of @nayabato/elements on a page.`,
  );
  return 'other-version';
}
