/**
 * What the example pages of `pnpm start` load besides their own files, served beside them on the same
 * origin so that no page needs a build step or a CDN:
 *
 * - `/examples/_shared/elements.js`: `@nayabato/elements` (every element registered, with Lit and the
 *   client) bundled by esbuild from the workspace's TypeScript sources at the first request, then kept in
 *   memory. A page loads it with `<script type="module" src="/examples/_shared/elements.js">`.
 * - `/examples/_shared/demo.json`: the registry's URL, a demo corporate organisation's publishable key (never
 *   a secret key), a demo NGO's id and the demo programme's period, so a page learns them at run time
 *   instead of carrying keys that change at every start.
 */
import { fileURLToPath } from 'node:url';
import type { DemoCredentials, StartOptions } from '@nayabato/registry';
import { build } from 'esbuild';

/** The registry's Hono app as `startRegistry`'s `extend` receives it (the root does not depend on hono). */
type RegistryApp = Parameters<NonNullable<StartOptions['extend']>>[0];

/** What `/examples/_shared/demo.json` answers: everything a public example page needs to connect. */
export interface ExampleDemoConfig {
  /** The registry's base URL (the origin the examples are served from). */
  readonly registry: string;
  /** A demo corporate organisation's publishable key (`pk_…`). */
  readonly publishableKey: string;
  /** That organisation's id and name. */
  readonly organization: { readonly id: string; readonly name: string };
  /** A demo NGO partner: its id and name (for one organisation's figures). */
  readonly partner?: { readonly id: string; readonly name: string } | undefined;
  /** The demo programme's period, first and last day (ISO dates). */
  readonly from: string;
  readonly to: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The day before an ISO date (the programme summary's `end` is the day after its last day). */
function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Bundles `@nayabato/elements` for browsers (ES modules, minified) from its sources through the
 * `@nayabato/source` export condition: about half a second, once per start.
 *
 * @example
 * ```ts
 * const code = await bundleElements(); // 'var …' (registers nb-provider, nb-impact-stats, …)
 * ```
 */
export async function bundleElements(): Promise<string> {
  const result = await build({
    // `export *` (not a bare import): the package's `sideEffects` names its dist files, so esbuild would
    // drop a bare import of the sources. The provider is registered first: the package's entry registers
    // <nb-impact-stats> before <nb-provider>, and an element upgraded inside a provider that is not yet
    // defined finds no registry connection (it stays "not connected").
    stdin: {
      // `createClient` too: a staff page (examples/ngo-intranet) makes its own client from a staff token.
      contents:
        "export * from '@nayabato/elements/provider';\nexport * from '@nayabato/elements';\nexport { createClient } from '@nayabato/client';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@nayabato/source'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The demo connection for example pages, or `undefined` before the demo is seeded (or without one).
 *
 * @example
 * ```ts
 * exampleDemoConfig('http://127.0.0.1:4400', registry.demo)?.publishableKey; // 'pk_test_…'
 * ```
 */
export function exampleDemoConfig(
  url: string,
  demo: DemoCredentials | undefined,
): ExampleDemoConfig | undefined {
  const company = demo?.organizations.find((o) => o.role === 'corporate') ?? demo?.organizations[0];
  if (!demo || !company) return undefined;
  const partner = demo.organizations.find((o) => o.role === 'ngo');
  return {
    registry: url,
    publishableKey: company.publishableKey,
    organization: { id: company.id, name: company.name },
    partner: partner ? { id: partner.id, name: partner.name } : undefined,
    from: demo.summary.start,
    to: dayBefore(demo.summary.end),
  };
}

/**
 * Adds `/examples/_shared/elements.js` and `/examples/_shared/demo.json` to the app (`pnpm start`'s
 * `extend`, and the examples' tests).
 *
 * @example
 * ```ts
 * startRegistry({ seed: 'demo', extend: (app, url) => exampleAssetRoutes(app, url, () => demo) });
 * ```
 */
export function exampleAssetRoutes(
  app: RegistryApp,
  url: () => string,
  demo: () => DemoCredentials | undefined,
): void {
  let bundle: Promise<string> | undefined;
  app.get('/examples/_shared/elements.js', async (c) => {
    bundle ??= bundleElements();
    const code = await bundle.catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
    return c.body(code, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    });
  });
  app.get('/examples/_shared/demo.json', (c) => {
    const config = exampleDemoConfig(url(), demo());
    if (!config) return c.json({ error: 'the demo is not seeded' }, 503);
    return c.json(config, 200, { 'cache-control': 'no-store' });
  });
}
