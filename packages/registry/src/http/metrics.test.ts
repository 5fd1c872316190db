import { expect, it } from 'vitest';
import { describeRegistry, participantBody } from '../registry.fixture.js';

const TOKEN = 'metrics-test-token';

/** One sample's value from the exposition text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const inside = line.slice(name.length + 1, line.indexOf('}'));
    if (wanted.every((w) => inside.split(',').includes(w))) return Number(line.slice(line.indexOf('}') + 2));
  }
  return undefined;
}

describeRegistry(
  'Prometheus metrics (turned on)',
  (get, backend) => {
    it('counts requests by route template, never by the path’s ids', async () => {
      const t = get();
      const ngo = t.org('ngo').secretKey;
      const created = await t.call(ngo, 'POST', '/v1/participants', { json: participantBody() });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      for (let i = 0; i < 3; i++)
        expect((await t.call(ngo, 'GET', `/v1/participants/${id}`)).status).toBe(200);

      const scraped = await t.call(null, 'GET', '/metrics', {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = scraped.text;
      const labels = { method: 'GET', route: '/v1/participants/:id', status: '200' };
      expect(sample(text, 'nayabato_registry_http_requests_total', labels)).toBe(3);
      expect(sample(text, 'nayabato_registry_http_request_duration_seconds_count', labels)).toBe(3);
      // No id, key or personal value anywhere in what is exposed.
      expect(text).not.toContain(id);
      expect(text).not.toMatch(/\b(sk|pk|st)_[A-Za-z0-9]/);
      expect(text).not.toContain('Dolakha');
    });

    it('reports the pool on PostgreSQL, and process figures', async () => {
      const text = (
        await get().call(null, 'GET', '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })
      ).text;
      expect(text).toContain('nayabato_registry_process_resident_memory_bytes');
      if (backend === 'postgres') {
        expect(sample(text, 'nayabato_registry_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
      } else {
        expect(text).not.toContain('nayabato_registry_db_pool_connections');
      }
    });

    it('labels a path no route matched as one value, whatever the path', async () => {
      const t = get();
      expect((await t.call(null, 'GET', '/nowhere/abc123')).status).toBe(404);
      const text = (await t.call(null, 'GET', '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } }))
        .text;
      expect(text).not.toContain('abc123');
    });

    it('answers only the metrics token when one is set', async () => {
      const t = get();
      expect((await t.call(null, 'GET', '/metrics')).status).toBe(401);
      expect((await t.call('wrong', 'GET', '/metrics')).status).toBe(401);
      expect((await t.call(t.org('ngo').secretKey, 'GET', '/metrics')).status).toBe(401);
    });
  },
  { settings: { metrics: true, metricsToken: TOKEN } },
);

describeRegistry('Prometheus metrics (off by default)', (get) => {
  it('has no /metrics', async () => {
    expect((await get().call(null, 'GET', '/metrics')).status).toBe(404);
  });
});
