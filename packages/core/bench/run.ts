/**
 * `pnpm bench` in packages/core: runs every `bench/*.bench.ts` module (each default-exports an async
 * function returning a Markdown fragment) in name order, and writes core's section of docs/benchmarks.md.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBenchSection } from '../../../scripts/bench-section.ts';

type Bench = { default: () => Promise<string> };

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const fragments: string[] = [];
for (const file of files) {
  const started = performance.now();
  const bench = (await import(pathToFileURL(`${dir}${file}`).href)) as Bench;
  const markdown = await bench.default();
  console.log(`${file}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(markdown.trim(), '\n');
  fragments.push(markdown.trim());
}
writeBenchSection('core', 'pnpm --filter @nayabato/core bench', fragments.join('\n\n'));
console.log(`Wrote core's section of docs/benchmarks.md (${files.length} benchmarks).`);
