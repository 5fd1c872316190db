/**
 * Test harness: one registry per test file and backend, called over real HTTP with `fetch`.
 * Every suite runs on embedded PGlite, and again on PostgreSQL when `DATABASE_URL` is set (each run in a
 * database of its own, dropped afterwards). Without `DATABASE_URL` the PostgreSQL suites are reported as
 * skipped, by name; with `NAYABATO_REQUIRE_POSTGRES=1` a missing `DATABASE_URL` fails the run.
 */
import {
  COMPLETE_CONSENT_CHECKS,
  SYNTHETIC_PARTICIPANT_INPUT,
  SYNTHETIC_SHARING_SCOPE,
} from '@nayabato/core/synthetic';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type DemoOrganization, type RunningRegistry, type StartOptions, startRegistry } from './index.js';
import { DEMO_PARTICIPANTS, startDemo } from './seed/demo.js';
import { demoOrigins } from './server.js';
import { createDatabase, demoTemplate, TEST_DEMO_CACHE_DIR } from './test-database.fixture.js';

/** A parsed JSON response: tests narrow it with assertions. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field by the assertions
export type Json = any;

/** A database backend the suites run on. */
export type Backend = 'pglite' | 'postgres';

const DATABASE_URL = process.env.DATABASE_URL;
const REQUIRE_POSTGRES = process.env.NAYABATO_REQUIRE_POSTGRES === '1';
if (!DATABASE_URL && !REQUIRE_POSTGRES) {
  console.warn(
    'registry tests: PostgreSQL suites NOT RUN because DATABASE_URL is unset (PGlite suites run).',
  );
}

