import { ConfigurationError } from '../errors/configuration-error.js';

const encoder = new TextEncoder();

/** The bytes of a raw body, whatever form the framework handed it over in. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/**
 * The signed content of the Standard Webhooks specification: `<webhook-id>.<webhook-timestamp>.<raw body>`,
 * as bytes (the body exactly as received, not re-serialised).
 */
export function signedContent(id: string, timestamp: number, rawBody: RawBody): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : new Uint8Array(rawBody);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** Standard base64 of bytes. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Bytes of standard base64, or undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * The key bytes of an endpoint secret, `whsec_` followed by base64 (the prefix is optional, as in the
 * specification). Throws a `ConfigurationError` (`invalid_secret`) for anything else: WebCrypto would
 * refuse an empty key with a bare DOMException, and a missing environment variable is the usual cause.
 */
export function secretBytes(secret: unknown): Uint8Array<ArrayBuffer> {
  const bytes =
    typeof secret === 'string'
      ? fromBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret)
      : undefined;
  if (!bytes || bytes.length === 0)
    throw new ConfigurationError('The webhook secret must be `whsec_` followed by base64', {
      code: 'invalid_secret',
    });
  return bytes;
}

/** An HMAC-SHA256 key from an endpoint secret, via WebCrypto. */
export function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secretBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}
