/**
 * The server side of bench/http.ts, in a process of its own so that the load generator does not share
 * its event loop: `hono` starts a bare Hono hello; `registry` starts the registry with the demo seed (on
 * PostgreSQL when a URL is given, else PGlite in memory). Prints one JSON line with what the driver needs.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startRegistry } from '../src/index.js';

const [mode, databaseUrl] = process.argv.slice(2);

if (mode === 'hono') {
  const app = new Hono();
  app.get('/', (c) => c.text('Hello Hono!'));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }));
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  // Limits so high that nothing is refused, yet every request is counted as in production.
  const high = 1_000_000_000;
  const registry = await startRegistry({
    seed: 'demo',
    logger: () => {},
    ...(databaseUrl ? { databaseUrl } : {}),
    settings: {
      rateLimitPerMinute: high,
      publicRateLimitPerVisitorPerMinute: high,
      publicRateLimitPerKeyPerMinute: high,
    },
  });
  const orgs = registry.demo!.organizations;
  const ngos = orgs.filter((o) => o.role === 'ngo');
  const corporate = orgs.find((o) => o.role === 'corporate')!;
  const first = await fetch(`${registry.url}/v1/participants?limit=1`, {
    headers: { authorization: `Bearer ${ngos[0]!.secretKey}` },
  });
  const participantId = ((await first.json()) as { items: { id: string }[] }).items[0]!.id;
  console.log(
    JSON.stringify({
      url: registry.url,
      ngoKey: ngos[0]!.secretKey,
      publishableKey: corporate.publishableKey,
      participantId,
      receiverId: ngos[1]!.id,
    }),
  );
  process.on('SIGTERM', () => {
    void registry.close().then(() => process.exit(0));
  });
}
