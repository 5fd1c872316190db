/**
 * `@nayabato/registry`: the reference registry server of Naya Bato — Hono on Node, PostgreSQL (embedded
 * PGlite by default, a server through `DATABASE_URL`), and the OpenAPI 3.1 contract generated from core's
 * schemas.
 *
 * @packageDocumentation
 */
export { type AppOptions, createApp } from './app.js';
export type { CredentialKind, Principal, UserPermission } from './auth/principal.js';
export type { AppEnv } from './context.js';
export { API_VERSION, openApiDocument } from './contract/document.js';
export type { Database, Queryable } from './db/database.js';
export { migrate } from './db/migrate.js';
export { type DatabaseOptions, openDatabase } from './db/open.js';
export { type DemoBannerInfo, formatDemoBanner, formatPhases } from './demo-banner.js';
export { type LogSink, stdoutSink } from './http/logger.js';
export { PROBLEM_TYPES, PROBLEM_URI, Problem, type ProblemBody, type ProblemType } from './http/problem.js';
export { type BootstrappedOrganization, bootstrapOrganization } from './seed/bootstrap.js';
export {
  DEMO_PARTICIPANTS,
  DEMO_SEED,
  type DemoCredentials,
  type DemoOrganization,
  type DemoSeedOptions,
  type DemoUser,
  seedDemo,
} from './seed/demo.js';
export { DEMO_KEY_FILE, DEMO_KEY_ID_PREFIX } from './seed/demo-keys.js';
export { type RunningRegistry, type StartOptions, type StartupPhases, startRegistry } from './server.js';
export { DEFAULT_SETTINGS, type RegistrySettings } from './settings.js';
export { exampleRoutes, findExamples } from './site/examples.js';
export { type LandingInfo, landingRoutes } from './site/landing.js';
