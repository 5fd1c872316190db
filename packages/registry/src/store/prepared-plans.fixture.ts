/**
 * The plan PostgreSQL uses for a list query once it has run as a prepared statement a few times, as the
 * registry runs it on both engines (named statements: `db/postgres.ts`, `db/pglite-thread.js`). After five executions the server
 * may switch to a generic plan (one made without the parameters' values), which a query written for its
 * custom plans can make slow; the list-plan test checks that plan too.
 */
import type { Database, Queryable } from '../db/database.js';
import { type PlanNode, planOf } from './list-plans.fixture.js';

/** A parameter as an SQL literal (the statement is prepared and executed in SQL, not over the protocol). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = Array.isArray(value)
    ? `{${value.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/** How many executions precede the plan explained: PostgreSQL considers a generic plan after five. */
const EXECUTIONS = 6;

/** The plan a prepared statement runs on after {@link EXECUTIONS} runs, and whether it is the generic one. */
export interface PreparedPlan {
  readonly plan: PlanNode;
  /** The server settled on the generic plan (made once) rather than planning each run anew. */
  readonly generic: boolean;
}

/**
 * The plans of every statement `run` sends, each prepared, executed {@link EXECUTIONS} times, then
 * explained as PostgreSQL would run it next (PostgreSQL and PGlite).
 */
export async function preparedPlansOf(
  db: Database,
  run: (db: Queryable) => Promise<unknown>,
): Promise<PreparedPlan[]> {
  return db.transaction(async (tx) => {
    const plans: PreparedPlan[] = [];
    let n = 0;
    const preparing: Queryable = {
      async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
        const name = `nb_plan_check_${n++}`;
        await tx.exec(`prepare ${name} as ${sql}`);
        const execute = `execute ${name}(${params.map(literal).join(', ')})`;
        for (let i = 0; i < EXECUTIONS; i++) await tx.exec(execute);
        const [row] = await tx.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${execute}`);
        const [counts] = await tx.query<{ generic_plans: string | number }>(
          'select generic_plans from pg_prepared_statements where name = $1',
          [name],
        );
        await tx.exec(`deallocate ${name}`);
        plans.push({ plan: planOf(row!['QUERY PLAN']), generic: Number(counts!.generic_plans) > 0 });
        return [];
      },
      exec: (sql) => tx.exec(sql),
    };
    await run(preparing);
    return plans;
  });
}
