import { EventEmitter } from 'eventemitter3';
import ky, { HTTPError, type Options as KyOptions, TimeoutError as KyTimeoutError } from 'ky';
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

/**
 * Creates the transport: auth, idempotency keys, retries with exponential backoff and full jitter,
 * `Retry-After`, per-attempt timeouts, hooks, events, problem+json errors. Built on ky, whose `fetch`
 * is wrapped per call: the wrapper counts attempts, runs the hooks and sends the events, so ky needs no
 * hooks of its own. Kept as closures rather than a class so that minifiers can shorten its internals
 * (the browser bundle has a budget).
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

  // Network failures (wrapped by the fetch below) are retried unless `secret`; timeouts and errors
  // thrown by hooks never are.
  const retryOf = (methods: string[], statusCodes: number[], network: boolean): KyOptions['retry'] => ({
    limit: retry.limit ?? 2,
    methods,
    statusCodes,
    afterStatusCodes: [429, 503],
    maxRetryAfter: retry.maxRetryAfter ?? 60_000,
    backoffLimit: retry.maxDelay ?? 10_000,
    delay: (attempt) => (retry.baseDelay ?? 300) * 2 ** (attempt - 1),
    jitter: true,
    shouldRetry: ({ error }) =>
      error instanceof HTTPError ? undefined : network && error instanceof NetworkError,
  });
  const safe = ['get', 'put', 'head', 'delete', 'options'];
  const statuses = [429, 500, 502, 503, 504];
  const retryGet = retryOf(safe, statuses, true);
  // A POST is retried only because it carries an idempotency key that the registry deduplicates on.
  const retryPost = retryOf([...safe, 'post'], statuses, true);
  // A call whose answer carries a secret is retried only on statuses by which the registry says it did
  // nothing (it rolls back its own 5xx): after a lost response a repeat would learn nothing.
  const retrySecret = retryOf(['post'], [429, 500, 503], false);

  const credential = async (forceRefresh: boolean) =>
    options.getToken ? await options.getToken({ forceRefresh }) : (options.apiKey ?? options.publishableKey);

  /** One pass through ky (its retries included) with one credential. */
  async function send(spec: RequestSpec, call: CallOptions, state: CallState, auth?: string, key?: string) {
    const { method, route } = spec;
    const label = `${method} ${route}`;
    const accept = spec.binaryResponse ? 'image/*, application/problem+json' : 'application/json';
    const headers: Record<string, string> = { accept, ...call.headers };
    if (spec.bytes) headers['content-type'] = spec.bytes.type;
    if (auth) headers.authorization = `Bearer ${auth}`;
    if (key) headers['idempotency-key'] = key;
    if (call.purpose) headers['x-purpose'] = call.purpose;
    const query = toSearchParams(spec.query);
    let last: Response | undefined;
    state.attempt = 0;

    /** Every attempt goes through here (ky calls it once per attempt). */
    const attempt = async (input: Request, init?: RequestInit) => {
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
        response = await (options.fetch ?? globalThis.fetch)(request, init);
      } catch (error) {
        // Aborts (the caller's signal or ky's timeout) are not network errors: let them through.
        if (request.signal.aborted || init?.signal?.aborted) throw error;
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
      return await ky(fillRoute(route, spec.path).slice(1), {
        prefixUrl: options.baseUrl,
        method,
        headers,
        ...(spec.bytes ? { body: spec.bytes.data as BodyInit } : { json: spec.body }),
        searchParams: query.size > 0 ? query : undefined,
        signal: call.signal,
        retry: spec.secret ? retrySecret : key ? retryPost : retryGet,
        timeout: call.timeout ?? options.timeout ?? 10_000,
        fetch: attempt as typeof fetch,
      });
    } catch (error) {
      if (error instanceof HTTPError) throw await errorFromResponse(error.response, label);
      const unknown = spec.secret
        ? { code: 'outcome_unknown', why: '; the outcome is unknown and its secret is never shown again' }
        : { why: '' };
      if (error instanceof KyTimeoutError)
        throw new TimeoutError(`${label} timed out${unknown.why}`, { cause: error, code: unknown.code });
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
