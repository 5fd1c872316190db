/**
 * Part of `pnpm --filter @nayabato/registry run build`: copies the Swagger UI files the registry serves
 * (with their licences and the manifest that names the version) from the `swagger-ui-dist` development
 * dependency into `dist/swagger-ui/`, so that the published package needs no dependency for them.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SWAGGER_UI_DIR, SWAGGER_UI_FILES, SWAGGER_UI_LICENSES } from '../src/contract/reference-assets.js';

const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const target = fileURLToPath(new URL(`../dist/${SWAGGER_UI_DIR}/`, import.meta.url));
mkdirSync(target, { recursive: true });
const names = [...Object.keys(SWAGGER_UI_FILES), ...SWAGGER_UI_LICENSES, 'package.json'];
for (const name of names) copyFileSync(join(source, name), join(target, name));
console.log(`dist/${SWAGGER_UI_DIR}: ${names.length} files of swagger-ui-dist copied`);
