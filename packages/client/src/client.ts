import type { EventEmitter } from 'eventemitter3';
import { isBrowser } from './environment.js';
import { ConfigurationError } from './errors/configuration-error.js';
import type { ClientEvents } from './events.js';
import type { CallOptions, ClientOptions } from './options.js';
import { createResources, type Resources } from './resources/index.js';
import { createTransport, type RequestSpec } from './transport/transport.js';

/**
 * A client for the Naya Bato registry. Create one per credential and reuse it.
 */
export interface NayaBatoClient extends Resources {
  /** The client's typed events (eventemitter3). */
  readonly events: EventEmitter<ClientEvents>;
  /**
   * Listens to an event; returns a function that stops listening.
   *
   * @example
   * ```ts
   * const stop = client.on('retry', (e) => console.warn(`retrying ${e.method} ${e.route}, attempt ${e.attempt}`));
   * stop();
   * ```
   */
  on<E extends keyof ClientEvents>(event: E, listener: ClientEvents[E]): () => void;
  /**
   * Sends a call of any operation by hand: an escape hatch for routes newer than this client.
   *
   * @example
   * ```ts
   * const org = await client.request({ method: 'GET', route: '/v1/organizations/{id}', path: { id } });
   * ```
   */
  request<T = unknown>(spec: RequestSpec, options?: CallOptions): Promise<T>;
}

/**
 * Creates a client for the registry.
 *
 * In a browser page it refuses a secret key (`sk_…`): secret keys belong on servers. Use a short-lived
 * staff token from your server through `getToken`, or a publishable key.
 *
 * @throws ConfigurationError `secret_key_in_browser` or `missing_credentials`
 * @example
 * ```ts
 * import { createClient } from '@nayabato/client';
 *
 * const client = createClient({ baseUrl: 'https://registry.example.org', apiKey: process.env.NAYABATO_KEY! });
 * for await (const referral of client.referrals.list({ status: 'sent' })) console.log(referral.id);
 * ```
 */
export function createClient(options: ClientOptions): NayaBatoClient {
  const key = options.apiKey ?? options.publishableKey;
  if (key === undefined && typeof options.getToken !== 'function') {
    throw new ConfigurationError('createClient needs apiKey, getToken or publishableKey', {
      code: 'missing_credentials',
    });
  }
  if (key?.startsWith('sk_') && isBrowser()) {
    throw new ConfigurationError('Secret keys (sk_…) are for servers: use getToken or a publishable key', {
      code: 'secret_key_in_browser',
    });
  }
  const transport = createTransport(options, () =>
    import('./validation/validator.js').then((m) => m.validator),
  );
  return {
    ...createResources(transport),
    events: transport.events,
    on(event, listener) {
      transport.events.on(event, listener as never);
      return () => {
        transport.events.off(event, listener as never);
      };
    },
    request: (spec, call) => transport.request(spec, call),
  };
}
