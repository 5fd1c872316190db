/**
 * The contract fuzz: walks every operation of the committed `openapi.json` over real HTTP with hostile
 * input (NUL, lone surrogates, invalid UTF-8, `%00`, out-of-range offsets, oversize query strings) and
 * checks that the contract and the server agree on what a body must hold. No answer may be a 5xx; every
 * error is problem+json.
 */
import { expect, it } from 'vitest';
import { fixtureBodies } from './contract-fuzz.fixture.js';
import {
  type ContractOperation,
  minimalBody,
  operations,
  replaced,
  requiredKeys,
  stringLeaves,
} from './contract-walk.fixture.js';
import { describeRegistry, type Json, participantBody } from './registry.fixture.js';

const ORIGIN = 'https://fuzz.example';
// Well-formed ids that exist nowhere: validation answers before any handler looks them up.
const SOME_ID = 'pt_0123456789abcdef';

const HOSTILE_TEXT = [
  ['NUL', 'case\u0000note', 'nul_character'],
  ['lone surrogate', 'case\ud800note', 'lone_surrogate'],
] as const;
const HOSTILE_PATH = ['%00', 'pt_%00', `pt_0123456789%00`, '%ED%A0%80', '%FF%FE', `pt_${'a'.repeat(40)}`];
const HOSTILE_QUERY = ['%00', 'a%00b', '%ED%A0%80', '%FF%FE', '%F0%9F', `${'x'.repeat(300)}`];
const BAD_INSTANTS = ['2026-11-28T10:00:00%2B16:00', '2026-11-28T10:00:00-15:59', '0000-01-01T00:00:00Z'];

const all = operations();
const v1 = all.filter((op) => op.path.startsWith('/v1/'));

function fill(op: ContractOperation, id = SOME_ID): string {
  return op.path.replace(/\{(\w+)\}/g, () => id);
}

