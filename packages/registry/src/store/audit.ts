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

const COLUMNS = 10;

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
  const values: unknown[] = [];
  const tuples = rows.map((r, i) => {
    values.push(
      r.requestId,
      r.actorOrg,
      r.actorKey ?? null,
      r.actorUser ?? null,
      r.action,
      r.resourceType,
      r.resourceId,
      r.participantId ?? null,
      r.purpose,
      r.detail ? JSON.stringify(r.detail) : null,
    );
    const b = i * COLUMNS;
    return `(${Array.from({ length: COLUMNS }, (_, k) => `$${b + k + 1}`).join(', ')})`;
  });
  await db.query(
    `insert into audit_log (request_id, actor_org, actor_key, actor_user, action, resource_type, resource_id, participant_id, purpose, detail)
     values ${tuples.join(', ')}`,
    values,
  );
}
