import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { AppEnv } from './context.js';
import { connectionErrorLine, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { answerClientError, MAX_HEADER_BYTES } from './http/client-error.js';
import { type LogSink, stdoutSink } from './http/logger.js';
import { sweepRetention } from './policy/retention.js';
import { DEMO_PARTICIPANTS, type DemoCredentials, seedDemo, startDemo } from './seed/demo.js';
import { DEFAULT_SETTINGS, type RegistrySettings } from './settings.js';

/** Options of {@link startRegistry}. */
export interface StartOptions {
  /**
   * The TCP port; `0` picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * The interface to listen on. Keep loopback unless a proxy in front terminates TLS.
   * @default '127.0.0.1'
   */
  host?: string;
  /** A PostgreSQL URL; when absent, embedded PGlite. */
  databaseUrl?: string;
  /** A PGlite data directory; when absent (and no URL), the database lives in memory. */
  dataDir?: string;
  /**
   * `demo` loads the synthetic programme of `@nayabato/core/synthetic` (seed 2026): its organisations
   * with fresh keys and users, participants, consents, assessments, plans and referrals.
   * @default 'none'
   */
  seed?: 'demo' | 'none';
  /**
   * How many participants the demo programme has (`seed: 'demo'`); the seed time grows with it.
   * @default 250
   */
  demoParticipants?: number;
  /**
   * A cache directory for a snapshot of the seeded demo database (e.g. `node_modules/.cache/nayabato`):
   * with `seed: 'demo'` on in-memory PGlite, a start loads it instead of creating, migrating and seeding a
   * database (built at the first start, rebuilt when the migrations, the seed or its code change).
   * Ignored for a data directory and PostgreSQL.
   */
  demoCacheDir?: string;
  /** Where request logs go (one object per line); default: JSON lines on standard output. */
  logger?: LogSink;
  /** Limits (body size, rate limit, token lifetime, page size). */
  settings?: Partial<RegistrySettings>;
  /** Extra routes (the landing page and examples of `pnpm start`). */
  extend?: (app: Hono<AppEnv>, url: () => string) => void;
}

/**
 * Milliseconds per phase of {@link startRegistry}: opening the database (`engine`; loading the demo snapshot
 * when there is one), `migrations`, `listen`, and the demo `seed` (with a snapshot: the seed's per-start
 * part, keys and origins).
 */
export interface StartupPhases {
  /** Opening the database (or loading the demo snapshot). */
  engine: number;
  /** Applying (or checking) the migrations. */
  migrations: number;
  /** Building the application and binding the port. */
  listen: number;
  /** The demo seed (0 without one). */
  seed: number;
  /** With a demo snapshot: `loaded` from the cache or `built` at this start. */
  snapshot?: 'loaded' | 'built';
}

/** A running registry. */
export interface RunningRegistry {
  /** The base URL, e.g. `http://127.0.0.1:4400`. */
  readonly url: string;
  /** The demo organisations and their keys, when `seed: 'demo'`. */
  readonly demo?: DemoCredentials;
  /** How long each phase of the start took, in milliseconds. */
  readonly startup: StartupPhases;
  /** The Hono application (for `app.request` in tests). */
  readonly app: Hono<AppEnv>;
  /** The database (tests inspect audit rows through it). */
  readonly db: Database;
  /** Stops listening, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations (under an advisory lock), optionally seeds the demo, and
 * listens. The registry keeps no state in memory that another process would need.
 *
 * @example
 * ```ts
 * const registry = await startRegistry({ port: 0, seed: 'demo' });
 * const res = await fetch(`${registry.url}/v1/organizations`, {
 *   headers: { authorization: `Bearer ${registry.demo!.organizations[0]!.secretKey}` },
 * });
 * await registry.close();
 * ```
 */
export async function startRegistry(options: StartOptions = {}): Promise<RunningRegistry> {
  const { logger } = options;
  const startup: StartupPhases = { engine: 0, migrations: 0, listen: 0, seed: 0 };
  let t = performance.now();
  const lap = (phase: 'engine' | 'migrations' | 'listen' | 'seed') => {
    startup[phase] = Math.round(performance.now() - t);
    t = performance.now();
  };
  const participants = options.demoParticipants ?? DEMO_PARTICIPANTS;
  const snapshot =
    options.seed === 'demo' && options.demoCacheDir && !options.databaseUrl && !options.dataDir
      ? await (await import('./seed/demo-snapshot.js')).openDemoSnapshot({
          cacheDir: options.demoCacheDir,
          participants,
        })
      : undefined;
  if (snapshot) startup.snapshot = snapshot.source;
  const db: Database =
    snapshot?.db ??
    (await openDatabase({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir,
      ...(logger ? { onConnectionError: (error: unknown) => logger(connectionErrorLine(error)) } : {}),
    }));
  lap('engine');
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  lap('migrations');
  let url = '';
  const app = createApp({
    db,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.extend ? { extend: (a: Hono<AppEnv>) => options.extend?.(a, () => url) } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 0,
        hostname: host,
        serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  // Node answers an oversize or malformed request itself with a bare status and no log line: answer it
  // as problem+json instead.
  server.on('clientError', answerClientError(options.logger ?? stdoutSink));
  lap('listen');
  const address = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const stopRetention = startRetentionSweeps(
    db,
    { ...DEFAULT_SETTINGS, ...options.settings },
    options.logger,
  );
  const close = async () => {
    await stopRetention();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    await db.close();
  };
  if (options.seed !== 'demo') return { url, app, db, close, startup };
  const origins = [url, ...(host === '127.0.0.1' ? [`http://localhost:${address.port}`] : [])];
  try {
    // Demo keys are kept in a PGlite data directory only (see `DemoSeedOptions.dataDir`).
    const keptDir = options.dataDir && !options.databaseUrl ? { dataDir: options.dataDir } : {};
    const seedOptions = { origins, participants, ...keptDir };
    const demo = snapshot ? await startDemo(db, snapshot.info, seedOptions) : await seedDemo(db, seedOptions);
    lap('seed');
    return { url, app, db, close, demo, startup };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * With `retentionDays` set, sweeps for cases past retention once now and then every
 * `retentionSweepSeconds`, never two at once; returns the function that stops it. A failed sweep is
 * logged (its error class and code only) and tried again at the next tick.
 */
function startRetentionSweeps(
  db: Database,
  settings: RegistrySettings,
  logger: LogSink | undefined,
): () => Promise<void> {
  if (!(settings.retentionDays > 0)) return async () => undefined;
  const log = logger ?? stdoutSink;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = sweepRetention(db, settings.retentionDays)
      .then((n) => {
        if (n > 0)
          log({ time: new Date().toISOString(), level: 'info', msg: 'retention sweep', anonymised: n });
      })
      .catch((error: unknown) =>
        log({
          time: new Date().toISOString(),
          level: 'error',
          msg: 'retention sweep failed',
          error: (error as Error)?.name,
          code: (error as { code?: unknown })?.code ?? null,
        }),
      )
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, Math.max(1, settings.retentionSweepSeconds) * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
