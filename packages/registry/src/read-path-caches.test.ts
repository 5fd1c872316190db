/**
 * The guarantees of docs/decisions/2026-12-06-read-path-caches.md, through HTTP: a revoked key refused
 * on the next request in the process that revoked it and within 5 s in another; a withdrawn publication
 * consent never served after the withdrawal's response; public answers that follow every write; and a
 * listed page of N records audited as N entries.
 */
import { describe, expect, it } from 'vitest';
import { type RunningRegistry, startRegistry } from './index.js';
import { makeOffer } from './job-offers.fixture.js';
import { refusedWithin } from './poll.fixture.js';
import { createTestDatabase, describeRegistry, type Json } from './registry.fixture.js';
import { publishableParticipant } from './routes/stories.fixture.js';

describeRegistry('read-path caches', (t) => {
  const ngo = () => t().org('ngo');

  it('refuses a key revoked through this process on the very next request', async () => {
    const created = await t().call(ngo().secretKey, 'POST', '/v1/keys', { json: { kind: 'secret' } });
    expect(created.status).toBe(201);
    const key: string = created.body.secret;
    // Twice: the second answer comes from the credential cache.
    expect((await t().call(key, 'GET', '/v1/participants?limit=1')).status).toBe(200);
    expect((await t().call(key, 'GET', '/v1/participants?limit=1')).status).toBe(200);
    const revoked = await t().call(ngo().secretKey, 'POST', `/v1/keys/${created.body.key.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect((await t().call(key, 'GET', '/v1/participants?limit=1')).status).toBe(401);
  });

  it('refuses a key rotated without grace, and a publishable key revoked, on the next request', async () => {
    const pub = await t().call(ngo().secretKey, 'POST', '/v1/keys', { json: { kind: 'publishable' } });
    expect(pub.status).toBe(201);
    expect((await t().call(pub.body.secret, 'GET', '/v1/organizations?limit=1')).status).toBe(200);
    expect((await t().call(pub.body.secret, 'GET', '/v1/organizations?limit=1')).status).toBe(200);
    await t().call(ngo().secretKey, 'POST', `/v1/keys/${pub.body.key.id}/revoke`);
    // Its answer was kept in the public answer cache too: the credential is still checked first.
    expect((await t().call(pub.body.secret, 'GET', '/v1/organizations?limit=1')).status).toBe(401);
  });

  it('never serves a withdrawn publication consent after the withdrawal’s response', async () => {
    const key = ngo().secretKey;
    const pub = t().org('corporate').publishableKey;
    const ids = await publishableParticipant(t(), key, ['story_text']);
    const made = await t().call(key, 'POST', '/v1/stories', {
      json: {
        participantId: ids.participant,
        text: 'I run a tea stall in Dhulikhel.',
        publication: { consentId: ids.consent, items: ['text'] },
      },
    });
    expect(made.status, made.text).toBe(201);
    const storyId: string = made.body.id;
    const listed = async () => {
      const res = await t().call(pub, 'GET', '/v1/stories?limit=100');
      expect(res.status).toBe(200);
      return res.body.items.some((s: Json) => s.id === storyId) as boolean;
    };
    expect(await listed()).toBe(true);
    expect(await listed()).toBe(true);
    // Readers run throughout the withdrawal: none that starts after its response may see the story.
    let answered = false;
    let stop = false;
    const seenAfter: boolean[] = [];
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const startedAfter = answered;
        const seen = await listed();
        if (startedAfter) seenAfter.push(seen);
      }
    });
    const withdrawn = await t().call(key, 'POST', `/v1/consents/${ids.consent}/withdraw`, {
      json: { withdrawnAt: new Date().toISOString() },
    });
    answered = true;
    expect(withdrawn.status).toBe(200);
    expect(await listed()).toBe(false);
    while (seenAfter.length < 20) await listed().then((seen) => seenAfter.push(seen));
    stop = true;
    await Promise.all(readers);
    expect(seenAfter.filter(Boolean)).toEqual([]);
  });

  it('answers public job offers with ETag and 304, and drops a closed offer from the next answer', async () => {
    const company = t().org('corporate');
    const offer = await makeOffer(t(), company.secretKey, { title: 'Tailor for the read-path test' });
    const path = '/v1/job-offers?limit=100';
    const first = await t().call(company.publishableKey, 'GET', path);
    expect(first.status).toBe(200);
    expect(first.body.items.map((o: Json) => o.id)).toContain(offer.id);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toContain('public');
    const again = await t().call(company.publishableKey, 'GET', path, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const closed = await t().call(company.secretKey, 'POST', `/v1/job-offers/${offer.id}/close`, {
      json: {},
    });
    expect(closed.status, closed.text).toBe(200);
    const after = await t().call(company.publishableKey, 'GET', path, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.body.items.map((o: Json) => o.id)).not.toContain(offer.id);
    expect(after.headers.get('ratelimit')).not.toBeNull();
  });

  it('answers the directory with ETag and 304, public to a publishable key, and a new tag after a change', async () => {
    const company = t().org('training_institution');
    const path = `/v1/organizations/${company.id}`;
    const first = await t().call(company.publishableKey, 'GET', path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(first.headers.get('vary')).toContain('Authorization');
    const again = await t().call(company.publishableKey, 'GET', path, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const own = await t().call(company.secretKey, 'GET', path);
    expect(own.headers.get('cache-control')).toBe('private, no-cache');
    const list = await t().call(company.publishableKey, 'GET', '/v1/organizations?limit=100');
    const listTag = list.headers.get('etag')!;
    expect(listTag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const { id: _id, createdAt: _c, updatedAt: _u, ...entry } = first.body;
    const renamed = await t().call(company.secretKey, 'PUT', path, {
      json: { ...entry, name: `${entry.name} (renamed)` },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const after = await t().call(company.publishableKey, 'GET', path, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.body.name).toBe(`${entry.name} (renamed)`);
    expect(after.headers.get('etag')).not.toBe(etag);
    const listAfter = await t().call(company.publishableKey, 'GET', '/v1/organizations?limit=100', {
      headers: { 'if-none-match': listTag },
    });
    expect(listAfter.status).toBe(200);
  });

  it('audits a listed page of N participants as N entries, read back through the audit API', async () => {
    const made = await t().call(ngo().secretKey, 'POST', '/v1/keys', { json: { kind: 'secret' } });
    const key: string = made.body.secret;
    const keyId: string = made.body.key.id;
    const page = await t().call(key, 'GET', '/v1/participants?limit=20');
    expect(page.status).toBe(200);
    const listedIds: string[] = page.body.items.map((p: Json) => p.id);
    expect(listedIds.length).toBe(20);
    const events = await t().listAll(ngo().secretKey, `/v1/audit-events?actorId=${keyId}&action=list`);
    const ofPage = events.filter((e: Json) => e.requestId === page.headers.get('x-request-id'));
    expect(ofPage.length).toBe(20);
    expect(ofPage.map((e: Json) => e.resourceId).sort()).toEqual([...listedIds].sort());
    for (const e of ofPage) {
      expect(e).toMatchObject({
        resourceType: 'participant',
        actorKeyId: keyId,
        purpose: 'participant.list',
      });
      expect(e.participantId).toBe(e.resourceId);
    }
  });
});

const DATABASE_URL = process.env.DATABASE_URL;

describe('two registries on one PostgreSQL database', () => {
  if (!DATABASE_URL) {
    it.skip('NOT RUN: DATABASE_URL is unset (PGlite is one process by design: its data directory is locked)', () => {});
    return;
  }
  it('refuses in B, within 5 s, a key revoked in A', async () => {
    const db = await createTestDatabase();
    let a: RunningRegistry | undefined;
    let b: RunningRegistry | undefined;
    try {
      a = await startRegistry({ seed: 'demo', databaseUrl: db.url, logger: () => {} });
      b = await startRegistry({ databaseUrl: db.url, logger: () => {} });
      const ngo = a.demo!.organizations.find((o) => o.role === 'ngo')!;
      const call = (
        registry: RunningRegistry,
        key: string,
        method = 'GET',
        path = '/v1/participants?limit=1',
      ) => fetch(`${registry.url}${path}`, { method, headers: { authorization: `Bearer ${key}` } });
      const made = await (
        await fetch(`${a.url}/v1/keys`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ngo.secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'secret' }),
        })
      ).json();
      const key: string = made.secret;
      // B resolves the key and keeps it.
      expect((await call(b, key)).status).toBe(200);
      expect((await call(b, key)).status).toBe(200);
      expect((await call(a, ngo.secretKey, 'POST', `/v1/keys/${made.key.id}/revoke`)).status).toBe(200);
      expect((await call(a, key)).status).toBe(401);
      expect(await refusedWithin(5000, () => call(b!, key))).toBe(true);
    } finally {
      await b?.close();
      await a?.close();
      await db.drop();
    }
  });
});
