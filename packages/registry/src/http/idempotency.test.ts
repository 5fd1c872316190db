import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProgramme } from '@nayabato/core/synthetic';
import { expect, it } from 'vitest';
import { describeRegistry, participantBody } from '../registry.fixture.js';
import { DEMO_PARTICIPANTS, DEMO_SEED } from '../seed/demo.js';
import { startRegistry } from '../server.js';

describeRegistry('idempotency', (t, backend) => {
  const key = () => t().org('ngo').secretKey;
  const count = async () =>
    Number((await t().registry.db.query<{ n: number }>('select count(*)::int as n from participants'))[0]!.n);

  it('returns the first response to a retry and creates nothing twice', async () => {
    const before = await count();
    const headers = { 'idempotency-key': 'retry-0000000001' };
    const first = await t().call(key(), 'POST', '/v1/participants', { json: participantBody(), headers });
    const second = await t().call(key(), 'POST', '/v1/participants', { json: participantBody(), headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await count()).toBe(before + 1);
  });

  it('answers 409 when the same key comes with another body or path', async () => {
    const headers = { 'idempotency-key': 'retry-0000000002' };
    await t().call(key(), 'POST', '/v1/participants', { json: participantBody(), headers });
    const other = await t().call(key(), 'POST', '/v1/participants', {
      json: participantBody({ gender: 'masculine' }),
      headers,
    });
    expect(other.status).toBe(409);
    expect(other.body.type).toBe('urn:nayabato:problem:idempotency-key-reused');
    expect((await t().call(key(), 'POST', '/v1/participants/search', { json: {}, headers })).status).toBe(
      409,
    );
    expect(
      (
        await t().call(key(), 'POST', '/v1/participants', {
          json: participantBody(),
          headers: { 'idempotency-key': 'short' },
        })
      ).status,
    ).toBe(400);
  });

  it('keeps keys per organisation', async () => {
    const headers = { 'idempotency-key': 'retry-0000000003' };
    const a = await t().call(key(), 'POST', '/v1/participants', { json: participantBody(), headers });
    const b = await t().call(t().org('ngo2').secretKey, 'POST', '/v1/participants', {
      json: participantBody(),
      headers,
    });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('keeps keys per credential: another user of the organisation gets nothing of the first response', async () => {
    const [a, b] = t().org('ngo').users;
    const token = async (userId: string) =>
      (await t().call(key(), 'POST', '/v1/tokens', { json: { userId } })).body.token as string;
    const headers = { 'idempotency-key': 'per-credential-0001' };
    const first = await t().call(await token(a!.id), 'POST', '/v1/participants', {
      json: participantBody(),
      headers,
    });
    expect(first.status).toBe(201);
    const again = await t().call(await token(a!.id), 'POST', '/v1/participants', {
      json: participantBody(),
      headers,
    });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    for (const credential of [await token(b!.id), key()]) {
      const other = await t().call(credential, 'POST', '/v1/participants', {
        json: participantBody(),
        headers,
      });
      expect(other.status).toBe(201);
      expect(other.headers.get('idempotent-replayed')).toBeNull();
      expect(other.body.id).not.toBe(first.body.id);
    }
  });

  it('forgets stored responses after their lifetime (24 hours) and sweeps them', async () => {
    const stale = { 'idempotency-key': 'lifetime-00000001' };
    const swept = { 'idempotency-key': 'lifetime-00000002' };
    const first = await t().call(key(), 'POST', '/v1/participants', {
      json: participantBody(),
      headers: stale,
    });
    await t().call(key(), 'POST', '/v1/participants', { json: participantBody(), headers: swept });
    const rows = (k: string) =>
      t().registry.db.query<{ n: number }>('select count(*)::int as n from idempotency_keys where key = $1', [
        k,
      ]);
    expect(Number((await rows(swept['idempotency-key']))[0]!.n)).toBe(1);
    // Within the lifetime the response is replayed.
    const within = await t().call(key(), 'POST', '/v1/participants', {
      json: participantBody(),
      headers: stale,
    });
    expect(within.body.id).toBe(first.body.id);
    await t().registry.db.query(
      "update idempotency_keys set created_at = now() - interval '24 hours 1 second' where key = any($1)",
      [[stale['idempotency-key'], swept['idempotency-key']]],
    );
    const after = await t().call(key(), 'POST', '/v1/participants', {
      json: participantBody(),
      headers: stale,
    });
    expect(after.status).toBe(201);
    expect(after.headers.get('idempotent-replayed')).toBeNull();
    expect(after.body.id).not.toBe(first.body.id);
    // Claiming a key swept the other expired response away.
    expect(Number((await rows(swept['idempotency-key']))[0]!.n)).toBe(0);
    expect(Number((await rows(stale['idempotency-key']))[0]!.n)).toBe(1);
  });

  it('creates one record for two concurrent requests with the same key', async () => {
    const before = await count();
    const headers = { 'idempotency-key': 'concurrent-000000001' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        t().call(key(), 'POST', '/v1/participants', { json: participantBody(), headers }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('never stores a secret: a retried key creation says it was done', async () => {
    const headers = { 'idempotency-key': 'key-create-00000001' };
    const first = await t().call(key(), 'POST', '/v1/keys', { json: { kind: 'publishable' }, headers });
    expect(first.status).toBe(201);
    const second = await t().call(key(), 'POST', '/v1/keys', { json: { kind: 'publishable' }, headers });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('urn:nayabato:problem:secret-not-replayed');
    const stored = await t().registry.db.query<{ body: string }>(
      'select body from idempotency_keys where key = $1',
      [headers['idempotency-key']],
    );
    expect(stored[0]!.body).not.toContain(first.body.secret);
  });

  if (backend === 'postgres') {
    it('holds across two registry processes on one PostgreSQL', async () => {
      const other = await startRegistry({ databaseUrl: t().databaseUrl!, logger: () => {} });
      try {
        const before = await count();
        const headers = {
          authorization: `Bearer ${key()}`,
          'content-type': 'application/json',
          'idempotency-key': 'two-process-0000001',
        };
        const body = JSON.stringify(participantBody());
        const [a, b] = await Promise.all([
          fetch(`${t().url}/v1/participants`, { method: 'POST', headers, body }),
          fetch(`${other.url}/v1/participants`, { method: 'POST', headers, body }),
        ]);
        expect([a.status, b.status]).toEqual([201, 201]);
        expect((await a.json()).id).toBe((await b.json()).id);
        expect(await count()).toBe(before + 1);
      } finally {
        await other.close();
      }
    });
  }
});

it('keeps idempotency across a restart on a PGlite data directory', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-registry-'));
  try {
    const first = await startRegistry({ dataDir: dir, seed: 'demo', logger: () => {} });
    const ngo = first.demo!.organizations.find((o) => o.role === 'ngo')!;
    const key = ngo.secretKey;
    // The demo programme's participants of this NGO.
    const seeded = generateProgramme({
      seed: DEMO_SEED,
      participants: DEMO_PARTICIPANTS,
    }).participants.filter((p) => p.organizationId === ngo.id).length;
    expect(seeded).toBeGreaterThan(0);
    const send = (url: string) =>
      fetch(`${url}/v1/participants`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': 'restart-000000001',
        },
        body: JSON.stringify(participantBody()),
      });
    const a = await send(first.url);
    await first.close();
    // Seeding the kept data directory again adds nothing (and the first keys still work).
    const second = await startRegistry({ dataDir: dir, seed: 'demo', logger: () => {} });
    try {
      const b = await send(second.url);
      expect(b.headers.get('idempotent-replayed')).toBe('true');
      expect((await b.json()).id).toBe((await a.json()).id);
      const rows = await second.db.query<{ n: number }>(
        'select count(*)::int as n from participants where org_id = $1',
        [ngo.id],
      );
      expect(Number(rows[0]!.n)).toBe(seeded + 1);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
