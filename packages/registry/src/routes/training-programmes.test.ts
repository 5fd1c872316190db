import { beforeAll, expect, it } from 'vitest';
import { describeRegistry, type Json } from '../registry.fixture.js';
import { auditOf, ok, programmeBody, ROLES } from './livelihood.fixture.js';

describeRegistry('training programmes', (t) => {
  const ti = () => t().org('training_institution');
  let published: string;
  let draft: string;

  beforeAll(async () => {
    published = (
      await ok(
        t().call(ti().secretKey, 'POST', '/v1/training-programmes', { json: programmeBody(ti().id) }),
        201,
      )
    ).id;
    draft = (
      await ok(
        t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
          json: programmeBody(ti().id, { title: 'Planned course', status: 'planned', published: false }),
        }),
        201,
      )
    ).id;
  });

  it('the institution records a programme it runs; the answer is core’s record with its location', async () => {
    const res = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
      json: programmeBody(ti().id, { district: 'Jhapa', trade: 'beautician' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/training-programmes/${res.body.id}`);
    expect(res.body).toMatchObject({
      organizationId: ti().id,
      providerOrganizationId: ti().id,
      district: 'Jhapa',
      trade: 'beautician',
      published: true,
    });
    expect(res.body.id).toMatch(/^[a-z]{2,4}_[0-9a-z]{10,32}$/);
    expect((await auditOf(t(), res.body.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a programme run by another organisation (422 not_provider) and a bad body (422)', async () => {
    const other = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
      json: programmeBody(t().org('ngo').id),
    });
    expect(other.status).toBe(422);
    expect(other.body.errors[0]).toMatchObject({ pointer: '/providerOrganizationId', code: 'not_provider' });
    const dates = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
      json: programmeBody(ti().id, { endDate: '2026-01-01' }),
    });
    expect(dates.status).toBe(422);
    const nul = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
      json: programmeBody(ti().id, { title: 'Tailoring\u0000' }),
    });
    expect(nul.status).toBeGreaterThanOrEqual(400);
    expect(nul.status).toBeLessThan(500);
    const surrogate = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
      json: programmeBody(ti().id, { description: 'x\ud800y' }),
    });
    expect(surrogate.status).toBe(422);
  });

  it('only a training institution records programmes (403 for every other role and publishable keys)', async () => {
    for (const role of ROLES.filter((r) => r !== 'training_institution')) {
      const org = t().org(role);
      const res = await t().call(org.secretKey, 'POST', '/v1/training-programmes', {
        json: programmeBody(org.id),
      });
      expect(res.status, role).toBe(403);
    }
    const pk = await t().call(ti().publishableKey, 'POST', '/v1/training-programmes', {
      json: programmeBody(ti().id),
    });
    expect(pk.status).toBe(403);
    expect((await t().call(ti().publishableKey, 'GET', '/v1/training-programmes')).status).toBe(403);
  });

  it('every partner reads published programmes; an unpublished one only its institution (404 for others)', async () => {
    for (const role of ROLES) {
      const key = t().org(role).secretKey;
      expect((await t().call(key, 'GET', `/v1/training-programmes/${published}`)).status, role).toBe(200);
      const listed = (await t().listAll(key, '/v1/training-programmes')).map((p: Json) => p.id);
      expect(listed, role).toContain(published);
      const own = role === 'training_institution';
      expect((await t().call(key, 'GET', `/v1/training-programmes/${draft}`)).status, role).toBe(
        own ? 200 : 404,
      );
      expect(listed.includes(draft), role).toBe(own);
    }
  });

  it('filters by district, trade, status and provider', async () => {
    const key = t().org('ngo').secretKey;
    const kaski = await t().listAll(
      key,
      `/v1/training-programmes?district=Kaski&trade=tailoring&status=open`,
    );
    expect(kaski.map((p: Json) => p.id)).toContain(published);
    for (const p of kaski) expect(p).toMatchObject({ district: 'Kaski', trade: 'tailoring', status: 'open' });
    const jhapa = await t().listAll(key, '/v1/training-programmes?district=Jhapa');
    expect(jhapa.map((p: Json) => p.id)).not.toContain(published);
    const byProvider = await t().listAll(key, `/v1/training-programmes?providerOrganizationId=${ti().id}`);
    expect(byProvider.length).toBeGreaterThan(0);
    for (const p of byProvider) expect(p.providerOrganizationId).toBe(ti().id);
    expect((await t().call(key, 'GET', '/v1/training-programmes?status=nope')).status).toBe(400);
    const paged = await t().call(key, 'GET', '/v1/training-programmes?limit=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.nextCursor).toEqual(expect.any(String));
  });

  it('the institution edits its programme; others cannot (403 when visible, 404 when not)', async () => {
    const body = programmeBody(ti().id, { capacity: 25, status: 'ongoing' });
    for (const role of ROLES.filter((r) => r !== 'training_institution')) {
      const key = t().org(role).secretKey;
      expect(
        (await t().call(key, 'PUT', `/v1/training-programmes/${published}`, { json: body })).status,
        role,
      ).toBe(403);
      expect(
        (await t().call(key, 'PUT', `/v1/training-programmes/${draft}`, { json: body })).status,
        role,
      ).toBe(404);
    }
    const edited = await t().call(ti().secretKey, 'PUT', `/v1/training-programmes/${published}`, {
      json: body,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ capacity: 25, status: 'ongoing', id: published });
    const read = await t().call(t().org('ngo').secretKey, 'GET', `/v1/training-programmes/${published}`);
    expect(read.body.capacity).toBe(25);
    expect((await auditOf(t(), published)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('replays a POST with the same Idempotency-Key instead of creating twice', async () => {
    const headers = { 'idempotency-key': `tp-${Date.now()}-key` };
    const json = programmeBody(ti().id, { title: 'Idempotent course' });
    const a = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', { json, headers });
    const b = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', { json, headers });
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const other = await t().call(ti().secretKey, 'POST', '/v1/training-programmes', {
      json: { ...json, title: 'Another' },
      headers,
    });
    expect(other.status).toBe(409);
  });
});
