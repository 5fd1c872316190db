import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { OrganizationRoleValue } from '@nayabato/core';
import {
  generateProgramme,
  type ProgrammeSummary,
  type SyntheticProgramme,
  summariseProgramme,
} from '@nayabato/core/synthetic';
import type { UserPermission } from '../auth/principal.js';
import type { Database, Queryable } from '../db/database.js';
import { insertAuditRows } from '../store/audit.js';
import { keepOffersOpen } from '../store/job-offers.js';
import { listUsersOf } from '../store/users.js';
import { DEMO_KEY_FILE, issueDemoKeys, readDemoKeyFile, writeDemoKeyFile } from './demo-keys.js';
import { insertDemoLivelihood } from './demo-livelihood.js';
import { insertDemoDirectory, setDemoOrigins } from './demo-organizations.js';
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

/**
 * A seeded organisation with its demo keys. Demo keys are shown at every start (and on the landing page of
 * `pnpm start`): new at each start of an in-memory database, the same at every start of a kept data
 * directory while they stay active.
 */
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
  /**
   * A kept PGlite data directory: its demo keys are kept in a file inside it (`nayabato-demo-keys.json`,
   * owner-only) and shown again at the next start while they stay active. Without it, every call issues
   * new demo keys.
   */
  readonly dataDir?: string;
}

/** What the credentials of a seeded programme are built from (the programme, or a snapshot's record of it). */
export interface DemoProgrammeInfo {
  /** The programme's organisations in its order: id, name and role. */
  readonly organizations: readonly {
    readonly id: string;
    readonly name: string;
    readonly role: OrganizationRoleValue;
  }[];
  /** The programme's participants' ids, in its order. */
  readonly participantIds: readonly string[];
  /** The programme's counts. */
  readonly summary: ProgrammeSummary;
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
 * Writes the programme's records (organisations without keys, users, participants and their records) and
 * audits them as one system entry; what exists already is kept, and nothing is audited when nothing is new.
 *
 * @example
 * ```ts
 * await db.transaction((tx) => writeDemoProgramme(tx, generateProgramme({ seed: DEMO_SEED, participants: 250 }), 250));
 * ```
 */
export async function writeDemoProgramme(
  tx: Queryable,
  programme: SyntheticProgramme,
  participants: number,
): Promise<void> {
  const directory = await insertDemoDirectory(tx, programme);
  const records: DemoRecordCounts = await insertDemoRecords(tx, programme);
  const livelihood = await insertDemoLivelihood(tx, programme);
  const inserted = {
    organizations: directory.organizations,
    users: directory.users,
    ...records,
    ...livelihood,
  };
  if (Object.values(inserted).some((n) => n > 0)) await auditSeed(tx, participants, inserted);
}

/**
 * What the credentials are built from: the programme's organisations, participants and counts.
 *
 * @example
 * ```ts
 * demoProgrammeInfo(generateProgramme({ seed: DEMO_SEED })).organizations.length; // 24
 * ```
 */
export function demoProgrammeInfo(programme: SyntheticProgramme): DemoProgrammeInfo {
  return {
    organizations: programme.organizations.map((o) => ({ id: o.id, name: o.name, role: o.role })),
    participantIds: programme.participants.map((p) => p.id),
    summary: summariseProgramme(programme),
  };
}

/**
 * How many days from the start an open demo offer whose day has passed stays on the boards: the synthetic
 * programme ends on a fixed date, and the demo's careers page should still show its open offers.
 */
export const DEMO_OFFER_DAYS = 60;

/**
 * The per-start part of the demo, on a database that holds the programme: registers `origins`, keeps the
 * programme's open offers on the public boards ({@link DEMO_OFFER_DAYS} from today once their own day has
 * passed), gives every organisation its demo keys (kept ones on a data directory, see
 * {@link DemoSeedOptions.dataDir}) and reads its users.
 *
 * @example
 * ```ts
 * const demo = await startDemo(db, demoProgrammeInfo(programme), { origins: [url] });
 * ```
 */
export async function startDemo(
  db: Database,
  info: DemoProgrammeInfo,
  options: DemoSeedOptions = {},
): Promise<DemoCredentials> {
  const orgIds = info.organizations.map((o) => o.id);
  const keyFile = options.dataDir ? join(options.dataDir, DEMO_KEY_FILE) : undefined;
  const { keys, changed, users } = await db.transaction(async (tx) => {
    await setDemoOrigins(tx, orgIds, options.origins ?? []);
    await keepOffersOpen(tx, orgIds, DEMO_OFFER_DAYS);
    const issued = await issueDemoKeys(tx, orgIds, keyFile ? readDemoKeyFile(keyFile) : undefined);
    const users = await listUsersOf(tx, orgIds);
    return { ...issued, users };
  });
  // Written only once the keys are committed: a file never names keys the database lacks.
  if (keyFile && changed) writeDemoKeyFile(keyFile, keys);
  const organizations = info.organizations.map((o): DemoOrganization => {
    const staff = users
      .filter((u) => u.org_id === o.id)
      .map((u) => ({ id: u.id, displayName: u.data.displayName, permissions: u.permissions }));
    const key = keys.get(o.id);
    if (!key || staff.length === 0) throw new Error(`Demo seed: organisation ${o.id} has no key or user`);
    return { id: o.id, name: o.name, role: o.role, ...key, user: staff[0]!, users: staff };
  });
  return { organizations, participantIds: info.participantIds, summary: info.summary };
}

/**
 * Seeds the demo: the synthetic programme of `@nayabato/core/synthetic` (seed {@link DEMO_SEED}): its 24
 * organisations with their own ids, demo keys and their staff as users; its participants, consents, needs
 * assessments, livelihood plans and referrals, and its livelihood records (training programmes, enrolments,
 * job offers, placements, enterprises, follow-ups, service deliveries, support requests, stories), with
 * their own ids, statuses and timestamps. Written in bulk,
 * straight to storage rather than through the API (a few statements instead of thousands of requests), and
 * audited as one system entry (`actor_org = 'system'`, `resource_type = 'demo_seed'`, counts in `detail`).
 * Idempotent on a data directory: what exists is kept, nothing is audited when nothing is new, and the demo
 * keys stay the same while they are active (see {@link DemoSeedOptions.dataDir}).
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
  await db.transaction((tx) => writeDemoProgramme(tx, programme, participants));
  return startDemo(db, demoProgrammeInfo(programme), options);
}
