import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { emulateMedia, staffToken } from './packages/elements/test/commands.ts';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';

/** Workspace tests read packages' TypeScript sources through this export condition: no build needed. */
const conditions = ['@nayabato/source'];

/**
 * A Chromium on this machine (`CHROMIUM_PATH`, Debian's, or one on PATH): `npx playwright install` cannot
 * download a browser on these machines. `pnpm test` checks for it first (scripts/ensure-chromium.ts).
 */
const found = findChromium();
const chromium =
  'path' in found && found.path ? found.path : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

/**
 * Test files at a time, over both projects (Vitest wants one number for projects that run together).
 * Vitest's default is one less than the cores (one on a 2-core machine), but many files wait on a
 * database, a child process, Chromium or a timer part of the time: two at a time keep two cores busy.
 * `NAYABATO_TEST_WORKERS` overrides it. See docs/decisions/2026-12-07-test-speed.md.
 */
const workers = Number(process.env.NAYABATO_TEST_WORKERS) || 2;

/** CI asks for a JSON report too (to print a plain closing line with the counts). */
const jsonReport = process.env.NAYABATO_TEST_REPORT;

export default defineConfig({
  test: {
    maxWorkers: workers,
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
    projects: [
      {
        resolve: { conditions },
        ssr: { resolve: { conditions } },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          // Generous: a registry's start or a test's requests share two cores with other files' work.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Node tests that drive Chromium through Playwright (the API reference page) use the same one.
          env: { CHROMIUM_PATH: chromium },
        },
      },
      {
        resolve: { conditions },
        // Pre-bundled up front, so a cold cache does not make Vite reload the page in the middle of a run.
        // Named through the package that depends on them: the root does not, so Vite could not resolve them.
        optimizeDeps: {
          include: [
            '@nayabato/client > eventemitter3',
            '@nayabato/client > idb',
            '@nayabato/client > ky',
            '@nayabato/client > msw',
            '@nayabato/core > zod/mini',
            '@nayabato/elements > lit',
            '@nayabato/elements > lit/decorators.js',
            '@nayabato/elements > @lit/context',
            '@nayabato/elements > axe-core',
            '@nayabato/elements > react',
            '@nayabato/elements > react-dom/client',
            '@nayabato/job-widget > lit',
            '@nayabato/job-widget > lit/decorators.js',
            'fast-check',
          ],
        },
        test: {
          name: 'chromium',
          // A real registry (demo programme) for the elements' browser tests: URL and key via inject().
          globalSetup: ['packages/elements/test/registry.global-setup.ts'],
          // Core is pure and must work in browsers: its node tests run here too.
          include: ['packages/core/src/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts'],
          exclude: ['**/*.node.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // Staff tokens issued from Node: packages/elements/test/commands.ts.
            commands: { staffToken, emulateMedia },
            provider: playwright({ launchOptions: { executablePath: chromium, args: [...CHROMIUM_ARGS] } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
