import type { SupportRequest, SupportRequestInput } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import type { DataRow } from './rows.js';
import { iso } from './rows.js';

/** What `data` holds: core's `SupportRequest` without the server-set fields. */
export type SupportRequestData = Omit<SupportRequest, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/** A row of `support_requests`; `to_org` and `status` are generated from `data` (migration 6). */
export interface SupportRequestRow extends DataRow<SupportRequestData> {
  participant_id: string | null;
  to_org: string;
  status: SupportRequest['status'];
}

/** The whole stored request (the requesting NGO's view; the desk's is narrowed in `policy/`). */
export function toSupportRequest(row: SupportRequestRow): SupportRequest {
  return {
    ...row.data,
    id: row.id,
    organizationId: row.org_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * The support requests an organisation sees ($1): an NGO those it raised, a government organisation
 * those addressed to it. No other role sees any.
 */
export function supportRequestVisibleSql(principal: Principal): string {
  if (principal.role === 'ngo') return 's.org_id = $1';
  if (principal.role === 'government') return 's.to_org = $1';
  return '($1::text is null)';
}

/** One support request visible to the caller, or undefined. */
export async function findVisibleSupportRequest(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<SupportRequestRow | undefined> {
  const [row] = await db.query<SupportRequestRow>(
    `select s.* from support_requests s where s.id = $2 and ${supportRequestVisibleSql(principal)}`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of a support-request list (each only when given). */
export interface SupportRequestFilters {
  readonly status: string | null;
  /** The requester's own requests of this participant; a desk never filters by participant. */
  readonly participantId: string | null;
  readonly updatedSince: string | null;
}

/** A page of the support requests the caller sees. */
export function listVisibleSupportRequests(
  db: Queryable,
  principal: Principal,
  filters: SupportRequestFilters,
  page: KeysetPage,
): Promise<SupportRequestRow[]> {
  return keysetList<SupportRequestRow>(
    db,
    {
      from: 'support_requests s',
      seq: 's.seq',
      where: [supportRequestVisibleSql(principal)],
      params: [principal.orgId],
      filters: [
        [(v) => `s.status = ${v}`, filters.status],
        // Only over the caller's own requests: a desk cannot probe which requests concern a participant.
        [(v) => `(s.org_id = $1 and s.participant_id = ${v})`, filters.participantId],
        [(v) => `s.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/** Stores a new support request raised by `orgId` (status `submitted`). */
export async function insertSupportRequest(
  db: Queryable,
  record: { id: string; orgId: string; input: SupportRequestInput },
): Promise<SupportRequestRow> {
  const data: SupportRequestData = { ...record.input, status: 'submitted' };
  const [row] = await db.query<SupportRequestRow>(
    `insert into support_requests (id, org_id, participant_id, data) values ($1, $2, $3, $4) returning *`,
    [record.id, record.orgId, record.input.participantId ?? null, JSON.stringify(data)],
  );
  return row!;
}

/**
 * Moves a support request to `next`, only from the status `from` it was checked against: of two
 * concurrent moves (fulfil and withdraw), the second finds the status changed and gets undefined.
 */
export async function moveSupportRequest(
  db: Queryable,
  id: string,
  from: SupportRequest['status'],
  next: SupportRequest,
): Promise<SupportRequestRow | undefined> {
  const { id: _id, organizationId: _org, createdAt: _c, updatedAt: _u, ...data } = next;
  const [row] = await db.query<SupportRequestRow>(
    `update support_requests s set data = $2, updated_at = now() where s.id = $1 and s.status = $3 returning s.*`,
    [id, JSON.stringify(data), from],
  );
  return row;
}
