import { expect, it } from 'vitest';
import { describeRegistry, type Json, participantBody } from './harness.js';

describeRegistry('pagination and filters', (t) => {
  const key = () => t().org('ngo2').secretKey;

  it('pages through a list without duplicates or gaps while records are added', async () => {
    const original: string[] = [];
    for (let i = 0; i < 12; i++) {
      original.push((await t().call(key(), 'POST', '/v1/participants', { json: participantBody() })).body.id);
    }
    const seen: string[] = [];
    const added: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t().call(
        key(),
        'GET',
        `/v1/participants?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(5);
      seen.push(...res.body.items.map((p: Json) => p.id));
      cursor = res.body.nextCursor;
      // Records keep arriving while the client pages.
      if (pages < 2)
        added.push((await t().call(key(), 'POST', '/v1/participants', { json: participantBody() })).body.id);
      pages++;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen).toContain(id);
    for (const id of added) expect(seen).toContain(id);
    // In creation order (the list also holds the demo programme's participants of this NGO).
    expect(seen.filter((id) => original.includes(id))).toEqual(original);
  });

  it('filters by updatedSince, status and direction', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const fresh = await t().call(key(), 'POST', '/v1/participants', { json: participantBody() });
    const list = await t().call(key(), 'GET', `/v1/participants?updatedSince=${encodeURIComponent(since)}`);
    expect(list.body.items.map((p: Json) => p.id)).toContain(fresh.body.id);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await t().call(key(), 'GET', `/v1/participants?updatedSince=${encodeURIComponent(future)}`)).body
        .items,
    ).toEqual([]);
    const ngo = t().org('ngo');
    const sent = await t().call(ngo.secretKey, 'GET', '/v1/referrals?direction=sent&status=sent');
    expect(sent.body.items.length).toBeGreaterThan(0);
    expect(sent.body.items.every((r: Json) => r.status === 'sent' && r.fromOrganizationId === ngo.id)).toBe(
      true,
    );
    // The demo programme's NGOs receive referrals too: from other NGOs once sent, and their own internal
    // ones (a draft to oneself is the sender's own).
    const received = await t().call(ngo.secretKey, 'GET', '/v1/referrals?direction=received');
    expect(received.body.items.length).toBeGreaterThan(0);
    expect(
      received.body.items.every(
        (r: Json) =>
          r.toOrganizationId === ngo.id && (r.status !== 'draft' || r.fromOrganizationId === ngo.id),
      ),
    ).toBe(true);
    expect(received.body.items.some((r: Json) => r.fromOrganizationId !== ngo.id)).toBe(true);
    expect((await t().call(ngo.secretKey, 'GET', '/v1/referrals?status=lost')).status).toBe(400);
  });

  it('searches by personal attributes in a POST body, paginated', async () => {
    await t().call(key(), 'POST', '/v1/participants', {
      json: participantBody({ currentDistrict: 'Kaski', gender: 'masculine' }),
    });
    await t().call(key(), 'POST', '/v1/participants', {
      json: participantBody({ currentDistrict: 'Kaski', gender: 'masculine' }),
    });
    const first = await t().call(key(), 'POST', '/v1/participants/search', {
      json: { currentDistrict: 'Kaski', gender: 'masculine', limit: 1 },
    });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].currentDistrict).toBe('Kaski');
    const second = await t().call(key(), 'POST', '/v1/participants/search', {
      json: { currentDistrict: 'Kaski', gender: 'masculine', limit: 1, cursor: first.body.nextCursor },
    });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const bad = await t().call(key(), 'POST', '/v1/participants/search', {
      json: { currentDistrict: 'Atlantis' },
    });
    expect(bad.status).toBe(422);
  });
});