/** Creates a database with a unique name on the server of `DATABASE_URL`; returns its URL and a dropper. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!DATABASE_URL) throw new Error('DATABASE_URL is unset');
  return createDatabase(DATABASE_URL);
}

/** A started registry for one suite, with helpers to call it. */
export interface TestRegistry {
  readonly backend: Backend;
  readonly registry: RunningRegistry;
  readonly url: string;
  /** Every log line the registry wrote. */
  readonly logs: Record<string, unknown>[];
  /** The PostgreSQL URL of this suite's database (postgres backend only). */
  readonly databaseUrl?: string;
  /** The demo organisation of a role (the first NGO for `ngo`; `ngo2` is the second NGO). */
  org(role: DemoOrganization['role'] | 'ngo2'): DemoOrganization;
  /** Calls the registry. `json` is sent as the body; the answer's body is parsed when it is JSON. */
  call(
    credential: string | null,
    method: string,
    path: string,
    options?: { json?: unknown; body?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: Json; text: string }>;
  /** Every item of a list, following `nextCursor` 100 at a time (`path` may carry a query already). */
  listAll(credential: string, path: string): Promise<Json[]>;
}

/**
 * Starts a registry on `backend` (on PostgreSQL in a database of its own). A demo start begins from the
 * prepared programme (PGlite's snapshot, PostgreSQL's template: see test-database.fixture.ts) and issues
 * its own keys, as a snapshot start of `pnpm start` does.
 */
async function startOn(backend: Backend, options: StartOptions) {
  const prepared = options.seed === 'demo' && !options.dataDir && !options.databaseUrl;
  if (backend === 'pglite') {
    const cache = prepared ? { demoCacheDir: TEST_DEMO_CACHE_DIR } : {};
    return { registry: await startRegistry({ ...options, ...cache }), drop: async () => undefined };
  }
  if (!DATABASE_URL) throw new Error('DATABASE_URL is unset');
  const participants = options.demoParticipants ?? DEMO_PARTICIPANTS;
  const template = prepared ? await demoTemplate(DATABASE_URL, participants) : undefined;
  const db = await createDatabase(DATABASE_URL, template?.name);
  try {
    if (!template) {
      const registry = await startRegistry({ ...options, databaseUrl: db.url });
      return { registry, drop: db.drop, databaseUrl: db.url };
    }
    const registry = await startRegistry({ ...options, seed: 'none', databaseUrl: db.url });
    try {
      const demo = await startDemo(registry.db, template.info, {
        origins: demoOrigins(registry.url),
        participants,
      });
      return { registry: Object.assign(registry, { demo }), drop: db.drop, databaseUrl: db.url };
    } catch (error) {
      await registry.close();
      throw error;
    }
  } catch (error) {
    await db.drop();
    throw error;
  }
}

/** The backends to run: PGlite always, PostgreSQL when `DATABASE_URL` is set. */
export function backends(): Backend[] {
  if (!DATABASE_URL && REQUIRE_POSTGRES) {
    throw new Error(
      'NAYABATO_REQUIRE_POSTGRES=1 but DATABASE_URL is unset: the PostgreSQL suites cannot run.',
    );
  }
  return DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Declares `suite` once per backend, with a registry seeded with the demo organisations started before
 * and closed after it. Without `DATABASE_URL`, the PostgreSQL copy is a named, skipped suite.
 *
 * @example
 * ```ts
 * describeRegistry('referrals', (t) => { it('sends', async () => { const r = await t().call(...); }); });
 * ```
 */
export function describeRegistry(
  name: string,
  suite: (get: () => TestRegistry, backend: Backend) => void,
  options: StartOptions = {},
): void {
  for (const backend of backends()) {
    describe(`${name} [${backend}]`, () => {
      let current: TestRegistry | undefined;
      let drop: () => Promise<void> = async () => undefined;
      beforeAll(async () => {
        const logs: Record<string, unknown>[] = [];
        const started = await startOn(backend, { seed: 'demo', logger: (l) => logs.push(l), ...options });
        drop = started.drop;
        const { registry } = started;
        const orgs = registry.demo!.organizations;
        current = {
          backend,
          ...('databaseUrl' in started ? { databaseUrl: started.databaseUrl } : {}),
          registry,
          url: registry.url,
          logs,
          org(role) {
            const ngos = orgs.filter((o) => o.role === 'ngo');
            const found = role === 'ngo2' ? ngos[1] : orgs.find((o) => o.role === role);
            if (!found) throw new Error(`no demo ${role}`);
            return found;
          },
          async call(credential, method, path, opts = {}) {
            const headers: Record<string, string> = { ...opts.headers };
            if (credential) headers.authorization = `Bearer ${credential}`;
            let body = opts.body;
            if (opts.json !== undefined) {
              headers['content-type'] ??= 'application/json';
              body = JSON.stringify(opts.json);
            }
            const res = await fetch(`${registry.url}${path}`, {
              method,
              headers,
              ...(body !== undefined ? { body } : {}),
            });
            const text = await res.text();
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // not JSON: keep the text
            }
            return { status: res.status, headers: res.headers, body: parsed, text };
          },
          async listAll(credential, path) {
            const items: Json[] = [];
            let cursor: string | null = null;
            do {
              const separator = path.includes('?') ? '&' : '?';
              const page: { status: number; body: Json } = await this.call(
                credential,
                'GET',
                `${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
              );
              if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
              items.push(...page.body.items);
              cursor = page.body.nextCursor;
            } while (cursor);
            return items;
          },
        };
      });
      afterAll(async () => {
        await current?.registry.close();
        await drop();
      });
      suite(() => {
        if (!current) throw new Error('registry not started');
        return current;
      }, backend);
    });
  }
  if (!DATABASE_URL) {
    describe.skip(`${name} [postgres]: NOT RUN — DATABASE_URL is unset (set it to run this suite on PostgreSQL)`, () => {
      suite(() => {
        throw new Error('not run');
      }, 'postgres');
    });
  }
}

/**
 * Without `DATABASE_URL`, registers a named, skipped suite saying the PostgreSQL copy of `name` was not run
 * and why, so that the report shows it (with `NAYABATO_REQUIRE_POSTGRES=1` the harness fails instead).
 */
export function reportPostgresNotRun(name: string): void {
  if (DATABASE_URL) return;
  // A skipped test with no body: it shows in the report by name and can never count as a pass.
  it.skip(`${name} [postgres]: NOT RUN — DATABASE_URL is unset (set it to run this suite on PostgreSQL)`);
}

/** A valid participant body (core's synthetic participant input); `over` replaces fields. */
export function participantBody(over: Record<string, unknown> = {}) {
  return { ...SYNTHETIC_PARTICIPANT_INPUT, ...over };
}

/** A consent body given an hour ago (a sharing one with core's synthetic scope unless `over` names one). */
export function consentBody(participantId: string, purpose: string, over: Record<string, unknown> = {}) {
  return {
    participantId,
    purpose,
    givenAt: new Date(Date.now() - 3_600_000).toISOString(),
    checks: COMPLETE_CONSENT_CHECKS,
    // A sharing consent names its scope: by default what a referral usually needs (no notes).
    ...(purpose === 'sharing' ? { scope: [...SYNTHETIC_SHARING_SCOPE] } : {}),
    ...over,
  };
}
