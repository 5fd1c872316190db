import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';
import { createMetrics, type ScrapeGauge } from './metrics.js';
import { Problem, problemResponse } from './problem.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Mounts the metrics middleware (every request after it is counted) and `GET /metrics`, answered only to
 * `Authorization: Bearer <token>` when a token is set. Not part of the API contract: it is an operator's
 * endpoint, present only when turned on.
 *
 * @example
 * ```ts
 * if (settings.metrics) metricsRoute(app, db, settings.metricsToken);
 * ```
 */
export function metricsRoute(
  app: Hono<AppEnv>,
  db: Database,
  token: string | undefined,
  gauges: readonly ScrapeGauge[] = [],
): void {
  const metrics = createMetrics(db, gauges);
  app.use('*', metrics.middleware);
  app.get('/metrics', async (c) => {
    if (token !== undefined) {
      const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      // Compared as digests, in constant time: the token's length and prefix leak nothing.
      if (!timingSafeEqual(digest(given), digest(token))) {
        return problemResponse(
          new Problem('unauthenticated', 'The metrics token is missing or wrong.'),
          c.req.path,
          c.var.requestId ?? '',
        );
      }
    }
    const { body, contentType } = await metrics.scrape();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });
}
