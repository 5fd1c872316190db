/**
 * Where the script tag's bytes go: builds the board alone and board + editor as `scripts/bundle.ts` does,
 * with esbuild's metafile, and prints the gzip size of each bundle and its inputs by minified bytes,
 * grouped by package (or by folder within the workspace's packages). A measurement aid, not a test:
 * `pnpm --filter @nayabato/job-widget exec tsx scripts/bundle-report.ts [--all] [--why <text>]` (`--all`
 * lists every module instead of the 40 largest; `--why zod` prints, for every module whose path contains
 * the text, the chain of imports that brings it in from the entry; `--readable DIR` also writes each
 * bundle unminified, tree-shaken the same way, with a comment naming each module: what was kept, and why).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { jobWidgetBuildOptions } from './bundle.ts';

/** A readable group for an input path: `zod/mini`, `lit`, `core/geography`, `client/src/…`. */
function group(input: string): string {
  const pkg = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  if (pkg)
    return pkg[1]!.startsWith('@lit') || pkg[1] === 'lit-html' || pkg[1] === 'lit-element' ? 'lit' : pkg[1]!;
  const ws = /packages\/([^/]+)\/src\/([^/]+)/.exec(input);
  if (ws) return `${ws[1]}/${ws[2]!.replace(/\.ts$/, '')}`;
  return input;
}

const all = process.argv.includes('--all');
const whyAt = process.argv.indexOf('--why');
const why = whyAt > 0 ? process.argv[whyAt + 1] : undefined;
const readableAt = process.argv.indexOf('--readable');
const readable = readableAt > 0 ? process.argv[readableAt + 1] : undefined;

/** The shortest import chain from the entry to every input, by breadth-first search. */
function chains(metafile: Metafile): Map<string, string[]> {
  const entry = Object.values(metafile.outputs)[0]!.entryPoint!;
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const { path } of metafile.inputs[at]?.imports ?? []) {
      if (seen.has(path)) continue;
      seen.set(path, [...seen.get(at)!, path]);
      queue.push(path);
    }
  }
  return seen;
}

for (const entry of ['board', 'script'] as const) {
  const result = await build({ ...jobWidgetBuildOptions(entry), write: false, metafile: true });
  const code = result.outputFiles[0]!.contents;
  if (readable) {
    const plain = await build({
      ...jobWidgetBuildOptions(entry),
      minify: false,
      minifySyntax: true,
      write: false,
    });
    writeFileSync(`${readable}/${entry}.js`, plain.outputFiles[0]!.text);
  }
  const output = Object.values(result.metafile.outputs)[0]!;
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(
    `\n${entry === 'board' ? 'board alone' : 'board + editor'}: ${code.length} B minified, ${gzip} B gzip`,
  );
  const inputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((i) => i.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const groups = new Map<string, number>();
  for (const i of inputs) groups.set(group(i.path), (groups.get(group(i.path)) ?? 0) + i.bytes);
  console.log('  by group (minified bytes):');
  for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(`    ${String(bytes).padStart(7)}  ${name}`);
  if (why) {
    const found = chains(result.metafile);
    const short = (p: string) => p.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
    const hits = inputs.filter((i) => i.path.includes(why));
    // A chain per group is enough to see the reason; the first (largest) module of each stands for it.
    const shown = new Set<string>();
    console.log(`  why ${why}:`);
    for (const i of hits) {
      const chain = (found.get(i.path) ?? [i.path]).map(short);
      const key = chain.slice(0, -1).join(' > ');
      if (shown.has(key)) continue;
      shown.add(key);
      console.log(`    ${chain.join('\n      > ')}`);
    }
  }
  console.log(`  by module${all ? '' : ' (40 largest)'}:`);
  for (const i of all ? inputs : inputs.slice(0, 40)) {
    console.log(
      `    ${String(i.bytes).padStart(7)}  ${i.path.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')}`,
    );
  }
}
