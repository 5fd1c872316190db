import { formatProgrammeSummary } from '@nayabato/core/synthetic';
import type { DemoCredentials } from './seed/demo.js';
import type { StartupPhases } from './server.js';

/** What {@link formatDemoBanner} prints. */
export interface DemoBannerInfo {
  /** The registry's base URL. */
  readonly url: string;
  /** The demo organisations and keys; without them only the URLs are printed. */
  readonly demo?: DemoCredentials | undefined;
  /** Seconds from the start of the process's work to a ready, seeded registry. */
  readonly seconds: number;
  /** Where the demo keys live: `memory` (new at each start) or `dataDir` (the same at each start). */
  readonly keys: 'memory' | 'dataDir' | 'postgres';
  /** Example names served at `/examples/<name>/` (by `pnpm start`). */
  readonly examples?: readonly string[];
  /** The start's phases, printed on one line (the registry bench reads it). */
  readonly startup?: StartupPhases | undefined;
  /** Whether `/` is the landing page listing the keys (`pnpm start`). */
  readonly landing?: boolean;
}

const KEYS_NOTE: Record<DemoBannerInfo['keys'], string> = {
  memory: 'new at every start of this in-memory database',
  dataDir: 'the same at every start on this data directory while they stay active',
  postgres: 'new at every start, earlier ones stay active as other processes may use them',
};

/**
 * One start's phases, e.g. `engine 950 ms, migrations 12 ms, listen 3 ms, seed 40 ms (snapshot loaded)`.
 *
 * @example
 * ```ts
 * formatPhases(registry.startup);
 * ```
 */
export function formatPhases(p: StartupPhases): string {
  const snapshot = p.snapshot ? ` (snapshot ${p.snapshot})` : '';
  return `engine ${p.engine} ms, migrations ${p.migrations} ms, listen ${p.listen} ms, seed ${p.seed} ms${snapshot}`;
}

/**
 * The text `pnpm start` and `nayabato-registry --seed demo` print once the registry is ready: the URLs,
 * the programme's summary, the demo organisations with their demo keys, and a first request to try.
 *
 * @example
 * ```ts
 * console.error(formatDemoBanner({ url: registry.url, demo: registry.demo, seconds: 1.8, keys: 'memory' }));
 * ```
 */
export function formatDemoBanner(info: DemoBannerInfo): string {
  const { url, demo } = info;
  const orgs = demo?.organizations ?? [];
  const roleWidth = Math.max(4, ...orgs.map((o) => o.role.length));
  const idWidth = Math.max(2, ...orgs.map((o) => o.id.length));
  const keyWidth = Math.max(10, ...orgs.map((o) => o.secretKey.length));
  const widths = [roleWidth, idWidth, keyWidth, keyWidth, idWidth];
  const row = (cells: string[]) =>
    `  ${cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`;
  const ngoKey = orgs.find((o) => o.role === 'ngo')?.secretKey;
  const lines = [
    '',
    `Naya Bato registry (synthetic demo data) on ${url}, started and seeded in ${info.seconds.toFixed(1)} s`,
    ...(info.startup ? [`  phases         ${formatPhases(info.startup)}`] : []),
    ...(info.landing ? [`  landing page   ${url}/`] : []),
    `  API reference  ${url}/reference`,
    `  contract       ${url}/openapi.json`,
    ...(info.examples ?? []).map((e) => `  example        ${url}/examples/${e}/`),
    '',
  ];
  if (!demo) return lines.join('\n');
  lines.push(
    formatProgrammeSummary(demo.summary),
    '',
    `Demo organisations and their demo keys (synthetic data only; ${KEYS_NOTE[info.keys]}${info.landing ? '; also listed at /' : ''}).`,
    'Secret keys are for servers and scripts, never browsers:',
    row(['role', 'id', 'secret key', 'publishable key', 'demo user', 'name']),
    ...orgs.map((o) => row([o.role, o.id, o.secretKey, o.publishableKey, o.user.id, o.name])),
    '',
    `Try: curl -H "Authorization: Bearer ${ngoKey}" ${url}/v1/participants`,
    '',
  );
  return lines.join('\n');
}
