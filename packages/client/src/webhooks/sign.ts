import { ConfigurationError } from '../errors/configuration-error.js';
import { hmacKey, type RawBody, secretBytes, signedContent, toBase64 } from './hmac.js';

/** Options of {@link signWebhookPayload}. */
export interface SignWebhookOptions {
  /**
   * The message id (`webhook-id`): the same on every retry of one event.
   * @default a random `msg_…` id
   */
  readonly id?: string;
  /**
   * The signing time, in Unix seconds (a non-negative integer).
   * @default the current time
   */
  readonly timestamp?: number;
}

/** The three Standard Webhooks headers of a delivery (a type alias, so that it passes as a header record). */
export type WebhookHeaders = {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  /** `v1,<base64 HMAC-SHA256>`; several, space-separated, while a rotated secret still signs. */
  readonly 'webhook-signature': string;
};

/**
 * Signs a payload the way the registry signs its webhooks (the Standard Webhooks specification) and
 * returns the headers of the delivery: `webhook-id`, `webhook-timestamp` and `webhook-signature:
 * v1,<base64 of HMAC-SHA256 over "<id>.<timestamp>.<raw body>">`, keyed by the base64 after `whsec_`.
 * For your tests of a webhook receiver.
 *
 * @throws ConfigurationError (`invalid_secret`) when the secret is not `whsec_` and base64,
 *   (`invalid_timestamp`) when the timestamp is not a non-negative integer, (`invalid_id`) when the id is
 *   empty or holds a `.`, a space or a comma
 *
 * @example
 * ```ts
 * const body = JSON.stringify({ type: 'referral.accepted', timestamp: '2026-12-06T10:00:00Z', data: { referralId: 'ref_0123456789' } });
 * const headers = await signWebhookPayload(body, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
 * await verifyWebhook(body, headers, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'); // passes
 * ```
 */
export async function signWebhookPayload(
  rawBody: RawBody,
  secret: string,
  options: SignWebhookOptions = {},
): Promise<WebhookHeaders> {
  secretBytes(secret);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new ConfigurationError('timestamp must be a non-negative integer', { code: 'invalid_timestamp' });
  const id = options.id ?? randomId();
  if (id === '' || /[\s.,]/.test(id))
    throw new ConfigurationError('id must be non-empty, without `.`, `,` or spaces', { code: 'invalid_id' });
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret, 'sign'),
    signedContent(id, timestamp, rawBody),
  );
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${toBase64(mac)}`,
  };
}

/** A random `msg_` id (12 random bytes in hex). */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `msg_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
