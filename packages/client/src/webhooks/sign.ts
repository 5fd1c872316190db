import { ConfigurationError } from '../errors/configuration-error.js';
import { assertSecret, hmacKey, type RawBody, signedContent, toHex } from './hmac.js';

/** Options of {@link signWebhookPayload}. */
export interface SignWebhookOptions {
  /**
   * The signing time, in Unix seconds (a non-negative integer).
   * @default the current time
   */
  readonly timestamp?: number;
}

/**
 * Signs a payload the way the registry signs its webhooks and returns the signature header value,
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. For your tests of a webhook receiver.
 *
 * @throws ConfigurationError (`invalid_secret`) when the secret is empty, (`invalid_timestamp`) when
 *   the timestamp is not a non-negative integer
 *
 * @example
 * ```ts
 * const body = JSON.stringify({ type: 'referral.accepted', data: { id: 'ref_01' } });
 * const header = await signWebhookPayload(body, 'whsec_test');
 * await verifyWebhook(body, header, 'whsec_test'); // passes
 * ```
 */
export async function signWebhookPayload(
  rawBody: RawBody,
  secret: string,
  options: SignWebhookOptions = {},
): Promise<string> {
  assertSecret(secret);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new ConfigurationError('timestamp must be a non-negative integer', { code: 'invalid_timestamp' });
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret, 'sign'),
    signedContent(timestamp, rawBody),
  );
  return `t=${timestamp},v1=${toHex(mac)}`;
}
