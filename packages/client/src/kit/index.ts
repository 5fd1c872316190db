/**
 * `@nayabato/client/testing`: a mock of the registry for integrators' own tests, without a registry or a
 * database. msw handlers for every operation of the contract (a test fails when one is missing), over an
 * in-memory data set seeded with core's synthetic programme or your own records, applying core's rules
 * (referral machine, consent coverage, role policy) with the registry's status codes and problem types.
 * Needs `msw` (an optional peer dependency of the client).
 *
 * @packageDocumentation
 */
export * from '../msw/index.js';
export {
  createRegistryMock,
  type RegistryMockOptions,
  type SeededRegistryMock,
  setupRegistryMock,
} from './mock.js';
export { type ContractOperation, type OperationResponse, operationHandler } from './operation-handler.js';
export {
  type DemoCredentials,
  type DemoRole,
  demoCredentials,
  MOCK_PARTICIPANTS,
  programmeData,
  syntheticRegistryData,
} from './seed.js';
