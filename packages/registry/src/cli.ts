#!/usr/bin/env node
/**
 * `nayabato-registry`: runs the registry, or bootstraps an organisation.
 *
 * ```sh
 * nayabato-registry --port 4400 [--data-dir ./data] [--seed demo] [--cache-dir DIR] [--drain-seconds 10] [--trust-proxy] [--metrics] [--no-prepared-statements]  # DATABASE_URL: PostgreSQL
 * nayabato-registry bootstrap --role coordinator --name "Programme Coordination Unit" --district Kathmandu
 * nayabato-registry retention-sweep --days 1825   # anonymise cases closed more than 1825 days ago, once
 * ```
 *
 * With `--seed demo` it prints what `pnpm start` prints: the URLs, the programme and the demo organisations'
 * keys. In memory, the seeded database is loaded from a snapshot kept in `--cache-dir` (default
 * `node_modules/.cache/nayabato` when the current directory has `node_modules`; NAYABATO_CACHE_DIR too; an
 * empty `--cache-dir=` turns it off).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OrganizationRoleValue } from '@nayabato/core';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { formatDemoBanner } from './demo-banner.js';
import { sweepRetention } from './policy/retention.js';
import { bootstrapOrganization } from './seed/bootstrap.js';
import { startRegistry } from './server.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '4400' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: 'none' },
    'cache-dir': { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    district: { type: 'string', multiple: true },
    days: { type: 'string' },
    'drain-seconds': { type: 'string' },
    metrics: { type: 'boolean', default: false },
    'trust-proxy': { type: 'boolean', default: false },
    // PostgreSQL behind a pooler in transaction mode that cannot keep prepared statements.
    'no-prepared-statements': { type: 'boolean', default: false },
  },
});
const databaseUrl = process.env.DATABASE_URL;

/** A data directory held by another live process: one clear line and exit 1, not a stack trace. */
function refuseLocked(error: unknown): never {
  // By name, not `instanceof`: importing the class here would put the lock module in a chunk shared by this
  // entry and the lazily loaded PGlite driver, imported only for its effects (the install check refuses that).
  if (error instanceof Error && error.name === 'DataDirLockedError') {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const dataDir = values['data-dir'];

if (positionals[0] === 'bootstrap') {
  const db = await openDatabase({ databaseUrl, dataDir }).catch(refuseLocked);
  await migrate(db);
  const made = await bootstrapOrganization(db, {
    role: (values.role ?? 'coordinator') as OrganizationRoleValue,
    name: values.name ?? 'Programme Coordination Unit',
    districtsServed: (values.district ?? ['Kathmandu']) as never,
    servicesOffered: [],
  });
  await db.close();
  console.log(
    JSON.stringify(
      { organization: made.organization, secretKey: made.secretKey, publishableKey: made.publishableKey },
      null,
      2,
    ),
  );
  console.error('Store these keys now: the registry keeps only their hashes.');
} else if (positionals[0] === 'retention-sweep') {
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1) {
    console.error('retention-sweep needs --days N (a whole number of days, at least 1)');
    process.exit(2);
  }
  const db = await openDatabase({ databaseUrl, dataDir }).catch(refuseLocked);
  await migrate(db);
  const anonymised = await sweepRetention(db, days);
  await db.close();
  console.log(JSON.stringify({ anonymised, retentionDays: days }));
} else {
  const started = performance.now();
  const seed = values.seed === 'demo' ? 'demo' : 'none';
  const cacheDir =
    values['cache-dir'] ??
    process.env.NAYABATO_CACHE_DIR ??
    (existsSync('node_modules') ? join('node_modules', '.cache', 'nayabato') : undefined);
  const registry = await startRegistry({
    port: Number(values.port),
    host: values.host,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(values['no-prepared-statements'] ? { preparedStatements: false } : {}),
    ...(dataDir ? { dataDir } : {}),
    ...(cacheDir ? { demoCacheDir: cacheDir } : {}),
    seed,
    settings: {
      ...(values['drain-seconds'] ? { shutdownDrainSeconds: Number(values['drain-seconds']) } : {}),
      // Behind one reverse proxy or load balancer that appends X-Forwarded-For (docs/self-hosting.md).
      ...(values['trust-proxy'] ? { trustProxy: true } : {}),
      // `/metrics` for Prometheus; the token (if any) comes from the environment, never the command line.
      ...(values.metrics
        ? { metrics: true, metricsToken: process.env.NAYABATO_METRICS_TOKEN || undefined }
        : {}),
    },
  }).catch(refuseLocked);
  if (seed === 'demo') {
    console.error(
      formatDemoBanner({
        url: registry.url,
        demo: registry.demo,
        seconds: (performance.now() - started) / 1000,
        keys: databaseUrl ? 'postgres' : dataDir ? 'dataDir' : 'memory',
        startup: registry.startup,
      }),
    );
  } else {
    console.error(`registry listening on ${registry.url}`);
  }
  // Graceful shutdown (docs/decisions/2026-12-06-graceful-shutdown.md): stop accepting, let requests in
  // flight finish within the drain timeout (`--drain-seconds`), close the database, exit 0.
  // A repeated signal changes nothing: wrappers (pnpm, tsx) relay the terminal's Ctrl-C, so the process
  // can receive one twice, and the drain is bounded anyway.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: draining, then stopping`);
    registry.shutdown().then(
      () => {
        console.error('registry stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`registry stop failed: ${(error as Error)?.name}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
