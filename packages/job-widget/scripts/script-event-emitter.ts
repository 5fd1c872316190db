/**
 * The script tag's stand-in for eventemitter3, which the client's transport and `client.on` use: the same
 * methods with the same behaviour (listeners in order, `once`, a context per listener, removal by listener,
 * context and once-ness, a snapshot of the listeners per `emit`), in a fraction of its bytes. `bundle.ts`
 * puts it in place of the package in the IIFE only; npm users of the client get eventemitter3 itself.
 * Prefixed event names and the static members are left out: the client uses neither.
 *
 * @example
 * ```ts
 * const events = new EventEmitter();
 * events.once('retry', (e) => console.log(e.attempt));
 * events.emit('retry', { attempt: 2 }); // true, and the listener is gone
 * ```
 */
type Fn = (...args: never[]) => void;
interface Listener {
  readonly fn: Fn;
  readonly context: unknown;
  readonly once: boolean;
}
type Name = string | symbol;

export class EventEmitter {
  #events = new Map<Name, readonly Listener[]>();

  eventNames(): Name[] {
    return [...this.#events.keys()];
  }

  listeners(event: Name): Fn[] {
    return (this.#events.get(event) ?? []).map((l) => l.fn);
  }

  listenerCount(event: Name): number {
    return this.#events.get(event)?.length ?? 0;
  }

  emit(event: Name, ...args: unknown[]): boolean {
    const listeners = this.#events.get(event);
    if (!listeners) return false;
    for (const l of listeners) {
      if (l.once) this.removeListener(event, l.fn, undefined, true);
      (l.fn as (...a: unknown[]) => void).apply(l.context, args);
    }
    return true;
  }

  on(event: Name, fn: Fn, context?: unknown): this {
    return this.#add(event, { fn, context: context ?? this, once: false });
  }

  addListener(event: Name, fn: Fn, context?: unknown): this {
    return this.on(event, fn, context);
  }

  once(event: Name, fn: Fn, context?: unknown): this {
    return this.#add(event, { fn, context: context ?? this, once: true });
  }

  removeListener(event: Name, fn?: Fn, context?: unknown, once?: boolean): this {
    const listeners = this.#events.get(event);
    if (!listeners) return this;
    // A new array, so that an emit under way goes on over the listeners it started with.
    const kept = fn
      ? listeners.filter(
          (l) => l.fn !== fn || (once && !l.once) || (context !== undefined && l.context !== context),
        )
      : [];
    if (kept.length > 0) this.#events.set(event, kept);
    else this.#events.delete(event);
    return this;
  }

  off(event: Name, fn?: Fn, context?: unknown, once?: boolean): this {
    return this.removeListener(event, fn, context, once);
  }

  removeAllListeners(event?: Name): this {
    if (event === undefined) this.#events.clear();
    else this.#events.delete(event);
    return this;
  }

  #add(event: Name, listener: Listener): this {
    this.#events.set(event, [...(this.#events.get(event) ?? []), listener]);
    return this;
  }
}

export default EventEmitter;
