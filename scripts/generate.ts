/**
 * `pnpm generate`: rewrites every generated file in the repository. Packages generate their own files
 * in dependency order (the registry's OpenAPI document before the client's types; the elements'
 * `custom-elements.json` from their TSDoc); then the i18n doc. CI runs it and fails when any of these differs
 * from the committed copy.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });
run('pnpm', [
  '-r',
  '--filter',
  './packages/*',
  '--if-present',
  '--workspace-concurrency=1',
  'run',
  'generate',
]);
// The manifest analyzer lists modules in the order the file system returns them, which differs between
// checkouts: sorted by path, the committed copy is the same on every machine.
const manifestPath = new URL('../packages/elements/custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { modules: { path: string }[] };
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
run('pnpm', ['exec', 'tsx', '--conditions=@nayabato/source', 'scripts/i18n-doc.ts']);
