import type { NayaBatoErrorKind } from './errors/nayabato-error.js';

/**
 * What every event says about a request: enough to log, trace and measure, never a body, a query value
 * or a filled-in path (ids stay out of logs; the route is the template, e.g. `/v1/participants/{id}`).
 */
export interface RequestEventBase {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The route template from the contract, e.g. `/v1/referrals/{id}/accept`. */
  readonly route: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

/** Sent just before an attempt goes out. */
export type RequestEvent = RequestEventBase;

/** Sent when an attempt got a response, whatever its status. */
export interface ResponseEvent extends RequestEventBase {
  readonly status: number;
  /** Milliseconds from sending this attempt to its response headers. */
  readonly duration: number;
  /** The registry's `X-Request-Id`, if it sent one. */
  readonly requestId: string | undefined;
}

/** Sent before a retry; `attempt` is the attempt about to be made. */
export interface RetryEvent extends RequestEventBase {
  /** Status of the failed attempt, or undefined for a network error. */
  readonly status: number | undefined;
  readonly requestId: string | undefined;
}

/** Sent when a call finally fails (after retries), with the kind of error thrown. */
export interface ErrorEvent extends RequestEventBase {
  readonly kind: NayaBatoErrorKind;
  readonly status: number | undefined;
  /** Milliseconds from the start of the call, retries included. */
  readonly duration: number;
  readonly requestId: string | undefined;
}

/** Sent on every 429 response, before any retry. */
export interface RateLimitedEvent extends RequestEventBase {
  /** Milliseconds the registry asked to wait (`Retry-After`), if it said. */
  readonly retryAfter: number | undefined;
  readonly requestId: string | undefined;
}

/**
 * The client's events and their payloads.
 *
 * @example
 * ```ts
 * client.on('response', (e) => metrics.observe(e.route, e.status, e.duration));
 * client.on('rate-limited', (e) => console.warn(`${e.method} ${e.route} rate limited`));
 * ```
 */
export interface ClientEvents {
  request: (event: RequestEvent) => void;
  response: (event: ResponseEvent) => void;
  retry: (event: RetryEvent) => void;
  error: (event: ErrorEvent) => void;
  'rate-limited': (event: RateLimitedEvent) => void;
}
