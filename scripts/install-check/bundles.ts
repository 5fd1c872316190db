import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Message } from 'esbuild';

/** Formats esbuild's warnings so a failure names each one. */
function describe(warnings: readonly Message[]): string {
  return warnings.map((w) => `${w.location?.file ?? ''}: ${w.text}`).join('\n');
}

/**
 * Bundles the JavaScript entry points of an unpacked package in `dir` with esbuild, its dependencies
 * external, and fails on any warning. `dir` must not be inside `node_modules`: esbuild keeps quiet about
 * code there, so an app's bundle would drop a package's bare `import './chunk-*.js'` (under
 * `sideEffects: false`) silently, while this reports it (`ignored-bare-import`).
 */
export async function bundleOwnDist(
  dir: string,
  entries: readonly string[],
  options: { platform: 'browser' | 'node'; externals: readonly string[] },
): Promise<number> {
  const result = await build({
    absWorkingDir: dir,
    entryPoints: [...entries],
    bundle: true,
    platform: options.platform,
    format: 'esm',
    splitting: true,
    outdir: join(dir, 'bundled'),
    write: false,
    external: [...options.externals],
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`Warnings bundling ${dir}:\n${describe(result.warnings)}`);
  return entries.length;
}

/**
 * Bundles `browser.ts` of the project in `dir` as a browser app would (esbuild, browser platform, ESM,
 * code splitting) into `dir/bundle-browser`. Fails on any warning, such as a bare import dropped because
 * a package claimed to have no side effects, and unless the client's validator ends up in a chunk of its
 * own (it must stay lazily loaded). Returns the entry file to import.
 */
export async function bundleBrowser(dir: string): Promise<{ entry: string; chunks: number }> {
  const outdir = join(dir, 'bundle-browser');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['browser.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    outdir,
    metafile: true,
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`Browser bundle warnings:\n${describe(result.warnings)}`);
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const entry = outputs.find(([, output]) => output.entryPoint === 'browser.ts');
  if (!entry) throw new Error('The browser bundle has no entry chunk.');
  // Metafile paths are relative to `absWorkingDir`, with forward slashes.
  const validator = 'node_modules/@nayabato/client/dist/validation/validator.js';
  const lazy = outputs.find(([, output]) => Object.keys(output.inputs).includes(validator));
  const loadedLazily = entry[1].imports.some((i) => i.path === lazy?.[0] && i.kind === 'dynamic-import');
  if (!lazy || lazy === entry || !loadedLazily) {
    throw new Error('The client validator is not in a chunk of its own that the app loads with import().');
  }
  return { entry: join(dir, entry[0]), chunks: outputs.length };
}

/**
 * Bundles `consumer.ts` of the project in `dir` for Node (esbuild, ESM) into `dir/bundle-node`, with the
 * `@nayabato` packages inlined and every other package left external. This runs the built registry, core
 * and client through a bundler that honours their `sideEffects`. Fails on any warning; returns the file.
 */
export async function bundleNode(dir: string, externals: readonly string[]): Promise<string> {
  const outdir = join(dir, 'bundle-node');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['consumer.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    external: [...externals],
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`Node bundle warnings:\n${describe(result.warnings)}`);
  return join(outdir, 'consumer.js');
}

/**
 * Bundles `elements.ts` of the project in `dir` for browsers (esbuild, ESM, minified) into
 * `dir/bundle-elements`, failing on any warning and unless the bundle still registers the elements: a
 * `sideEffects` list that dropped a registration module would leave the tags undefined. Returns the size.
 */
export async function bundleElements(dir: string): Promise<{ bytes: number }> {
  const outdir = join(dir, 'bundle-elements');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['elements.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    outdir,
    metafile: true,
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(`Elements bundle warnings:\n${describe(result.warnings)}`);
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.js'));
  if (!output) throw new Error('The elements bundle has no output.');
  const text = readFileSync(join(dir, output[0]), 'utf8');
  for (const tag of ['nb-quick-exit', 'nb-provider'])
    if (!text.includes(`"${tag}"`)) throw new Error(`The elements bundle does not register <${tag}>.`);
  return { bytes: output[1].bytes };
}
