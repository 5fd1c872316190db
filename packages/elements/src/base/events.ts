/**
 * The event names a component may fire with {@link emit}: every key of `HTMLElementEventMap` whose event
 * is a `CustomEvent`. Each component's registration file adds its own events to `HTMLElementEventMap`
 * (and its tag to `HTMLElementTagNameMap`), so `addEventListener('nb-exit', …)` is typed for integrators.
 *
 * @example
 * ```ts
 * declare global {
 *   interface HTMLElementEventMap { 'nb-demo': CustomEvent<{ id: string }>; }
 * }
 * const name: NbEventName = 'nb-demo';
 * ```
 */
export type NbEventName = {
  [K in keyof HTMLElementEventMap]: HTMLElementEventMap[K] extends CustomEvent<unknown> ? K : never;
}[keyof HTMLElementEventMap];

/**
 * The `detail` of the custom event named `K`.
 *
 * @example
 * ```ts
 * type Detail = NbEventDetail<'nb-exit'>; // { href: string; trigger: 'click' | 'escape' }
 * ```
 */
export type NbEventDetail<K extends NbEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a typed custom event from a component: it bubbles and crosses shadow roots (`composed`), so a
 * listener on the element, on an ancestor or in React (`onnb-exit`) receives it.
 *
 * @param target - the element that fires
 * @param type - an event declared in `HTMLElementEventMap`
 * @param detail - its detail, typed by that declaration
 * @returns `false` when a listener called `preventDefault()` on a cancelable event
 * @example
 * ```ts
 * emit(this, 'nb-exit', { href: this.href, trigger: 'click' });
 * ```
 */
export function emit<K extends NbEventName>(
  target: EventTarget,
  type: K,
  detail: NbEventDetail<K>,
  init: { readonly cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false }),
  );
}
