import type { Organization, OrganizationRoleValue } from '@nayabato/core';
import type { SyntheticProgramme } from '@nayabato/core/synthetic';
import type { UserPermission } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { bulkInsert } from '../store/bulk.js';
import { setAllowedOrigins } from '../store/organizations.js';

/** What staff of each role are called in the demo (display names only: ids are the programme's). */
const STAFF_TITLE: Record<OrganizationRoleValue, string> = {
  ngo: 'Demo Counsellor',
  training_institution: 'Demo Trainer',
  corporate: 'Demo HR Officer',
  government: 'Demo Desk Officer',
  coordinator: 'Demo Coordinator',
};

/** A demo user to insert: the programme's staff account with a display name and permissions. */
export interface DemoUserSpec {
  readonly id: string;
  readonly organizationId: string;
  readonly displayName: string;
  readonly permissions: readonly UserPermission[];
}

/**
 * The programme's staff accounts as registry users. `consent.override` goes to the first user of every NGO
 * (so each NGO has someone who may override, and the demo's first NGO keeps a supervisor and plain staff)
 * and to every user the programme shows recording an override, so no stored override names a user who
 * could not have made it.
 *
 * @example
 * ```ts
 * demoUsers(generateProgramme())[0]; // { id: 'usr_…', organizationId: 'org_…', displayName: 'Demo Counsellor 1', permissions: ['consent.override'] }
 * ```
 */
export function demoUsers(programme: SyntheticProgramme): DemoUserSpec[] {
  const overriders = new Set<string>();
  for (const c of programme.consents) if (c.override) overriders.add(c.override.userId);
  for (const r of programme.referrals) if (r.consentOverride) overriders.add(r.consentOverride.userId);
  const roleOf = new Map(programme.organizations.map((o) => [o.id, o.role]));
  const seen = new Map<string, number>();
  return programme.users.map((u) => {
    const role = roleOf.get(u.organizationId) ?? 'ngo';
    const n = (seen.get(u.organizationId) ?? 0) + 1;
    seen.set(u.organizationId, n);
    const override = role === 'ngo' && (n === 1 || overriders.has(u.id));
    return {
      id: u.id,
      organizationId: u.organizationId,
      displayName: `${STAFF_TITLE[role]} ${n}`,
      permissions: override ? ['consent.override'] : [],
    };
  });
}

function directoryData(o: Organization): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...input } = o;
  return input;
}

/**
 * Writes the programme's organisations (with their own ids and dates, and no browser origins yet) and
 * users; organisations and users already there (a kept data directory) are left as they are. Keys and
 * origins are per start: see {@link issueDemoKeys} and {@link setDemoOrigins}.
 *
 * @returns how many organisations and users were new
 */
export async function insertDemoDirectory(
  tx: Queryable,
  programme: SyntheticProgramme,
): Promise<{ organizations: number; users: number }> {
  const orgs = programme.organizations;
  const organizations = await bulkInsert(
    tx,
    'organizations',
    [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'role', type: 'text' },
      { name: 'districts', type: 'text[]' },
      { name: 'allowed_origins', type: 'text[]' },
      { name: 'data', type: 'jsonb' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    orgs.map((o) => [
      o.id,
      o.name,
      o.role,
      o.districtsServed,
      [],
      directoryData(o),
      o.createdAt,
      o.updatedAt,
    ]),
  );
  const createdAt = new Map(orgs.map((o) => [o.id, o.createdAt]));
  const users = await bulkInsert(
    tx,
    'users',
    [
      { name: 'id', type: 'text' },
      { name: 'org_id', type: 'text' },
      { name: 'data', type: 'jsonb' },
      { name: 'permissions', type: 'text[]' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    demoUsers(programme).map((u) => {
      const at = createdAt.get(u.organizationId) ?? null;
      return [u.id, u.organizationId, { displayName: u.displayName }, u.permissions, at, at];
    }),
  );
  return { organizations, users };
}

/**
 * Registers `origins` (the registry's own URL, which changes with the port) for browser use by every demo
 * organisation; nothing when there are none.
 *
 * @example
 * ```ts
 * await setDemoOrigins(tx, ['org_…'], ['http://127.0.0.1:4400']);
 * ```
 */
export async function setDemoOrigins(
  tx: Queryable,
  organizationIds: readonly string[],
  origins: readonly string[],
): Promise<void> {
  if (origins.length === 0) return;
  await setAllowedOrigins(tx, organizationIds, origins);
}
