import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { AppEnv } from './context.js';
import { connectionErrorLine, type Database, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { answerClientError, MAX_HEADER_BYTES } from './http/client-error.js';
import { type LogSink, stdoutSink } from './http/logger.js';
import { type DemoCredentials, seedDemo } from './seed/demo.js';
import type { RegistrySettings } from './settings.js';

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
  /** Where request logs go (one object per line); default: JSON lines on standard output. */
  logger?: LogSink;
  /** Limits (body size, rate limit, token lifetime, page size). */
  settings?: Partial<RegistrySettings>;
  /** Extra routes (the landing page and examples of `pnpm start`). */
  extend?: (app: Hono<AppEnv>, url: () => string) => void;
}

/** A running registry. */
export interface RunningRegistry {
  /** The base URL, e.g. `http://127.0.0.1:4400`. */
  readonly url: string;
  /** What the demo seed created (keys shown once), when `seed: 'demo'`. */
  readonly demo?: DemoCredentials;
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
  const db = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    ...(logger ? { onConnectionError: (error: unknown) => logger(connectionErrorLine(error)) } : {}),
  });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
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
  const address = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    await db.close();
  };
  if (options.seed !== 'demo') return { url, app, db, close };
  const origins = [url, ...(host === '127.0.0.1' ? [`http://localhost:${address.port}`] : [])];
  try {
    const demo = await seedDemo(db, {
      origins,
      ...(options.demoParticipants !== undefined ? { participants: options.demoParticipants } : {}),
    });
    return { url, app, db, close, demo };
  } catch (error) {
    await close();
    throw error;
  }
}
