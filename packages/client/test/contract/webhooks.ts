/**
 * Contract scenarios: webhook endpoints against the real registry, with a receiver on 127.0.0.1 that
 * checks every delivery with the client's `verifyWebhook`; and the same steps against the msw handlers,
 * which must answer the same status and problem codes.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiValidationError,
  createClient,
  isNayaBatoError,
  type NayaBatoClient,
  NotFoundError,
  verifyWebhook,
  WebhookSignatureError,
  WebhookTimestampError,
} from '../../src/index.js';
import { createRegistryHandlers } from '../../src/kit/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { secretClient } from './setup.fixture.js';

/** One delivery as the receiver got it, and what `verifyWebhook` said of it. */
interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
  readonly verified: boolean;
}

/** Polls until `check` finds something (deliveries are asynchronous), or fails after 20 s. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The same steps against the registry or the mock: each step's status and problem code. */
async function steps(ngo: NayaBatoClient, other: NayaBatoClient, url: string): Promise<string[]> {
  const out: string[] = [];
  const step = async (f: () => Promise<unknown>) => {
    try {
      await f();
      out.push('ok');
    } catch (error) {
      if (!isNayaBatoError(error)) throw error;
      out.push(`${error.status} ${error.code}`);
    }
  };
  const { endpoint } = await ngo.webhookEndpoints.create({ url, events: ['referral.sent'] });
  await step(() => ngo.webhookEndpoints.create({ url: 'ftp://127.0.0.1/hooks', events: ['referral.sent'] }));
  await step(() => other.webhookEndpoints.get(endpoint.id));
  await step(() => other.webhookEndpoints.test(endpoint.id));
  await step(() => ngo.webhookEndpoints.update(endpoint.id, { disabled: true }));
  await step(() => ngo.webhookEndpoints.test(endpoint.id));
  await step(() => ngo.webhookEndpoints.update(endpoint.id, { disabled: false }));
  await step(() => ngo.webhookEndpoints.delete(endpoint.id));
  await step(() => ngo.webhookEndpoints.get(endpoint.id));
  return out;
}

export function webhookScenarios(): void {
  describe('webhook endpoints', () => {
    let server: Server;
    let url = '';
    let secret = '';
    const deliveries: Delivery[] = [];
    let failNext = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', async () => {
          const raw = Buffer.concat(chunks);
          const verified = await verifyWebhook(raw, req.headers, secret).then(
            () => true,
            () => false,
          );
          deliveries.push({ headers: req.headers, raw, verified });
          res.statusCode = !verified ? 400 : failNext-- > 0 ? 500 : 204;
          res.end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('registers an endpoint, receives a signed test event, lists its delivery, replays it, rotates the secret', async () => {
      const ngo = secretClient('ngo');
      const created = await ngo.webhookEndpoints.create({
        url,
        events: ['referral.sent', 'referral.accepted'],
        description: 'Case system',
      });
      secret = created.secret;
      expect(secret).toMatch(/^whsec_/);
      const { id } = created.endpoint;
      await expect(ngo.webhookEndpoints.get(id)).resolves.toMatchObject({ url, disabled: false });
      expect((await ngo.webhookEndpoints.list().toArray({ limit: 100 })).map((e) => e.id)).toContain(id);
      await expect(ngo.webhookEndpoints.update(id, { description: 'Case system v2' })).resolves.toMatchObject(
        {
          description: 'Case system v2',
        },
      );

      // The first attempt fails (500), the retry succeeds: one event, two posts, one delivery.
      failNext = 1;
      const test = await ngo.webhookEndpoints.test(id);
      expect(test).toMatchObject({ type: 'webhook.test', status: 'pending' });
      const delivered = await until('the delivered test event', async () => {
        const all = await ngo.webhookEndpoints.deliveries(id).toArray({ limit: 100 });
        return all.find((d) => d.id === test.id && d.status === 'delivered');
      });
      expect(delivered.attempts.map((a) => a.statusCode)).toEqual([500, 204]);
      const posts = deliveries.filter((d) => d.headers['webhook-id'] === test.eventId);
      expect(posts.map((p) => p.verified)).toEqual([true, true]);
      expect(JSON.parse(posts[1]!.raw.toString('utf8'))).toMatchObject({
        type: 'webhook.test',
        data: { endpointId: id },
      });

      // A delivery replayed by an attacker after the tolerance is refused, though its signature is valid.
      const captured = posts[1]!;
      const late = Number(captured.headers['webhook-timestamp']) * 1000 + 301_000;
      await expect(
        verifyWebhook(captured.raw, captured.headers, secret, { now: late }),
      ).rejects.toBeInstanceOf(WebhookTimestampError);
      await expect(
        verifyWebhook(captured.raw, captured.headers, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
      ).rejects.toBeInstanceOf(WebhookSignatureError);

      // A partner's replay: the same event and webhook-id again.
      const replayed = await ngo.webhookEndpoints.replay(id, test.id);
      expect(replayed.status).toBe('pending');
      await until('the replay', () =>
        deliveries.filter((d) => d.headers['webhook-id'] === test.eventId).length === 3 ? true : undefined,
      );

      // Rotation: the old and the new secret both sign for the grace period.
      const old = secret;
      const rotated = await ngo.webhookEndpoints.rotateSecret(id);
      expect(rotated.secret).not.toBe(old);
      expect(rotated.endpoint.previousSecretExpiresAt).not.toBeNull();
      secret = rotated.secret;
      const again = await ngo.webhookEndpoints.test(id);
      const post = await until('the event after rotation', () =>
        deliveries.find((d) => d.headers['webhook-id'] === again.eventId),
      );
      expect(post.verified).toBe(true);
      await expect(verifyWebhook(post.raw, post.headers, old)).resolves.toMatchObject({ id: again.eventId });
      await ngo.webhookEndpoints.delete(id);
      await expect(ngo.webhookEndpoints.get(id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('refuses a URL the registry may not call', async () => {
      const error = await secretClient('ngo')
        .webhookEndpoints.create({ url: 'ftp://127.0.0.1/hooks', events: ['referral.sent'] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiValidationError);
    });

    it('the msw handlers answer the same status and problem codes as the registry', async () => {
      const registry = await steps(secretClient('ngo'), secretClient('ngo2'), url);
      const baseUrl = 'http://registry.test';
      const mock = createRegistryHandlers({
        baseUrl,
        callers: { sk_test_ngo: 'org_mockngo000001', sk_test_other: 'org_mockngo000002' },
      });
      const mocked = (apiKey: string) =>
        createClient({ baseUrl, apiKey, fetch: mswFetch(mock.handlers), validate: false, retry: false });
      const fromMock = await steps(mocked('sk_test_ngo'), mocked('sk_test_other'), url);
      expect(fromMock).toEqual(registry);
      expect(registry).toEqual([
        '422 validation-failed',
        '404 not-found',
        '404 not-found',
        'ok',
        '409 conflict',
        'ok',
        'ok',
        '404 not-found',
      ]);
    });
  });
}