describeRegistry(
  'the contract fuzz',
  (t) => {
    const key = () => t().org('ngo').secretKey;
    let bodies: Record<string, Record<string, unknown>> = {};

    async function send(
      op: ContractOperation,
      path: string,
      body?: string | Uint8Array<ArrayBuffer>,
      origin?: string,
    ) {
      // A secret key is refused from a browser origin: only the 431, answered before any credential is
      // read, is asked with one.
      const headers: Record<string, string> = origin ? { origin } : { authorization: `Bearer ${key()}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${t().url}${path}`, {
        method: op.method,
        headers,
        ...(body !== undefined ? { body } : {}),
      });
      const text = await res.text();
      let parsed: Json;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      return { status: res.status, headers: res.headers, body: parsed };
    }

    /**
     * Every answer: below 500, documented by the contract for its operation, and problem+json with its
     * request id when it is an error.
     */
    function sane(
      res: { status: number; headers: Headers; body: Json },
      what: string,
      op: ContractOperation,
    ) {
      expect(res.status, what).toBeLessThan(500);
      expect(op.statuses, `${what}: ${res.status} is not in the contract`).toContain(String(res.status));
      if (res.status < 400) return;
      expect(res.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
      expect(res.body.status, what).toBe(res.status);
      expect(res.body.requestId, what).toBe(res.headers.get('x-request-id'));
    }

    it('has a valid body for every write operation of the contract', async () => {
      const ngo = t().org('ngo');
      const created = await t().call(ngo.secretKey, 'POST', '/v1/participants', { json: participantBody() });
      expect(created.status).toBe(201);
      bodies = fixtureBodies({
        participant: created.body.id,
        training: t().org('training_institution').id,
        user: ngo.user.id,
        government: t().org('government').id,
      });
      const withBody = all.filter((op) => op.body).map((op) => op.id);
      expect(withBody.filter((id) => !bodies[id])).toEqual([]);
      // The fixtures are valid: a fresh participant accepts its full body.
      const full = await send(
        all.find((o) => o.id === 'createParticipant')!,
        '/v1/participants',
        JSON.stringify(bodies.createParticipant),
      );
      expect(full.status).toBe(201);
    });

    it('refuses NUL and lone surrogates in every string of every body with 422 and the field pointer', async () => {
      let probes = 0;
      let textProbes = 0;
      for (const op of v1.filter((o) => o.body)) {
        const body = bodies[op.id]!;
        for (const leaf of stringLeaves(body)) {
          for (const [label, bad, code] of HOSTILE_TEXT) {
            const res = await send(op, fill(op), JSON.stringify(replaced(body, leaf, bad)));
            const what = `${op.id} ${label} at /${leaf.join('/')}`;
            sane(res, what, op);
            expect(res.status, what).toBe(422);
            const codes = res.body.errors
              .filter((e: Json) => e.pointer === `/${leaf.join('/')}`)
              .map((e: Json) => e.code);
            // An id, date or enumeration already refuses the value by its format; free text by the text rule.
            expect(codes, what).toContainEqual(
              expect.stringMatching(new RegExp(`^(${code}|invalid_format|invalid_value)$`)),
            );
            if (codes.includes(code)) textProbes += 1;
            probes += 1;
          }
        }
      }
      expect(probes).toBeGreaterThan(100);
      // Notes, reasons, names, descriptions, goals, summaries, display names, the user id of a token.
      expect(textProbes).toBeGreaterThan(40);
    });

    it('refuses a body that is not valid UTF-8 on every write operation (400 invalid-encoding)', async () => {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode('{"notes":"a'),
        0xff,
        0xfe,
        ...new TextEncoder().encode('b"}'),
      ]);
      for (const op of v1.filter((o) => o.body)) {
        const res = await send(op, fill(op), bytes);
        sane(res, op.id, op);
        expect(res.status, op.id).toBe(400);
        expect(res.body.type).toBe('urn:nayabato:problem:invalid-encoding');
      }
    });

    it('answers 404 to every path id that cannot exist (%00, broken UTF-8, too long)', async () => {
      const withIds = v1.filter((op) => op.params.some((p) => p.in === 'path'));
      expect(withIds.length).toBeGreaterThan(15);
      for (const op of withIds) {
        for (const id of HOSTILE_PATH) {
          const body = op.body ? JSON.stringify(bodies[op.id]) : undefined;
          const res = await send(op, fill(op, id), body);
          sane(res, `${op.id} ${id}`, op);
          expect(res.status, `${op.id} ${id}`).toBe(404);
        }
      }
    });

    it('refuses hostile query parameters of every operation with a 4xx, never a 5xx', async () => {
      for (const op of v1) {
        for (const param of op.params.filter((p) => p.in === 'query')) {
          const values =
            param.schema?.format === 'date-time' ? [...HOSTILE_QUERY, ...BAD_INSTANTS] : HOSTILE_QUERY;
          for (const value of values) {
            const res = await send(op, `${fill(op)}?${param.name}=${value}`);
            const what = `${op.id} ?${param.name}=${value.slice(0, 20)}`;
            sane(res, what, op);
            // Ids, instants, cursors, limits and enumerations: none of these values is one of them.
            if (param.schema?.pattern || param.schema?.format || param.name === 'cursor') {
              expect(res.status, what).toBe(400);
              if (param.name !== 'cursor')
                expect(res.body.errors, what).toContainEqual(
                  expect.objectContaining({ pointer: `/${param.name}` }),
                );
            }
          }
        }
      }
    });

    it('refuses out-of-range offsets in body instants with 422 and the pointer', async () => {
      const search = all.find((o) => o.id === 'searchParticipants')!;
      const res = await send(
        search,
        '/v1/participants/search',
        JSON.stringify({ updatedSince: '2026-11-28T10:00:00+16:00' }),
      );
      sane(res, 'search', search);
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual(
        expect.objectContaining({ pointer: '/updatedSince', code: 'offset_out_of_range' }),
      );
      const consent = all.find((o) => o.id === 'createConsent')!;
      const bad = { ...bodies.createConsent, givenAt: '2026-11-28T10:00:00-13:00' };
      const refused = await send(consent, '/v1/consents', JSON.stringify(bad));
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toContainEqual(expect.objectContaining({ pointer: '/givenAt' }));
    });

    it('answers a query string over the header limit with a 431 problem, CORS headers and a log line', async () => {
      const long = 'a'.repeat(20 * 1024);
      for (const op of all) {
        const res = await send(op, `${fill(op)}?cursor=${long}`, undefined, ORIGIN);
        expect(res.status, op.id).toBe(431);
        expect(op.statuses, op.id).toContain('431');
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.body.type).toBe('urn:nayabato:problem:header-too-large');
        expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
      }
      const lines = t().logs.filter((l) => l.status === 431);
      expect(lines.length).toBeGreaterThanOrEqual(all.length);
      // Nothing of the request (its URL, its credential) is in the log. The request id and time are the
      // log's own random values (a UUID can hold "aaaa"), so they are left out of the search.
      const logged = lines.map(({ requestId: _id, time: _time, ...rest }) => rest);
      expect(lines.every((l) => typeof l.requestId === 'string')).toBe(true);
      expect(JSON.stringify(logged)).not.toMatch(/aaaa|sk_|v1\//);
    });

    it('agrees with the contract on whether a body is required', async () => {
      for (const op of v1.filter((o) => o.body)) {
        const res = await send(op, fill(op));
        sane(res, op.id, op);
        if (op.bodyRequired) expect(res.status, op.id).toBe(422);
        else expect([400, 415, 422], op.id).not.toContain(res.status);
      }
    });

    it('accepts every body cut down to what the contract requires, and refuses it without any one of those', async () => {
      for (const op of v1.filter((o) => o.body)) {
        const full = bodies[op.id]!;
        const minimal = minimalBody(op.body, full);
        const res = await send(op, fill(op), JSON.stringify(minimal));
        sane(res, `${op.id} minimal`, op);
        // Whatever the state says (404, 409), the server must not want a field the contract leaves out.
        const missing =
          res.status === 422
            ? res.body.errors.filter((e: Json) => /required|invalid_union/.test(e.code))
            : [];
        expect(missing, `${op.id} minimal ${JSON.stringify(minimal)}`).toEqual([]);
        for (const k of requiredKeys(op.body, full)) {
          const { [k]: _dropped, ...without } = minimal;
          const refused = await send(op, fill(op), JSON.stringify(without));
          sane(refused, `${op.id} without ${k}`, op);
          expect(refused.status, `${op.id} without ${k}`).toBe(422);
        }
      }
    });

    it('registers a participant with exactly the fields the contract requires', async () => {
      const op = all.find((o) => o.id === 'createParticipant')!;
      const survivor = participantBody({ category: 'survivor', traffickingStatus: 'possible_victim' });
      delete (survivor as Record<string, unknown>).ageBand;
      (survivor as Record<string, unknown>).birthYear = 2001;
      for (const sample of [participantBody(), survivor]) {
        const res = await send(op, '/v1/participants', JSON.stringify(minimalBody(op.body, sample)));
        expect(res.status).toBe(201);
      }
      expect(requiredKeys(op.body, survivor).sort()).toContain('traffickingStatus');
      expect(requiredKeys(op.body, survivor).sort()).toContain('birthYear');
    });
  },
  { settings: { rateLimitPerMinute: 1_000_000 } },
);
