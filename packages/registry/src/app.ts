import { Hono } from 'hono';
import type { AppEnv } from './context.js';
import type { Database } from './db/database.js';
import { answerHeaders } from './http/answer-headers.js';
import { authenticate } from './http/authenticate.js';
import { limitBody, strictUtf8Body } from './http/body.js';
import { CachedRouter } from './http/cached-router.js';
import { corsHeaders, corsPreflight } from './http/cors.js';
import { problemFromDatabaseError } from './http/database-errors.js';
import { transactionalWrites } from './http/idempotency.js';
import { type LogSink, requestLogger, stdoutSink } from './http/logger.js';
import { methodsOf } from './http/method-not-allowed.js';
import { metricsRoute } from './http/metrics-route.js';
import { isPhotoUpload, photoUploads } from './http/photo-body.js';
import { Problem, problemResponse } from './http/problem.js';
import { publicAnswers } from './http/public-answers.js';
import { rateLimit } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import { contractRoutes } from './routes/contract.js';
import { healthRoutes } from './routes/health.js';
import { resourceRoutes } from './routes/index.js';
import { DEFAULT_SETTINGS, type RegistrySettings } from './settings.js';
import { pendingWebhookDeliveries } from './store/webhook-events.js';

/** What {@link createApp} needs. */
export interface AppOptions {
  /** The migrated database (see `openDatabase` and `migrate`). */
  readonly db: Database;
  readonly settings?: Partial<RegistrySettings>;
  /**
   * Where request logs go.
   * @default one JSON line per request on standard output
   */
  readonly logger?: LogSink;
  /** Extra routes (landing page, static examples) mounted after the API. */
  readonly extend?: (app: Hono<AppEnv>) => void;
}

/**
 * Builds the registry's Hono application over a migrated database. Stateless: every process built on one
 * PostgreSQL behaves as one registry. Use `app.request()` in tests, or {@link startRegistry} to listen.
 *
 * @example
 * ```ts
 * const db = await openDatabase();
 * await migrate(db);
 * const app = createApp({ db });
 * const res = await app.request('/health');
 * ```
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const settings: RegistrySettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const sink = options.logger ?? stdoutSink;
  const app = new Hono<AppEnv>({ router: new CachedRouter() });

  // Outermost: writes the headers every answer carries (request id, rate limits) once it is built.
  app.use('*', answerHeaders());
  app.use('*', requestId());
  // Off by default: counts every request (by route template) when a self-hoster turns it on.
  if (settings.metrics)
    metricsRoute(app, options.db, settings.metricsToken, [
      {
        name: 'nayabato_registry_webhook_deliveries_pending',
        help: 'Webhook deliveries waiting to be (re)tried: the backlog.',
        read: pendingWebhookDeliveries,
      },
    ]);
  // Outermost after the request id: it sees every final response, problems included.
  app.use('*', corsHeaders());
  app.use('*', requestLogger(sink));
  app.use('*', async (c, next) => {
    c.set('database', options.db);
    c.set('db', options.db);
    c.set('settings', settings);
    await next();
  });
  app.onError((error, c) => {
    if (error instanceof Problem) return problemResponse(error, c.req.path, c.var.requestId);
    const refused = problemFromDatabaseError(error);
    if (refused) {
      // A value validation should have refused up front: worth a warning, never a 500.
      sink({
        time: new Date().toISOString(),
        level: 'warn',
        msg: 'database refused a value',
        requestId: c.var.requestId,
        code: (error as { code?: unknown }).code,
      });
      return problemResponse(refused, c.req.path, c.var.requestId);
    }
    // Driver messages can quote values (e.g. a duplicate key), so only the error's class and code are logged.
    sink({
      time: new Date().toISOString(),
      level: 'error',
      msg: 'unhandled',
      requestId: c.var.requestId,
      error: error.name,
      code: (error as { code?: unknown }).code ?? null,
    });
    return problemResponse(new Problem('internal', 'Something went wrong.'), c.req.path, c.var.requestId);
  });
  const methods = methodsOf(app);
  app.notFound((c) => {
    // A known path asked with another method is a 405 naming the methods it answers.
    const allow = methods(c.req.path);
    const problem =
      allow.length > 0
        ? new Problem('method-not-allowed', `This path answers ${allow.join(', ')}.`, {
            headers: { allow: allow.join(', ') },
          })
        : new Problem('not-found', 'No such resource.');
    return problemResponse(problem, c.req.path, c.var.requestId ?? '');
  });

  app.use('/v1/*', corsPreflight());
  // Authentication first, so that a 413 carries the CORS headers of the credential.
  app.use('/v1/*', authenticate());
  // A story photo is binary and larger: its route reads it with its own limit (settings.maxPhotoBytes).
  app.use('/v1/*', limitBody(settings.maxBodyBytes, isPhotoUpload));
  // Before anything reads the body (the idempotency hash, the JSON parser).
  app.use('/v1/*', strictUtf8Body(isPhotoUpload));
  app.use('/v1/*', rateLimit(settings));
  // Outside the transaction: a photo is read and re-encoded before any database work holds a connection.
  app.use('/v1/*', photoUploads());
  // Publishable-key answers kept a second, forgotten after every write's transaction (read-path-caches).
  app.use('/v1/*', publicAnswers());
  app.use('/v1/*', transactionalWrites());

  healthRoutes(app);
  resourceRoutes(app);
  contractRoutes(app);
  options.extend?.(app);
  // Unless a landing page was mounted above, the root leads to the API reference.
  app.get('/', (c) => c.redirect('/reference'));
  return app;
}
