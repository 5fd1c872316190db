/**
 * Base64 of bytes and back, with `btoa`/`atob` (browsers and Node 20+), for stores and exports that
 * keep text.
 *
 * @example
 * ```ts
 * fromBase64(toBase64(new Uint8Array([1, 2]))); // Uint8Array [1, 2]
 * ```
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of a base64 text (see {@link toBase64}). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
