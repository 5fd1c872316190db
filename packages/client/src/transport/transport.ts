import { EventEmitter } from 'eventemitter3';
import { NayaBatoError } from '../errors/nayabato-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ClientEvents } from '../events.js';
import type { HookContext } from '../hooks.js';
import type { CallOptions, ClientOptions } from '../options.js';
import { randomKey } from './random-key.js';
import { parseRetryAfter } from './retry-after.js';
import { errorFromResponse, readJson } from './to-error.js';
import { fillRoute, type QueryParams, toSearchParams } from './url.js';
import type { Validator, ValidatorLoader } from './validator.js';

/** HTTP methods the contract uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One call: the route template stays apart from its parameters so that events, hooks and errors can
 * name the template without ids.
 *
 * @example
 * ```ts
 * const spec: RequestSpec = { method: 'GET', route: '/v1/participants/{id}', path: { id: 'pt_0123456789' } };
 * ```
 */
export interface RequestSpec {
  readonly method: HttpMethod;
  /** The route template, e.g. `/v1/participants/{id}`. */
  readonly route: string;
  readonly path?: Readonly<Record<string, string | number>>;
  readonly query?: QueryParams | undefined;
  readonly body?: unknown;
  /**
   * A binary body instead of JSON (a story photo): the bytes, sent with `type` as `Content-Type`.
   */
  readonly bytes?: { readonly data: Blob | ArrayBuffer | Uint8Array; readonly type: string };
  /** The success response is binary (a story photo): the call resolves to a `Blob` of it. */
  readonly binaryResponse?: boolean;
  /**
   * The response carries a secret the registry shows only once (a new key or token). A network error
   * or timeout is then not retried, since a repeat cannot get the secret back (the registry answers 409
   * `secret-not-replayed`), and is thrown with code `outcome_unknown`: the call may or may not have
   * been done.
   */
  readonly secret?: boolean;
}

/** Sends calls; what the resources are built on. */
export interface Transport {
  /** The client's events; payloads never carry bodies, query values or filled-in paths. */
  readonly events: EventEmitter<ClientEvents>;
  /**
   * Sends one logical call and returns its parsed JSON body (undefined for 204).
   * @throws a `NayaBatoError` subclass; a caller's abort rejects with the signal's reason.
   */
  request<T>(spec: RequestSpec, call?: CallOptions): Promise<T>;
}

/** The state of one logical call that outlives an attempt. */
interface CallState {
  attempt: number;
  requestId: string | undefined;
}

/** Which failures of an attempt are retried: by method, by status, and network errors or not. */
interface RetryPolicy {
  readonly methods: readonly string[];
  readonly statuses: readonly number[];
  readonly network: boolean;
}

/** Rejects an attempt that outlives its timeout (a marker, mapped to `TimeoutError` by `send`). */
const TIMED_OUT = Symbol('timed out');

/** Waits `ms`, or rejects with the signal's reason once it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Creates the transport: auth, idempotency keys, retries with exponential backoff and full jitter,
 * `Retry-After`, per-attempt timeouts, hooks, events, problem+json errors. Plain `fetch` in a loop of its
 * own: it replaced ky, whose retry rules it keeps, at a fraction of the bytes (the one-tag job widget has a
 * budget). Kept as closures rather than a class so that minifiers can shorten its internals.
 *
 * @example
 * ```ts
 * const transport = createTransport({ baseUrl, apiKey });
 * const page = await transport.request({ method: 'GET', route: '/v1/referrals' });
 * ```
 */
