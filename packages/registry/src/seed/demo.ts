import { randomUUID } from 'node:crypto';
import type { OrganizationRoleValue } from '@nayabato/core';
import { generateProgramme, type ProgrammeSummary, summariseProgramme } from '@nayabato/core/synthetic';
import type { UserPermission } from '../auth/principal.js';
import type { Database, Queryable } from '../db/database.js';
import { insertAuditRows } from '../store/audit.js';
import { listUsersOf } from '../store/users.js';
import { insertDemoDirectory } from './demo-organizations.js';
import { type DemoRecordCounts, insertDemoRecords } from './demo-records.js';

/**
 * The seed of the demo programme: every start loads the same programme.
 *
 * @example
 * ```ts
 * const programme = generateProgramme({ seed: DEMO_SEED, participants: DEMO_PARTICIPANTS }); // what `seed: 'demo'` loads
 * ```
 */
export const DEMO_SEED = 2026;

/**
 * How many participants the demo programme has unless asked otherwise.
 *
 * @example
 * ```ts
 * await startRegistry({ seed: 'demo', demoParticipants: DEMO_PARTICIPANTS * 4 }); // a larger demo
 * ```
 */
export const DEMO_PARTICIPANTS = 250;

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

/** What the demo seed created: one entry per organisation, the participants' ids, the programme's counts. */
export interface DemoCredentials {
  /** Every organisation of the programme, in its order (the NGOs first). */
  readonly organizations: readonly DemoOrganization[];
  /** Every participant of the programme, in its order. */
  readonly participantIds: readonly string[];
  /** The programme's counts, for `formatProgrammeSummary` of `@nayabato/core/synthetic`. */
  readonly summary: ProgrammeSummary;
}

/** Options of {@link seedDemo}. */
export interface DemoSeedOptions {
  /** Browser origins registered for every demo organisation (the registry's own URL). */
  readonly origins?: readonly string[];
  /**
   * How many participants the programme has (0 to 1,000,000; the seed is linear in it).
   * @default 250
   */
  readonly participants?: number;
}

/** One audit row for the whole seed: a system action, with counts only. */
async function auditSeed(tx: Queryable, participants: number, inserted: Record<string, number>) {
  await insertAuditRows(tx, [
    {
      requestId: `seed_${randomUUID()}`,
      actorOrg: 'system',
      action: 'create',
      resourceType: 'demo_seed',
      resourceId: `synthetic_programme_${DEMO_SEED}_${participants}`,
      purpose: 'demo_seed',
      detail: { seed: DEMO_SEED, participants, inserted },
    },
  ]);
}

/**
 * Seeds the demo: the synthetic programme of `@nayabato/core/synthetic` (seed {@link DEMO_SEED}): its 24
 * organisations with their own ids, a fresh secret and publishable key each and their staff as users;
 * its participants, consents, needs assessments, livelihood plans and referrals with their own ids,
 * statuses and timestamps. Written in bulk in one transaction, straight to storage rather than through
 * the API (a few statements instead of thousands of requests), and audited as one system entry
 * (`actor_org = 'system'`, `resource_type = 'demo_seed'`, counts in `detail`). Idempotent on a data
 * directory: what exists is kept (organisations get new keys) and nothing is audited when nothing is new.
 *
 * @example
 * ```ts
 * const demo = await seedDemo(db, { origins: ['http://127.0.0.1:4400'] });
 * demo.organizations.find((o) => o.role === 'ngo')?.secretKey;
 * ```
 */
export async function seedDemo(db: Database, options: DemoSeedOptions = {}): Promise<DemoCredentials> {
  const participants = options.participants ?? DEMO_PARTICIPANTS;
  const programme = generateProgramme({ seed: DEMO_SEED, participants });
  const { keys, users } = await db.transaction(async (tx) => {
    const directory = await insertDemoDirectory(tx, programme, options.origins ?? []);
    const records: DemoRecordCounts = await insertDemoRecords(tx, programme);
    const inserted = { organizations: directory.organizations, users: directory.users, ...records };
    if (Object.values(inserted).some((n) => n > 0)) await auditSeed(tx, participants, inserted);
    const users = await listUsersOf(
      tx,
      programme.organizations.map((o) => o.id),
    );
    return { keys: directory.keys, users };
  });
  const organizations = programme.organizations.map((o): DemoOrganization => {
    const staff = users
      .filter((u) => u.org_id === o.id)
      .map((u) => ({ id: u.id, displayName: u.data.displayName, permissions: u.permissions }));
    const key = keys.get(o.id);
    if (!key || staff.length === 0) throw new Error(`Demo seed: organisation ${o.id} has no key or user`);
    return { id: o.id, name: o.name, role: o.role, ...key, user: staff[0]!, users: staff };
  });
  return {
    organizations,
    participantIds: programme.participants.map((p) => p.id),
    summary: summariseProgramme(programme),
  };
}
