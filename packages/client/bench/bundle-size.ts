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
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    outputFiles: { path: string; contents: Uint8Array }[];
    metafile: { outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[] }> };
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
  return { initialGzip, initialMinified, lazyGzip };
}
