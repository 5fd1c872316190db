/**
 * `pnpm generate`: rewrites every generated file in the repository. Packages generate their own files
 * in dependency order (the registry's OpenAPI document before the client's types; the elements'
 * `custom-elements.json` from their TSDoc); then the i18n doc. CI runs it and fails when any of these differs
 * from the committed copy.
 */
import { execFileSync } from 'node:child_process';

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
run('pnpm', ['exec', 'tsx', '--conditions=@nayabato/source', 'scripts/i18n-doc.ts']);
