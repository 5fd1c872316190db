import type { Enterprise } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, toRecord } from './rows.js';

/** What `enterprises.data` holds: core's enterprise without the server-set fields. */
export type EnterpriseData = Omit<Enterprise, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/**
 * A row of `enterprises`, with the caller's access: `owner` (the NGO that recorded it) or `buyer` (a
 * corporate partner named by one of its market linkages, which sees its code and trade only).
 */
export interface EnterpriseRow extends BaseRow {
  org_id: string;
  participant_id: string;
  data: EnterpriseData;
  access: 'owner' | 'buyer' | null;
}

/** The full API representation of a stored enterprise. */
export function toEnterprise(row: EnterpriseRow): Enterprise {
  return toRecord(row);
}

/** The caller's access to enterprise `x` ($1 is the caller's organisation). */
function accessSql(principal: Principal): string {
  if (principal.role === 'ngo' || principal.role === 'corporate') {
    return `case when ${visibleSql(principal)} then '${principal.role === 'ngo' ? 'owner' : 'buyer'}' end`;
  }
  return 'nullif($1::text, $1::text)';
}

/** The condition of {@link accessSql}, on its own so that an index serves a list (`org_id`, or the linkages' GIN). */
function visibleSql(principal: Principal): string {
  if (principal.role === 'ngo') return 'x.org_id = $1';
  if (principal.role === 'corporate') {
    return `x.data->'marketLinkages' @> jsonb_build_array(jsonb_build_object('buyerOrganizationId', $1::text))`;
  }
  return '$1::text is null';
}

/** One enterprise visible to the caller, or undefined. */
export async function findVisibleEnterprise(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db.query<EnterpriseRow>(
    `select * from (select x.*, ${accessSql(principal)} as access from enterprises x where x.id = $2) v
     where access is not null`,
    [principal.orgId, id],
  );
  return row;
}

/** Filters of an enterprise list (each only when given). */
export interface EnterpriseFilters {
  readonly participantId: string | null;
  readonly updatedSince: string | null;
}

/** A page of the enterprises visible to the caller. */
export function listVisibleEnterprises(
  db: Queryable,
  principal: Principal,
  filters: EnterpriseFilters,
  page: KeysetPage,
): Promise<EnterpriseRow[]> {
  return keysetList<EnterpriseRow>(
    db,
    {
      select: `x.*, ${accessSql(principal)} as access`,
      from: 'enterprises x',
      seq: 'x.seq',
      where: [visibleSql(principal)],
      params: [principal.orgId],
      filters: [
        [(v) => `x.participant_id = ${v}`, filters.participantId],
        [(v) => `x.updated_at >= ${v}::timestamptz`, filters.updatedSince],
      ],
    },
    page,
  );
}

/** Stores a new enterprise (from core's `createEnterprise`). */
export async function insertEnterprise(db: Queryable, enterprise: Enterprise): Promise<EnterpriseRow> {
  const { id, organizationId, createdAt: _c, updatedAt: _u, ...data } = enterprise;
  const [row] = await db.query<EnterpriseRow>(
    `insert into enterprises (id, org_id, participant_id, data) values ($1, $2, $3, $4)
     returning *, 'owner' as access`,
    [id, organizationId, data.participantId, JSON.stringify(data)],
  );
  return row!;
}

/** Replaces an enterprise's data (its code stays). */
export async function updateEnterprise(
  db: Queryable,
  id: string,
  data: EnterpriseData,
): Promise<EnterpriseRow> {
  const [row] = await db.query<EnterpriseRow>(
    `update enterprises set data = $2, updated_at = now() where id = $1 returning *, 'owner' as access`,
    [id, JSON.stringify(data)],
  );
  return row!;
}
