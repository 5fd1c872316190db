import { afterAll, expect, it } from 'vitest';
import { hashCredential } from '../auth/keys.js';
import { describeRegistry } from '../registry.fixture.js';
import { type RunningRegistry, startRegistry } from '../server.js';

/** Waits for a fresh minute when the current one is nearly over, so a burst is counted in one window. */
async function sameMinute(): Promise<void> {
  const seconds = new Date().getUTCSeconds();
  if (seconds >= 50) await new Promise((r) => setTimeout(r, (61 - seconds) * 1000));
}

/**
 * Concurrent counts of one bucket share lease statements (RateLeases): each request gets its own place,
 * and with limits this small no place is prefetched (at most an eighth of what is left), so the counts
 * in the database stay exact, refused requests included.
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

/** Counts the statements a registry's database handle runs while `fn` does (the app holds the same handle). */
async function statementsDuring(db: { query: (...args: never[]) => unknown }, fn: () => Promise<unknown>) {
  const original = db.query;
  let n = 0;
  db.query = ((...args: never[]) => {
    n += 1;
    return original.apply(db, args);
  }) as typeof db.query;
  try {
    await fn();
  } finally {
    db.query = original;
  }
  return n;
}

/** A limit large enough that leases prefetch: an eighth of it covers a burst of this file. */
const HIGH = 4_000;

describeRegistry(
  'rate limits leased under load',
  (t, backend) => {
    const burst = (url: string, key: string, n: number) =>
      Promise.all(
        Array.from({ length: n }, async () => {
          const res = await fetch(`${url}/v1/organizations?limit=1`, {
            headers: { authorization: `Bearer ${key}` },
          });
          await res.arrayBuffer();
          return res;
        }),
      );

    it('serves a busy key’s kept public answers with a few statements, not one per request', async () => {
      await sameMinute();
      const key = t().org('corporate').publishableKey;
      await burst(t().url, key, 50); // resolves the key, keeps the answer, leases a first run of places
      let answers: Response[] = [];
      const statements = await statementsDuring(t().registry.db, async () => {
        for (let i = 0; i < 4; i++) answers = answers.concat(await burst(t().url, key, 50));
      });
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(statements).toBeLessThan(answers.length / 4);
      // Still counted: the key's remaining quota went down by at least these requests.
      const left = Number(/"visitor";r=(\d+)/.exec(answers.at(-1)!.headers.get('ratelimit') ?? '')?.[1]);
      expect(left).toBeLessThanOrEqual(HIGH - 250);
    });

    if (backend === 'postgres') {
      let other: RunningRegistry | undefined;
      afterAll(async () => other?.close());
      it('never admits more than the limit over two processes, and holds back at most 3/16 of it each', async () => {
        other = await startRegistry({
          databaseUrl: t().databaseUrl!,
          seed: 'none',
          settings: { rateLimitPerMinute: HIGH / 10 },
          logger: () => {},
        });
        await sameMinute();
        // A secret key: one bucket per credential, limit HIGH / 10 on both processes.
        const limit = HIGH / 10;
        const key = t().org('training_institution').secretKey;
        const answers: Response[] = [];
        for (let wave = 0; wave < 6; wave++) {
          const both = await Promise.all([burst(t().url, key, 50), burst(other.url, key, 50)]);
          answers.push(...both.flat());
        }
        const admitted = answers.filter((a) => a.status === 200).length;
        expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 429)).toBe(true);
        expect(admitted).toBeLessThanOrEqual(limit);
        // Places leased but unused stay counted: at most 3/16 of the limit per process.
        const [row] = await t().registry.db.query<{ count: number }>(
          `select r.count from rate_limits r join api_keys k on k.id = r.bucket
           where k.hash = $1 and r.window_start = date_trunc('minute', now())`,
          [hashCredential(key)],
        );
        const held = Number(row!.count) - answers.length;
        expect(held).toBeGreaterThanOrEqual(0);
        expect(held).toBeLessThanOrEqual(2 * Math.floor((3 * limit) / 16));
        expect(admitted).toBeGreaterThanOrEqual(limit - 2 * Math.floor((3 * limit) / 16));
      }, 60_000);
    }
  },
  {
    settings: {
      publicRateLimitPerVisitorPerMinute: HIGH,
      publicRateLimitPerKeyPerMinute: HIGH * 10,
      rateLimitPerMinute: HIGH / 10,
    },
  },
);
