/**
 * What the list-plan test and the list benchmark share: a database holding the synthetic programme at a
 * given size (plus synthetic audit rows), the principals of its organisations, every list query of the
 * store as a named case, and the query plan of a case.
 */
import type { OrganizationRoleValue } from '@nayabato/core';
import type { Principal } from '../auth/principal.js';
import type { Database, Queryable } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { seedDemo } from '../seed/demo.js';
import { listAuditEvents } from './audit-events.js';
import { listCareRecords } from './care-records.js';
import { type DocumentKind, listVisibleDocuments } from './documents.js';
import { listVisibleEnrolments } from './enrolments.js';
import { listVisibleEnterprises } from './enterprises.js';
import { JOB_OFFER_SORTS, type JobOfferSort, listVisibleJobOffers } from './job-offers.js';
import { listKeys } from './keys.js';
import { listOrganizations } from './organizations.js';
import { listVisibleParticipants } from './participants.js';
import { listVisiblePlacements } from './placements.js';
import { listVisibleReferrals } from './referrals.js';
import { listOwnStories, listPublishedStories } from './stories.js';
import { listVisibleSupportRequests } from './support-requests.js';
import { listVisibleTrainingProgrammes } from './training-programmes.js';
import { listUsers } from './users.js';
import { listWebhookEndpoints } from './webhook-endpoints.js';
import { listWebhookDeliveries } from './webhook-events.js';

/** Tables that grow with the programme: a list must never scan one of them whole. */
export const GROWING_TABLES = [
  'participants',
  'consents',
  'needs_assessments',
  'livelihood_plans',
  'referrals',
  'audit_log',
  'enrolments',
  'placements',
  'enterprises',
  'follow_ups',
  'service_deliveries',
  'support_requests',
  'stories',
  'job_offers',
  'webhook_deliveries',
  'webhook_events',
] as const;

/** The programme's organisations whose view the cases take. */
export interface PlanOrgs {
  readonly ngo: Principal;
  readonly ngo2: Principal;
  readonly training: Principal;
  readonly corporate: Principal;
  readonly corporatePublic: Principal;
  readonly government: Principal;
  readonly coordinator: Principal;
}

function principal(
  orgId: string,
  role: OrganizationRoleValue,
  kind: Principal['kind'] = 'secret',
): Principal {
  return { kind, orgId, role, keyId: 'key_plan', permissions: [], allowedOrigins: [] };
}

/** The tables {@link copyProgramme} copies: a participant and every record that hangs on it. */
const COPIED_TABLES = [
  'participants',
  'consents',
  'needs_assessments',
  'livelihood_plans',
  'referrals',
  'enrolments',
  'follow_ups',
  'service_deliveries',
] as const;

/** Ids of the records a copy renames (those of a participant and its records; organisations stay). */
const COPIED_ID = '(pt|cns|nda|lp|ref|svc|enr|fu)_[0-9a-z]{10,32}';

/**
 * Adds `copies` copies of every participant and its records (consents, assessments, plans, referrals,
 * enrolments, follow-ups, service deliveries) in SQL, each copy's ids suffixed (`z1`, `z2`…, inside `data`
 * too, so a copied referral names its copied consent) and its `seq` after everything before: the
 * programme at `copies + 1` times its size, in seconds rather than the minutes of generating it.
 */
