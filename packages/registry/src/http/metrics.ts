/**
 * Prometheus metrics for self-hosters, off by default (`settings.metrics`). What is counted never names an
 * id or a personal value: requests are labelled by their route template (`/v1/participants/:id`, never the
 * path), method and status; an unmatched path is `unmatched`. Each app keeps its own prom-client registry, so
 * several apps in one process (tests, a scale-out demo) do not mix their figures.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';

/** A gauge read at scrape time (e.g. the webhook backlog), from the database. */
export interface ScrapeGauge {
  readonly name: string;
  readonly help: string;
  readonly read: (db: Database) => Promise<number>;
}

/** The metrics of one app: its middleware and the `/metrics` handler. */
export interface RegistryMetrics {
  readonly middleware: MiddlewareHandler<AppEnv>;
  /** The exposition text and its content type. */
  readonly scrape: () => Promise<{ body: string; contentType: string }>;
}

// Buckets from 5 ms to 10 s: a registry request is a few database round trips.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Creates the metrics of one app over `db`.
 *
 * @example
 * ```ts
 * const metrics = createMetrics(db, []);
 * app.use('*', metrics.middleware);
 * app.get('/metrics', async (c) => { const m = await metrics.scrape(); return c.body(m.body, 200, { 'content-type': m.contentType }); });
 * ```
 */
export function createMetrics(db: Database, gauges: readonly ScrapeGauge[]): RegistryMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'nayabato_registry_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'nayabato_registry_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'nayabato_registry_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status code.',
    labelNames,
    buckets: BUCKETS,
    registers: [registry],
  });
  const stats = db.poolStats;
  if (stats) {
    new Gauge({
      name: 'nayabato_registry_db_pool_connections',
      help: 'Database pool connections, by state (total, idle, waiting clients).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const s = stats();
        this.set({ state: 'total' }, s.total);
        this.set({ state: 'idle' }, s.idle);
        this.set({ state: 'waiting' }, s.waiting);
      },
    });
  }
  for (const gauge of gauges) {
    new Gauge({
      name: gauge.name,
      help: gauge.help,
      registers: [registry],
      async collect() {
        this.set(await gauge.read(db));
      },
    });
  }

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      // The template of the route that answered, never the path (which holds ids). After `next()` the
      // route index points at the handler that responded; a middleware that answered (a 401, a 429) gives
      // its own pattern (`/v1/*`), and a path no route matched is one label.
      const template = routePath(c);
      const route = !template || template === '*' || template === '/*' ? 'unmatched' : template;
      const labels = { method: c.req.method, route, status: String(c.res.status) };
      requests.inc(labels);
      duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
  return {
    middleware,
    async scrape() {
      return { body: await registry.metrics(), contentType: registry.contentType };
    },
  };
}
