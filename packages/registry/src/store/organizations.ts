import { newId, type Organization, type OrganizationInput } from '@nayabato/core';
import type { Queryable } from '../db/database.js';
import { type KeysetPage, keysetList } from './keyset.js';
import { type BaseRow, iso } from './rows.js';

/** A row of `organizations`. */
export interface OrganizationRow extends BaseRow {
  name: string;
  role: Organization['role'];
  allowed_origins: string[];
  data: OrganizationInput;
}

/** The API representation of an organisation (core's `Organization`). */
export function toOrganization(row: OrganizationRow): Organization {
  return { ...row.data, id: row.id, createdAt: iso(row.created_at), updatedAt: iso(row.updated_at) };
}

/**
 * Inserts an organisation and returns its row.
 *
 * @example
 * ```ts
 * const row = await insertOrganization(db, { role: 'ngo', name: 'Example NGO', districtsServed: ['Kaski'], servicesOffered: [] });
 * ```
 */
export async function insertOrganization(
  db: Queryable,
  input: OrganizationInput,
  options: { id?: string; allowedOrigins?: readonly string[] } = {},
): Promise<OrganizationRow> {
  const [row] = await db.query<OrganizationRow>(
    `insert into organizations (id, name, role, districts, allowed_origins, data) values ($1, $2, $3, $4, $5, $6)
     returning *`,
    [
      options.id ?? newId('organization'),
      input.name,
      input.role,
      input.districtsServed,
      options.allowedOrigins ?? [],
      JSON.stringify(input),
    ],
  );
  return row!;
}

/** One organisation by id, or undefined. */
export async function findOrganization(db: Queryable, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.query<OrganizationRow>('select * from organizations where id = $1', [id]);
  return row;
}

/** Replaces an organisation's directory data. */
export async function updateOrganization(
  db: Queryable,
  id: string,
  input: OrganizationInput,
): Promise<OrganizationRow> {
  const [row] = await db.query<OrganizationRow>(
    `update organizations set name = $2, role = $3, districts = $4, data = $5, updated_at = now()
     where id = $1 returning *`,
    [id, input.name, input.role, input.districtsServed, JSON.stringify(input)],
  );
  return row!;
}

/**
 * Sets the browser origins of organisations `ids`. `touch` marks them updated (an edit through the API);
 * the demo seed leaves the programme's timestamps as they are.
 */
export async function setAllowedOrigins(
  db: Queryable,
  ids: readonly string[],
  origins: readonly string[],
  touch = false,
): Promise<void> {
  await db.query(
    `update organizations set allowed_origins = $2${touch ? ', updated_at = now()' : ''} where id = any($1)`,
    [ids, origins],
  );
}

/** Filters of the organisation directory (each only when given). */
export interface OrganizationFilters {
  readonly updatedSince: string | null;
  readonly role: string | null;
  readonly district: string | null;
}

/** A page of the organisation directory. */
export function listOrganizations(
  db: Queryable,
  filters: OrganizationFilters,
  page: KeysetPage,
): Promise<OrganizationRow[]> {
  return keysetList<OrganizationRow>(
    db,
    {
      from: 'organizations',
      filters: [
        [(v) => `updated_at >= ${v}::timestamptz`, filters.updatedSince],
        [(v) => `role = ${v}`, filters.role],
        [(v) => `${v}::text = any(districts)`, filters.district],
      ],
    },
    page,
  );
}
