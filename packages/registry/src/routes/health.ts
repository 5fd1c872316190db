import { HealthSchema } from '../contract/schemas.js';
import { checkMigrated } from '../store/schema.js';
import { type App, route } from './route.js';

/** `/health` (the process answers) and `/ready` (the database answers and is migrated). */
export function healthRoutes(app: App): void {
  route(
    app,
    'get',
    '/health',
    {
      id: 'health',
      tag: 'Operations',
      summary: 'Liveness: the process answers',
      anonymous: true,
      response: HealthSchema,
    },
    (c) => c.json({ status: 'ok' as const }),
  );
  route(
    app,
    'get',
    '/ready',
    {
      id: 'ready',
      tag: 'Operations',
      summary: 'Readiness: the database answers and its schema is migrated',
      anonymous: true,
      errors: [503],
      response: HealthSchema,
    },
    async (c) => {
      try {
        await checkMigrated(c.var.database);
        return c.json({ status: 'ok' as const });
      } catch {
        return c.json({ status: 'unavailable' as const }, 503);
      }
    },
  );
}
