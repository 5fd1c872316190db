import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { refusedWithin } from '../poll.fixture.js';
import { describeRegistry, type Json } from '../registry.fixture.js';

describeRegistry('authentication, keys, tokens and CORS', (t) => {
  const ngo = () => t().org('ngo');

  it('creates a key shown once, lists keys without secrets, revokes and rotates', async () => {
    const created = await t().call(ngo().secretKey, 'POST', '/v1/keys', { json: { kind: 'secret' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect((await t().call(secret, 'GET', '/v1/participants')).status).toBe(200);

    const list = await t().call(ngo().secretKey, 'GET', '/v1/keys');
    expect(list.text).not.toContain(secret);
    expect(list.body.items.map((k: Json) => k.id)).toContain(created.body.key.id);
    const stored = await t().registry.db.query<{ hash: string }>('select hash from api_keys where id = $1', [
      created.body.key.id,
    ]);
    expect(stored[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.hash).not.toContain(secret);

    const rotated = await t().call(ngo().secretKey, 'POST', `/v1/keys/${created.body.key.id}/rotate`);
    expect(rotated.status).toBe(201);
    expect((await t().call(rotated.body.secret, 'GET', '/v1/participants')).status).toBe(200);
    // The old key keeps working for the grace period, so that a lost rotate response locks nobody out:
    // the caller rotates again with the old key and gets another replacement (the first expiry stays).
    expect((await t().call(secret, 'GET', '/v1/participants')).status).toBe(200);
    const listed = (await t().call(ngo().secretKey, 'GET', '/v1/keys')).body.items.find(
      (k: Json) => k.id === created.body.key.id,
    );
    expect(listed).toMatchObject({ revokedAt: null, replacedBy: rotated.body.key.id });
    const hours = (Date.parse(listed.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const again = await t().call(secret, 'POST', `/v1/keys/${created.body.key.id}/rotate`);
    expect(again.status).toBe(201);
    expect((await t().call(again.body.secret, 'GET', '/v1/participants')).status).toBe(200);
    const relisted = (await t().call(ngo().secretKey, 'GET', '/v1/keys')).body.items.find(
      (k: Json) => k.id === created.body.key.id,
    );
    expect(relisted.expiresAt).toBe(listed.expiresAt);
    // After the grace period the old key is refused, as are the staff tokens it issued.
    await t().registry.db.query(
      "update api_keys set expires_at = now() - interval '1 second' where id = $1",
      [created.body.key.id],
    );
    // Changed in the database directly, as another process would: refused within the cache's bound.
    expect(await refusedWithin(5000, () => t().call(secret, 'GET', '/v1/participants'))).toBe(true);
    expect((await t().call(ngo().secretKey, 'POST', `/v1/keys/${created.body.key.id}/revoke`)).status).toBe(
      409,
    );
    const audited = await t().registry.db.query<{ action: string; resource_id: string }>(
      "select action, resource_id from audit_log where resource_type = 'api_key' and resource_id = any($1) order by id",
      [[created.body.key.id, rotated.body.key.id]],
    );
    expect(
      audited.map((a) => `${a.action} ${a.resource_id === created.body.key.id ? 'old' : 'new'}`),
    ).toEqual(['create old', 'rotate old', 'create new', 'rotate old']);
    const revoked = await t().call(ngo().secretKey, 'POST', `/v1/keys/${rotated.body.key.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await t().call(rotated.body.secret, 'GET', '/v1/participants')).status).toBe(401);
    expect((await t().call(ngo().secretKey, 'POST', `/v1/keys/${rotated.body.key.id}/revoke`)).status).toBe(
      409,
    );
    const [revocation] = await t().registry.db.query<{ action: string; actor_org: string }>(
      "select action, actor_org from audit_log where resource_id = $1 and action = 'revoke'",
      [rotated.body.key.id],
    );
    expect(revocation).toEqual({ action: 'revoke', actor_org: ngo().id });
    // Another organisation's key does not exist for this one.
    expect(
      (await t().call(t().org('corporate').secretKey, 'POST', `/v1/keys/${created.body.key.id}/revoke`))
        .status,
    ).toBe(404);
  });

  it('revokes the old key at once when the grace period is set to 0', async () => {
    const strict = createApp({
      db: t().registry.db,
      settings: { keyRotationGraceSeconds: 0 },
      logger: () => {},
    });
    const created = await t().call(ngo().secretKey, 'POST', '/v1/keys', { json: { kind: 'secret' } });
    const res = await strict.request(`/v1/keys/${created.body.key.id}/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ngo().secretKey}` },
    });
    expect(res.status).toBe(201);
    expect((await t().call(created.body.secret, 'GET', '/v1/participants')).status).toBe(401);
    expect((await t().call(((await res.json()) as Json).secret, 'GET', '/v1/participants')).status).toBe(200);
  });

  it('issues staff tokens for the organisation’s own users only; they expire and die with the user', async () => {
    const other = t().org('ngo2').user.id;
    expect((await t().call(ngo().secretKey, 'POST', '/v1/tokens', { json: { userId: other } })).status).toBe(
      404,
    );
    const user = await t().call(ngo().secretKey, 'POST', '/v1/users', {
      json: { displayName: 'Temp Worker' },
    });
    expect(user.status).toBe(201);
    const issued = await t().call(ngo().secretKey, 'POST', '/v1/tokens', {
      json: { userId: user.body.id, ttlSeconds: 120 },
    });
    expect(issued.status).toBe(201);
    const token: string = issued.body.token;
    expect(token).toMatch(/^st_/);
    expect(Date.parse(issued.body.expiresAt) - Date.now()).toBeLessThanOrEqual(121_000);
    expect((await t().call(token, 'GET', '/v1/participants')).status).toBe(200);
    // A staff token cannot mint tokens or keys: that is the backend's job, with its secret key.
    expect((await t().call(token, 'POST', '/v1/tokens', { json: { userId: user.body.id } })).status).toBe(
      403,
    );
    expect((await t().call(token, 'POST', '/v1/keys', { json: { kind: 'secret' } })).status).toBe(403);
    const disabled = await t().call(ngo().secretKey, 'PATCH', `/v1/users/${user.body.id}`, {
      json: { disabled: true },
    });
    expect(disabled.body.disabled).toBe(true);
    expect((await t().call(token, 'GET', '/v1/participants')).status).toBe(401);
    await t().call(ngo().secretKey, 'PATCH', `/v1/users/${user.body.id}`, { json: { disabled: false } });
    expect((await t().call(token, 'GET', '/v1/participants')).status).toBe(200);
    await t().registry.db.query(
      "update staff_tokens set expires_at = now() - interval '1 second' where user_id = $1",
      [user.body.id],
    );
    // Changed behind the registry's back, like another process would: refused within the credential
    // cache's bound (docs/decisions/2026-12-06-read-path-caches.md).
    expect(await refusedWithin(5000, () => t().call(token, 'GET', '/v1/participants'))).toBe(true);
  });

  it('refuses a secret key from a browser; staff tokens only from registered origins; publishable from anywhere', async () => {
    const origin = 'https://intranet.example.org';
    const fromBrowser = await t().call(ngo().secretKey, 'GET', '/v1/organizations', { headers: { origin } });
    expect(fromBrowser.status).toBe(403);
    expect(fromBrowser.body.type).toBe('urn:nayabato:problem:origin-refused');

    const token = (await t().call(ngo().secretKey, 'POST', '/v1/tokens', { json: { userId: ngo().user.id } }))
      .body.token;
    expect((await t().call(token, 'GET', '/v1/organizations', { headers: { origin } })).status).toBe(403);
    const set = await t().call(ngo().secretKey, 'PUT', `/v1/organizations/${ngo().id}/allowed-origins`, {
      json: { origins: [origin, t().url] },
    });
    expect(set.status).toBe(200);
    const allowed = await t().call(token, 'GET', '/v1/organizations', { headers: { origin } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(
      (await t().call(token, 'GET', '/v1/organizations', { headers: { origin: 'https://evil.example' } }))
        .status,
    ).toBe(403);

    const pk = await t().call(ngo().publishableKey, 'GET', '/v1/organizations', {
      headers: { origin: 'https://any.example' },
    });
    expect(pk.status).toBe(200);
    expect(pk.headers.get('access-control-allow-origin')).toBe('*');

    const preflight = await t().call(null, 'OPTIONS', '/v1/organizations', {
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('refuses a secret key sent with browser fetch metadata, even without an Origin', async () => {
    const browsers: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' },
      { 'sec-fetch-dest': 'empty' },
      { 'sec-fetch-mode': 'no-cors' },
    ];
    for (const headers of browsers) {
      // Straight to the application: Node's fetch would replace a Sec-Fetch-Mode header by its own.
      const res = await t().registry.app.request('/v1/organizations', {
        headers: { authorization: `Bearer ${ngo().secretKey}`, ...headers },
      });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as Json).type).toBe('urn:nayabato:problem:origin-refused');
    }
    // Node's own fetch sends `Sec-Fetch-Mode: cors` and nothing else of the kind: a server, not a browser.
    const server = await t().call(ngo().secretKey, 'GET', '/v1/organizations', {
      headers: { 'sec-fetch-mode': 'cors' },
    });
    expect(server.status).toBe(200);
  });

  it('sets CORS headers on problems too, only for origins the credential may use', async () => {
    const origin = t().url; // registered for every demo organisation
    const token = (await t().call(ngo().secretKey, 'POST', '/v1/tokens', { json: { userId: ngo().user.id } }))
      .body.token;
    const readable = (res: { headers: Headers }, allow = origin) => {
      expect(res.headers.get('access-control-allow-origin')).toBe(allow);
      expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
      expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
    };
    const headers = { origin };
    const notFound = await t().call(token, 'GET', '/v1/participants/pt_0000000000', { headers });
    expect(notFound.status).toBe(404);
    readable(notFound);
    expect(notFound.headers.get('vary')).toContain('Origin');
    const invalid = await t().call(token, 'POST', '/v1/participants', { json: { shoeSize: 38 }, headers });
    expect(invalid.status).toBe(422);
    readable(invalid);
    const expired = await t().call(`st_${'x'.repeat(43)}`, 'GET', '/v1/participants', { headers });
    expect(expired.status).toBe(401);
    readable(expired);
    const missing = await t().call(null, 'GET', '/v1/participants', { headers });
    expect(missing.status).toBe(401);
    readable(missing);
    const unknownRoute = await t().call(token, 'GET', '/v1/nothing-here', { headers });
    expect(unknownRoute.status).toBe(404);
    readable(unknownRoute);
    const ok = await t().call(token, 'GET', '/v1/participants?limit=1', { headers });
    readable(ok);
    const pk = await t().call(ngo().publishableKey, 'GET', '/v1/organizations/org_0000000000', {
      headers: { origin: 'https://any.example' },
    });
    expect(pk.status).toBe(404);
    readable(pk, '*');
    // A staff token from an origin its organisation did not register, and a secret key from any
    // browser, get no CORS headers: the browser does not hand the answer to the page.
    const evil = { origin: 'https://evil.example' };
    for (const res of [
      await t().call(token, 'GET', '/v1/participants/pt_0000000000', { headers: evil }),
      await t().call(token, 'POST', '/v1/participants', { json: { shoeSize: 38 }, headers: evil }),
      await t().call(ngo().secretKey, 'GET', '/v1/participants', { headers }),
      await t().call(`sk_${'a'.repeat(43)}`, 'GET', '/v1/participants', { headers }),
    ]) {
      expect([401, 403]).toContain(res.status);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-expose-headers')).toBeNull();
    }
  });

  it('lets a publishable key read only the directory', async () => {
    const pk = ngo().publishableKey;
    expect((await t().call(pk, 'GET', '/v1/organizations')).status).toBe(200);
    expect((await t().call(pk, 'GET', `/v1/organizations/${ngo().id}`)).status).toBe(200);
    for (const path of ['/v1/participants', '/v1/referrals', '/v1/consents', '/v1/users', '/v1/keys']) {
      expect((await t().call(pk, 'GET', path)).status, path).toBe(403);
    }
    expect((await t().call(pk, 'POST', '/v1/participants', { json: {} })).status).toBe(403);
  });

  it('lets only the coordinator register organisations; each edits only its own entry', async () => {
    const input = {
      role: 'ngo',
      name: 'Demo New Partner',
      districtsServed: ['Kaski'],
      servicesOffered: ['counselling'],
    };
    expect((await t().call(ngo().secretKey, 'POST', '/v1/organizations', { json: input })).status).toBe(403);
    const made = await t().call(t().org('coordinator').secretKey, 'POST', '/v1/organizations', {
      json: input,
    });
    expect(made.status).toBe(201);
    expect(made.body.secretKey.secret).toMatch(/^sk_/);
    expect(made.body.publishableKey.secret).toMatch(/^pk_/);
    const id = made.body.organization.id;
    const own = await t().call(made.body.secretKey.secret, 'PUT', `/v1/organizations/${id}`, {
      json: { ...input, name: 'Demo New Partner (renamed)' },
    });
    expect(own.body.name).toBe('Demo New Partner (renamed)');
    expect(
      (
        await t().call(made.body.secretKey.secret, 'PUT', `/v1/organizations/${id}`, {
          json: { ...input, role: 'coordinator' },
        })
      ).status,
    ).toBe(403);
    expect((await t().call(ngo().secretKey, 'PUT', `/v1/organizations/${id}`, { json: input })).status).toBe(
      403,
    );
    const listed = await t().call(ngo().secretKey, 'GET', '/v1/organizations?role=ngo&district=Kaski');
    expect(listed.body.items.map((o: Json) => o.id)).toContain(id);
    expect(listed.body.items.every((o: Json) => o.role === 'ngo')).toBe(true);
  });

  it('limits requests per key per minute with a counter in the database (429)', async () => {
    const limited = createApp({ db: t().registry.db, settings: { rateLimitPerMinute: 3 }, logger: () => {} });
    const key = t().org('government').secretKey;
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await limited.request('/v1/organizations?limit=1', {
        headers: { authorization: `Bearer ${key}` },
      });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('content-type')).toMatch(/problem\+json/);
    const [row] = await t().registry.db.query<{ count: number }>(
      'select count from rate_limits where bucket <> $1 order by count desc limit 1',
      [''],
    );
    expect(Number(row!.count)).toBeGreaterThanOrEqual(5);
  });
});
