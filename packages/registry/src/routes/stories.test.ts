import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';
import {
  fetchPhoto,
  pngChunks,
  publishableParticipant,
  taggedJpeg,
  taggedPng,
  taggedWebp,
  uploadPhoto,
  webpChunks,
} from './stories.fixture.js';

const MAX_PHOTO = 200_000;
const MARK = 'ZQXPHOTO';
const ALL_ITEMS = ['story_text', 'photo', 'first_name', 'district'];

/** Nothing exifr can read: no EXIF, GPS, XMP, IPTC, ICC. */
async function metadataOf(bytes: Uint8Array): Promise<unknown> {
  return exifr.parse(bytes, {
    tiff: true,
    exif: true,
    gps: true,
    xmp: true,
    icc: true,
    iptc: true,
    jfif: false,
    ihdr: false,
  });
}

describeRegistry(
  'stories',
  (t) => {
    let key: string;
    let pub: string;
    let ids: { participant: string; consent: string };
    let story: Json;

    const storyBody = (over: Record<string, unknown> = {}) => ({
      participantId: ids.participant,
      text: 'I opened a tailoring shop in Pokhara.',
      alias: 'Maya',
      district: 'Kaski',
      publication: { consentId: ids.consent, items: ['text', 'photo', 'alias', 'district'] },
      ...over,
    });
    const publicList = async (credential = pub, query = '') => {
      const res = await t().call(credential, 'GET', `/v1/stories?limit=100${query}`);
      expect(res.status, res.text).toBe(200);
      return res;
    };
    const publicStory = async (id: string) =>
      (await t().listAll(pub, '/v1/stories')).find((s) => s.id === id);

    beforeAll(async () => {
      key = t().org('ngo').secretKey;
      pub = t().org('corporate').publishableKey;
      ids = await publishableParticipant(t(), key, ALL_ITEMS);
      const created = await t().call(key, 'POST', '/v1/stories', { json: storyBody() });
      expect(created.status, created.text).toBe(201);
      story = created.body;
    });

    it('records, reads, replaces and lists a story for the registering NGO', async () => {
      expect(story).toMatchObject({ participantId: ids.participant, organizationId: t().org('ngo').id });
      const read = await t().call(key, 'GET', `/v1/stories/${story.id}`);
      expect(read.status).toBe(200);
      expect(read.headers.get('cache-control')).toBe('no-store');
      const replaced = await t().call(key, 'PUT', `/v1/stories/${story.id}`, {
        json: storyBody({ text: 'I opened a tailoring shop in Pokhara and hired two people.' }),
      });
      expect(replaced.status, replaced.text).toBe(200);
      expect(replaced.body.text).toContain('hired two');
      const own = await t().listAll(key, `/v1/stories?participantId=${ids.participant}`);
      expect(own.map((s) => s.id)).toEqual([story.id]);
      expect(own[0].participantId).toBe(ids.participant);
    });

    it('refuses another organisation’s participant, a consent of another participant, bad text', async () => {
      const other = await t().call(t().org('ngo2').secretKey, 'POST', '/v1/participants', {
        json: participantBody(),
      });
      const refused = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({ participantId: other.body.id, publication: undefined }),
      });
      expect(refused.status).toBe(422);
      expect(refused.body.errors[0].pointer).toBe('/participantId');
      const second = await publishableParticipant(t(), key, ['story_text']);
      const wrongConsent = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({ participantId: second.participant }),
      });
      expect(wrongConsent.status).toBe(422);
      expect(wrongConsent.body.errors[0].pointer).toBe('/publication/consentId');
      const nul = await t().call(key, 'POST', '/v1/stories', { json: storyBody({ text: 'a\u0000b' }) });
      expect(nul.status).toBe(422);
      const photoRef = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({ photoRef: 'photos/elsewhere.jpg' }),
      });
      expect(photoRef.status).toBe(422);
      const moved = await t().call(key, 'PUT', `/v1/stories/${story.id}`, {
        json: storyBody({ participantId: second.participant, publication: undefined }),
      });
      expect(moved.status).toBe(422);
      expect(moved.body.errors[0].code).toBe('other_participant');
    });

    it('lists the published items to a publishable key, never the participant, no-store', async () => {
      const res = await publicList();
      expect(res.headers.get('cache-control')).toBe('no-store');
      const mine = res.body.items.find((s: Json) => s.id === story.id);
      expect(Object.keys(mine).sort()).toEqual(['alias', 'district', 'id', 'items', 'text']);
      expect(mine.items).toEqual(['text', 'alias', 'district']);
      expect(res.text).not.toContain(ids.participant);
      const narrowed = await publicList(pub, `&organization=${t().org('ngo').id}`);
      expect(narrowed.body.items.map((s: Json) => s.id)).toContain(story.id);
      const elsewhere = await publicList(pub, `&organization=${t().org('ngo2').id}`);
      expect(elsewhere.body.items.map((s: Json) => s.id)).not.toContain(story.id);
      const bad = await t().call(pub, 'GET', '/v1/stories?organization=%00');
      expect(bad.status).toBe(400);
    });

    it('strips GPS, EXIF, XMP and ICC from a JPEG and serves it only while published', async () => {
      const jpeg = await taggedJpeg(MARK);
      // The test image does carry what must go (else the test could not fail).
      expect(await exifr.gps(jpeg)).toMatchObject({ latitude: expect.any(Number) });
      expect(jpeg.includes(MARK)).toBe(true);
      const up = await uploadPhoto(t(), key, story.id, jpeg, 'image/jpeg');
      expect(up.status, JSON.stringify(up.body)).toBe(200);
      expect(up.body.photoRef).toMatch(new RegExp(`^photos/${story.id}/1\\.jpg$`));
      const got = await fetchPhoto(t(), pub, story.id);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/jpeg');
      expect(got.headers.get('cache-control')).toBe('no-store');
      expect(got.bytes.slice(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
      expect(await metadataOf(got.bytes)).toBeUndefined();
      expect(await exifr.gps(got.bytes)).toBeUndefined();
      expect(Buffer.from(got.bytes).includes(MARK)).toBe(false);
      expect((await publicStory(story.id)).items).toEqual(['text', 'photo', 'alias', 'district']);
    });

    it('strips PNG text chunks and EXIF, and WebP EXIF, XMP and ICC', async () => {
      const png = await taggedPng(MARK);
      expect(pngChunks(png)).toEqual(expect.arrayContaining(['tEXt', 'iTXt', 'eXIf']));
      expect((await uploadPhoto(t(), key, story.id, png, 'image/png')).status).toBe(200);
      const gotPng = await fetchPhoto(t(), pub, story.id);
      expect(gotPng.headers.get('content-type')).toBe('image/png');
      expect(pngChunks(gotPng.bytes).filter((c) => !['IHDR', 'pHYs', 'IDAT', 'IEND'].includes(c))).toEqual(
        [],
      );
      expect(await metadataOf(gotPng.bytes)).toBeUndefined();
      expect(Buffer.from(gotPng.bytes).includes(MARK)).toBe(false);

      const webp = await taggedWebp(MARK);
      expect(webpChunks(webp)).toEqual(expect.arrayContaining(['EXIF', 'XMP ', 'ICCP']));
      const up = await uploadPhoto(t(), key, story.id, webp, 'image/webp');
      expect(up.status).toBe(200);
      expect(up.body.photoRef).toMatch(/\/3\.webp$/);
      const gotWebp = await fetchPhoto(t(), pub, story.id);
      expect(gotWebp.headers.get('content-type')).toBe('image/webp');
      expect(webpChunks(gotWebp.bytes).filter((c) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(c))).toEqual(
        [],
      );
      expect(Buffer.from(gotWebp.bytes).includes(MARK)).toBe(false);
    });

    it('caps the pixel dimensions of a stored photo', async () => {
      const wide = await taggedJpeg(MARK, 400, 80);
      expect((await uploadPhoto(t(), key, story.id, wide, 'image/jpeg')).status).toBe(200);
      const got = await fetchPhoto(t(), key, story.id);
      const meta = await sharp(got.bytes).metadata();
      expect([meta.width, meta.height]).toEqual([100, 20]);
    });

    it('refuses a non-image, a lying content type, an undecodable image and an oversize upload', async () => {
      const jpeg = await taggedJpeg(MARK);
      const text = new TextEncoder().encode('not an image at all');
      const cases: [Uint8Array, string, number][] = [
        [text, 'image/jpeg', 415],
        [text, 'text/plain', 415],
        [jpeg, 'image/png', 415],
        [jpeg, 'application/octet-stream', 415],
        [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg', 422],
      ];
      for (const [bytes, type, status] of cases) {
        const res = await uploadPhoto(t(), key, story.id, bytes, type);
        expect(res.status, `${type} ${bytes.length}`).toBe(status);
        expect(res.body.type).toMatch(/^urn:nayabato:problem:/);
      }
      // Small in bytes, too many pixels once decoded (a decompression bomb in miniature).
      const many = await uploadPhoto(t(), key, story.id, await taggedJpeg(MARK, 300, 200), 'image/jpeg');
      expect(many.status).toBe(422);
      expect(many.body.errors[0].code).toBe('image_too_large');
      const big = new Uint8Array(MAX_PHOTO + 1);
      big.set([0xff, 0xd8, 0xff]);
      const tooBig = await uploadPhoto(t(), key, story.id, big, 'image/jpeg');
      expect(tooBig.status).toBe(413);
      // Without Content-Length (a stream): counted while reading.
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 5; i++) controller.enqueue(big.subarray(0, 60_000));
          controller.close();
        },
      });
      expect((await uploadPhoto(t(), key, story.id, stream, 'image/jpeg')).status).toBe(413);
      // The photo of before is still the one served.
      expect((await fetchPhoto(t(), pub, story.id)).status).toBe(200);
    });

    it('publishes item by item: text without photo, and photo without text', async () => {
      const textOnly = await publishableParticipant(t(), key, ['story_text']);
      const a = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({
          participantId: textOnly.participant,
          publication: { consentId: textOnly.consent, items: ['text', 'photo', 'alias', 'district'] },
        }),
      });
      expect((await uploadPhoto(t(), key, a.body.id, await taggedJpeg(MARK), 'image/jpeg')).status).toBe(200);
      expect(await publicStory(a.body.id)).toEqual({ id: a.body.id, items: ['text'], text: a.body.text });
      expect((await fetchPhoto(t(), pub, a.body.id)).status).toBe(404);
      // The NGO itself still sees its upload.
      expect((await fetchPhoto(t(), key, a.body.id)).status).toBe(200);

      const photoOnly = await publishableParticipant(t(), key, ['photo']);
      const b = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({
          participantId: photoOnly.participant,
          publication: { consentId: photoOnly.consent, items: ['text', 'photo'] },
        }),
      });
      expect(await publicStory(b.body.id)).toBeUndefined();
      const up = await uploadPhoto(t(), key, b.body.id, await taggedJpeg(MARK), 'image/jpeg');
      expect(await publicStory(b.body.id)).toEqual({
        id: b.body.id,
        items: ['photo'],
        photoRef: up.body.photoRef,
      });
      expect((await fetchPhoto(t(), pub, b.body.id)).status).toBe(200);
      // A story that asks for less than the consent allows publishes only what it asks.
      const c = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({ publication: { consentId: ids.consent, items: ['district'] } }),
      });
      expect(await publicStory(c.body.id)).toEqual({ id: c.body.id, items: ['district'], district: 'Kaski' });
    });

    it('removes a story from the very next public answer when its consent is withdrawn', async () => {
      expect(await publicStory(story.id)).toBeDefined();
      expect((await fetchPhoto(t(), pub, story.id)).status).toBe(200);
      const withdrawn = await t().call(key, 'POST', `/v1/consents/${ids.consent}/withdraw`, {
        json: { withdrawnAt: new Date().toISOString() },
      });
      expect(withdrawn.status).toBe(200);
      expect(await publicStory(story.id)).toBeUndefined();
      expect((await fetchPhoto(t(), pub, story.id)).status).toBe(404);
      // Same answer as a story that never existed.
      const missing = await fetchPhoto(t(), pub, 'sty_0000000000');
      expect(missing.status).toBe(404);
      // The NGO keeps its record.
      expect((await t().call(key, 'GET', `/v1/stories/${story.id}`)).status).toBe(200);
    });

    it('removes the photo on request', async () => {
      const fresh = await publishableParticipant(t(), key, ALL_ITEMS);
      const s = await t().call(key, 'POST', '/v1/stories', {
        json: storyBody({
          participantId: fresh.participant,
          publication: { consentId: fresh.consent, items: ['photo', 'text'] },
        }),
      });
      await uploadPhoto(t(), key, s.body.id, await taggedJpeg(MARK), 'image/jpeg');
      expect((await fetchPhoto(t(), pub, s.body.id)).status).toBe(200);
      const removed = await t().call(key, 'DELETE', `/v1/stories/${s.body.id}/photo`);
      expect(removed.status).toBe(200);
      expect(removed.body.photoRef).toBeUndefined();
      expect((await fetchPhoto(t(), pub, s.body.id)).status).toBe(404);
      expect((await fetchPhoto(t(), key, s.body.id)).status).toBe(404);
      expect((await publicStory(s.body.id)).items).toEqual(['text']);
    });

    it('audits the NGO’s reads and writes with the participant', async () => {
      const rows = await t().registry.db.query<{ resource_type: string; action: string }>(
        "select resource_type, action from audit_log where participant_id = $1 and resource_type like 'story%'",
        [ids.participant],
      );
      const summary = new Set(rows.map((r) => `${r.resource_type}:${r.action}`));
      for (const s of ['story:create', 'story:read', 'story:update', 'story:list', 'story_photo:update'])
        expect(summary, s).toContain(s);
    });
  },
  {
    settings: {
      maxPhotoBytes: MAX_PHOTO,
      maxPhotoDimension: 100,
      maxPhotoInputPixels: 50_000,
      rateLimitPerMinute: 1_000_000,
    },
  },
);
