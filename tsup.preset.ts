import type { Options } from 'tsup';

/**
 * The one build preset every package uses: ESM only, with declarations, for browsers and Node 20+.
 * Packages pass their entry points; everything else is shared so builds stay alike.
 */
export function preset(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    outDir: 'dist',
    ...overrides,
  };
}
