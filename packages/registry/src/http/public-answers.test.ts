import { expect, it } from 'vitest';
import { describeRegistry } from '../registry.fixture.js';

/**
 * The public answer cache under concurrent readers: one request computes an answer, the others that
 * arrive meanwhile wait for it (or, once it has expired, get the one it replaces) instead of each
 * running the same queries. Counted on the registry's database handle, which the app shares.
 */
describeRegistry(
  'public answers computed once for concurrent readers',
  (t) => {
    it('runs the directory query once for fifty concurrent first reads of one URL', async () => {
      const key = t().org('corporate').publishableKey;
      // Resolve the key first, so that only the answer itself can be computed during the burst.
      await (
        await fetch(`${t().url}/v1/health`, { headers: { authorization: `Bearer ${key}` } })
      ).arrayBuffer();
      const db = t().registry.db;
      const original = db.query;
      const directory: string[] = [];
      db.query = ((sql: string, params?: readonly unknown[]) => {
        if (/from organizations/.test(sql)) directory.push(sql);
        return original.call(db, sql, params);
      }) as typeof db.query;
      let answers: Response[];
      try {
        answers = await Promise.all(
          Array.from({ length: 50 }, () =>
            fetch(`${t().url}/v1/organizations?limit=7`, { headers: { authorization: `Bearer ${key}` } }),
          ),
        );
      } finally {
        db.query = original;
      }
      const bodies = await Promise.all(answers.map((a) => a.text()));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(new Set(bodies).size).toBe(1);
      expect(directory.length).toBe(1);
    });
    // Fresh for longer than any burst here lasts, so that exactly one computation is expected. (In-memory
    // PGlite runs the first request's queries before it reads the others, so there this also holds without
    // the single computation; PostgreSQL is where concurrent misses overlap.)
  },
  { settings: { publicAnswerCacheSeconds: 30 } },
);
