import { newId } from '@nayabato/core';
import type { UserPermission } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, iso } from './rows.js';

/** A row of `users`. */
export interface UserRow extends BaseRow {
  org_id: string;
  permissions: UserPermission[];
  disabled_at: Date | null;
  data: { displayName: string };
}

/** The API representation of a user. */
export function toUser(row: UserRow) {
  return {
    id: row.id,
    organizationId: row.org_id,
    displayName: row.data.displayName,
    permissions: row.permissions,
    disabled: row.disabled_at !== null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * Creates a user (a staff member) of an organisation.
 *
 * @example
 * ```ts
 * await insertUser(db, orgId, { displayName: 'Demo Counsellor', permissions: ['consent.override'] });
 * ```
 */
export async function insertUser(
  db: Queryable,
  orgId: string,
  input: { displayName: string; permissions?: readonly UserPermission[] | undefined },
): Promise<UserRow> {
  const [row] = await db.query<UserRow>(
    'insert into users (id, org_id, data, permissions) values ($1, $2, $3, $4) returning *',
    [newId('user'), orgId, JSON.stringify({ displayName: input.displayName }), input.permissions ?? []],
  );
  return row!;
}

/** One user by id, or undefined. */
export async function findUser(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('select * from users where id = $1', [id]);
  return row;
}

/** Every user of the organisations `orgIds`, oldest first. */
export async function listUsersOf(db: Queryable, orgIds: readonly string[]): Promise<UserRow[]> {
  return db.query<UserRow>('select * from users where org_id = any($1) order by seq', [orgIds]);
}

/** A page of an organisation's users. */
export function listUsers(db: Queryable, orgId: string, page: KeysetPage): Promise<UserRow[]> {
  return keysetList<UserRow>(db, { from: 'users', where: ['org_id = $1'], params: [orgId] }, page);
}

/** Renames a user, replaces its permissions and enables or disables it (each only when given). */
export async function updateUser(
  db: Queryable,
  id: string,
  patch: { displayName: string; permissions: readonly UserPermission[] | null; disabled: boolean | null },
): Promise<UserRow> {
  const [row] = await db.query<UserRow>(
    `update users set data = jsonb_set(data, '{displayName}', to_jsonb($2::text)),
       permissions = coalesce($3, permissions),
       disabled_at = case when $4::boolean is null then disabled_at when $4 then coalesce(disabled_at, now()) else null end,
       updated_at = now()
     where id = $1 returning *`,
    [id, patch.displayName, patch.permissions, patch.disabled],
  );
  return row!;
}
