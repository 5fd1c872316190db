import type { Queryable } from '../db/database.js';

/** One row of `audit_log`: ids and codes only, never a personal value. */
export interface AuditRow {
  readonly requestId: string;
  /** The acting organisation, or `system` for what the registry does by itself (the demo seed). */
  readonly actorOrg: string;
  readonly actorKey?: string | null | undefined;
  readonly actorUser?: string | null | undefined;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly participantId?: string | null | undefined;
  readonly purpose: string;
  readonly detail?: Record<string, unknown> | undefined;
}

const COLUMNS =
  'request_id, actor_org, actor_key, actor_user, action, resource_type, resource_id, participant_id, purpose';

// Column by column, as arrays: one statement whose text and parameter count do not depend on the number
// of rows (a page of 100 is 10 parameters, not 1,000), so the server parses one short statement.
const INSERT = `insert into audit_log (${COLUMNS}, detail)
  select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[])`;

/**
 * Appends audit rows in one statement (in the caller's transaction, so a write and its audit commit or
 * roll back together).
 *
 * @example
 * ```ts
 * await insertAuditRows(tx, [{ requestId, actorOrg: 'system', action: 'create', resourceType: 'demo_seed', resourceId: 'x', purpose: 'demo_seed' }]);
 * ```
 */
export async function insertAuditRows(db: Queryable, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(INSERT, [
    rows.map((r) => r.requestId),
    rows.map((r) => r.actorOrg),
    rows.map((r) => r.actorKey ?? null),
    rows.map((r) => r.actorUser ?? null),
    rows.map((r) => r.action),
    rows.map((r) => r.resourceType),
    rows.map((r) => r.resourceId),
    rows.map((r) => r.participantId ?? null),
    rows.map((r) => r.purpose),
    rows.map((r) => (r.detail ? JSON.stringify(r.detail) : null)),
  ]);
}

/** What every audit row of a listed page records, but the record itself. */
export type ListedAuditRow = Omit<AuditRow, 'resourceId' | 'participantId' | 'detail'>;

/**
 * The insert that audits each record of `listed` (a relation with an `id` column), for a data-modifying
 * `with` around a list or an insert: its parameters follow the statement's own, from `$at + 1`. Each
 * row's `participant_id` is `listed`'s column `participant` (`id` when the records are participants), or
 * null.
 *
 * @example
 * ```ts
 * const audit = auditEachListed('(select id from page) listed', 3, row, 'id');
 * await db.query(`with page as (...), audited as (${audit.sql}) select * from page`, [...params, ...audit.params]);
 * ```
 */
export function auditEachListed(
  listed: string,
  at: number,
  row: ListedAuditRow,
  participant: 'id' | 'participant_id' | null,
): { sql: string; params: unknown[] } {
  const p = (i: number) => `$${at + i}::text`;
  return {
    sql: `insert into audit_log (${COLUMNS})
       select ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, listed.id, ${participant ? `listed.${participant}` : 'null'}, ${p(7)}
       from ${listed}`,
    params: [
      row.requestId,
      row.actorOrg,
      row.actorKey ?? null,
      row.actorUser ?? null,
      row.action,
      row.resourceType,
      row.purpose,
    ],
  };
}
