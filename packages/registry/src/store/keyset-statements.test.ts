import { describe, expect, it } from 'vitest';
import type { Queryable } from '../db/database.js';
import { keysetList, keysetListBy, pageBound } from './keyset.js';
import { LIST_CASES, type PlanOrgs } from './list-plans.fixture.js';

/** The statements `run` sends, not sent anywhere. */
async function statementsOf(run: (db: Queryable) => Promise<unknown>) {
  const sent: { sql: string; values: readonly unknown[] }[] = [];
  const db: Queryable = {
    async query<T>(sql: string, values: readonly unknown[] = []): Promise<T[]> {
      sent.push({ sql, values });
      return [];
    },
    exec: async () => {},
  };
  await run(db);
  return sent;
}

const principal = (role: string, orgId = 'org_a') => ({
  kind: 'secret',
  orgId,
  role,
  keyId: 'key_a',
  permissions: [],
  allowedOrigins: [],
});
const ORGS = {
  ngo: principal('ngo'),
  ngo2: principal('ngo', 'org_b'),
  training: principal('training_institution', 'org_c'),
  corporate: principal('corporate', 'org_d'),
  corporatePublic: { ...principal('corporate', 'org_d'), kind: 'publishable' },
  government: principal('government', 'org_e'),
  coordinator: principal('coordinator', 'org_f'),
} as unknown as PlanOrgs;

describe('list statements: what PostgreSQL can plan once (docs/decisions/2026-12-07-list-plan-cache.md)', () => {
  it('bounds a page by limit + 1 rounded up to a power of two, at least 8', () => {
    expect([1, 7, 8, 15, 20, 31, 32, 50, 100, 500].map(pageBound)).toEqual([
      8, 8, 16, 16, 32, 32, 64, 64, 128, 512,
    ]);
    for (let limit = 1; limit <= 1000; limit++) {
      expect(pageBound(limit)).toBeGreaterThanOrEqual(limit + 1);
      expect(pageBound(limit)).toBeLessThan(Math.max(16, 2 * (limit + 1)));
    }
  });

  it('leaves an absent filter out of the statement and numbers the given ones after the fixed values', async () => {
    const query = (value: string | null, other: string | undefined) => ({
      from: 't',
      where: ['t.org_id = $1'],
      params: ['org_a'],
      filters: [
        [(v: string) => `t.a = ${v}`, value],
        [(v: string) => `t.b >= ${v}::timestamptz`, other],
      ] as const,
    });
    const [none] = await statementsOf((db) =>
      keysetList(db, query(null, undefined), { after: 0, limit: 20 }),
    );
    expect(none!.sql).not.toMatch(/t\.a|t\.b/);
    expect(none!.values).toEqual(['org_a', 0, 21]);
    const [both] = await statementsOf((db) =>
      keysetList(db, query('x', '2026-01-01'), { after: 7, limit: 20 }),
    );
    expect(both!.sql).toContain('t.a = $2 and t.b >= $3::timestamptz and seq > $4');
    expect(both!.sql).toMatch(/limit \$5$/);
    expect(both!.values).toEqual(['org_a', 'x', '2026-01-01', 7, 21]);
    const [second] = await statementsOf((db) =>
      keysetList(db, query(null, '2026-01-01'), { after: 0, limit: 20 }),
    );
    expect(second!.sql).toContain('t.b >= $2::timestamptz and seq > $3');
  });

  it('writes the bound into each select and the page size as the last value', async () => {
    const page = (limit: number) =>
      statementsOf((db) =>
        keysetList(db, { from: 't', branches: ['t.a = 1', 't.a = 2'] }, { after: 0, limit }),
      );
    const [twenty] = await page(20);
    const [twentyFive] = await page(25);
    const [forty] = await page(40);
    expect(twenty!.sql).toBe(twentyFive!.sql);
    expect(twenty!.sql).not.toBe(forty!.sql);
    expect(twenty!.sql.match(/limit 32\)/g)).toHaveLength(2);
    expect(twenty!.sql).toMatch(/order by seq limit \$2$/);
    expect(twentyFive!.values).toEqual([0, 26]);
    // One select: wrapped, and ordered again by the ordering column as the select names it.
    const [single] = await statementsOf((db) =>
      keysetList(db, { from: 'audit_log a', select: 'a.id, a.at', seq: 'a.id' }, { after: 0, limit: 20 }),
    );
    expect(single!.sql).toBe(
      'select * from (select a.id, a.at from audit_log a where a.id > $1 order by a.id limit 32) bounded order by id limit $2',
    );
  });

  it('gives keyed lists their filters the same way', async () => {
    const [sent] = await statementsOf((db) =>
      keysetListBy(
        db,
        { from: 'job_offers o', params: ['org_a'], filters: [[(v) => `o.trade = ${v}`, 'tailoring']] },
        { key: 'o.posted_on', direction: 'desc' },
        { after: null, limit: 20 },
      ),
    );
    expect(sent!.sql).toContain('where o.trade = $2');
    expect(sent!.values).toEqual(['org_a', 'tailoring', 21]);
  });

  // Every list of the store, as each caller sends it: a `$n is null or …` left in a statement keeps a
  // generic plan from seeing that the filter is absent (the plan test checks the plans themselves).
  const cases = Object.entries(LIST_CASES).flatMap(([fn, list]) => list.map((c) => ({ fn, ...c })));
  it.each(cases)('$fn: $name has no optional condition left in its statement', async ({ run }) => {
    const sent = await statementsOf((db) => run(db, ORGS));
    expect(sent.length).toBeGreaterThan(0);
    for (const { sql } of sent) expect(sql).not.toMatch(/\$\d+(::\w+)? is null or\b/);
  });
});
