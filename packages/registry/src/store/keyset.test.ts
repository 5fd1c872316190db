import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { expect, it } from 'vitest';
import { encodeCursor } from '../http/pagination.js';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';

describeRegistry('pagination and filters', (t, backend) => {
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

  // Each select of a list is bounded by the page's size rounded up (`pageBound`): pages of sizes on
  // either side of a bound, through lists of one select and of several merged, list the same records.
  it('lists the same records in the same order whatever the page size', async () => {
    const ngo = t().org('ngo').secretKey;
    const all = async (path: string, limit: number) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t().call(
          ngo,
          'GET',
          `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(limit);
        ids.push(...res.body.items.map((r: Json) => r.id));
        cursor = res.body.nextCursor;
      } while (cursor && ids.length < 120);
      return ids.slice(0, 120);
    };
    // The first 120 records of each (the audit log grows as the lists are read, at its end).
    for (const path of ['/v1/participants', '/v1/referrals?direction=received', '/v1/audit-events']) {
      const whole = await all(path, 100);
      expect(whole.length).toBeGreaterThan(8);
      for (const limit of [7, 8, 31]) expect(await all(path, limit), `${path} by ${limit}`).toEqual(whole);
    }
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

  it('audits a search that finds nothing: one row with the count and the filters’ names, no values', async () => {
    const requestId = randomUUID();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await t().call(key(), 'POST', '/v1/participants/search', {
      json: { currentDistrict: 'Humla', gender: 'masculine', updatedSince: future },
      headers: { 'x-request-id': requestId },
    });
    expect(none.body.items).toEqual([]);
    const rows = await t().registry.db.query<Json>(
      'select action, resource_type, participant_id, purpose, detail from audit_log where request_id = $1',
      [requestId],
    );
    expect(rows).toEqual([
      {
        action: 'search',
        resource_type: 'participant_search',
        participant_id: null,
        purpose: 'participant.search',
        detail: { count: 0, filters: ['currentDistrict', 'gender', 'updatedSince'] },
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Humla');
  });

  if (backend === 'postgres') {
    it('never passes over a record whose transaction commits after a later one', async () => {
      const orgId = t().org('ngo2').id;
      const slow = new pg.Client({ connectionString: t().databaseUrl });
      await slow.connect();
      try {
        await slow.query('begin');
        await slow.query(
          `insert into participants (id, org_id, district, data) values ('pt_slowwriter0001', $1, 'Kathmandu', $2)`,
          [orgId, JSON.stringify(participantBody())],
        );
        // Another registration starts while the first is still open...
        const fast = t().call(key(), 'POST', '/v1/participants', { json: participantBody() });
        await sleep(300);
        // ...and a client pages to the end before either is known to have committed.
        const seen: string[] = (await t().listAll(key(), '/v1/participants')).map((p: Json) => p.id);
        const [last] = await t().registry.db.query<{ seq: number }>(
          'select max(seq)::int as seq from participants where id = any($1)',
          [seen],
        );
        await slow.query('commit');
        const fastId = (await fast).body.id as string;
        const next = await t().call(
          key(),
          'GET',
          `/v1/participants?limit=100&cursor=${encodeCursor({ seq: Number(last!.seq) })}`,
        );
        const all = [...seen, ...next.body.items.map((p: Json) => p.id)];
        expect(all).toContain('pt_slowwriter0001');
        expect(all).toContain(fastId);
      } finally {
        await slow.end();
      }
    });

    it('keeps serving when PostgreSQL drops its connections, and logs it without a message', async () => {
      expect((await t().call(key(), 'GET', '/v1/participants?limit=1')).status).toBe(200);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const name = new URL(t().databaseUrl!).pathname.slice(1);
        const killed = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        );
        expect(killed.rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await sleep(300);
      const lines = t().logs.filter((l) => l.msg === 'database connection error');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines)
        expect(Object.keys(line).sort()).toEqual(['code', 'error', 'level', 'msg', 'time']);
      expect((await t().call(null, 'GET', '/ready')).status).toBe(200);
      expect((await t().call(key(), 'POST', '/v1/participants', { json: participantBody() })).status).toBe(
        201,
      );
    });
  }
});
