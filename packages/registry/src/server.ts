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
import { startWebhookWorker } from './webhooks/worker.js';

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
  /**
   * PostgreSQL: send statements as named prepared statements. Turn off behind a pooler in transaction
   * mode that cannot keep them (PgBouncer before 1.21, or `max_prepared_statements = 0`).
   * @default true
   */
  preparedStatements?: boolean;
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
  /** Stops listening, closes every connection at once (requests in flight are cut), then closes the database. */
  close(): Promise<void>;
  /**
   * Graceful shutdown: stops accepting connections, answers `/ready` with 503 while requests in flight
   * finish (each connection is closed as soon as it is idle), for at most `drainSeconds`
   * (`settings.shutdownDrainSeconds` by default), then closes what is still open and the database.
   * Resolves when the database is closed; a second call returns the same promise.
   */
  shutdown(options?: { drainSeconds?: number }): Promise<void>;
  /** True from the start of {@link RunningRegistry.shutdown} (or `close`) on. */
  readonly draining: boolean;
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
      ...(options.preparedStatements === false ? { preparedStatements: false } : {}),
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
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const drain = { on: false };
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: drainingFetch(app, drain),
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
  const stopRetention = startRetentionSweeps(db, settings, options.logger);
  const stopWebhooks = startWebhookWorker(db, settings, options.logger ?? stdoutSink);
  let stopping: Promise<void> | undefined;
  const shutdown = (o: { drainSeconds?: number } = {}) => {
    drain.on = true;
    // Asked again with no drain (a second signal, or `close`): cut the connections still open now.
    if (stopping && o.drainSeconds === 0) {
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }
    stopping ??= (async () => {
      // The worker finishes the deliveries in flight (bounded by their timeout) while requests drain.
      await Promise.all([
        drainServer(server, o.drainSeconds ?? settings.shutdownDrainSeconds),
        stopWebhooks(),
      ]);
      await stopRetention();
      await db.close();
    })();
    return stopping;
  };
  const close = () => shutdown({ drainSeconds: 0 });
  const running = {
    url,
    app,
    db,
    close,
    shutdown,
    startup,
    get draining() {
      return drain.on;
    },
  };
  if (options.seed !== 'demo') return running;
  const origins = demoOrigins(url);
  try {
    // Demo keys are kept in a PGlite data directory only (see `DemoSeedOptions.dataDir`).
    const keptDir = options.dataDir && !options.databaseUrl ? { dataDir: options.dataDir } : {};
    const seedOptions = { origins, participants, ...keptDir };
    const demo = snapshot ? await startDemo(db, snapshot.info, seedOptions) : await seedDemo(db, seedOptions);
    lap('seed');
    return Object.assign(running, { demo });
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The browser origins a demo start registers for its organisations: the registry's own URL, and on
 * 127.0.0.1 the same port on `localhost` too (a page opened either way may call it).
 */
export function demoOrigins(url: string): string[] {
  const { hostname, port } = new URL(url);
  return [url, ...(hostname === '127.0.0.1' ? [`http://localhost:${port}`] : [])];
}

/**
 * The application's fetch, except while draining: `/ready` answers 503 (a load balancer stops sending
 * here) and asks the client to close its connection. Other connections are closed as soon as they fall idle.
 */
function drainingFetch(app: Hono<AppEnv>, drain: { on: boolean }): Hono<AppEnv>['fetch'] {
  return async (request, ...rest) => {
    if (!drain.on) return app.fetch(request, ...rest);
    if (new URL(request.url).pathname === '/ready') {
      return Response.json(
        { status: 'unavailable' },
        { status: 503, headers: { connection: 'close', 'cache-control': 'no-store' } },
      );
    }
    return app.fetch(request, ...rest);
  };
}

/**
 * Stops accepting connections and waits until the open ones are done (idle keep-alive connections are
 * closed at once and as soon as they fall idle), for at most `seconds`; then closes the rest.
 */
async function drainServer(server: ReturnType<typeof serve>, seconds: number): Promise<void> {
  const http = server as unknown as {
    closeIdleConnections?: () => void;
    closeAllConnections?: () => void;
  };
  await new Promise<void>((resolve) => {
    const idle = setInterval(() => http.closeIdleConnections?.(), 50);
    const deadline = setTimeout(() => http.closeAllConnections?.(), Math.max(0, seconds) * 1000);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    http.closeIdleConnections?.();
    if (!(seconds > 0)) http.closeAllConnections?.();
  });
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
