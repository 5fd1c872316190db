import { afterAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { describeRegistry, type TestRegistry } from '../registry.fixture.js';
import { type RunningRegistry, startRegistry } from '../server.js';

/** Limits small enough to reach in a test; the per-key cap is four visitors' worth. */
const LIMITS = {
  trustProxy: true,
  publicRateLimitPerVisitorPerMinute: 5,
  publicRateLimitPerKeyPerMinute: 20,
  rateLimitPerMinute: 8,
};
const DIRECTORY = '/v1/organizations?limit=1';

/** Waits for a fresh minute when the current one is nearly over, so a burst is counted in one window. */
async function sameMinute(): Promise<void> {
  const seconds = new Date().getUTCSeconds();
  if (seconds >= 50) await new Promise((r) => setTimeout(r, (61 - seconds) * 1000));
}

async function burst(t: TestRegistry, key: string, n: number, from?: string, url = t.url) {
  const answers: Response[] = [];
  for (let i = 0; i < n; i++) {
    answers.push(
      await fetch(`${url}${DIRECTORY}`, {
        headers: { authorization: `Bearer ${key}`, ...(from ? { 'x-forwarded-for': from } : {}) },
      }),
    );
  }
  for (const a of answers) await a.arrayBuffer();
  return answers;
}

const statuses = (answers: Response[]) => answers.map((a) => a.status);

describeRegistry(
  'rate limits fit their callers',
  (get, backend) => {
    it('one visitor at 10x its limit causes no 429 for another visitor of the same key', async () => {
      await sameMinute();
      const key = get().org('corporate').publishableKey;
      const first = await burst(get(), key, 50, '198.51.100.7');
      expect(statuses(first).slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(
        statuses(first)
          .slice(5)
          .every((s) => s === 429),
      ).toBe(true);
      const second = await burst(get(), key, 5, '198.51.100.8');
      expect(statuses(second)).toEqual([200, 200, 200, 200, 200]);
      // The headers of the draft: both policies, and what is left of each.
      expect(first[0]!.headers.get('ratelimit-policy')).toBe('"visitor";q=5;w=60, "key";q=20;w=60');
      expect(first[0]!.headers.get('ratelimit')).toMatch(/^"visitor";r=4;t=\d+, "key";r=19;t=\d+$/);
      expect(second[4]!.headers.get('ratelimit')).toMatch(/^"visitor";r=0;t=\d+, "key";r=10;t=\d+$/);
      const refused = first[10]!;
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      const retry = Number(refused.headers.get('retry-after'));
      expect(retry).toBeGreaterThanOrEqual(1);
      expect(retry).toBeLessThanOrEqual(60);
      // Refused before the second visitor came: the first visitor's excess never spent the key's cap.
      expect(refused.headers.get('ratelimit')).toMatch(/^"visitor";r=0;t=\d+, "key";r=15;t=\d+$/);
    });

    it('still caps a key over all its visitors', async () => {
      await sameMinute();
      const key = get().org('ngo').publishableKey;
      for (const visitor of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']) {
        expect(statuses(await burst(get(), key, 5, visitor))).toEqual([200, 200, 200, 200, 200]);
      }
      const [over] = await burst(get(), key, 1, '203.0.113.5');
      expect(over!.status).toBe(429);
      expect(over!.headers.get('ratelimit')).toMatch(/^"visitor";r=4;t=\d+, "key";r=0;t=\d+$/);
      expect(Number(over!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('stores and logs only a salted hash of the address', async () => {
      const rows = await get().registry.db.query<{ bucket: string }>('select bucket from rate_limits');
      expect(rows.some((r) => r.bucket.includes(':v:'))).toBe(true);
      const everything = JSON.stringify(rows) + JSON.stringify(get().logs);
      for (const address of ['198.51.100.7', '198.51.100.8', '203.0.113.1', '127.0.0.1']) {
        expect(everything).not.toContain(address);
      }
    });

    it('limits secret keys per credential as before, whatever address they come from', async () => {
      await sameMinute();
      const key = get().org('government').secretKey;
      const answers = [
        ...(await burst(get(), key, 4, '192.0.2.1')),
        ...(await burst(get(), key, 5, '192.0.2.2')),
      ];
      expect(statuses(answers)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
      expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"credential";q=8;w=60');
      expect(answers[0]!.headers.get('ratelimit')).toMatch(/^"credential";r=7;t=\d+$/);
      expect(Number(answers[8]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it('turns every limit off, publishable keys included, with rateLimitPerMinute 0', async () => {
      const app = createApp({
        db: get().registry.db,
        settings: { ...LIMITS, rateLimitPerMinute: 0 },
        logger: () => {},
      });
      const key = get().org('training_institution').publishableKey;
      for (let i = 0; i < 8; i++) {
        const res = await app.request(DIRECTORY, {
          headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': '192.0.2.77' },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit')).toBeNull();
      }
    });

    it('lets a browser script read the RateLimit fields (CORS)', async () => {
      const res = await fetch(`${get().url}${DIRECTORY}`, {
        headers: {
          authorization: `Bearer ${get().org('ngo2').publishableKey}`,
          origin: 'https://widget.example',
          'x-forwarded-for': '192.0.2.50',
        },
      });
      await res.arrayBuffer();
      const exposed = res.headers.get('access-control-expose-headers') ?? '';
      expect(exposed.split(', ')).toEqual(
        expect.arrayContaining(['ratelimit', 'ratelimit-policy', 'retry-after']),
      );
    });

    if (backend === 'postgres') {
      let other: RunningRegistry | undefined;
      afterAll(async () => other?.close());
      it('shares the buckets between two registries on one database', async () => {
        other = await startRegistry({
          databaseUrl: get().databaseUrl!,
          seed: 'none',
          settings: LIMITS,
          logger: () => {},
        });
        await sameMinute();
        const key = get().org('ngo2').publishableKey;
        const answers: Response[] = [];
        for (let i = 0; i < 4; i++) {
          answers.push(...(await burst(get(), key, 1, '192.0.2.99')));
          answers.push(...(await burst(get(), key, 1, '192.0.2.99', other.url)));
        }
        expect(statuses(answers)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
        const secret = get().org('coordinator').secretKey;
        const both = [
          ...(await burst(get(), secret, 4)),
          ...(await burst(get(), secret, 5, undefined, other.url)),
        ];
        expect(statuses(both)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
      });
    }
  },
  { settings: LIMITS },
);

describeRegistry(
  'rate limits without a trusted proxy',
  (get) => {
    it('ignores X-Forwarded-For: the socket address is the visitor', async () => {
      await sameMinute();
      const key = get().org('corporate').publishableKey;
      const answers = [
        ...(await burst(get(), key, 3, '198.51.100.1')),
        ...(await burst(get(), key, 1, '198.51.100.2')),
      ];
      expect(statuses(answers)).toEqual([200, 200, 200, 429]);
    });
  },
  { settings: { publicRateLimitPerVisitorPerMinute: 3 } },
);
