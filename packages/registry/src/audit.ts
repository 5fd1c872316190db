import type { Context } from 'hono';
import type { AppEnv } from './context.js';
import { insertAuditRows, type ListedAuditRow } from './store/audit.js';

/** What was done to a record. */
export type AuditAction =
  | 'read'
  | 'list'
  | 'search'
  | 'create'
  | 'update'
  | 'withdraw'
  | 'transition'
  | 'consent_override'
  | 'revoke'
  | 'rotate'
  | 'export'
  | 'erase';

/** One audited access to a record (or credential). Only ids and codes: never a personal value. */
export interface AuditEntry {
  readonly action: AuditAction;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly participantId?: string | undefined;
  /** Machine detail (e.g. `{ transition: 'send' }`, an override's reason length), never personal data. */
  readonly detail?: Record<string, unknown>;
}

const PURPOSE = /^[a-z][a-z0-9_.]{1,63}$/;

/**
 * The purpose recorded for this request: the caller's `X-Purpose` header when it is a code like
 * `service_delivery`, else the operation's default.
 */
export function purposeOf(c: Context<AppEnv>, fallback: string): string {
  const header = c.req.header('x-purpose');
  return header && PURPOSE.test(header) ? header : fallback;
}

/**
 * Writes audit rows (who, what, when, why) for reads and writes of participant data. Writes go in the
 * request's transaction, so a write and its audit row commit or roll back together.
 *
 * @example
 * ```ts
 * await audit(c, 'participant.read', [{ action: 'read', resourceType: 'participant', resourceId: id, participantId: id }]);
 * ```
 */
export async function audit(
  c: Context<AppEnv>,
  purpose: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // What every row of this request shares, worked out once (the purpose reads a header).
  const shared = auditRowOf(c, purpose, entries[0]!.action, entries[0]!.resourceType);
  await insertAuditRows(
    c.var.db,
    entries.map((e) => ({
      ...shared,
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      participantId: e.participantId ?? null,
      detail: e.detail,
    })),
  );
}

/**
 * What every audit row of this request records for `action` on `resourceType`, but the record itself: for
 * a list whose statement writes its own audit rows (`keysetList`'s `audit`).
 *
 * @example
 * ```ts
 * const rows = await listVisibleParticipants(db, who, {}, page, { row: auditRowOf(c, 'participant.list', 'list', 'participant'), participants: true });
 * ```
 */
export function auditRowOf(
  c: Context<AppEnv>,
  purpose: string,
  action: AuditAction,
  resourceType: string,
): ListedAuditRow {
  const who = c.var.principal;
  return {
    requestId: c.var.requestId,
    actorOrg: who.orgId,
    actorKey: who.keyId,
    actorUser: who.userId ?? null,
    action,
    resourceType,
    purpose: purposeOf(c, purpose),
  };
}
