import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeRegistry, type Json, type TestRegistry } from '../registry.fixture.js';
import { type Receiver, startReceiver, until } from './receiver.fixture.js';

// Production settings: private targets refused, at registration and again at each delivery.
describeRegistry(
  'webhook SSRF guard',
  (get) => {
    let t: TestRegistry;
    let receiver: Receiver;
    beforeAll(async () => {
      t = get();
      receiver = await startReceiver();
    });
    afterAll(() => receiver.close());

    it.each([
      'https://127.0.0.1/hooks',
      'https://localhost/hooks',
      'https://[::1]/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://10.0.0.7/hooks',
      'https://192.168.1.1/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[fe80::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://224.0.0.1/hooks',
    ])('refuses to register %s (422 at /url)', async (url) => {
      const res = await t.call(t.org('ngo').secretKey, 'POST', '/v1/webhook-endpoints', {
        json: { url, events: ['referral.sent'] },
      });
      expect(res.status, res.text).toBe(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ pointer: '/url', code: 'webhook_target_private' }),
      ]);
    });

    it('refuses plain http to loopback without the setting', async () => {
      const res = await t.call(t.org('ngo').secretKey, 'POST', '/v1/webhook-endpoints', {
        json: { url: receiver.url, events: ['referral.sent'] },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].code).toBe('webhook_url_scheme');
    });

    it('refuses at delivery a host that now resolves to a private address (DNS rebinding)', async () => {
      const key = t.org('ngo').secretKey;
      const created = await t.call(key, 'POST', '/v1/webhook-endpoints', {
        json: { url: 'https://8.8.8.8/hooks', events: ['referral.sent'] },
      });
      expect(created.status, created.text).toBe(201);
      const id = created.body.endpoint.id;
      // The name the partner registered now points at the registry's own network: here, `localhost`.
      await t.registry.db.query('update webhook_endpoints set url = $1 where id = $2', [
        receiver.url.replace('127.0.0.1', 'localhost').replace('http:', 'https:'),
        id,
      ]);
      const delivery = (await t.call(key, 'POST', `/v1/webhook-endpoints/${id}/test`)).body;
      const failed = await until('the refused delivery', async () => {
        const page = (await t.call(key, 'GET', `/v1/webhook-endpoints/${id}/deliveries`)).body;
        const d = page.items.find((i: Json) => i.id === delivery.id);
        return d?.status === 'failed' ? d : undefined;
      });
      expect(failed.attempts).toEqual([
        expect.objectContaining({ statusCode: null, error: 'target_refused' }),
      ]);
      expect(receiver.received).toHaveLength(0);
    });
  },
  { settings: { webhookPollSeconds: 0.05, webhookMaxAttempts: 1 } },
);
