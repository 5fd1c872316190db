/**
 * Whether the code runs in a browser page (a window with a document). Web workers and edge runtimes
 * have neither, Node has neither unless a test sets them up.
 *
 * @example
 * ```ts
 * if (isBrowser()) console.log('running in a page');
 * ```
 */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}
