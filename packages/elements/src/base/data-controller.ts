import type { NayaBatoClient } from '@nayabato/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stateOfError, type ViewState } from './states.js';

/** What a {@link DataController} needs of its host: a Lit element that knows its registry client. */
export interface DataHost extends ReactiveControllerHost {
  /** The client to load with, from the element's `client` property or from `<nb-provider>`. */
  readonly registryClient: NayaBatoClient | undefined;
}

/** Options of {@link DataController}. */
export interface DataControllerOptions<T> {
  /** Loads the data with the client; must honour `signal` (pass it to the client's call options). */
  readonly load: (client: NayaBatoClient, signal: AbortSignal) => Promise<T>;
  /** Whether a loaded value counts as nothing to show (arrays: when empty). */
  readonly isEmpty?: (value: T) => boolean;
}

/**
 * Loads a component's data and keeps its {@link ViewState}: loads when the host first has a client and
 * again when the client changes, cancels a load that a newer one replaced, goes `offline` when the browser
 * does and loads again when it comes back, and {@link DataController.run | run()} retries. Render with
 * `renderState(controller.state, locale, { onRetry: () => controller.run() })` until `state.kind` is
 * `ready`.
 *
 * @example
 * ```ts
 * private readonly stories = new DataController(this, {
 *   load: (client, signal) => client.stories.list({}, { signal }),
 *   isEmpty: (page) => page.items.length === 0,
 * });
 * ```
 */
export class DataController<T> implements ReactiveController {
  /** What to show now. */
  state: ViewState = { kind: 'loading' };
  /** The last value loaded, once `state` has been `ready` or `empty`. */
  value: T | undefined;
  private loadedWith: NayaBatoClient | undefined;
  private abort: AbortController | undefined;
  private readonly onOnline = () => void this.run();
  private readonly onOffline = () => this.set({ kind: 'offline' });

  /** Creates the controller and attaches it to `host`. */
  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** Loads (again) now; resolves when this load has settled into a state. */
  async run(): Promise<void> {
    const client = this.host.registryClient;
    this.loadedWith = client;
    this.abort?.abort();
    if (!client) return this.set({ kind: 'unconnected' });
    const abort = new AbortController();
    this.abort = abort;
    this.set({ kind: 'loading' });
    try {
      const value = await this.options.load(client, abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.set({ kind: this.options.isEmpty?.(value) ? 'empty' : 'ready' });
    } catch (error) {
      if (!abort.signal.aborted) this.set(stateOfError(error));
    }
  }

  /** @internal */
  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    // Moved in the page (disconnected, then connected again): a load cut short by the move starts again.
    this.host.requestUpdate();
  }

  /** @internal */
  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    this.abort?.abort();
    this.loadedWith = undefined;
  }

  /** @internal Loads when the client appears or changes (a provider may answer after the first render). */
  hostUpdated(): void {
    const client = this.host.registryClient;
    if (client !== this.loadedWith || (!client && this.state.kind === 'loading')) void this.run();
  }

  private set(state: ViewState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
