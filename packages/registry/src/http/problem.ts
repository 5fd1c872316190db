import type { FieldIssue } from '@nayabato/core';

/**
 * The kinds of problem the registry reports, with their HTTP status and title.
 *
 * @example
 * ```ts
 * PROBLEM_TYPES['validation-failed']; // { status: 422, title: 'Validation failed' }
 * ```
 */
export const PROBLEM_TYPES = {
  'malformed-json': { status: 400, title: 'Malformed JSON' },
  'bad-request': { status: 400, title: 'Bad request' },
  'bad-cursor': { status: 400, title: 'Invalid pagination cursor' },
  'invalid-encoding': { status: 400, title: 'Request body is not valid UTF-8' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'origin-refused': { status: 403, title: 'Origin not allowed for this credential' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'invalid-transition': { status: 409, title: 'Transition not allowed from the current status' },
  'consent-required': { status: 409, title: 'No valid consent covers this referral' },
  'idempotency-key-reused': { status: 409, title: 'Idempotency key reused with a different request' },
  'secret-not-replayed': { status: 409, title: 'The first response carried a secret that is never stored' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'validation-failed': { status: 422, title: 'Validation failed' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'header-too-large': { status: 431, title: 'Request line or headers too large' },
  internal: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Not ready' },
} as const;

/** A problem type slug, e.g. `validation-failed`. */
export type ProblemType = keyof typeof PROBLEM_TYPES;

/**
 * The URI prefix of every problem `type`; the slug follows.
 *
 * @example
 * ```ts
 * if (body.type === `${PROBLEM_URI}not-found`) showNotFound(); // 'urn:nayabato:problem:not-found'
 * ```
 */
export const PROBLEM_URI = 'urn:nayabato:problem:';

/** The problem+json body (RFC 9457) the registry sends for every error. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly errors: readonly FieldIssue[];
  readonly requestId: string;
}

/**
 * An error that becomes a problem+json response. Details never carry personal data: they name fields
 * and ids, never values.
 *
 * @example
 * ```ts
 * throw new Problem('not-found', 'No participant pt_0123456789 is visible to you.');
 * ```
 */
export class Problem extends Error {
  override readonly name = 'Problem';
  readonly type: ProblemType;
  readonly status: number;
  readonly errors: readonly FieldIssue[];
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly code: string;

  constructor(
    type: ProblemType,
    detail: string,
    options: { errors?: readonly FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.type = type;
    this.code = type;
    this.status = PROBLEM_TYPES[type].status;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }

  /** The problem+json body for the request `instance` (its path) and `requestId`. */
  toBody(instance: string, requestId: string): ProblemBody {
    return {
      type: `${PROBLEM_URI}${this.type}`,
      title: PROBLEM_TYPES[this.type].title,
      status: this.status,
      detail: this.message,
      instance,
      errors: this.errors,
      requestId,
    };
  }
}

/**
 * Builds the problem+json `Response` for a {@link Problem}.
 *
 * @example
 * ```ts
 * return problemResponse(new Problem('forbidden', 'Only the sender may cancel.'), '/v1/referrals/ref_x/cancel', id);
 * ```
 */
export function problemResponse(problem: Problem, instance: string, requestId: string): Response {
  return new Response(JSON.stringify(problem.toBody(instance, requestId)), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', ...problem.headers },
  });
}
