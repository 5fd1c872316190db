import { gzipSync } from 'node:zlib';

/** Bodies below this many bytes are not worth compressing: the gzip frame eats most of the gain. */
export const GZIP_MIN_BYTES = 1024;

/**
 * Whether an `Accept-Encoding` header accepts gzip: `gzip` (or `x-gzip`) with a weight above 0, or,
 * when gzip is not named, `*` with a weight above 0 (RFC 9110 §12.5.3). No header: identity only.
 *
 * @example
 * ```ts
 * acceptsGzip('gzip, deflate, br'); // true
 * acceptsGzip('gzip;q=0, *'); // false: gzip is named and refused
 * ```
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let any: number | undefined;
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (coding === 'gzip' || coding === 'x-gzip') return weight > 0;
    if (coding === '*') any = weight;
  }
  return any !== undefined && any > 0;
}

/** `Vary` with `field` added, once. */
export function varyWith(vary: string | undefined, field: string): string {
  if (!vary) return field;
  const names = vary.split(',').map((v) => v.trim().toLowerCase());
  return names.includes(field.toLowerCase()) || names.includes('*') ? vary : `${vary}, ${field}`;
}

/** A response body and its headers, as the Node adapter writes them fastest. */
export interface Representation {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array<ArrayBuffer>;
}

/**
 * The gzip representation of an answer, or undefined when its body is too small or already encoded: the
 * body compressed, `Content-Encoding: gzip`, and a strong `ETag` of its own (the identity tag with
 * `-gzip` inside the quotes), since RFC 9110 gives each content coding its own strong validator.
 * `headers` should already vary on `Accept-Encoding`.
 *
 * @example
 * ```ts
 * const gz = gzipRepresentation({ etag: '"abc"', vary: 'Authorization, Accept-Encoding' }, bytes);
 * gz?.headers.etag; // '"abc-gzip"'
 * ```
 */
export function gzipRepresentation(
  headers: Readonly<Record<string, string>>,
  body: Uint8Array<ArrayBuffer>,
): Representation | undefined {
  if (body.byteLength < GZIP_MIN_BYTES || headers['content-encoding']) return undefined;
  const compressed = gzipSync(body);
  const { buffer, byteOffset, byteLength } = compressed;
  const gzipped: Record<string, string> = { ...headers, 'content-encoding': 'gzip' };
  if (headers.etag) gzipped.etag = headers.etag.replace(/"$/, '-gzip"');
  return { headers: gzipped, body: new Uint8Array(buffer as ArrayBuffer, byteOffset, byteLength) };
}
