import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../test-database.fixture.js';
import type { Database } from './database.js';
import { openDatabase } from './open.js';

const DATABASE_URL = process.env.DATABASE_URL;

/**
 * Named prepared statements on PostgreSQL (docs/decisions/2026-12-07-prepared-statements.md): a statement
 * prepared before another process changed its table is prepared again, not failed for good; with
 * `preparedStatements: false` none is kept on the server.
 */
describe.runIf(DATABASE_URL)('PostgreSQL prepared statements', () => {
  let created: { url: string; drop: () => Promise<void> };
  let db: Database;
  let other: Database;
  beforeAll(async () => {
    created = await createDatabase(DATABASE_URL!);
    db = await openDatabase({ databaseUrl: created.url });
    other = await openDatabase({ databaseUrl: created.url, preparedStatements: false });
    await db.exec('create table notes (id int primary key, body text)');
    await db.query('insert into notes values ($1, $2)', [1, 'first']);
  });
  afterAll(async () => {
    await db?.close();
    await other?.close();
    await created?.drop();
  });

  const statements = (target: Queryable) =>
    target.query<{ name: string }>(`select name from pg_prepared_statements where name like 'nb%'`);
  type Queryable = Pick<Database, 'query'>;

  it('prepares a statement under a name, once per connection, and reuses it', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await db.query('select id, body from notes where id = $1', [1])).toEqual([
        { id: 1, body: 'first' },
      ]);
    }
    const names = await db.transaction(async (tx) => {
      await tx.query('select id, body from notes where id = $1', [1]);
      return statements(tx);
    });
    expect(names.length).toBeGreaterThan(0);
  });

  it('prepares again a statement whose result changed shape under it (a migration by another process)', async () => {
    const read = () => db.query<Record<string, unknown>>('select * from notes where id = $1', [1]);
    // Every connection of the pool prepares it, so that the next read meets the stale plan wherever it runs.
    await Promise.all(Array.from({ length: 10 }, read));
    await other.exec('alter table notes add column tag text');
    for (let i = 0; i < 12; i++) expect(await read()).toEqual([{ id: 1, body: 'first', tag: null }]);
  });

  it('keeps no named statement with preparedStatements: false', async () => {
    const names = await other.transaction(async (tx) => {
      await tx.query('select id from notes where id = $1', [1]);
      return statements(tx);
    });
    expect(names).toEqual([]);
  });
});
