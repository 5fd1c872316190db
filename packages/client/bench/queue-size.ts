/**
 * The gzip size (level 9) of a browser bundle of the queue (`createQueue` and the IndexedDB store, with
 * `idb` and eventemitter3), and a check that `createClient`'s bundle holds no module of the queue.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What {@link measureQueueBundle} found. */
export interface QueueBundleSizes {
  /** Bytes, gzip -9, of the minified queue bundle. */
  readonly queueGzip: number;
  /** Modules of `src/queue/` found in `createClient`'s bundle (0 is the goal). */
  readonly queueModulesInClient: number;
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    outputFiles: { contents: Uint8Array }[];
    metafile: { inputs: Record<string, unknown> };
  }>;
}

/** esbuild comes with tsup (a root dev dependency); resolve it from there. */
function loadEsbuild(): Esbuild {
  const fromHere = createRequire(import.meta.url);
  return createRequire(fromHere.resolve('tsup'))('esbuild') as Esbuild;
}

/** Bundles the two entries from source, as the client's own bundle measure does. */
export async function measureQueueBundle(): Promise<QueueBundleSizes> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const esbuild = loadEsbuild();
  const bundle = (contents: string) =>
    esbuild.build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      external: ['node:*'],
      conditions: ['@nayabato/source'],
    });
  const queue = await bundle("export { createQueue, openIndexedDbQueue } from './src/queue/index.ts';");
  const client = await bundle("export { createClient } from './src/index.ts';");
  return {
    queueGzip: queue.outputFiles.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0),
    queueModulesInClient: Object.keys(client.metafile.inputs).filter((path) => path.includes('src/queue/'))
      .length,
  };
}
