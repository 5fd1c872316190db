/**
 * Builds `dist/job-widget.js`: the self-contained script a site includes with one tag. Every element of
 * the package with Lit, the client, core's `JobPosting` mapping and the elements' base, bundled by esbuild
 * as an IIFE (a classic `<script src>`, no module loader, no eval), minified. Run by `pnpm build` after
 * tsup; `bundleJobWidget` is also what the example pages serve.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));

/** The version the elements' base names when two copies meet (replaced as its own build does). */
function elementsVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../elements/package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Leaves the client's request validation (core's schemas for every operation, loaded by a dynamic import
 * that an IIFE cannot split off) out of the script: the board only reads, and its client is created with
 * `validate: false`. A client given to the board by the page keeps its own validation.
 */
const withoutClientValidation: Plugin = {
  name: 'without-client-validation',
  setup(b) {
    b.onResolve({ filter: /\/validation\/validator\.js$/ }, () => ({
      path: 'validator',
      namespace: 'nb-stub',
    }));
    b.onLoad({ filter: /.*/, namespace: 'nb-stub' }, () => ({
      contents: 'export const validator = undefined;',
    }));
  },
};

/**
 * The resources the script's elements call: the board reads organisations and job offers, the editor
 * writes job offers. The clients the script creates for them carry only these; the other twenty
 * resources of `createClient` (about 5 kB minified) stay out. A client the page gives an element is the
 * page's own, with every resource. An element of the script that calls another resource must add it here
 * (its browser tests run on the sources; the corporate example's careers and HR pages, whose tests run in
 * Chromium, load the script itself).
 */
const SCRIPT_RESOURCES = { organizations: 'organizations', jobOffers: 'job-offers' } as const;

/** Replaces the client's `createResources` with one that builds {@link SCRIPT_RESOURCES} only. */
const withScriptResources: Plugin = {
  name: 'script-resources',
  setup(b) {
    b.onLoad({ filter: /[\\/]client[\\/]src[\\/]resources[\\/]index\.ts$/ }, (args) => {
      const names = Object.entries(SCRIPT_RESOURCES);
      return {
        contents: [
          "import { operations } from './operation.js';",
          ...names.map(([name, file]) => `import { ${name} } from './${file}.js';`),
          'export function createResources(t) {',
          '  const op = operations(t);',
          `  return { ${names.map(([name]) => `${name}: ${name}(op)`).join(', ')} };`,
          '}',
        ].join('\n'),
        loader: 'ts',
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * Puts `script-event-emitter.ts` (eventemitter3's methods and behaviour, in about a tenth of its bytes) in
 * place of eventemitter3, which the clients the script creates use for their events.
 */
const withSmallEventEmitter: Plugin = {
  name: 'small-event-emitter',
  setup(b) {
    b.onResolve({ filter: /^eventemitter3$/ }, () => ({
      path: fileURLToPath(new URL('./script-event-emitter.ts', import.meta.url)),
    }));
  },
};

/**
 * The script bundle's code, built from the workspace's TypeScript sources (`@nayabato/source` condition).
 *
 * `entry: 'board'` builds the same script with the board alone (`dist/job-board-only.js`), so that
 * size-limit can hold the board's own figure apart from the pair's.
 *
 * @example
 * ```ts
 * const code = await bundleJobWidget(); // '(()=>{…})();' registers <nb-job-board>
 * ```
 */
export async function bundleJobWidget(entry: 'script' | 'board' = 'script'): Promise<string> {
  const result = await build({ ...jobWidgetBuildOptions(entry), write: false });
  return result.outputFiles[0]!.text;
}

/**
 * The esbuild options of {@link bundleJobWidget}, shared with `scripts/bundle-report.ts`, which measures
 * the same build module by module.
 */
export function jobWidgetBuildOptions(entry: 'script' | 'board' = 'script'): BuildOptions {
  const source = entry === 'board' ? '../src/job-board/job-board.ts' : '../src/script.ts';
  return {
    entryPoints: [fileURLToPath(new URL(source, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@nayabato/source'],
    define: { __NB_ELEMENTS_VERSION__: JSON.stringify(elementsVersion()) },
    plugins: [withoutClientValidation, withScriptResources, withSmallEventEmitter],
    // A second copy of the script on the page does nothing: the first registered every element, and a
    // second Lit would create a second `lit-html` Trusted Types policy, which a strict CSP refuses.
    banner: {
      js: "'use strict';(()=>{const k=Symbol.for('nayabato.job-widget.loaded');if(globalThis[k])return;globalThis[k]=1;",
    },
    footer: { js: '})();' },
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(`${here}/dist/job-widget.js`, await bundleJobWidget());
  writeFileSync(`${here}/dist/job-board-only.js`, await bundleJobWidget('board'));
}
