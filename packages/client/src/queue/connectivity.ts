/** Whether the platform says it is online, and a way to hear when that changes. */
export interface Connectivity {
  /** Whether the platform is online now. */
  readonly online: () => boolean;
  /** Subscribes to changes; returns the unsubscribe function. */
  readonly watch: (listener: (online: boolean) => void) => () => void;
}

/**
 * The browser's `navigator.onLine` with its `online`/`offline` events; outside browsers, always online
 * (Node has no such events: a failed call is then what tells the queue it is offline).
 *
 * @example
 * ```ts
 * const stop = platformConnectivity().watch((online) => console.log(online ? 'online' : 'offline'));
 * ```
 */
export function platformConnectivity(): Connectivity {
  const target = globalThis as {
    addEventListener?: Window['addEventListener'];
    removeEventListener?: Window['removeEventListener'];
    navigator?: { onLine?: boolean };
  };
  return {
    online: () => target.navigator?.onLine ?? true,
    watch(listener) {
      if (typeof target.addEventListener !== 'function') return () => undefined;
      const on = () => listener(true);
      const off = () => listener(false);
      target.addEventListener('online', on);
      target.addEventListener('offline', off);
      return () => {
        target.removeEventListener?.('online', on);
        target.removeEventListener?.('offline', off);
      };
    },
  };
}
