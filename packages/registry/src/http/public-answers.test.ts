import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { makeOffer } from '../job-offers.fixture.js';
import { describeRegistry } from '../registry.fixture.js';

/** One GET over plain HTTP, the body as the bytes sent (fetch would decode a gzip body unasked). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

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

    it('sends a kept answer gzip-compressed to a client that accepts it, identity to the others', async () => {
      const company = t().org('corporate');
      const auth = { authorization: `Bearer ${company.publishableKey}` };
      // Job offers: the board's read, with an ETag and Vary: Authorization of its own, and long enough.
      for (const title of ['Tailor', 'Cook', 'Electrician'])
        await makeOffer(t(), company.secretKey, { title });
      const url = `${t().url}/v1/job-offers?limit=20`;
      // The first read computes and keeps the answer; the next ones are served from what was kept.
      const computed = await rawGet(url, { ...auth, 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await rawGet(url, { ...auth, 'accept-encoding': 'gzip, deflate, br' });
      const plain = await rawGet(url, auth);
      const refused = await rawGet(url, { ...auth, 'accept-encoding': 'gzip;q=0, identity' });
      for (const res of [computed, gzip, plain, refused]) {
        expect(res.status).toBe(200);
        expect(res.headers.vary).toMatch(/authorization/i);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
      }
      for (const res of [computed, gzip]) {
        expect(res.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(res.body).equals(plain.body)).toBe(true);
        expect(res.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
        expect(res.headers.etag).toBe(plain.headers.etag!.replace(/"$/, '-gzip"'));
      }
      for (const res of [plain, refused]) {
        expect(res.headers['content-encoding']).toBeUndefined();
        expect(JSON.parse(res.body.toString('utf8')).items.length).toBeGreaterThan(0);
      }
      expect(refused.body.equals(plain.body)).toBe(true);
      // Either representation's tag revalidates the answer, whichever representation is asked for.
      for (const tag of [gzip.headers.etag!, plain.headers.etag!]) {
        for (const encoding of ['gzip', 'identity']) {
          const again = await rawGet(url, { ...auth, 'accept-encoding': encoding, 'if-none-match': tag });
          expect(again.status).toBe(304);
          expect(again.body.byteLength).toBe(0);
          expect(again.headers['content-encoding']).toBeUndefined();
        }
      }
    });
    // Fresh for longer than any burst here lasts, so that exactly one computation is expected. (In-memory
    // PGlite runs the first request's queries before it reads the others, so there this also holds without
    // the single computation; PostgreSQL is where concurrent misses overlap.)
  },
  { settings: { publicAnswerCacheSeconds: 30 } },
);
