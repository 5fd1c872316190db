/**
 * `@nayabato/client/msw`: msw handlers that answer like the registry, for integrators' own tests.
 * Needs `msw` (an optional peer dependency of the client).
 *
 * @deprecated Import from `@nayabato/client/testing` instead, which exports all of this and adds seeding
 * (core's synthetic programme by default), demo credentials and `setupRegistryMock`. This entry stays for
 * one minor version.
 * @packageDocumentation
 */
export { callerOf, type MockCaller, type MockCallers } from './callers.js';
export { mockCareIssueMessages } from './care-policy.js';
export { createRegistryHandlers, type RegistryHandlersOptions, type RegistryMock } from './handlers.js';
export { livelihoodIssueMessages } from './livelihood-policy.js';
export {
  mockRequestId,
  mswPath,
  networkErrorHandler,
  type ProblemOptions,
  problemHandler,
  problemResponse,
} from './problem.js';
export { mockIssueMessages } from './referral-policy.js';
export { Collection, createRegistryStore, type RegistryData, type RegistryStore } from './store.js';
