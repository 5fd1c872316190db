import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { afterAll, expect, it } from 'vitest';
import { describeRegistry } from '../registry.fixture.js';

/** Small enough to reach: three requests a minute per visitor (no proxy: the address is the socket's). */
const LIMITS = {
  trustProxy: false,
  publicRateLimitPerVisitorPerMinute: 3,
  publicRateLimitPerKeyPerMinute: 1000,
};

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const agents: Agent[] = [];
afterAll(() => {
  for (const agent of agents) agent.destroy();
});

/** A kept-alive connection from one loopback address: every request of it goes over one socket. */
function connection(localAddress: string): (url: string, headers: Record<string, string>) => Promise<Answer> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
  agents.push(agent);
  return (url, headers) =>
    new Promise((resolve, reject) => {
      const req = request(url, { agent, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
}

/** Waits for a fresh minute when the current one is nearly over, so a burst is counted in one window. */
async function sameMinute(): Promise<void> {
  const seconds = new Date().getUTCSeconds();
  if (seconds >= 50) await new Promise((r) => setTimeout(r, (61 - seconds) * 1000));
}

const REQUEST_IDS = [
  '0193e4a2-7c1d-7a40-9b52-3f0e8d6c1a01',
  '0193e4a2-7c1d-7a40-9b52-3f0e8d6c1a02',
  '0193e4a2-7c1d-7a40-9b52-3f0e8d6c1a03',
];
const remaining = (answer: Answer) => /"visitor";r=(\d+)/.exec(String(answer.headers.ratelimit))?.[1];

describeRegistry(
  'headers every answer carries',
  (t) => {
    it('a kept public answer carries the headers of the answer it was kept from, with its own id and count', async () => {
      await sameMinute();
      const get = connection('127.0.0.3');
      const url = `${t().url}/v1/organizations?limit=2`;
      const headers = {
        authorization: `Bearer ${t().org('corporate').publishableKey}`,
        origin: 'https://csr.example',
      };
      const computed = await get(url, { ...headers, 'x-request-id': REQUEST_IDS[0]! });
      const kept = await get(url, { ...headers, 'x-request-id': REQUEST_IDS[1]! });
      expect([computed.status, kept.status]).toEqual([200, 200]);
      expect(kept.body).toBe(computed.body);
      const names = (a: Answer) =>
        Object.keys(a.headers)
          .filter((n) => n !== 'date')
          .sort();
      expect(names(kept)).toEqual(names(computed));
      expect(names(kept)).toEqual(
        expect.arrayContaining([
          'x-request-id',
          'ratelimit',
          'ratelimit-policy',
          'access-control-allow-origin',
          'access-control-expose-headers',
          'etag',
          'cache-control',
          'vary',
        ]),
      );
      expect([computed.headers['x-request-id'], kept.headers['x-request-id']]).toEqual(
        REQUEST_IDS.slice(0, 2),
      );
      expect([remaining(computed), remaining(kept)]).toEqual(['2', '1']);
      expect(kept.headers['access-control-allow-origin']).toBe('*');
      expect(kept.headers.etag).toBe(computed.headers.etag);

      const unchanged = await get(url, {
        ...headers,
        'x-request-id': REQUEST_IDS[2]!,
        'if-none-match': String(computed.headers.etag),
      });
      expect(unchanged.status).toBe(304);
      expect(unchanged.body).toBe('');
      expect(unchanged.headers['x-request-id']).toBe(REQUEST_IDS[2]);
      expect(remaining(unchanged)).toBe('0');
      expect(unchanged.headers['access-control-allow-origin']).toBe('*');
      expect(unchanged.headers['content-type']).toBeUndefined();
    });

    it('problems carry them too: a 404 after the count, a 429 with Retry-After, a 401 its id', async () => {
      await sameMinute();
      const get = connection('127.0.0.4');
      const key = `Bearer ${t().org('ngo').publishableKey}`;
      const missing = await get(`${t().url}/v1/organizations/org_0000000000000000000000`, {
        authorization: key,
        origin: 'https://csr.example',
      });
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toMatch(/problem\+json/);
      expect(missing.headers['x-request-id']).toBe(JSON.parse(missing.body).requestId);
      expect(remaining(missing)).toBe('2');
      expect(missing.headers['access-control-allow-origin']).toBe('*');
      for (let i = 0; i < 2; i++) await get(`${t().url}/v1/organizations?limit=1`, { authorization: key });
      const refused = await get(`${t().url}/v1/organizations?limit=1`, { authorization: key });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(remaining(refused)).toBe('0');
      expect(refused.headers['x-request-id']).toBe(JSON.parse(refused.body).requestId);
      const unknown = await get(`${t().url}/v1/organizations?limit=1`, {
        authorization: 'Bearer pk_unknownunknownunknownunknown',
      });
      expect(unknown.status).toBe(401);
      expect(unknown.headers['x-request-id']).toBe(JSON.parse(unknown.body).requestId);
      expect(unknown.headers.ratelimit).toBeUndefined();
    });

    it('counts a visitor by address whichever of its connections it uses, and no other address with it', async () => {
      await sameMinute();
      const key = { authorization: `Bearer ${t().org('ngo2').publishableKey}` };
      const url = `${t().url}/v1/organizations?limit=1`;
      const first = connection('127.0.0.5');
      const second = connection('127.0.0.5');
      const other = connection('127.0.0.6');
      const statuses: number[] = [];
      for (const get of [first, first, second, second, other, first])
        statuses.push((await get(url, key)).status);
      // The address's third request came over its second connection, and its fourth was refused there;
      // another address was still served, and the first connection stays refused.
      expect(statuses).toEqual([200, 200, 200, 429, 200, 429]);
    });
  },
  { settings: LIMITS },
);
