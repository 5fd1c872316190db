import EventEmitter from 'eventemitter3';
import ky, { HTTPError, type Options as KyOptions, TimeoutError as KyTimeoutError } from 'ky';
import { NayaBatoError } from '../errors/nayabato-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ClientEvents } from '../events.js';
import type { HookContext } from '../hooks.js';
import type { CallOptions, ClientOptions, RetryOptions } from '../options.js';
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

/** The mutable state of one logical call, shared with ky's hooks through `context`. */
interface CallState extends HookContext {
  attempt: number;
  start: number;
  requestId: string | undefined;
}

const stateOf = (options: { context: Record<string, unknown> }) => options.context.s as CallState;
const hookContext = ({ method, route, attempt }: CallState): HookContext => ({ method, route, attempt });

/**
 * Creates the transport: auth, idempotency keys, retries with exponential backoff and full jitter,
 * `Retry-After`, per-attempt timeouts, hooks, events, problem+json errors. Built on ky; kept as closures
 * rather than a class so that minifiers can shorten its internals (the browser bundle has a budget).
 *
 * @example
 * ```ts
 * const transport = createTransport({ baseUrl, apiKey });
 * const page = await transport.request({ method: 'GET', route: '/v1/referrals' });
 * ```
 */
export function createTransport(options: ClientOptions, loadValidator?: ValidatorLoader): Transport {
  const events = new EventEmitter<ClientEvents>();
  const retry: RetryOptions = options.retry === false ? { limit: 0 } : (options.retry ?? {});
  const base = retry.baseDelay ?? 300;
  const methods = ['get', 'put', 'head', 'delete', 'options'];
  const retryGet: KyOptions['retry'] = {
    limit: retry.limit ?? 2,
    methods,
    statusCodes: [429, 500, 502, 503, 504],
    afterStatusCodes: [429, 503],
    maxRetryAfter: retry.maxRetryAfter ?? 60_000,
    backoffLimit: retry.maxDelay ?? 10_000,
    delay: (attempt) => base * 2 ** (attempt - 1),
    jitter: true,
    // Network failures (wrapped by our fetch) are retried; timeouts and errors thrown by hooks are not.
    shouldRetry: ({ error }) => (error instanceof HTTPError ? undefined : error instanceof NetworkError),
  };
  // A POST is retried only because it carries an idempotency key that the registry deduplicates on.
  const retryPost: KyOptions['retry'] = { ...retryGet, methods: [...methods, 'post'] };
  const before = options.hooks?.beforeRequest ?? [];
  const after = options.hooks?.afterResponse ?? [];
  const validate = options.validate ?? 'requests';
  let validator: Promise<Validator> | undefined;

  const api = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeout ?? 10_000,
    fetch: async (input, init) => {
      try {
        // Read at call time, so that msw (which patches globalThis.fetch) and test doubles work.
        return await (options.fetch ?? globalThis.fetch)(input, init);
      } catch (error) {
        // Aborts (the caller's signal or ky's timeout) are not network errors: let them through.
        if ((input instanceof Request && input.signal.aborted) || init?.signal?.aborted) throw error;
        throw new NetworkError('network error', { cause: error });
      }
    },
    hooks: {
      beforeRequest: [
        async (request, kyOptions, { retryCount }) => {
          const state = stateOf(kyOptions);
          state.attempt = retryCount + 1;
          let next: Request = request;
          for (const hook of before) next = (await hook(next, hookContext(state))) ?? next;
          events.emit('request', hookContext(state));
          state.start = performance.now();
          return next === request ? undefined : next;
        },
      ],
      afterResponse: [
        async (request, kyOptions, response) => {
          const state = stateOf(kyOptions);
          const duration = performance.now() - state.start;
          let next: Response = response;
          for (const hook of after) next = (await hook(next, request, hookContext(state))) ?? next;
          const requestId = next.headers.get('x-request-id') ?? undefined;
          const event = { ...hookContext(state), requestId };
          state.requestId = requestId;
          events.emit('response', { ...event, status: next.status, duration });
          if (next.status === 429) {
            events.emit('rate-limited', {
              ...event,
              retryAfter: parseRetryAfter(next.headers.get('retry-after')),
            });
          }
          return next === response ? undefined : next;
        },
      ],
      beforeRetry: [
        ({ options: kyOptions, error }) => {
          const state = stateOf(kyOptions);
          const http = error instanceof HTTPError;
          // Free the connection that the failed attempt's unread body holds.
          if (http) error.response.body?.cancel().catch(() => undefined);
          events.emit('retry', {
            ...hookContext(state),
            attempt: state.attempt + 1,
            status: http ? error.response.status : undefined,
            requestId: state.requestId,
          });
        },
      ],
    },
  });

  const credential = async (forceRefresh: boolean) =>
    options.getToken ? await options.getToken({ forceRefresh }) : (options.apiKey ?? options.publishableKey);

  async function send(spec: RequestSpec, call: CallOptions, state: CallState, auth?: string, key?: string) {
    const label = `${spec.method} ${spec.route}`;
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
    if (auth) headers.authorization = `Bearer ${auth}`;
    if (key) headers['idempotency-key'] = key;
    if (call.purpose) headers['x-purpose'] = call.purpose;
    const query = toSearchParams(spec.query);
    try {
      return await api(fillRoute(spec.route, spec.path).slice(1), {
        method: spec.method,
        headers,
        json: spec.body,
        searchParams: query.size > 0 ? query : undefined,
        signal: call.signal,
        retry: key ? retryPost : retryGet,
        context: { s: state },
        ...(call.timeout === undefined ? {} : { timeout: call.timeout }),
      });
    } catch (error) {
      if (error instanceof HTTPError) throw await errorFromResponse(error.response, label);
      if (error instanceof KyTimeoutError) throw new TimeoutError(`${label} timed out`, { cause: error });
      if (error instanceof NetworkError)
        throw new NetworkError(`${label} failed: network error`, { cause: error.cause });
      throw error;
    }
  }

  async function request<T>(spec: RequestSpec, call: CallOptions = {}): Promise<T> {
    const started = performance.now();
    const state: CallState = {
      method: spec.method,
      route: spec.route,
      attempt: 0,
      start: started,
      requestId: undefined,
    };
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
      const data = await readJson(response);
      if (checks && validate === 'all') checks.response(operation, data);
      return data as T;
    } catch (error) {
      if (error instanceof NayaBatoError) {
        events.emit('error', {
          ...hookContext(state),
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
