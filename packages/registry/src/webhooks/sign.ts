import { createHmac, randomBytes } from 'node:crypto';

/**
 * A new endpoint signing secret in the Standard Webhooks form: `whsec_` and the base64 of 24 random
 * bytes (the key is the decoded bytes).
 *
 * @example
 * ```ts
 * newWebhookSecret(); // 'whsec_…'
 * ```
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * The `webhook-signature` header value of the Standard Webhooks specification: `v1,<base64 of
 * HMAC-SHA256 over "<id>.<timestamp>.<body>">` for each secret, space-separated (during a rotation the
 * old and the new secret both sign, so a receiver holding either verifies).
 *
 * @example
 * ```ts
 * signatureHeader(['whsec_…'], 'msg_0123456789abcdef', 1767225600, '{"type":"webhook.test"}');
 * ```
 */
export function signatureHeader(
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string,
): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
      return `v1,${mac}`;
    })
    .join(' ');
}
