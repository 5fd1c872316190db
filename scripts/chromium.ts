/**
 * Finds a Chromium for the browser tests, and says how to get one when there is none. Pure over an injected
 * {@link ChromiumProbe}, so tests can simulate machines without Chromium without uninstalling it.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What the finder may ask of the machine. */
export interface ChromiumProbe {
  /** The environment (`CHROMIUM_PATH`, `PATH`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists and may be executed. */
  readonly isExecutable: (path: string) => boolean;
}

/**
 * The flags every Chromium of the tests is launched with (the vitest browser project and the node tests
 * that drive Chromium through Playwright): headless, no sandbox (CI runs as root), and none of Chromium's
 * own background traffic (updates, sync, QUIC probes), which would otherwise flood refused connections on
 * machines without outside network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Well-known install locations, tried before `PATH` (Debian, Ubuntu's snap, macOS). */
export const CHROMIUM_LOCATIONS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Command names looked up on `PATH`. */
export const CHROMIUM_COMMANDS: readonly string[] = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
];

/** The result of {@link findChromium}: a path, or why there is none. */
export type ChromiumSearch =
  | { readonly path: string }
  | { readonly path?: undefined; readonly reason: string };

/**
 * Finds a Chromium: `CHROMIUM_PATH` when set (and then only it), else a well-known location, else a
 * command on `PATH`.
 *
 * @example
 * ```ts
 * findChromium(); // { path: '/usr/bin/chromium' } on Debian with the chromium package
 * ```
 */
export function findChromium(probe: ChromiumProbe = machineProbe()): ChromiumSearch {
  const configured = probe.env.CHROMIUM_PATH;
  if (configured) {
    return probe.isExecutable(configured)
      ? { path: configured }
      : { reason: `CHROMIUM_PATH=${configured} is not an executable file` };
  }
  for (const path of CHROMIUM_LOCATIONS) if (probe.isExecutable(path)) return { path };
  const dirs = (probe.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_COMMANDS) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (probe.isExecutable(path)) return { path };
    }
  }
  return { reason: 'no Chromium found' };
}

/**
 * The one line printed when Chromium is missing and cannot be installed here: what to run, exactly.
 *
 * @example
 * ```ts
 * missingChromiumLine('no Chromium found');
 * ```
 */
export function missingChromiumLine(reason: string): string {
  return `pnpm test: ${reason} for the browser tests; run \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH=/path/to/chromium, then \`pnpm test\` again.`;
}

/** The probe of this machine. */
export function machineProbe(): ChromiumProbe {
  return {
    env: process.env,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}
