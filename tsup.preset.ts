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

/**
 * The preset for libraries used in browsers (core, client): JavaScript is emitted one file per module,
 * unbundled, so that an application's bundler drops what it does not import (`sideEffects: false`); a
 * bundled single file would keep every top-level schema and catalog. It also keeps `sideEffects: false`
 * true: code splitting would add bare `import './chunk-*.js'` lines that such bundlers drop with a warning.
 * Declarations stay bundled per public entry.
 */
export function unbundledPreset(entry: Record<string, string>, overrides: Options = {}): Options {
  return preset(entry, {
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/**/*.test-*.ts',
      '!src/**/*.fixture.ts',
      '!src/testing/**',
    ],
    bundle: false,
    splitting: false,
    treeshake: false,
    dts: { entry },
    ...overrides,
  });
}
