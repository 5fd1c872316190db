import type { OrganizationRoleValue } from '@nayabato/core';
import type { Hono } from 'hono';
import { bootstrapOrganization } from '../auth/bootstrap.js';
import type { UserPermission } from '../auth/principal.js';
import type { AppEnv } from '../context.js';
import type { Database } from '../db/database.js';
import { DEMO_ORGANIZATIONS } from './demo-organizations.js';
import { seedDemoRecords } from './demo-records.js';

/** A seeded user. */
export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly permissions: readonly UserPermission[];
}

/** A seeded organisation with its keys, shown once at start. */
export interface DemoOrganization {
  readonly id: string;
  readonly name: string;
  readonly role: OrganizationRoleValue;
  readonly secretKey: string;
  readonly publishableKey: string;
  /** The organisation's first demo user (for `POST /v1/tokens`). */
  readonly user: DemoUser;
  readonly users: readonly DemoUser[];
}

/** What the demo seed created: one entry per organisation, and the demo participants' ids. */
export interface DemoCredentials {
  readonly organizations: readonly DemoOrganization[];
  readonly participantIds: readonly string[];
}

/**
 * Seeds the demo programme: the organisations of {@link DEMO_ORGANIZATIONS} with fresh keys and users,
 * then a few synthetic participants, consents, assessments and referrals written through the API itself
 * (so they are validated and audited like any partner's). Idempotent on a data directory: organisations
 * are kept and get new keys; records are added once.
 *
 * @param origins - browser origins registered for every demo organisation (the registry's own URL)
 * @example
 * ```ts
 * const demo = await seedDemo(db, app, ['http://127.0.0.1:4400']);
 * demo.organizations.find((o) => o.role === 'ngo')?.secretKey;
 * ```
 */
export async function seedDemo(
  db: Database,
  app: Hono<AppEnv>,
  origins: readonly string[] = [],
): Promise<DemoCredentials> {
  const organizations: DemoOrganization[] = [];
  for (const spec of DEMO_ORGANIZATIONS) {
    const made = await bootstrapOrganization(db, spec.input, {
      id: spec.id,
      allowedOrigins: origins,
      users: spec.users,
    });
    if (origins.length > 0) {
      await db.query('update organizations set allowed_origins = $2 where id = $1', [spec.id, origins]);
    }
    const users = made.users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      permissions: u.permissions,
    }));
    organizations.push({
      id: made.organization.id,
      name: made.organization.name,
      role: made.organization.role,
      secretKey: made.secretKey,
      publishableKey: made.publishableKey,
      user: users[0]!,
      users,
    });
  }
  const participantIds = await seedDemoRecords(db, app, organizations);
  return { organizations, participantIds };
}
