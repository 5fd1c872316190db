/**
 * The size of what a browser intake form needs from core: `validate` and the participant, consent and
 * needs-assessment input schemas, bundled from core's source with esbuild (minified ESM for browsers)
 * and measured with gzip -9.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface EsbuildOutput {
  readonly outputFiles: readonly { readonly contents: Uint8Array }[];
  readonly metafile: {
    readonly outputs: Record<string, { readonly inputs: Record<string, { readonly bytesInOutput: number }> }>;
  };
}
interface Esbuild {
  build(options: Record<string, unknown>): Promise<EsbuildOutput>;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** esbuild comes with tsup (and vite); it is resolved from there rather than declared a dependency of core. */
function loadEsbuild(): Esbuild {
  const fromRoot = createRequire(`${root}package.json`);
  const fromTsup = createRequire(fromRoot.resolve('tsup'));
  return fromTsup('esbuild') as Esbuild;
}

const ENTRY = [
  "export { validate } from '@nayabato/core';",
  "export { ParticipantInputSchema, ConsentInputSchema, NeedsAssessmentInputSchema } from '@nayabato/core';",
].join('\n');

export default async function bundleSizeBench(): Promise<string> {
  const esbuild = loadEsbuild();
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'intake-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@nayabato/source'],
    write: false,
    metafile: true,
    outfile: 'intake.js',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).length;
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  // Which packages and core modules weigh most in the output.
  const groups = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs))
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = path.includes('node_modules/')
        ? (path.split('node_modules/').at(-1)?.split('/').slice(0, 2).join('/') ?? path)
        : `core ${path.match(/src\/([^/]+)\//)?.[1] ?? path}`;
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
    }
  const heaviest = [...groups]
    .filter(([, bytes]) => bytes >= 100)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return [
    '### Intake form bundle size',
    '',
    'An entry importing `validate`, `ParticipantInputSchema`, `ConsentInputSchema` and `NeedsAssessmentInputSchema` from `@nayabato/core` (source), bundled by esbuild: minified, ESM, platform browser, tree-shaken.',
    '',
    '| measure | size |',
    '| --- | --- |',
    `| minified | ${kb(code.length)} kB |`,
    `| gzip -9 | **${kb(gzip)} kB** |`,
    '',
    `Heaviest parts of the minified output (before gzip): ${heaviest.map(([k, v]) => `${k} ${kb(v)} kB`).join(', ')}.`,
  ].join('\n');
}