export function createTransport(options: ClientOptions, loadValidator?: ValidatorLoader): Transport {
  const events = new EventEmitter<ClientEvents>();
  const retry = options.retry === false ? { limit: 0 } : (options.retry ?? {});
  const { beforeRequest: before = [], afterResponse: after = [] } = options.hooks ?? {};
  const validate = options.validate ?? 'requests';
  let validator: Promise<Validator> | undefined;

  // Network failures (wrapped by `attempt` below) are retried unless `secret`; timeouts and errors
  // thrown by hooks never are.
  const safe = ['GET', 'PUT', 'HEAD', 'DELETE', 'OPTIONS'];
  const statuses = [429, 500, 502, 503, 504];
  const retryGet: RetryPolicy = { methods: safe, statuses, network: true };
  // A POST is retried only because it carries an idempotency key that the registry deduplicates on.
  const retryPost: RetryPolicy = { methods: [...safe, 'POST'], statuses, network: true };
  // A call whose answer carries a secret is retried only on statuses by which the registry says it did
  // nothing (it rolls back its own 5xx): after a lost response a repeat would learn nothing.
  const retrySecret: RetryPolicy = { methods: ['POST'], statuses: [429, 500, 503], network: false };

  /**
   * The wait before retry number `retries` (1 for the first) after `failed` (a response, or an error),
   * or undefined when the failure is not retried.
   */
  function backoff(policy: RetryPolicy, method: string, retries: number, failed: Response | unknown) {
    if (retries > (retry.limit ?? 2) || !policy.methods.includes(method)) return undefined;
    if (failed instanceof Response) {
      if (!policy.statuses.includes(failed.status)) return undefined;
      // Retry-After is honoured on 429 and 503, capped by maxRetryAfter.
      const asked = [429, 503].includes(failed.status)
        ? parseRetryAfter(failed.headers.get('retry-after'))
        : undefined;
      if (asked !== undefined) return Math.min(asked, retry.maxRetryAfter ?? 60_000);
    } else if (!(policy.network && failed instanceof NetworkError)) return undefined;
    // Exponential, with full jitter, capped.
    const wait = Math.random() * (retry.baseDelay ?? 300) * 2 ** (retries - 1);
    return Math.min(retry.maxDelay ?? 10_000, wait);
  }

  const credential = async (forceRefresh: boolean) =>
    options.getToken ? await options.getToken({ forceRefresh }) : (options.apiKey ?? options.publishableKey);

  /** One pass through the attempts (retries included) with one credential. */
  async function send(spec: RequestSpec, call: CallOptions, state: CallState, auth?: string, key?: string) {
    const { method, route } = spec;
    const label = `${method} ${route}`;
    const accept = spec.binaryResponse ? 'image/*, application/problem+json' : 'application/json';
    const headers = new Headers({ accept, ...call.headers });
    if (spec.bytes) headers.set('content-type', spec.bytes.type);
    else if (spec.body !== undefined && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    if (auth) headers.set('authorization', `Bearer ${auth}`);
    if (key) headers.set('idempotency-key', key);
    if (call.purpose) headers.set('x-purpose', call.purpose);
    const body = spec.bytes
      ? (spec.bytes.data as BodyInit)
      : spec.body !== undefined
        ? JSON.stringify(spec.body)
        : undefined;
    const query = toSearchParams(spec.query);
    const url = `${options.baseUrl.replace(/\/?$/, '/')}${fillRoute(route, spec.path).slice(1)}${query.size > 0 ? `?${query}` : ''}`;
    const policy = spec.secret ? retrySecret : key ? retryPost : retryGet;
    const timeout = call.timeout ?? options.timeout ?? 10_000;
    let last: Response | undefined;
    state.attempt = 0;

    /** One attempt: the hooks, the events, fetch. */
    const attempt = async (input: Request) => {
      const context: HookContext = { method, route, attempt: ++state.attempt };
      if (context.attempt > 1) {
        // Free the connection that the failed attempt's unread body holds.
        last?.body?.cancel().catch(() => undefined);
        events.emit('retry', { ...context, status: last?.status, requestId: state.requestId });
      }
      let request = input;
      for (const hook of before) request = (await hook(request, context)) ?? request;
      events.emit('request', context);
      const start = performance.now();
      last = undefined;
      let response: Response;
      try {
        // Read at call time, so that msw (which patches globalThis.fetch) and test doubles work.
        response = await (options.fetch ?? globalThis.fetch)(request);
      } catch (error) {
        // Aborts (the caller's signal or the timeout) are not network errors: let them through.
        if (request.signal.aborted || input.signal.aborted) throw error;
        throw new NetworkError('network error', { cause: error });
      }
      const duration = performance.now() - start;
      for (const hook of after) response = (await hook(response, request, context)) ?? response;
      const requestId = response.headers.get('x-request-id') ?? undefined;
      state.requestId = requestId;
      events.emit('response', { ...context, status: response.status, duration, requestId });
      if (response.status === 429) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        events.emit('rate-limited', { ...context, retryAfter, requestId });
      }
      last = response;
      return response;
    };

    try {
      for (let retries = 1; ; retries++) {
        // Each attempt has its own timeout, joined with the caller's signal.
        const timer = new AbortController();
        const signal = call.signal ? AbortSignal.any([call.signal, timer.signal]) : timer.signal;
        let timeoutId: ReturnType<typeof setTimeout> | undefined;
        let failed: Response | unknown;
        try {
          const sent = attempt(new Request(url, { method, headers, body, signal }));
          const response = await (timeout === false
            ? sent
            : Promise.race([
                sent,
                new Promise<never>((_, reject) => {
                  timeoutId = setTimeout(() => {
                    timer.abort();
                    reject(TIMED_OUT);
                  }, timeout);
                }),
              ]));
          if (response.ok) return response;
          failed = response;
        } catch (error) {
          failed = error;
        } finally {
          clearTimeout(timeoutId);
        }
        const wait = failed === TIMED_OUT ? undefined : backoff(policy, method, retries, failed);
        if (wait === undefined && failed instanceof Response) throw await errorFromResponse(failed, label);
        if (wait === undefined) throw failed;
        await sleep(wait, call.signal);
      }
    } catch (error) {
      const unknown = spec.secret
        ? { code: 'outcome_unknown', why: '; the outcome is unknown and its secret is never shown again' }
        : { why: '' };
      if (error === TIMED_OUT)
        throw new TimeoutError(`${label} timed out${unknown.why}`, { code: unknown.code });
      if (error instanceof NetworkError)
        throw new NetworkError(`${label} failed: network error${unknown.why}`, {
          cause: error.cause,
          code: unknown.code,
        });
      throw error;
    }
  }

  async function request<T>(spec: RequestSpec, call: CallOptions = {}): Promise<T> {
    const started = performance.now();
    const state: CallState = { attempt: 0, requestId: undefined };
    const operation = `${spec.method} ${spec.route}`;
    try {
      if (validate && loadValidator) validator ??= loadValidator();
      const checks = await validator;
      if (checks && spec.body !== undefined) checks.request(operation, spec.body);
      const key = spec.method === 'POST' ? (call.idempotencyKey ?? randomKey()) : undefined;
      let response: Response;
      try {
        response = await send(spec, call, state, await credential(false), key);
      } catch (error) {
        // A short-lived token may expire between getToken and the registry: refresh once, retry once.
        if (!(options.getToken && error instanceof NayaBatoError && error.kind === 'authentication'))
          throw error;
        response = await send(spec, call, state, await credential(true), key);
      }
      if (spec.binaryResponse) return (await response.blob()) as T;
      const data = await readJson(response);
      if (checks && validate === 'all') checks.response(operation, data);
      return data as T;
    } catch (error) {
      if (error instanceof NayaBatoError) {
        events.emit('error', {
          method: spec.method,
          route: spec.route,
          attempt: state.attempt,
          kind: error.kind,
          status: error.status,
          duration: performance.now() - started,
          requestId: error.requestId ?? state.requestId,
        });
      }
      throw error;
    }
  }

  return { events, request };
}