export async function copyProgramme(db: Queryable, copies: number): Promise<void> {
  if (copies <= 0) return;
  for (const table of COPIED_TABLES) {
    const columns = await db.query<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns
       where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER' and column_name <> 'seq'
       order by ordinal_position`,
      [table],
    );
    const names = columns.map((c) => c.column_name);
    const values = columns.map(({ column_name: c, data_type: type }) => {
      if (type === 'text')
        return `case when t.${c} ~ '^${COPIED_ID}$' then t.${c} || 'z' || g else t.${c} end`;
      // Only where `data` names another copied record the access rules follow (a referral's consent and
      // documents, an enrolment's referral): rewriting every document would cost minutes at 100k.
      if (type === 'jsonb' && (table === 'referrals' || table === 'enrolments'))
        return `regexp_replace(t.${c}::text, '"(${COPIED_ID})"', '"\\1z' || g || '"', 'g')::jsonb`;
      return `t.${c}`;
    });
    await db.query(
      `insert into ${table} (${names.join(', ')})
       select ${values.join(', ')} from ${table} t cross join generate_series(1, $1::int) g order by g, t.seq`,
      [copies],
    );
  }
}

/**
 * Opens a database (`databaseUrl`, else in-memory PGlite), migrates it, seeds the synthetic programme with
 * `participants` participants, adds `copies` copies of it ({@link copyProgramme}) and
 * `auditPerParticipant` synthetic audit rows per participant (reads by the registering NGO and by
 * another), and analyses it, so that the planner sees the sizes.
 */
export async function openProgrammeDatabase(options: {
  readonly participants: number;
  readonly copies?: number;
  readonly auditPerParticipant?: number;
  readonly databaseUrl?: string;
}): Promise<{ db: Database; orgs: PlanOrgs }> {
  const db = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
  await migrate(db);
  const demo = await seedDemo(db, { participants: options.participants });
  await copyProgramme(db, options.copies ?? 0);
  return { db, orgs: await addSyntheticAudit(db, demo.organizations, options.auditPerParticipant) };
}

/**
 * Adds `auditPerParticipant` synthetic audit rows per participant of a database holding the programme of
 * `organizations` (reads by the registering NGO and by another), analyses it so that the planner sees the
 * sizes, and returns the principals the list cases take.
 */
export async function addSyntheticAudit(
  db: Database,
  organizations: readonly { readonly id: string; readonly role: OrganizationRoleValue }[],
  auditPerParticipant = 4,
): Promise<PlanOrgs> {
  const byRole = (role: OrganizationRoleValue) => organizations.filter((o) => o.role === role);
  const [ngo, ngo2] = byRole('ngo');
  const other = ngo2!.id;
  await db.query(
    `insert into audit_log (request_id, actor_org, action, resource_type, resource_id, participant_id, purpose)
     select 'req_synthetic', case when g % 4 = 0 then $1 else p.org_id end, 'read', 'participant', p.id, p.id,
       'case_management'
     from participants p cross join generate_series(1, $2::int) g order by p.seq, g`,
    [other, auditPerParticipant],
  );
  await db.exec('analyze');
  return {
    ngo: principal(ngo!.id, 'ngo'),
    ngo2: principal(other, 'ngo'),
    training: principal(byRole('training_institution')[0]!.id, 'training_institution'),
    corporate: principal(byRole('corporate')[0]!.id, 'corporate'),
    corporatePublic: principal(byRole('corporate')[0]!.id, 'corporate', 'publishable'),
    government: principal(byRole('government')[0]!.id, 'government'),
    coordinator: principal(byRole('coordinator')[0]!.id, 'coordinator'),
  };
}

/** One list query of the store, with the arguments of one caller. */
export interface ListCase {
  readonly name: string;
  readonly run: (db: Queryable, orgs: PlanOrgs) => Promise<unknown>;
}

const FIRST = { after: 0, limit: 20 };
const DOCS: Record<DocumentKind['table'], DocumentKind> = {
  consents: { table: 'consents', idKind: 'consent', resourceType: 'consent' },
  needs_assessments: {
    table: 'needs_assessments',
    idKind: 'needsAssessment',
    resourceType: 'needs_assessment',
    referralField: 'needsAssessmentId',
    scope: 'needs_assessment',
  },
  livelihood_plans: {
    table: 'livelihood_plans',
    idKind: 'livelihoodPlan',
    resourceType: 'livelihood_plan',
    referralField: 'livelihoodPlanId',
    scope: 'livelihood_plan',
  },
};
const noFilters = { participantId: null, updatedSince: null };
const jobOfferCase = (sort: JobOfferSort, who: 'ngo' | 'corporate' | 'corporatePublic'): ListCase => ({
  name: `job offers by ${sort} (${who})`,
  run: (db, o) =>
    listVisibleJobOffers(
      db,
      o[who],
      { status: null, district: null, trade: null, employmentType: null, organizationId: null, search: null },
      sort,
      { after: null, limit: 20 },
    ),
});

/**
 * Every list query of the store, by the name of the store function that runs it: the plan test fails
 * when a function paging through `keysetList`/`keysetListBy` has no entry here.
 */
export const LIST_CASES: Record<string, readonly ListCase[]> = {
  listVisibleParticipants: (['ngo', 'ngo2', 'training', 'corporate'] as const).map((who) => ({
    name: `participants (${who})`,
    run: (db, o) => listVisibleParticipants(db, o[who], {}, FIRST),
  })),
  listVisibleReferrals: [
    ...(['ngo', 'training'] as const).map(
      (who): ListCase => ({
        name: `referrals (${who})`,
        run: (db, o) =>
          listVisibleReferrals(
            db,
            o[who],
            { status: null, direction: null, participantId: null, updatedSince: null },
            FIRST,
          ),
      }),
    ),
    ...(['sent', 'received'] as const).map(
      (direction): ListCase => ({
        name: `referrals ${direction} (ngo)`,
        run: (db, o) =>
          listVisibleReferrals(
            db,
            o.ngo,
            { status: null, direction, participantId: null, updatedSince: null },
            FIRST,
          ),
      }),
    ),
  ],
  listVisibleDocuments: Object.values(DOCS).map((kind) => ({
    name: `${kind.table} (ngo)`,
    run: (db, o) => listVisibleDocuments(db, kind, o.ngo, noFilters, FIRST),
  })),
  listOrganizations: [
    {
      name: 'organisation directory',
      run: (db) => listOrganizations(db, { updatedSince: null, role: null, district: null }, FIRST),
    },
  ],
  listVisibleJobOffers: (Object.keys(JOB_OFFER_SORTS) as JobOfferSort[]).flatMap((sort) =>
    (['ngo', 'corporate', 'corporatePublic'] as const).map((who) => jobOfferCase(sort, who)),
  ),
  listVisiblePlacements: (['ngo', 'corporate'] as const).map((who) => ({
    name: `placements (${who})`,
    run: (db, o) =>
      listVisiblePlacements(db, o[who], { jobOfferId: null, participantId: null, updatedSince: null }, FIRST),
  })),
  listVisibleEnrolments: (['ngo', 'training'] as const).map((who) => ({
    name: `enrolments (${who})`,
    run: (db, o) =>
      listVisibleEnrolments(
        db,
        o[who],
        { participantId: null, programmeId: null, referralId: null, updatedSince: null },
        FIRST,
      ),
  })),
  listVisibleEnterprises: (['ngo', 'corporate'] as const).map((who) => ({
    name: `enterprises (${who})`,
    run: (db, o) => listVisibleEnterprises(db, o[who], noFilters, FIRST),
  })),
  listCareRecords: (['follow_ups', 'service_deliveries'] as const).flatMap((table) =>
    ([null, 'follow_ups'] as const).map(
      (sharedScope): ListCase => ({
        name: `${table} (${sharedScope ? 'ngo2, shared' : 'ngo, own'})`,
        run: (db, o) =>
          listCareRecords(
            db,
            table,
            { orgId: (sharedScope ? o.ngo2 : o.ngo).orgId, sharedScope },
            noFilters,
            FIRST,
          ),
      }),
    ),
  ),
  listVisibleSupportRequests: (['ngo', 'government'] as const).map((who) => ({
    name: `support requests (${who})`,
    run: (db, o) =>
      listVisibleSupportRequests(
        db,
        o[who],
        { status: null, participantId: null, updatedSince: null },
        FIRST,
      ),
  })),
  listOwnStories: [
    {
      name: 'own stories (ngo)',
      run: (db, o) => listOwnStories(db, o.ngo.orgId, {}, FIRST),
    },
  ],
  listPublishedStories: [
    { name: 'published stories', run: (db) => listPublishedStories(db, undefined, FIRST) },
    { name: 'published stories of one NGO', run: (db, o) => listPublishedStories(db, o.ngo.orgId, FIRST) },
  ],
  listVisibleTrainingProgrammes: [
    {
      name: 'training programmes (ngo)',
      run: (db, o) =>
        listVisibleTrainingProgrammes(
          db,
          o.ngo,
          { district: null, trade: null, status: null, providerOrganizationId: null, updatedSince: null },
          FIRST,
        ),
    },
  ],
  listAuditEvents: [
    { orgId: 'ngo', all: false, participantIds: true },
    { orgId: 'coordinator', all: true, participantIds: false },
  ].map((scope) => ({
    name: `audit events (${scope.orgId})`,
    run: (db, o) =>
      listAuditEvents(
        db,
        { ...scope, orgId: o[scope.orgId as 'ngo' | 'coordinator'].orgId },
        { actorId: null, recordId: null, action: null, from: null, to: null },
        FIRST,
      ),
  })),
  listUsers: [{ name: 'users', run: (db, o) => listUsers(db, o.ngo.orgId, FIRST) }],
  listKeys: [{ name: 'keys', run: (db, o) => listKeys(db, o.ngo.orgId, FIRST) }],
  listWebhookEndpoints: [
    { name: 'webhook endpoints', run: (db, o) => listWebhookEndpoints(db, o.ngo.orgId, FIRST) },
  ],
  listWebhookDeliveries: [
    // Any endpoint id: the plan is what is checked, and a delivery list is one endpoint's.
    { name: 'webhook deliveries', run: (db) => listWebhookDeliveries(db, 'whe_plan0000000000', FIRST) },
  ],
};

/** A plan node of `EXPLAIN (FORMAT JSON)`. */
export interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly Plans?: readonly PlanNode[];
  readonly [key: string]: unknown;
}

/** The plan of one `explain (format json)` answer (a string on PGlite, parsed JSON from `pg`). */
export function planOf(json: unknown): PlanNode {
  const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as { Plan: PlanNode; JIT?: unknown }[];
  // PostgreSQL adds `JIT` beside the plan when it would compile it (costly for a page of twenty).
  return { ...parsed[0]!.Plan, ...(parsed[0]!.JIT ? { JIT: parsed[0]!.JIT } : {}) };
}

/**
 * The plans of every statement `run` sends (explained with its parameters instead of being run; the
 * list functions send one). A root node carries `JIT` when PostgreSQL would JIT-compile the statement.
 */
export async function plansOf(db: Queryable, run: (db: Queryable) => Promise<unknown>): Promise<PlanNode[]> {
  const plans: PlanNode[] = [];
  const explaining: Queryable = {
    async query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      const [row] = await db.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${sql}`, params);
      plans.push(planOf(row!['QUERY PLAN']));
      return [];
    },
    exec: (sql) => db.exec(sql),
  };
  await run(explaining);
  return plans;
}

/** Every node of a plan tree, depth first. */
export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}
