/**
 * `pnpm start`: the registry on http://127.0.0.1:4400 (PORT to change it), loaded with the synthetic
 * programme of `@nayabato/core/synthetic` (seed 2026, 250 participants; NAYABATO_DEMO_PARTICIPANTS to
 * change the size), serving the API reference and each `examples/<name>/public/` at `/examples/<name>/`.
 * Embedded PGlite in memory by default; NAYABATO_DATA_DIR keeps data between runs; DATABASE_URL uses
 * a PostgreSQL server.
 */
import { fileURLToPath } from 'node:url';
import { formatProgrammeSummary } from '@nayabato/core/synthetic';
import {
  type DemoCredentials,
  exampleRoutes,
  findExamples,
  landingRoutes,
  startRegistry,
} from '@nayabato/registry';

const examplesDir = fileURLToPath(new URL('../examples', import.meta.url));
const examples = findExamples(examplesDir);
let demo: DemoCredentials | undefined;
const participants = process.env.NAYABATO_DEMO_PARTICIPANTS;

const started = performance.now();
const registry = await startRegistry({
  port: Number(process.env.PORT ?? 4400),
  host: '127.0.0.1',
  seed: 'demo',
  ...(participants ? { demoParticipants: Number(participants) } : {}),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.NAYABATO_DATA_DIR ? { dataDir: process.env.NAYABATO_DATA_DIR } : {}),
  extend: (app) => {
    exampleRoutes(app, examplesDir, examples);
    landingRoutes(app, () => ({ demo, examples }));
  },
});
demo = registry.demo;
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const orgs = demo?.organizations ?? [];
const roleWidth = Math.max(4, ...orgs.map((o) => o.role.length));
const idWidth = Math.max(2, ...orgs.map((o) => o.id.length));
const keyWidth = Math.max(10, ...orgs.map((o) => o.secretKey.length));
const row = (cells: string[], widths: number[]) =>
  `  ${cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`;
const widths = [roleWidth, idWidth, keyWidth, keyWidth, idWidth];

const lines = [
  '',
  `Naya Bato registry (synthetic demo data) on ${registry.url}, started and seeded in ${seconds} s`,
  `  landing page   ${registry.url}/`,
  `  API reference  ${registry.url}/reference`,
  `  contract       ${registry.url}/openapi.json`,
  ...examples.map((e) => `  example        ${registry.url}/examples/${e}/`),
  '',
  ...(demo ? [formatProgrammeSummary(demo.summary), ''] : []),
  'Demo organisations (keys shown once; secret keys are for servers, never browsers):',
  row(['role', 'id', 'secret key', 'publishable key', 'demo user', 'name'], widths),
  ...orgs.map((o) => row([o.role, o.id, o.secretKey, o.publishableKey, o.user.id, o.name], widths)),
  '',
  `Try: curl -H "Authorization: Bearer ${demo?.organizations.find((o) => o.role === 'ngo')?.secretKey}" ${registry.url}/v1/participants`,
  '',
];
console.error(lines.join('\n'));

const stop = () => void registry.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
