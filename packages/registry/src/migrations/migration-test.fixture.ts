import { afterEach } from 'vitest';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { type Backend, createTestDatabase } from '../registry.fixture.js';

/**
 * Empty databases of `backend` for a migration's test, each closed (and on PostgreSQL dropped) after the
 * test that opened it. Call inside a `describe`.
 *
 * @example
 * ```ts
 * const open = emptyDatabases(backend);
 * it('…', async () => { const db = await open(); await migrate(db, BEFORE); });
 * ```
 */
export function emptyDatabases(backend: Backend): () => Promise<Database> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async () => {
    if (backend === 'pglite') {
      const db = await openDatabase();
      cleanups.push(() => db.close());
      return db;
    }
    const created = await createTestDatabase();
    cleanups.push(created.drop);
    const db = await openDatabase({ databaseUrl: created.url });
    cleanups.push(() => db.close());
    return db;
  };
}
