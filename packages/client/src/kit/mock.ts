import type { GenerateProgrammeOptions } from '@nayabato/core/synthetic';
import type { RequestHandler } from 'msw';
import { createRegistryHandlers, type RegistryHandlersOptions, type RegistryMock } from '../msw/handlers.js';
import type { RegistryData } from '../msw/store.js';
import {
  type DemoCredentials,
  demoCredentials,
  type MOCK_PARTICIPANTS,
  syntheticRegistryData,
} from './seed.js';

/** Options of {@link createRegistryMock}. */
export interface RegistryMockOptions extends Omit<RegistryHandlersOptions, 'data'> {
  /**
   * The data set to start with: `'synthetic'` (core's synthetic programme, {@link MOCK_PARTICIPANTS}
   * participants), `{ synthetic: options }` (the programme with core's `generateProgramme` options),
   * `'empty'`, or your own records.
   * @default 'synthetic'
   */
  readonly data?: 'synthetic' | 'empty' | { readonly synthetic: GenerateProgrammeOptions } | RegistryData;
}

/** The mock registry: its handlers, its store, and a credential for each demo role of its data set. */
export interface SeededRegistryMock extends RegistryMock {
  /** A credential per role (NGO, training institution, …), acting as the data set's first organisation of it. */
  readonly demo: DemoCredentials;
}

function dataOf(data: RegistryMockOptions['data']): RegistryData {
  if (data === undefined || data === 'synthetic') return syntheticRegistryData();
  if (data === 'empty') return {};
  if ('synthetic' in data) return syntheticRegistryData(data.synthetic);
  return data as RegistryData;
}

/**
 * msw handlers for every operation of the registry's contract over an in-memory data set seeded, by
 * default, with core's synthetic programme; with a credential for each demo role (`mock.demo`). The
 * handlers apply core's rules like the registry (consent coverage, the referral machine, the role
 * policy), answering problem+json with the registry's status codes and problem types.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createClient } from '@nayabato/client';
 * import { createRegistryMock } from '@nayabato/client/testing';
 *
 * const mock = createRegistryMock({ baseUrl: 'http://registry.test' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const ngo = createClient({ baseUrl: 'http://registry.test', apiKey: mock.demo.credentials.ngo! });
 * ```
 */
export function createRegistryMock(options: RegistryMockOptions): SeededRegistryMock {
  const data = dataOf(options.data);
  const demo = demoCredentials(data);
  const mock = createRegistryHandlers({
    ...options,
    data,
    // The integrator's own callers win over the demo ones.
    callers: { ...demo.callers, ...options.callers },
  });
  return { ...mock, demo };
}

/**
 * Starts msw with the mock registry's handlers: pass msw's `setupServer` (from `msw/node`) or
 * `setupWorker` (from `msw/browser`), which the kit does not import so that it stays usable in both.
 * Returns what `setup` returned (call `listen()` or `start()` on it) with the mock beside it.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * const { server, mock } = setupRegistryMock(setupServer, { baseUrl: 'http://registry.test' });
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterAll(() => server.close());
 * ```
 */
export function setupRegistryMock<S>(
  setup: (...handlers: RequestHandler[]) => S,
  options: RegistryMockOptions,
): { readonly server: S; readonly mock: SeededRegistryMock } {
  const mock = createRegistryMock(options);
  return { server: setup(...mock.handlers), mock };
}
