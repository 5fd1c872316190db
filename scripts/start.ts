/**
 * `pnpm start`: the registry on http://127.0.0.1:4400 (PORT to change it), loaded with the synthetic
 * programme of `@nayabato/core/synthetic` (seed 2026, 250 participants; NAYABATO_DEMO_PARTICIPANTS to
 * change the size), serving the API reference and each `examples/<name>/public/` at `/examples/<name>/`.
 * Embedded PGlite in memory by default, started from a seeded snapshot kept in
 * `node_modules/.cache/nayabato/` (built at the first start); NAYABATO_DATA_DIR keeps data (and the demo
 * keys) between runs; DATABASE_URL uses a PostgreSQL server.
 */
import { fileURLToPath } from 'node:url';
import {
  type DemoCredentials,
  exampleRoutes,
  findExamples,
  formatDemoBanner,
  landingRoutes,
  startRegistry,
} from '@nayabato/registry';
import { exampleAssetRoutes } from './example-assets.ts';
import { ngoIntranetSessionRoute } from './example-ngo-intranet-session.ts';

const examplesDir = fileURLToPath(new URL('../examples', import.meta.url));
const cacheDir = fileURLToPath(new URL('../node_modules/.cache/nayabato', import.meta.url));
const examples = findExamples(examplesDir);
let demo: DemoCredentials | undefined;
const participants = process.env.NAYABATO_DEMO_PARTICIPANTS;
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.NAYABATO_DATA_DIR;

const started = performance.now();
const registry = await startRegistry({
  port: Number(process.env.PORT ?? 4400),
  host: '127.0.0.1',
  seed: 'demo',
  demoCacheDir: cacheDir,
  ...(participants ? { demoParticipants: Number(participants) } : {}),
  ...(databaseUrl ? { databaseUrl } : {}),
  ...(dataDir ? { dataDir } : {}),
  extend: (app, url) => {
    exampleAssetRoutes(app, url, () => demo);
    ngoIntranetSessionRoute(app, url, () => demo);
    exampleRoutes(app, examplesDir, examples);
    landingRoutes(app, () => ({ demo, examples }));
  },
});
demo = registry.demo;

console.error(
  formatDemoBanner({
    url: registry.url,
    demo,
    seconds: (performance.now() - started) / 1000,
    keys: databaseUrl ? 'postgres' : dataDir ? 'dataDir' : 'memory',
    examples,
    landing: true,
    startup: registry.startup,
  }),
);

// Graceful: requests in flight finish (bounded by the drain setting), the database closes cleanly. A
// repeated signal (pnpm relays Ctrl-C) changes nothing.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void registry.shutdown().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
