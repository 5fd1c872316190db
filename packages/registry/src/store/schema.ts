import type { Queryable } from '../db/database.js';

/** Throws unless the database answers and its schema is migrated (readiness). */
export async function checkMigrated(db: Queryable): Promise<void> {
  await db.query('select 1 from schema_migrations limit 1');
}
