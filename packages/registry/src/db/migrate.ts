import { MIGRATIONS, type Migration } from '../migrations/index.js';
import type { Database } from './database.js';

/** An arbitrary constant: the advisory lock every registry process takes to migrate. */
export const MIGRATION_LOCK = 4_400_001;

/**
 * Applies every pending migration in one transaction under a transaction-scoped advisory lock, so
 * that several registry processes starting at once on one PostgreSQL apply each migration exactly once.
 * Returns the versions applied by this call.
 *
 * @example
 * ```ts
 * const applied = await migrate(db); // [1] on a fresh database, [] afterwards
 * ```
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) =>
        Number(r.version),
      ),
    );
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
