/**
 * The defence in depth behind validation: a value that reaches PostgreSQL and is refused as bad data
 * (text it cannot store, an offset it cannot read) is a 400 problem, not a 500. A route mounted for this
 * test only hands the body to the database unvalidated, as a future route that forgot a rule would.
 */
import { expect, it } from 'vitest';
import * as z from 'zod/mini';
import { jsonBody } from '../http/body.js';
import { describeRegistry } from '../registry.fixture.js';

// A schema without core's text rule, as a future field might be declared.
const Loose = z.strictObject({
  note: z.optional(z.string()),
  tags: z.optional(z.record(z.string(), z.string())),
});

const CASES = [
  ['a \\u0000 escape in JSON', 'jsonb', '{"notes":"a\\u0000b"}', '22P05'],
  ['a lone surrogate escape in JSON', 'jsonb', '{"notes":"a\\ud800b"}', '22P02'],
  ['a NUL in text', 'text', 'a\u0000b', '22021'],
  ['an offset beyond 15:59', 'timestamptz', '2026-11-28T10:00:00+16:00', '22009'],
] as const;

describeRegistry(
  'database data errors',
  (t) => {
    it.each(CASES)(
      'answers %s refused by the database with a 400 problem',
      async (_label, type, value, code) => {
        const res = await t().call(t().org('ngo').secretKey, 'POST', `/v1/unvalidated/${type}`, {
          body: JSON.stringify({ value }),
          headers: { 'content-type': 'application/json' },
        });
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.body.type).toBe('urn:nayabato:problem:bad-request');
        expect(res.body.detail).toContain(code);
        const line = t().logs.find(
          (l) => l.requestId === res.body.requestId && l.msg === 'database refused a value',
        );
        expect(line).toMatchObject({ level: 'warn', code });
        // The value is never logged.
        expect(JSON.stringify(t().logs)).not.toContain('a\\u0000b');
      },
    );

    it('rolls back and stores nothing under the Idempotency-Key: a retry is refused the same way', async () => {
      const call = () =>
        t().call(t().org('ngo').secretKey, 'POST', '/v1/unvalidated/text', {
          body: JSON.stringify({ value: 'a\u0000b' }),
          headers: { 'content-type': 'application/json', 'idempotency-key': 'database-refused-1' },
        });
      const first = await call();
      const retry = await call();
      expect([first.status, retry.status]).toEqual([400, 400]);
      expect(retry.headers.get('idempotent-replayed')).toBeNull();
      expect(retry.body.requestId).not.toBe(first.body.requestId);
    });

    it('the body reader refuses unstorable text even where a schema forgot the rule (422 with the pointer)', async () => {
      const post = (json: unknown) => t().call(t().org('ngo').secretKey, 'POST', '/v1/loose', { json });
      const note = await post({ note: 'a\u0000b' });
      expect(note.status).toBe(422);
      expect(note.body.errors).toEqual([
        expect.objectContaining({ pointer: '/note', code: 'nul_character' }),
      ]);
      // A bad key is blamed on its object, and not repeated (it could be personal data).
      const key = await post({ tags: { 'x\ud800': 'y' } });
      expect(key.status).toBe(422);
      expect(key.body.errors).toEqual([
        expect.objectContaining({ pointer: '/tags', code: 'lone_surrogate' }),
      ]);
      expect((await post({ note: 'fine', tags: { a: 'b' } })).status).toBe(200);
    });

    it('still answers 500 to a database error that no value caused', async () => {
      const res = await t().call(t().org('ngo').secretKey, 'POST', '/v1/unvalidated/no_such_type', {
        body: JSON.stringify({ value: 'x' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(500);
      expect(res.body.type).toBe('urn:nayabato:problem:internal');
    });
  },
  {
    extend: (app) => {
      app.post('/v1/loose', jsonBody(Loose), (c) => c.json({ ok: true }));
      app.post('/v1/unvalidated/:type', async (c) => {
        const type = c.req.param('type');
        const { value } = JSON.parse(await c.req.text()) as { value: string };
        await c.var.db.query(`select $1::${type} as v`, [value]);
        return c.json({ stored: true });
      });
    },
  },
);
