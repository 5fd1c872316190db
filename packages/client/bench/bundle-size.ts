/**
 * The gzip size (level 9) of a browser bundle of `createClient`: esbuild bundles and minifies the
 * client's source as ESM with code splitting; the validation chunk (core's schemas, loaded with
 * `import()` on first validated call) is reported apart, since a page that turns validation off never
 * loads it.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes. */
export interface BundleSizes {
  /** The entry and the chunks it imports statically: what a page loads for `createClient`. */
  readonly initialGzip: number;
  readonly initialMinified: number;
  /** The lazily imported validation chunks. */
  readonly lazyGzip: number;
  /** What the initial code is made of (esbuild's metafile, minified bytes before gzip), heaviest first. */
  readonly initialShares: readonly { readonly part: string; readonly minified: number }[];
}

/** The part of the bundle an input belongs to: a package by name, or the client's own source. */
function partOf(path: string): string {
  if (path.includes('node_modules/')) {
    const rest = path.split('node_modules/').at(-1) ?? path;
    return rest.startsWith('@') ? rest.split('/').slice(0, 2).join('/') : (rest.split('/')[0] ?? rest);
  }
  if (path.includes('packages/core/')) return '@nayabato/core';
  return "the client's own code";
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    outputFiles: { path: string; contents: Uint8Array }[];
    metafile: {
      outputs: Record<
        string,
        {
          entryPoint?: string;
          imports: { path: string; kind: string }[];
          inputs: Record<string, { bytesInOutput: number }>;
        }
      >;
    };
  }>;
}

/** esbuild comes with tsup (a root dev dependency); resolve it from there. */
function loadEsbuild(): Esbuild {
  const fromHere = createRequire(import.meta.url);
  return createRequire(fromHere.resolve('tsup'))('esbuild') as Esbuild;
}

export async function measureBundle(): Promise<BundleSizes> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = await loadEsbuild().build({
    stdin: { contents: "export { createClient } from './src/index.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    write: false,
    metafile: true,
    outdir: `${root}bench-out`,
    conditions: ['@nayabato/source'],
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((key) => outputs[key]?.entryPoint !== undefined);
  const initial = new Set<string>();
  const visit = (key: string | undefined) => {
    if (!key || initial.has(key)) return;
    initial.add(key);
    for (const i of outputs[key]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  let initialGzip = 0;
  let initialMinified = 0;
  let lazyGzip = 0;
  for (const file of result.outputFiles) {
    const key = Object.keys(outputs).find((k) => file.path.endsWith(k.replace(/^.*bench-out/, '')));
    const gz = gzipSync(file.contents, { level: 9 }).length;
    if (key && initial.has(key)) {
      initialGzip += gz;
      initialMinified += file.contents.length;
    } else {
      lazyGzip += gz;
    }
  }
  const shares = new Map<string, number>();
  for (const key of initial)
    for (const [path, { bytesInOutput }] of Object.entries(outputs[key]?.inputs ?? {}))
      shares.set(partOf(path), (shares.get(partOf(path)) ?? 0) + bytesInOutput);
  const initialShares = [...shares]
    .map(([part, minified]) => ({ part, minified }))
    .sort((a, b) => b.minified - a.minified);
  return { initialGzip, initialMinified, lazyGzip, initialShares };
}
