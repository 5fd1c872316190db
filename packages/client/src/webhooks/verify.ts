import { ConfigurationError } from '../errors/configuration-error.js';
import { WebhookSignatureError } from '../errors/webhook-signature-error.js';
import { WebhookTimestampError } from '../errors/webhook-timestamp-error.js';
import { fromBase64, hmacKey, type RawBody, secretBytes, signedContent } from './hmac.js';

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /**
   * How far, in seconds, `webhook-timestamp` may be from `now` (either way): the replay window.
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

/**
 * The request headers, as a `Headers` (fetch, Hono, Next.js), or a plain object (Node's
 * `IncomingHttpHeaders`, Express): names are matched without regard to case.
 */
export type WebhookHeaderSource =
  | Headers
  | Readonly<Record<string, string | readonly string[] | null | undefined>>;

/** What a verified delivery says about itself. */
export interface VerifiedWebhook {
  /** `webhook-id`: the same on every retry and replay of one event; deduplicate on it. */
  readonly id: string;
  /** `webhook-timestamp`, in Unix seconds. */
  readonly timestamp: number;
}

function header(headers: WebhookHeaderSource | null | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

const malformed = () =>
  new WebhookSignatureError('Missing or malformed webhook headers', { code: 'malformed_signature' });

/**
 * Verifies a webhook from the registry per the Standard Webhooks specification: the `webhook-signature`
 * header holds one or more `v1,<base64>` HMAC-SHA256 signatures of `<webhook-id>.<webhook-timestamp>.<raw
 * body>`, keyed by the base64 after `whsec_` in your endpoint's secret; any one matching passes (two are
 * sent while a rotated secret still signs). Compared in constant time by WebCrypto's `verify`, then the
 * replay window. Pass the body exactly as received (before any JSON parsing). Works in browsers, Node 20+
 * and edge runtimes.
 *
 * @returns the delivery's `webhook-id` (deduplicate on it) and timestamp
 * @throws WebhookSignatureError when a header is missing or malformed (`malformed_signature`), or no
 *   signature matches (`invalid_signature`)
 * @throws WebhookTimestampError when the signature is valid but older or newer than the tolerance
 * @throws ConfigurationError (`invalid_secret`, `invalid_tolerance`, `invalid_now`) before anything is
 *   checked, when the secret is not `whsec_` and base64 or an option is not a finite number in range
 * @example
 * ```ts
 * const raw = await request.text();
 * const { id } = await verifyWebhook(raw, request.headers, process.env.WEBHOOK_SECRET!);
 * const event = JSON.parse(raw);
 * ```
 */
export async function verifyWebhook(
  rawBody: RawBody,
  headers: WebhookHeaderSource | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<VerifiedWebhook> {
  const tolerance = options.toleranceSeconds ?? 300;
  const nowMs = options.now ?? Date.now();
  // A NaN or infinite window would make every timestamp pass: refuse rather than skip the replay check.
  if (!(Number.isFinite(tolerance) && tolerance >= 0))
    throw new ConfigurationError('toleranceSeconds must be a finite number ≥ 0', {
      code: 'invalid_tolerance',
    });
  if (!Number.isFinite(nowMs))
    throw new ConfigurationError('now must be a finite number of milliseconds', { code: 'invalid_now' });
  secretBytes(secret);
  const id = header(headers, 'webhook-id');
  const stamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !stamp || !/^\d{1,12}$/.test(stamp) || !signatures) throw malformed();
  const macs = signatures
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .map((part) => fromBase64(part.slice(3)));
  if (macs.length === 0) throw malformed();
  const timestamp = Number(stamp);
  const key = await hmacKey(secret, 'verify');
  const content = signedContent(id, timestamp, rawBody);
  let valid = false;
  for (const mac of macs) {
    // crypto.subtle.verify compares in constant time, unlike comparing strings with ===.
    if (mac && mac.length === 32 && (await crypto.subtle.verify('HMAC', key, mac, content))) valid = true;
  }
  if (!valid)
    throw new WebhookSignatureError('Webhook signature does not match', { code: 'invalid_signature' });
  if (Math.abs(nowMs / 1000 - timestamp) > tolerance) {
    throw new WebhookTimestampError('Webhook timestamp is outside the tolerance window', {
      code: 'outside_tolerance',
    });
  }
  return { id, timestamp };
}
