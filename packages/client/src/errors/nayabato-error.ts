import type { FieldIssue } from '@nayabato/core';

/**
 * An RFC 9457 problem document as the registry returns it (`application/problem+json`).
 *
 * @example
 * ```ts
 * const problem: ProblemDetails = { type: 'about:blank', title: 'Not Found', status: 404, requestId: 'req_1' };
 * ```
 */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Field-level issues, for validation problems. */
  readonly errors?: readonly FieldIssue[];
  /** The registry's id for the request, to quote when asking for support. */
  readonly requestId?: string;
  readonly [extension: string]: unknown;
}

/**
 * The discriminant of every error the client throws: switch on `error.kind`.
 *
 * @example
 * ```ts
 * if (isNayaBatoError(error) && error.kind === 'rate_limited') wait(error.retryAfter);
 * ```
 */
export type NayaBatoErrorKind =
  | 'validation'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'api'
  | 'network'
  | 'timeout'
  | 'configuration'
  | 'webhook_signature'
  | 'webhook_timestamp'
  | 'queue_tampered';

/** What every error is built from; all fields are optional because local errors have no response. */
export interface NayaBatoErrorInit {
  /** HTTP status, when the registry answered. */
  readonly status?: number | undefined;
  /** The problem+json body, when the registry sent one. */
  readonly problem?: ProblemDetails | undefined;
  /** The registry's request id (from the body or the `X-Request-Id` header). */
  readonly requestId?: string | undefined;
  /** A finer machine code; defaults to the kind. */
  readonly code?: string | undefined;
  /** The underlying error, e.g. the fetch failure of a network error. */
  readonly cause?: unknown;
}

/**
 * The base of every error the client throws. Messages never contain request bodies, query values or
 * personal data: only the route template, the status and the registry's problem title.
 *
 * @example
 * ```ts
 * try {
 *   await client.participants.get('ptc_unknown');
 * } catch (error) {
 *   if (error instanceof NayaBatoError) console.log(error.kind, error.status, error.requestId);
 * }
 * ```
 */
export abstract class NayaBatoError extends Error {
  /** Which case this is; each subclass has its own literal. */
  abstract readonly kind: NayaBatoErrorKind;
  /** HTTP status of the response, if there was one. */
  readonly status: number | undefined;
  /** The problem+json body of the response, if there was one. */
  readonly problem: ProblemDetails | undefined;
  /** The registry's request id, if known. */
  readonly requestId: string | undefined;
  readonly #code: string | undefined;

  constructor(message: string, init: NayaBatoErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.problem = init.problem;
    this.requestId = init.requestId ?? init.problem?.requestId;
    this.#code = init.code ?? problemCode(init.problem);
  }

  /** A stable machine code: a local code, the problem type's slug (e.g. `consent-required`), or else the kind. */
  get code(): string {
    return this.#code ?? this.kind;
  }
}

/** `urn:nayabato:problem:consent-required` (or `https://…/consent-required`) → `consent-required`. */
function problemCode(problem: ProblemDetails | undefined): string | undefined {
  const type = problem?.type;
  if (!type || type === 'about:blank') return undefined;
  return type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1) || undefined;
}
