/**
 * `pnpm --filter @nayabato/registry run generate`: rewrites `openapi.json` from the routes and core's
 * schemas. Deterministic: CI fails when the committed copy differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contractText } from './contract-text.js';

const file = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(file, await contractText());
console.log('packages/registry/openapi.json written');
