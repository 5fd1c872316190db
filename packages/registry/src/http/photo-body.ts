import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { issue } from '../messages.js';
import type { RegistrySettings } from '../settings.js';
import { Problem } from './problem.js';

/** The image types a story photo may be uploaded as (and is stored and served as). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** One of {@link PHOTO_TYPES}. */
export type PhotoType = (typeof PHOTO_TYPES)[number];

/**
 * The one path whose request body is binary (a story photo). The `/v1` body middlewares (the JSON-sized
 * limit, the UTF-8 check) leave it to {@link readPhotoBody}, which has its own limit. Only a path whose
 * id has the shape of a record id: any other answers 404 before a byte of the body is read.
 */
export const PHOTO_UPLOAD_PATH = /^\/v1\/stories\/[a-z]{2,4}_[0-9a-z]{10,32}\/photo$/;

/** Whether this request is a photo upload (binary body, its own size limit). */
export function isPhotoUpload(c: Context<AppEnv>): boolean {
  return c.req.method === 'PUT' && PHOTO_UPLOAD_PATH.test(c.req.path);
}

/** The type the first bytes announce (magic numbers), whatever the client's `Content-Type` says. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | undefined {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  // RIFF....WEBP
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

function tooLarge(max: number): Problem {
  // The rest of the body is not read: close the connection so the client does not reuse it mid-upload.
  return new Problem('payload-too-large', `The photo exceeds ${max} bytes.`, {
    headers: { connection: 'close' },
  });
}

/**
 * Reads a photo upload: 415 unless `Content-Type` is JPEG, PNG or WebP and the bytes are of that type
 * (checked by magic number, so a renamed file or a lying header is refused); 413 beyond `maxBytes`,
 * counted while reading, whether or not `Content-Length` was sent.
 *
 * @example
 * ```ts
 * const { type, bytes } = await readPhotoBody(c, c.var.settings.maxPhotoBytes);
 * ```
 */
export async function readPhotoBody(
  c: Context<AppEnv>,
  maxBytes: number,
): Promise<{ type: PhotoType; bytes: Uint8Array }> {
  const declared = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const type = PHOTO_TYPES.find((t) => t === declared);
  if (!type)
    throw new Problem('unsupported-media-type', 'Send the photo as image/jpeg, image/png or image/webp.');
  const length = Number(c.req.header('content-length'));
  if (Number.isFinite(length) && length > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const body = c.req.raw.body;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const actual = sniffPhotoType(bytes);
  if (actual !== type) {
    throw new Problem(
      'unsupported-media-type',
      actual ? `The bytes are ${actual}, not ${type}.` : 'The bytes are not a JPEG, PNG or WebP image.',
    );
  }
  return { type, bytes };
}

/** A photo as stored: re-encoded, without metadata. */
export interface CleanPhoto {
  readonly contentType: PhotoType;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Decodes and re-encodes a photo with sharp (loaded on first use, so a registry that never receives a
 * photo never loads it): the orientation is applied to the pixels, the image scaled down to
 * `maxPhotoDimension`, and nothing of the upload's metadata is written (sharp writes none unless asked:
 * no EXIF, GPS, XMP, IPTC, ICC profile, comment or PNG text chunk). 422 when the bytes do not decode or
 * decode to more than `maxPhotoInputPixels`.
 *
 * @example
 * ```ts
 * const clean = await reencodePhoto(await readPhotoBody(c, max), c.var.settings);
 * ```
 */
export async function reencodePhoto(
  photo: { type: PhotoType; bytes: Uint8Array },
  settings: Pick<RegistrySettings, 'maxPhotoDimension' | 'maxPhotoInputPixels'>,
): Promise<CleanPhoto> {
  const { default: sharp } = await import('sharp');
  const limit = settings.maxPhotoInputPixels;
  try {
    const image = sharp(photo.bytes, { limitInputPixels: limit, failOn: 'error', pages: 1 }).rotate().resize({
      width: settings.maxPhotoDimension,
      height: settings.maxPhotoDimension,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const encoded =
      photo.type === 'image/jpeg'
        ? image.jpeg({ quality: 85 })
        : photo.type === 'image/png'
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { contentType: photo.type, bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/pixel limit/i.test(message)) {
      throw new Problem('validation-failed', 'The photo has too many pixels.', {
        errors: [issue([], 'image_too_large', { maximum: limit })],
      });
    }
    throw new Problem('validation-failed', 'The photo cannot be decoded.', {
      errors: [issue([], 'invalid_image')],
    });
  }
}

const uploads = new WeakMap<Context<AppEnv>, CleanPhoto>();

/**
 * Reads and re-encodes a photo upload before the request's database transaction opens, so that a slow
 * upload or a large decode never holds the database (PGlite has one connection). Authenticated callers
 * only (the middleware runs after authentication); a publishable key is left to the route, which refuses
 * it. The route takes the result with {@link uploadedPhoto}.
 *
 * @example
 * ```ts
 * app.use('/v1/*', photoUploads());
 * ```
 */
export function photoUploads(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isPhotoUpload(c) && c.var.principal.kind !== 'publishable') {
      const upload = await readPhotoBody(c, c.var.settings.maxPhotoBytes);
      uploads.set(c, await reencodePhoto(upload, c.var.settings));
    }
    await next();
  };
}

/** The photo {@link photoUploads} read and re-encoded for this request. */
export function uploadedPhoto(c: Context<AppEnv>): CleanPhoto {
  const photo = uploads.get(c);
  if (!photo)
    throw new Problem('unsupported-media-type', 'Send the photo as image/jpeg, image/png or image/webp.');
  return photo;
}
