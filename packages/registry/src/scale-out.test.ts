/**
 * Two registry processes on one PostgreSQL database (two apps, each with its own pool, as behind a load
 * balancer): migrations applied once when both start together, an idempotency key replayed on the other
 * process answers the same and creates one record, and rate limits count the requests of both.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRegistry, startRegistry } from './index.js';
import { MIGRATIONS } from './migrations/index.js';
import { createTestDatabase, participantBody, reportPostgresNotRun } from './registry.fixture.js';

const DATABASE_URL = process.env.DATABASE_URL;
const LIMIT = 6;

if (!DATABASE_URL) {
  reportPostgresNotRun(
    'scale-out: two registry processes on one database (PostgreSQL only: PGlite is one process)',
  );
} else {
  describe('scale-out [postgres]: two registry processes on one database', () => {
    let a: RunningRegistry;
    let b: RunningRegistry;
    let drop = async () => {};
    let key = '';

    beforeAll(async () => {
      const created = await createTestDatabase();
      drop = created.drop;
      const options = { databaseUrl: created.url, logger: () => {}, settings: { rateLimitPerMinute: LIMIT } };
      // Both start at once on an empty database: one migrates, the other waits for its lock.
      [a, b] = await Promise.all([startRegistry({ ...options, seed: 'demo' }), startRegistry(options)]);
      key = a.demo!.organizations.find((o) => o.role === 'ngo')!.secretKey;
    }, 120_000);
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await drop();
    });

    const post = (r: RunningRegistry, idempotencyKey: string) =>
      fetch(`${r.url}/v1/participants`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(participantBody({ notes: `scale-out ${idempotencyKey}` })),
      });

    it('applied every migration once though both processes started together', async () => {
      const rows = await a.db.query<{ version: number; n: string }>(
        'select version, count(*) as n from schema_migrations group by version order by version',
      );
      expect(rows.map((r) => [Number(r.version), Number(r.n)])).toEqual(
        MIGRATIONS.map((m) => [m.version, 1]),
      );
      expect((await fetch(`${a.url}/ready`)).status).toBe(200);
      expect((await fetch(`${b.url}/ready`)).status).toBe(200);
    });

    it('answers an idempotency key replayed on the other process as the first time, with one record', async () => {
      const idempotencyKey = `scale-out-${Date.now()}`;
      const first = await post(a, idempotencyKey);
      expect(first.status).toBe(201);
      const created = await first.json();
      const replayed = await post(b, idempotencyKey);
      expect(replayed.status).toBe(201);
      expect(await replayed.json()).toEqual(created);
      const [row] = await b.db.query<{ n: string }>(
        "select count(*) as n from participants where data->>'notes' = $1",
        [`scale-out ${idempotencyKey}`],
      );
      expect(Number(row!.n)).toBe(1);
    });

    it('counts one credential’s requests to both processes against one limit', async () => {
      // Start well inside a minute, so that all the requests fall into one window (the limit is per minute).
      const second = new Date().getUTCSeconds();
      if (second > 45) await sleep((61 - second) * 1000);
      // Another credential than the tests above used, so that its window starts empty.
      key = a.demo!.organizations.find((o) => o.role === 'training_institution')!.secretKey;
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await fetch(`${(i % 2 === 0 ? a : b).url}/v1/referrals`, {
          headers: { authorization: `Bearer ${key}` },
        });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429]);
    }, 30_000);
  });
}
