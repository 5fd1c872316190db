import type { ClientHooks } from './hooks.js';

/**
 * Returns a short-lived staff token. Called before each call (cache it yourself if you like) and, with
 * `forceRefresh: true`, once more after a 401, before the call is retried once.
 */
export type GetToken = (context: { readonly forceRefresh: boolean }) => string | Promise<string>;

/** Exactly one way to authenticate. */
export type ClientCredentials =
  | {
      /** A secret (`sk_…`, servers only) or publishable (`pk_…`) key. */
      readonly apiKey: string;
      readonly getToken?: never;
      readonly publishableKey?: never;
    }
  | { readonly getToken: GetToken; readonly apiKey?: never; readonly publishableKey?: never }
  | {
      /** A publishable key (`pk_…`), safe in browsers for the few public routes. */
      readonly publishableKey: string;
      readonly apiKey?: never;
      readonly getToken?: never;
    };

/** How failed attempts are retried. */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  readonly limit?: number;
  /**
   * Base of the exponential backoff in ms: attempt n waits a random time in [0, base × 2^(n-1)] (full jitter).
   * @default 300
   */
  readonly baseDelay?: number;
  /**
   * Cap of one backoff wait, in ms.
   * @default 10000
   */
  readonly maxDelay?: number;
  /**
   * Cap of a wait asked for by `Retry-After`, in ms.
   * @default 60000
   */
  readonly maxRetryAfter?: number;
}

/** Which payloads the client checks against core's schemas. */
export type ValidateMode = 'requests' | 'all' | false;

/**
 * Options of {@link createClient}.
 *
 * @example
 * ```ts
 * const options: ClientOptions = { baseUrl: 'http://127.0.0.1:8787', apiKey: 'sk_test_…', timeout: 5_000 };
 * ```
 */
export type ClientOptions = ClientCredentials & {
  /** The registry's base URL, e.g. `https://registry.example.org` (routes start with `/v1`). */
  readonly baseUrl: string;
  /**
   * Milliseconds one attempt may take; `false` for none.
   * @default 10000
   */
  readonly timeout?: number | false;
  /** Retry behaviour, or `false` to never retry. */
  readonly retry?: RetryOptions | false;
  /** A fetch to use instead of `globalThis.fetch` (read at call time, so msw and test doubles work). */
  readonly fetch?: typeof fetch;
  /**
   * Check request bodies (`'requests'`), also responses (`'all'`), or nothing (`false`) against core's
   * schemas. The schemas are loaded on first use, so they stay out of bundles that turn this off.
   * @default 'requests'
   */
  readonly validate?: ValidateMode;
  /** Middleware around every attempt. */
  readonly hooks?: ClientHooks;
};

/**
 * Options every method accepts as its last argument.
 *
 * @example
 * ```ts
 * await client.referrals.get(id, { signal: AbortSignal.timeout(2_000) });
 * ```
 */
export interface CallOptions {
  /** Cancels the call, retries and waits included. */
  readonly signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout. */
  readonly timeout?: number | false;
  /** Your own idempotency key for a POST; by default the client makes one per call. */
  readonly idempotencyKey?: string;
  /**
   * Why you access the data, as a code like `service_delivery` (sent as `X-Purpose`; the registry
   * records it in its audit trail).
   */
  readonly purpose?: string;
  /** Extra headers (e.g. tracing). */
  readonly headers?: Readonly<Record<string, string>>;
}
