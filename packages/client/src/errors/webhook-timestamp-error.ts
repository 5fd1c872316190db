import { NayaBatoError } from './nayabato-error.js';

/**
 * A webhook's signature is valid but its timestamp is outside the tolerance window: possibly a replay. Answer with 400.
 *
 * @example
 * ```ts
 * try { await verifyWebhook(body, request.headers, secret, { toleranceSeconds: 300 }); } catch (e) { if (e instanceof WebhookTimestampError) return new Response(null, { status: 400 }); }
 * ```
 */
export class WebhookTimestampError extends NayaBatoError {
  override readonly name = 'WebhookTimestampError';
  readonly kind = 'webhook_timestamp' as const;
}
