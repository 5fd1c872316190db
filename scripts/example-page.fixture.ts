/**
 * The walk of an example page in the example tests: a registry with the demo programme on port 0 (the
 * examples served beside it as `pnpm start` serves them, plus any routes of the test), Chromium launched
 * through Playwright, and pages that record what they ask and log while anything not for the registry is
 * refused, so no run depends on a network and a test can show that nothing left the registry.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  type DemoCredentials,
  exampleRoutes,
  findExamples,
  formatDemoBanner,
  landingRoutes,
  type RunningRegistry,
  type StartOptions,
  startRegistry,
} from '@nayabato/registry';
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright';
import { expect } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';
import { exampleAssetRoutes } from './example-assets.ts';

/** The registry's Hono app as `startRegistry`'s `extend` receives it (the root does not depend on hono). */
type RegistryApp = Parameters<NonNullable<StartOptions['extend']>>[0];

/** The repository's `examples/` folder. */
export const examplesDir = fileURLToPath(new URL('../examples', import.meta.url));

const axePath = createRequire(new URL('../packages/elements/package.json', import.meta.url)).resolve(
  'axe-core/axe.min.js',
);

/** What a walk serves besides the registry's API. */
export interface ExampleWalkOptions {
  /**
   * The test's own routes (a session route, a test page), given the registry's URL and its demo
   * credentials (both known only once it listens).
   */
  readonly routes?: (app: RegistryApp, url: () => string, demo: () => DemoCredentials | undefined) => void;
  /** Serve the examples, their shared assets and the landing page (default `true`). */
  readonly examples?: boolean;
}

/** One request a page made: its URL, and URL, headers and body as one text (for secret checks). */
export interface RecordedRequest {
  readonly url: string;
  readonly text: string;
}

/** What the pages of a test asked and logged; one log may serve several pages. */
export interface PageLog {
  /** Every request the pages made, the refused ones included. */
  readonly requests: RecordedRequest[];
  /** The URLs refused because they were not for the registry. */
  readonly refused: string[];
  /** Console messages, uncaught errors and (if asked for) failed answers, as `"404 <url>"`. */
  readonly problems: string[];
  /** The bodies of the answers `WatchOptions.bodies` chose. */
  readonly bodies: string[];
}

/** What a watched page records beyond its requests, refusals and uncaught errors. */
export interface WatchOptions {
  /** The console messages that count as problems: errors (the default), or warnings too. */
  readonly console?: 'error' | 'warning';
  /** Count every answer of status 400 or above as a problem. */
  readonly failedAnswers?: boolean;
  /** Which answers' bodies to keep in the log (none by default). */
  readonly bodies?: (response: Response) => boolean;
}

/** A running walk: the registry and the browser, closed together. */
export interface ExampleWalk {
  readonly registry: RunningRegistry;
  readonly browser: Browser;
  /** A new page of `opener` (the browser or one of its contexts), watched into `log`, not yet navigated. */
  newPage(opener: Browser | BrowserContext, log: PageLog, options?: WatchOptions): Promise<Page>;
  close(): Promise<void>;
}

/** An empty log for `ExampleWalk.newPage`. */
export function pageLog(): PageLog {
  return { requests: [], refused: [], problems: [], bodies: [] };
}

/**
 * Starts the registry (demo seed, port 0, loopback, silent) and Chromium.
 *
 * @example
 * ```ts
 * walk = await startExampleWalk({ routes: (app, url, demo) => corporateSessionRoute(app, url, demo) });
 * const page = await walk.newPage(walk.browser, log);
 * await page.goto(`${walk.registry.url}/examples/corporate-site/`);
 * ```
 */
export async function startExampleWalk(options: ExampleWalkOptions = {}): Promise<ExampleWalk> {
  const examples = findExamples(examplesDir);
  let credentials: RunningRegistry['demo'];
  const registry = await startRegistry({
    port: 0,
    host: '127.0.0.1',
    seed: 'demo',
    demoCacheDir: fileURLToPath(new URL('../node_modules/.cache/nayabato', import.meta.url)),
    logger: () => undefined,
    extend: (app, url) => {
      if (options.examples !== false) exampleAssetRoutes(app, url, () => credentials);
      options.routes?.(app, url, () => credentials);
      if (options.examples !== false) {
        exampleRoutes(app, examplesDir, examples);
        landingRoutes(app, () => ({ demo: credentials, examples }));
      }
    },
  });
  credentials = registry.demo;
  const browser = await chromium
    .launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] })
    .catch(async (error: unknown) => {
      await registry.close();
      throw error;
    });
  return {
    registry,
    browser,
    newPage: async (opener, log, watch = {}) => {
      const page = await opener.newPage();
      page.on('request', (request) =>
        log.requests.push({
          url: request.url(),
          text: `${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`,
        }),
      );
      page.on('console', (message) => {
        const type = message.type();
        if (type === 'error' || (watch.console === 'warning' && type === 'warning'))
          log.problems.push(message.text());
      });
      page.on('pageerror', (error) => log.problems.push(error.message));
      page.on('response', async (response) => {
        if (watch.failedAnswers && response.status() >= 400)
          log.problems.push(`${response.status()} ${response.url()}`);
        if (watch.bodies?.(response)) log.bodies.push(await response.text().catch(() => ''));
      });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${registry.url}/`)) return route.continue();
        log.refused.push(url);
        return route.abort();
      });
      return page;
    },
    close: async () => {
      await browser.close();
      await registry.close();
    },
  };
}

/** Asserts that the pages asked nothing of any host but the registry (on loopback). */
export function expectRegistryOnly(log: PageLog): void {
  expect(log.refused).toEqual([]);
  for (const { url } of log.requests) expect(new URL(url).hostname).toBe('127.0.0.1');
}

/** Asserts that `pnpm start`'s output and the landing page link the example `name`. */
export async function expectListedExample(registry: RunningRegistry, name: string): Promise<void> {
  expect(findExamples(examplesDir)).toContain(name);
  const banner = formatDemoBanner({
    url: registry.url,
    demo: registry.demo,
    seconds: 1,
    keys: 'memory',
    examples: findExamples(examplesDir),
    landing: true,
  });
  expect(banner).toContain(`${registry.url}/examples/${name}/`);
  const landing = await (await fetch(`${registry.url}/`)).text();
  expect(landing).toContain(`href="/examples/${name}/"`);
}

/** axe-core's violations on `page` (WCAG 2.x A and AA, best practices), shadow roots included. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
