/**
 * Synthetic photos for the story tests, made in the test with sharp and carrying metadata that must not
 * survive the registry (GPS and other EXIF, XMP, an ICC profile, PNG text chunks), and small readers of
 * PNG and WebP chunk lists to prove it.
 */
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { consentBody, type Json, participantBody, type TestRegistry } from '../registry.fixture.js';

/** Somewhere in Kathmandu: the coordinates a phone would write into a photo. */
export const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '27/1 42/1 3230/100',
  GPSLongitudeRef: 'E',
  GPSLongitude: '85/1 18/1 0/1',
};

const xmp = (text: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:title="${text}"/></rdf:RDF></x:xmpmeta>`;

function base(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 190, g: 60, b: 40 } } });
}

/** A JPEG with GPS, an EXIF description and artist, XMP and an ICC profile, all naming `marker`. */
export function taggedJpeg(marker: string, width = 64, height = 48): Promise<Buffer> {
  return base(width, height)
    .withExif({ IFD0: { ImageDescription: `${marker}:exif`, Artist: `${marker}:artist` }, IFD3: GPS })
    .withXmp(xmp(`${marker}:xmp`))
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}

/** A WebP with GPS and EXIF, XMP and an ICC profile naming `marker`. */
export function taggedWebp(marker: string): Promise<Buffer> {
  return base(40, 30)
    .withExif({ IFD0: { ImageDescription: `${marker}:exif` }, IFD3: GPS })
    .withXmp(xmp(`${marker}:xmp`))
    .withIccProfile('p3')
    .webp()
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG with `tEXt` and `iTXt` chunks (a comment and a location) and EXIF, naming `marker`. */
export async function taggedPng(marker: string): Promise<Buffer> {
  const png = await base(40, 30)
    .withExif({ IFD0: { ImageDescription: `${marker}:exif` }, IFD3: GPS })
    .png()
    .toBuffer();
  // After the signature (8 bytes) and IHDR (8 + 13 + 4 bytes).
  const at = 8 + 25;
  const text = pngChunk('tEXt', Buffer.from(`Comment\0${marker}:png-text`, 'latin1'));
  const itxt = pngChunk('iTXt', Buffer.from(`Location\0\0\0\0\0${marker}:png-itxt 27.7N 85.3E`, 'utf8'));
  return Buffer.concat([png.subarray(0, at), text, itxt, png.subarray(at)]);
}

/** The chunk types of a PNG, in order. */
export function pngChunks(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const types: string[] = [];
  for (let at = 8; at + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(at);
    types.push(buf.toString('latin1', at + 4, at + 8));
    at += 12 + length;
  }
  return types;
}

/** The chunk types of a WebP (RIFF), in order. */
export function webpChunks(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const types: string[] = [];
  for (let at = 12; at + 8 <= buf.length; ) {
    const length = buf.readUInt32LE(at + 4);
    types.push(buf.toString('latin1', at, at + 4));
    at += 8 + length + (length % 2);
  }
  return types;
}

/** Uploads `bytes` as the photo of a story, as `type`. */
export async function uploadPhoto(
  t: TestRegistry,
  credential: string,
  storyId: string,
  bytes: Uint8Array | ReadableStream<Uint8Array>,
  type: string,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${t.url}/v1/stories/${storyId}/photo`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${credential}`, 'content-type': type },
    body: bytes as BodyInit,
    ...(bytes instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Fetches a story's photo: status, headers and bytes. */
export async function fetchPhoto(t: TestRegistry, credential: string, storyId: string) {
  const res = await fetch(`${t.url}/v1/stories/${storyId}/photo`, {
    headers: { authorization: `Bearer ${credential}` },
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** Registers a participant of the NGO with a publication consent listing `items`; returns both ids. */
export async function publishableParticipant(
  t: TestRegistry,
  key: string,
  items: readonly string[],
): Promise<{ participant: string; consent: string }> {
  const participant = await t.call(key, 'POST', '/v1/participants', { json: participantBody() });
  if (participant.status !== 201) throw new Error(participant.text);
  const consent = await t.call(key, 'POST', '/v1/consents', {
    json: consentBody(participant.body.id, 'publication', { publicationItems: items }),
  });
  if (consent.status !== 201) throw new Error(consent.text);
  return { participant: participant.body.id, consent: consent.body.id };
}
