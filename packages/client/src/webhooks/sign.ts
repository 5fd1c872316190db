import { hmacKey, type RawBody, signedContent, toHex } from './hmac.js';

/** Options of {@link signWebhookPayload}. */
export interface SignWebhookOptions {
  /**
   * The signing time, in Unix seconds.
   * @default the current time
   */
  readonly timestamp?: number;
}

/**
 * Signs a payload the way the registry signs its webhooks and returns the signature header value,
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. For your tests of a webhook receiver.
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
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret, 'sign'),
    signedContent(timestamp, rawBody),
  );
  return `t=${timestamp},v1=${toHex(mac)}`;
}
