/**
 * Part of `pnpm --filter @nayabato/registry run build`: copies PGlite's worker thread (plain JavaScript,
 * `src/db/pglite-thread.js`) beside the bundle, where `db/pglite.ts` looks for it (`./pglite-thread.js`
 * next to the chunk that holds it, in `dist/`).
 */
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/db/pglite-thread.js', import.meta.url));
const to = fileURLToPath(new URL('../dist/pglite-thread.js', import.meta.url));
copyFileSync(from, to);
console.log('dist/pglite-thread.js: copied');
