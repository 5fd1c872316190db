/**
 * A random idempotency key (128 bits as 32 hex digits; the registry accepts 8 to 128 of `[A-Za-z0-9._:-]`)
 * from WebCrypto, which browsers (also on plain http, unlike `randomUUID`), Node 20+ and edge runtimes have.
 *
 * @example
 * ```ts
 * randomKey(); // '3f9c…' (32 hex digits)
 * ```
 */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
