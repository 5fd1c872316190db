import { beforeAll, expect, it } from 'vitest';
import { describeRegistry } from '../registry.fixture.js';
import { fetchPhoto, publishableParticipant, taggedJpeg, uploadPhoto } from '../routes/stories.fixture.js';

/**
 * The role × resource matrix of docs/access-policy.md, for stories: only the registering NGO writes and
 * reads its stories in full; every other secret key or staff token gets 403 on the collection and 404 on
 * a record; any publishable key reads only the published items, and a photo only while it is published.
 */
describeRegistry('role × resource matrix: stories', (t) => {
  let published: string;
  let unpublished: string;

  beforeAll(async () => {
    const key = t().org('ngo').secretKey;
    const { participant, consent } = await publishableParticipant(t(), key, ['story_text', 'photo']);
    const create = async (items: string[]) => {
      const res = await t().call(key, 'POST', '/v1/stories', {
        json: { participantId: participant, text: 'A story', publication: { consentId: consent, items } },
      });
      expect(res.status, res.text).toBe(201);
      expect((await uploadPhoto(t(), key, res.body.id, await taggedJpeg('M'), 'image/jpeg')).status).toBe(
        200,
      );
      return res.body.id as string;
    };
    published = await create(['text', 'photo']);
    unpublished = await create([]);
  });

  const body = () => ({ participantId: 'pt_0123456789abcdef', text: 'Someone else’s story' });

  for (const role of ['ngo2', 'training_institution', 'corporate', 'government', 'coordinator'] as const) {
    it(`${role}: no story record, no write; the public photo only`, async () => {
      const key = t().org(role).secretKey;
      const list = await t().call(key, 'GET', '/v1/stories');
      if (role === 'ngo2') {
        // Another NGO lists its own stories: none of the first NGO's.
        expect(list.status).toBe(200);
        expect(list.text).not.toContain(published);
      } else {
        expect(list.status).toBe(403);
      }
      for (const id of [published, unpublished]) {
        expect((await t().call(key, 'GET', `/v1/stories/${id}`)).status).toBe(404);
        expect((await t().call(key, 'PUT', `/v1/stories/${id}`, { json: body() })).status).toBe(404);
        expect((await t().call(key, 'DELETE', `/v1/stories/${id}/photo`)).status).toBe(404);
        expect((await uploadPhoto(t(), key, id, await taggedJpeg('M'), 'image/jpeg')).status).toBe(404);
      }
      expect((await fetchPhoto(t(), key, published)).status).toBe(200);
      expect((await fetchPhoto(t(), key, unpublished)).status).toBe(404);
      const created = await t().call(key, 'POST', '/v1/stories', { json: body() });
      expect(created.status).toBe(role === 'ngo2' ? 422 : 403);
    });
  }

  it('every publishable key: the published list and photo, nothing else', async () => {
    for (const role of [
      'ngo',
      'ngo2',
      'training_institution',
      'corporate',
      'government',
      'coordinator',
    ] as const) {
      const pk = t().org(role).publishableKey;
      const list = await t().listAll(pk, '/v1/stories');
      expect(list.map((s) => s.id)).toContain(published);
      expect(list.map((s) => s.id)).not.toContain(unpublished);
      for (const id of [published, unpublished]) {
        expect((await t().call(pk, 'GET', `/v1/stories/${id}`)).status).toBe(403);
        expect((await t().call(pk, 'PUT', `/v1/stories/${id}`, { json: body() })).status).toBe(403);
        expect((await uploadPhoto(t(), pk, id, await taggedJpeg('M'), 'image/jpeg')).status).toBe(403);
      }
      expect((await t().call(pk, 'POST', '/v1/stories', { json: body() })).status).toBe(403);
      expect((await fetchPhoto(t(), pk, published)).status).toBe(200);
      // Even the registering NGO's own publishable key sees only what is published.
      expect((await fetchPhoto(t(), pk, unpublished)).status).toBe(404);
    }
  });

  it('the registering NGO: everything, its unpublished photo included', async () => {
    const key = t().org('ngo').secretKey;
    for (const id of [published, unpublished]) {
      expect((await t().call(key, 'GET', `/v1/stories/${id}`)).status).toBe(200);
      expect((await fetchPhoto(t(), key, id)).status).toBe(200);
    }
  });
});
