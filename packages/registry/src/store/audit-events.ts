import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { iso } from './rows.js';

/** A row of `audit_log` as listed (its `id` is also the keyset position). */
export interface AuditEventRow {
  id: string | number;
  seq: number;
  at: Date;
  request_id: string;
  actor_org: string;
  actor_key: string | null;
  actor_user: string | null;
  action: string;
  resource_type: string;
  resource_id: string;
  participant_id: string | null;
  purpose: string;
  detail: Record<string, unknown> | null;
}

/** One audit event as the API returns it: ids and codes only. */
export interface AuditEvent {
  id: string;
  at: string;
  requestId: string;
  actorOrganizationId: string;
  actorKeyId: string | null;
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId: string;
  participantId: string | null;
  purpose: string;
  detail: Record<string, unknown> | null;
}

/** The API representation of an audit row. */
export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: String(row.id),
    at: iso(row.at),
    requestId: row.request_id,
    actorOrganizationId: row.actor_org,
    actorKeyId: row.actor_key,
    actorUserId: row.actor_user,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    participantId: row.participant_id,
    purpose: row.purpose,
    detail: row.detail,
  };
}

/** Filters of the audit list (each only when given). */
export interface AuditEventFilters {
  /** A key (`key_…`) or a user (`usr_…`) that acted. */
  readonly actorId: string | null;
  /** A record: the audited resource, or the participant it concerns. */
  readonly recordId: string | null;
  readonly action: string | null;
  /** From this instant (inclusive). */
  readonly from: string | null;
  /** Until this instant (exclusive). */
  readonly to: string | null;
}

/**
 * Who reads the audit list: organisation `orgId`; `all` for the coordinator; `participantIds: false` for
 * a reader that must never learn a participant's pseudonymous id (a company: it reads placements by
 * code only), whose rows come back without it and whose `recordId` matches the audited record only.
 */
export interface AuditReader {
  readonly orgId: string;
  readonly all: boolean;
  readonly participantIds: boolean;
}

/**
 * A page of the audit events the organisation `$1` may read: everything (`all`, the coordinator), or
 * its own actions and every access, by anyone, to the participants it registered. For a reader without
 * `participantIds` the participant column is blanked in SQL, so no later mapping can forget it.
 */
export function listAuditEvents(
  db: Queryable,
  scope: AuditReader,
  filters: AuditEventFilters,
  page: KeysetPage,
): Promise<AuditEventRow[]> {
  const own = `(a.actor_org = $1 or exists (select 1 from participants p where p.org_id = $1
      and (p.id = a.participant_id or p.id = a.resource_id)))`;
  // Whether the reader may see participant ids is written into the statement: two texts, each planned once.
  const participantId = scope.participantIds ? 'a.participant_id' : 'null::text';
  return keysetList<AuditEventRow>(
    db,
    {
      select: `a.id, a.at, a.request_id, a.actor_org, a.actor_key, a.actor_user, a.action, a.resource_type,
        a.resource_id, ${participantId} as participant_id, a.purpose, a.detail, a.id as seq`,
      from: 'audit_log a',
      seq: 'a.id',
      where: [scope.all ? '$1::text is not null' : own],
      params: [scope.orgId],
      filters: [
        [(v) => `(a.actor_key = ${v} or a.actor_user = ${v})`, filters.actorId],
        [(v) => `(a.resource_id = ${v} or ${participantId} = ${v})`, filters.recordId],
        [(v) => `a.action = ${v}`, filters.action],
        [(v) => `a.at >= ${v}::timestamptz`, filters.from],
        [(v) => `a.at < ${v}::timestamptz`, filters.to],
      ],
    },
    page,
  );
}

/** Every audit event about one participant (its records and itself), oldest first, for its export. */
export function listParticipantAuditEvents(db: Queryable, participantId: string): Promise<AuditEventRow[]> {
  return db.query<AuditEventRow>(
    `select a.*, a.id as seq from audit_log a where a.participant_id = $1 or a.resource_id = $1 order by a.id`,
    [participantId],
  );
}
