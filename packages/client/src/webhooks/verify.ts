import { ConfigurationError } from '../errors/configuration-error.js';
import { WebhookSignatureError } from '../errors/webhook-signature-error.js';
import { WebhookTimestampError } from '../errors/webhook-timestamp-error.js';
import { assertSecret, fromHex, hmacKey, type RawBody, signedContent } from './hmac.js';

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /**
   * How far, in seconds, the signature's timestamp may be from `now` (either way): the replay window.
   * A finite number ≥ 0; anything else (NaN, Infinity, negative) is a `ConfigurationError`, since it
   * would silently turn the replay check off.
   * @default 300
   */
  readonly toleranceSeconds?: number;
  /**
   * The current time in milliseconds, for tests.
   * @default Date.now()
   */
  readonly now?: number;
}

/** A signature header, parsed: the timestamp and every `v1` signature (several during secret rotation). */
function parseHeader(header: string): { timestamp: number; signatures: string[] } | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1') signatures.push(value);
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

/**
 * Verifies a webhook from the registry: the HMAC-SHA256 signature of `<t>.<raw body>` in a header like
 * `t=1767225600,v1=5f…`, compared in constant time by WebCrypto's `verify`, then the replay window.
 * Pass the body exactly as received (before any JSON parsing). Works in browsers, Node 20+ and edge
 * runtimes.
 *
 * @returns the timestamp of the signature, in Unix seconds
 * @throws WebhookSignatureError when the header is missing or malformed, or no signature matches
 * @throws WebhookTimestampError when the signature is valid but older or newer than the tolerance
 * @throws ConfigurationError (`invalid_secret`, `invalid_tolerance`, `invalid_now`) before anything is
 *   checked, when the secret is empty or an option is not a finite number in range
 * @example
 * ```ts
 * const raw = await request.text();
 * await verifyWebhook(raw, request.headers.get('nayabato-signature'), process.env.WEBHOOK_SECRET!);
 * const event = JSON.parse(raw);
 * ```
 */
export async function verifyWebhook(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<number> {
  const tolerance = options.toleranceSeconds ?? 300;
  const nowMs = options.now ?? Date.now();
  // A NaN or infinite window would make every timestamp pass: refuse rather than skip the replay check.
  if (!(Number.isFinite(tolerance) && tolerance >= 0))
    throw new ConfigurationError('toleranceSeconds must be a finite number ≥ 0', {
      code: 'invalid_tolerance',
    });
  if (!Number.isFinite(nowMs))
    throw new ConfigurationError('now must be a finite number of milliseconds', { code: 'invalid_now' });
  assertSecret(secret);
  const parsed = signatureHeader ? parseHeader(signatureHeader) : undefined;
  if (!parsed)
    throw new WebhookSignatureError('Missing or malformed webhook signature header', {
      code: 'malformed_signature',
    });
  const key = await hmacKey(secret, 'verify');
  const content = signedContent(parsed.timestamp, rawBody);
  let valid = false;
  for (const hex of parsed.signatures) {
    const mac = fromHex(hex);
    // crypto.subtle.verify compares in constant time, unlike comparing hex strings with ===.
    if (mac && (await crypto.subtle.verify('HMAC', key, mac, content))) valid = true;
  }
  if (!valid)
    throw new WebhookSignatureError('Webhook signature does not match', { code: 'invalid_signature' });
  if (Math.abs(nowMs / 1000 - parsed.timestamp) > tolerance) {
    throw new WebhookTimestampError('Webhook timestamp is outside the tolerance window', {
      code: 'outside_tolerance',
    });
  }
  return parsed.timestamp;
}
