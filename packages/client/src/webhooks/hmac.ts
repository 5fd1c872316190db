import { ConfigurationError } from '../errors/configuration-error.js';

const encoder = new TextEncoder();

/** The bytes of a raw body, whatever form the framework handed it over in. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** The signed content: `<timestamp>.<raw body>`, as bytes (the body exactly as received, not re-serialised). */
export function signedContent(timestamp: number, rawBody: RawBody): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : new Uint8Array(rawBody);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/**
 * Throws a `ConfigurationError` (`invalid_secret`) unless `secret` is a non-empty string: WebCrypto
 * refuses an empty HMAC key with a bare DOMException, and a missing environment variable is the usual cause.
 */
export function assertSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || secret === '')
    throw new ConfigurationError('The webhook secret must be a non-empty string', { code: 'invalid_secret' });
}

/** An HMAC-SHA256 key from a secret string (its UTF-8 bytes), via WebCrypto. */
export function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(bytes)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Bytes of a hex string, or undefined when it is not 64 hex digits (a SHA-256 MAC). */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return undefined;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
