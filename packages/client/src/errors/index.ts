import type { ApiError } from './api-error.js';
import type { ApiValidationError } from './api-validation-error.js';
import type { AuthenticationError } from './authentication-error.js';
import type { ConfigurationError } from './configuration-error.js';
import type { ConflictError } from './conflict-error.js';
import { NayaBatoError } from './nayabato-error.js';
import type { NetworkError } from './network-error.js';
import type { NotFoundError } from './not-found-error.js';
import type { PermissionError } from './permission-error.js';
import type { QueueTamperedError } from './queue-tampered-error.js';
import type { RateLimitedError } from './rate-limited-error.js';
import type { ServerError } from './server-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { WebhookSignatureError } from './webhook-signature-error.js';
import type { WebhookTimestampError } from './webhook-timestamp-error.js';

export { ApiError } from './api-error.js';
export { ApiValidationError } from './api-validation-error.js';
export { AuthenticationError } from './authentication-error.js';
export { ConfigurationError } from './configuration-error.js';
export { ConflictError } from './conflict-error.js';
export { clientErrorMessages, errorText } from './messages.js';
export {
  NayaBatoError,
  type NayaBatoErrorInit,
  type NayaBatoErrorKind,
  type ProblemDetails,
} from './nayabato-error.js';
export { NetworkError } from './network-error.js';
export { NotFoundError } from './not-found-error.js';
export { PermissionError } from './permission-error.js';
export { QueueTamperedError } from './queue-tampered-error.js';
export { RateLimitedError } from './rate-limited-error.js';
export { RequestValidationError } from './request-validation-error.js';
export { ServerError } from './server-error.js';
export { TimeoutError } from './timeout-error.js';
export { WebhookSignatureError } from './webhook-signature-error.js';
export { WebhookTimestampError } from './webhook-timestamp-error.js';

/**
 * Every error the client throws, as a union that narrows on `kind`.
 *
 * @example
 * ```ts
 * function describe(error: AnyNayaBatoError): string {
 *   switch (error.kind) {
 *     case 'validation': return error.issues.map((i) => i.pointer).join(', ');
 *     case 'rate_limited': return `retry in ${error.retryAfter ?? '?'} s`;
 *     default: return error.code;
 *   }
 * }
 * ```
 */
export type AnyNayaBatoError =
  | ApiValidationError
  | AuthenticationError
  | PermissionError
  | NotFoundError
  | ConflictError
  | RateLimitedError
  | ServerError
  | ApiError
  | NetworkError
  | TimeoutError
  | ConfigurationError
  | WebhookSignatureError
  | WebhookTimestampError
  | QueueTamperedError;

/**
 * Whether `error` is one the client threw, narrowed so that `switch (error.kind)` is exhaustive.
 *
 * @example
 * ```ts
 * catch (error) { if (isNayaBatoError(error) && error.kind === 'not_found') return null; throw error; }
 * ```
 */
export function isNayaBatoError(error: unknown): error is AnyNayaBatoError {
  return error instanceof NayaBatoError;
}
