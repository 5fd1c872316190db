/**
 * `pnpm start`: the registry on http://127.0.0.1:4400 (PORT to change it), seeded with the demo
 * programme, serving the API reference and each `examples/<name>/public/` at `/examples/<name>/`.
 * Embedded PGlite in memory by default; NAYABATO_DATA_DIR keeps data between runs; DATABASE_URL uses
 * a PostgreSQL server.
 */
import { fileURLToPath } from 'node:url';
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

const registry = await startRegistry({
  port: Number(process.env.PORT ?? 4400),
  host: '127.0.0.1',
  seed: 'demo',
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.NAYABATO_DATA_DIR ? { dataDir: process.env.NAYABATO_DATA_DIR } : {}),
  extend: (app) => {
    exampleRoutes(app, examplesDir, examples);
    landingRoutes(app, () => ({ demo, examples }));
  },
});
demo = registry.demo;

const lines = [
  '',
  `Naya Bato registry (synthetic demo data) on ${registry.url}`,
  `  landing page   ${registry.url}/`,
  `  API reference  ${registry.url}/reference`,
  `  contract       ${registry.url}/openapi.json`,
  ...examples.map((e) => `  example        ${registry.url}/examples/${e}/`),
  '',
  'Demo organisations (keys shown once; secret keys are for servers, never browsers):',
  ...(demo?.organizations ?? []).flatMap((o) => [
    `  ${o.name} [${o.role}] ${o.id}`,
    `    secret key       ${o.secretKey}`,
    `    publishable key  ${o.publishableKey}`,
    `    demo user        ${o.user.id} (${o.user.displayName})`,
  ]),
  '',
  `Try: curl -H "Authorization: Bearer ${demo?.organizations.find((o) => o.role === 'ngo')?.secretKey}" ${registry.url}/v1/participants`,
  '',
];
console.error(lines.join('\n'));

const stop = () => void registry.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
