import { expect, it } from 'vitest';
import { hashCredential } from '../auth/keys.js';
import { describeRegistry } from '../registry.fixture.js';

/** Waits for a fresh minute when the current one is nearly over, so a burst is counted in one window. */
async function sameMinute(): Promise<void> {
  const seconds = new Date().getUTCSeconds();
  if (seconds >= 50) await new Promise((r) => setTimeout(r, (61 - seconds) * 1000));
}

/**
 * Concurrent counts of one bucket share statements (CountBatcher): they must stay exact. Batches form on
 * PostgreSQL (a wrong place in a batch fails the first test there); in-memory PGlite answers each count
 * before the next request is read, so there the test checks the unbatched path.
 */
describeRegistry(
  'rate limits under concurrent requests',
  (t) => {
    const concurrent = async (key: string, n: number, from?: string) => {
      const answers = await Promise.all(
        Array.from({ length: n }, () =>
          fetch(`${t().url}/v1/organizations?limit=1`, {
            headers: { authorization: `Bearer ${key}`, ...(from ? { 'x-forwarded-for': from } : {}) },
          }),
        ),
      );
      for (const a of answers) await a.arrayBuffer();
      return answers;
    };
    const remaining = (header: string | null, name: string) =>
      Number(new RegExp(`"${name}";r=(\\d+)`).exec(header ?? '')?.[1]);

    it('admits exactly the limit of a credential’s concurrent burst, each with its own count', async () => {
      await sameMinute();
      // One request first, so that the burst finds the credential resolved and reaches the count at once.
      const [first] = await concurrent(t().org('government').secretKey, 1);
      expect(remaining(first!.headers.get('ratelimit'), 'credential')).toBe(7);
      const answers = await concurrent(t().org('government').secretKey, 19);
      const ok = answers.filter((a) => a.status === 200);
      expect(ok.length).toBe(7);
      expect(answers.filter((a) => a.status === 429).length).toBe(12);
      // Every admitted request got a distinct place in the window: remaining 6, 5, … 0.
      expect(ok.map((a) => remaining(a.headers.get('ratelimit'), 'credential')).sort()).toEqual([
        0, 1, 2, 3, 4, 5, 6,
      ]);
      const [row] = await t().registry.db.query<{ count: number }>(
        `select r.count from rate_limits r join api_keys k on k.id = r.bucket
         where k.hash = $1 and r.window_start = date_trunc('minute', now())`,
        [hashCredential(t().org('government').secretKey)],
      );
      expect(Number(row!.count)).toBe(20);
    });

    it('counts in the key’s bucket only the visitor’s requests within its own limit', async () => {
      await sameMinute();
      const key = t().org('ngo2').publishableKey;
      const [first] = await concurrent(key, 1, '198.51.100.77');
      expect(first!.status).toBe(200);
      const answers = await concurrent(key, 14, '198.51.100.77');
      expect(answers.filter((a) => a.status === 200).length).toBe(4);
      // The key's bucket got exactly those 5: another visitor sees 20 - 5 - 1 left after its first.
      const [other] = await concurrent(key, 1, '198.51.100.78');
      expect(other!.status).toBe(200);
      expect(remaining(other!.headers.get('ratelimit'), 'key')).toBe(14);
    });
  },
  {
    settings: {
      trustProxy: true,
      publicRateLimitPerVisitorPerMinute: 5,
      publicRateLimitPerKeyPerMinute: 20,
      rateLimitPerMinute: 8,
      // Each request here is its own answer: the public answer cache must not hide any.
      publicAnswerCacheSeconds: 0,
    },
  },
);
