import { NayaBatoError } from './nayabato-error.js';

/**
 * A webhook's `webhook-id`, `webhook-timestamp` or `webhook-signature` header is missing or malformed (`code: 'malformed_signature'`), or no signature matches the body and secret (`invalid_signature`). Answer such a request with 400 and do not process it.
 *
 * @example
 * ```ts
 * try { await verifyWebhook(body, request.headers, secret); } catch (e) { if (e instanceof WebhookSignatureError) return new Response(null, { status: 400 }); }
 * ```
 */
export class WebhookSignatureError extends NayaBatoError {
  override readonly name = 'WebhookSignatureError';
  readonly kind = 'webhook_signature' as const;
}
