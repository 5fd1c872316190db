import { ApiError } from '../errors/api-error.js';
import { ApiValidationError } from '../errors/api-validation-error.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import type { NayaBatoError, ProblemDetails } from '../errors/nayabato-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { PermissionError } from '../errors/permission-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import { ServerError } from '../errors/server-error.js';
import { parseRetryAfter } from './retry-after.js';

/** Reads a response body as JSON, or undefined when it is empty or not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Turns an error response into the matching {@link NayaBatoError} subclass. The message names the
 * method, the route template and the problem's title: never the filled-in path, the body or a query.
 */
export async function errorFromResponse(response: Response, label: string): Promise<NayaBatoError> {
  const body = await readJson(response);
  const problem = body && typeof body === 'object' ? (body as ProblemDetails) : undefined;
  const status = response.status;
  const init = {
    status,
    problem,
    requestId: problem?.requestId ?? response.headers.get('x-request-id') ?? undefined,
  };
  const message = `${label} failed with ${status}${problem?.title ? ` ${problem.title}` : ''}${problem?.detail ? `: ${problem.detail}` : ''}`;
  if (status === 400 || status === 422) return new ApiValidationError(message, init);
  if (status === 401) return new AuthenticationError(message, init);
  if (status === 403) return new PermissionError(message, init);
  if (status === 404 || status === 410) return new NotFoundError(message, init);
  if (status === 409 || status === 412) return new ConflictError(message, init);
  if (status === 429) {
    const ms = parseRetryAfter(response.headers.get('retry-after'));
    return new RateLimitedError(message, { ...init, retryAfter: ms === undefined ? undefined : ms / 1000 });
  }
  if (status >= 500) return new ServerError(message, init);
  return new ApiError(message, init);
}
