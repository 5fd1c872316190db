import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningRegistry, startRegistry } from '../index.js';
import { createTestDatabase, reportPostgresNotRun } from '../registry.fixture.js';
import { type Receiver, signedBy, startReceiver, until } from './receiver.fixture.js';

const SETTINGS = {
  allowPrivateWebhookTargets: true,
  webhookPollSeconds: 0.02,
  webhookRetryBaseSeconds: 0.05,
};
const EVENTS = 40;

// Two registry processes' workers on one PostgreSQL: every event is posted once, whichever claims it.
describe.skipIf(!process.env.DATABASE_URL)(
  'webhooks delivered once by two registries on one database [postgres]',
  () => {
    let a: RunningRegistry;
    let b: RunningRegistry;
    let receiver: Receiver;
    let drop: () => Promise<void> = async () => undefined;
    beforeAll(async () => {
      const db = await createTestDatabase();
      drop = db.drop;
      const quiet = () => undefined;
      a = await startRegistry({ databaseUrl: db.url, seed: 'demo', logger: quiet, settings: SETTINGS });
      b = await startRegistry({ databaseUrl: db.url, logger: quiet, settings: SETTINGS });
      receiver = await startReceiver();
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close(), receiver?.close()]);
      await drop();
    });

    it('posts each event once, whichever process writes or delivers it', async () => {
      const key = a.demo!.organizations.find((o) => o.role === 'ngo')!.secretKey;
      const call = (registry: RunningRegistry, method: string, path: string, json?: unknown) =>
        fetch(`${registry.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          ...(json ? { body: JSON.stringify(json) } : {}),
        }).then(async (r) => ({ status: r.status, body: await r.json() }));
      const created = await call(a, 'POST', '/v1/webhook-endpoints', {
        url: receiver.url,
        events: ['referral.sent'],
      });
      expect(created.status).toBe(201);
      const { endpoint, secret } = created.body;
      const sent = await Promise.all(
        Array.from({ length: EVENTS }, (_, i) =>
          call(i % 2 ? a : b, 'POST', `/v1/webhook-endpoints/${endpoint.id}/test`),
        ),
      );
      expect(sent.map((s) => s.status)).toEqual(sent.map(() => 202));
      const delivered = await until('every delivery', async () => {
        const page = await call(b, 'GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries?limit=100`);
        return page.body.items.every((d: { status: string }) => d.status === 'delivered') &&
          page.body.items.length === EVENTS
          ? page.body.items
          : undefined;
      });
      const ids = receiver.received.map((r) => r.headers['webhook-id']);
      expect(new Set(ids).size).toBe(EVENTS);
      expect(ids).toHaveLength(EVENTS);
      expect(receiver.received.filter((r) => !signedBy(r, secret))).toEqual([]);
      expect(delivered.filter((d: { attempts: unknown[] }) => d.attempts.length !== 1)).toEqual([]);
    });
  },
);

reportPostgresNotRun('webhooks delivered once by two registries on one database');
