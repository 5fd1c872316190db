import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../test-database.fixture.js';
import type { Database } from './database.js';
import { openDatabase } from './open.js';

const DATABASE_URL = process.env.DATABASE_URL;

/**
 * Named prepared statements on PGlite (`pglite-thread.js`): each SQL text is prepared once in PGlite's one
 * session and bound afterwards; values are serialised as PGlite's own `query` does; an error leaves the
 * session usable; a statement whose result changed shape is prepared again.
 */
describe('PGlite prepared statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
    await db.exec('create table notes (id int primary key, body text)');
    await db.query('insert into notes values ($1, $2)', [1, 'first']);
  });
  afterAll(() => db?.close());

  const names = () =>
    db.query<{ name: string }>(`select name from pg_prepared_statements where name like 'nb%'`);

  it('prepares a statement under a name once, and reuses it', async () => {
    const before = (await names()).length;
    for (let i = 0; i < 3; i++) {
      expect(await db.query('select id, body from notes where id = $1', [1])).toEqual([
        { id: 1, body: 'first' },
      ]);
    }
    // The read above, and the query of the names itself: one name each, however often they ran.
    expect((await names()).length).toBe(before + 1);
    await names();
    expect((await names()).length).toBe(before + 1);
  });

  it('sends values as PGlite does, and reads them back typed', async () => {
    const when = new Date('2026-01-02T03:04:05.678Z');
    const [row] = await db.query<Record<string, unknown>>(
      'select $1::jsonb as j, $2::text[] as a, $3::timestamptz as t, $4::int as i, $5::boolean as b, $6::text as n, $7::bigint as big',
      [{ scope: ['contact'], n: 1 }, ['x', 'y "z"'], when, 5, true, null, 9007199254740991],
    );
    expect(row).toEqual({
      j: { scope: ['contact'], n: 1 },
      a: ['x', 'y "z"'],
      t: when,
      i: 5,
      b: true,
      n: null,
      big: 9007199254740991,
    });
  });

  it('answers an error with PostgreSQL’s fields and stays usable', async () => {
    await expect(db.query('insert into notes values ($1, $2)', [1, 'again'])).rejects.toMatchObject({
      code: '23505',
      constraint: 'notes_pkey',
    });
    await expect(db.query('select from where $1', [1])).rejects.toMatchObject({ code: '42601' });
    expect(await db.query('select count(*)::int as n from notes')).toEqual([{ n: 1 }]);
    await db
      .transaction(async (tx) => {
        await expect(tx.query('insert into notes values ($1, $2)', [1, 'again'])).rejects.toMatchObject({
          code: '23505',
        });
      })
      .catch(() => undefined);
    expect(await db.query('select id, body from notes where id = $1', [1])).toEqual([
      { id: 1, body: 'first' },
    ]);
  });

  it('prepares again a statement whose result changed shape under it', async () => {
    const read = () => db.query<Record<string, unknown>>('select * from notes where id = $1', [1]);
    expect(await read()).toEqual([{ id: 1, body: 'first' }]);
    await db.exec('alter table notes add column tag text');
    expect(await read()).toEqual([{ id: 1, body: 'first', tag: null }]);
    // Inside a transaction the stale statement aborts it; the retry finds the statement prepared anew.
    const inTransaction = () =>
      db.transaction((tx) => tx.query<Record<string, unknown>>('select * from notes where id = $1', [1]));
    expect(await inTransaction()).toEqual([{ id: 1, body: 'first', tag: null }]);
    await db.exec('alter table notes add column kind text');
    await expect(inTransaction()).rejects.toMatchObject({ code: '0A000' });
    expect(await inTransaction()).toEqual([{ id: 1, body: 'first', tag: null, kind: null }]);
  });
});

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
