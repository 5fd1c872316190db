import type { FieldIssue } from '@nayabato/core';
import { HttpResponse, http } from 'msw';
import type { HttpMethod } from '../transport/transport.js';

/** What a mocked problem+json answer says. */
export interface ProblemOptions {
  /** The problem slug, e.g. `consent-required` (sent as `urn:nayabato:problem:<slug>`). */
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: readonly FieldIssue[];
  readonly requestId?: string;
  /** Extra headers, e.g. `{ 'retry-after': '2' }`. */
  readonly headers?: Readonly<Record<string, string>>;
}

let requestCounter = 0;

/**
 * A fresh mock request id, like the registry's `X-Request-Id` (a counter, so tests can tell calls apart).
 *
 * @example
 * ```ts
 * http.get('http://registry.test/health', () => HttpResponse.json({ status: 'ok' }, { headers: { 'x-request-id': mockRequestId() } }));
 * ```
 */
export function mockRequestId(): string {
  requestCounter += 1;
  return `req_mock${String(requestCounter).padStart(8, '0')}`;
}

/**
 * A problem+json response shaped like the registry's (RFC 9457, with `errors` and `requestId`).
 *
 * @example
 * ```ts
 * http.get('http://registry.test/v1/referrals/:id', () => problemResponse(404, { type: 'not-found' }));
 * ```
 */
export function problemResponse(status: number, options: ProblemOptions = {}, instance = ''): Response {
  const requestId = options.requestId ?? mockRequestId();
  return HttpResponse.json(
    {
      type: `urn:nayabato:problem:${options.type ?? 'about-blank'}`,
      title: options.title ?? `Error ${status}`,
      status,
      detail: options.detail ?? '',
      instance,
      errors: options.errors ?? [],
      requestId,
    },
    {
      status,
      headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId, ...options.headers },
    },
  );
}

/**
 * A route template of the contract as an msw path under the base URL: `{id}` becomes `:id`.
 *
 * @example
 * ```ts
 * mswPath('http://registry.test', '/v1/referrals/{id}/send'); // 'http://registry.test/v1/referrals/:id/send'
 * ```
 */
export function mswPath(baseUrl: string, route: string): string {
  return `${baseUrl.replace(/\/$/, '')}${route.replace(/\{(\w+)\}/g, ':$1')}`;
}

/**
 * A handler that makes one route answer with a problem, for testing your error handling. Put it in
 * front with `server.use(...)`.
 *
 * @example
 * ```ts
 * server.use(problemHandler('http://registry.test', 'POST', '/v1/referrals/{id}/send', 409, { type: 'consent-required' }));
 * ```
 */
export function problemHandler(
  baseUrl: string,
  method: HttpMethod,
  route: string,
  status: number,
  options: ProblemOptions = {},
) {
  return http[method.toLowerCase() as 'get'](mswPath(baseUrl, route), ({ request }) =>
    problemResponse(status, options, new URL(request.url).pathname),
  );
}

/**
 * A handler that makes one route fail as if the network were down, for testing retries and offline
 * handling.
 *
 * @example
 * ```ts
 * server.use(networkErrorHandler('http://registry.test', 'GET', '/v1/referrals'));
 * ```
 */
export function networkErrorHandler(baseUrl: string, method: HttpMethod, route: string) {
  return http[method.toLowerCase() as 'get'](mswPath(baseUrl, route), () => HttpResponse.error());
}
