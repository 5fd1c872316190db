import type { OrganizationRoleValue } from '@nayabato/core';
import {
  type GenerateProgrammeOptions,
  generateProgramme,
  type SyntheticProgramme,
} from '@nayabato/core/synthetic';
import type { MockCallers } from '../msw/callers.js';
import type { RegistryData } from '../msw/store.js';

/**
 * How many participants the kit's synthetic programme has unless told otherwise: small, so that a test
 * file seeds in milliseconds (the registry's own demo has 250).
 */
export const MOCK_PARTICIPANTS = 20;

/**
 * The synthetic programme of `@nayabato/core/synthetic` as the mock registry's data set: the same
 * organisations, users and records (all made up, "Demo … (synthetic)") the registry's demo seed writes.
 * Deterministic: the same options always give the same records.
 *
 * @param options - core's {@link GenerateProgrammeOptions}; `participants` defaults to {@link MOCK_PARTICIPANTS}
 * @example
 * ```ts
 * const data = syntheticRegistryData({ seed: 7 });
 * const mock = createRegistryMock({ baseUrl: 'http://registry.test', data });
 * ```
 */
export function syntheticRegistryData(options: GenerateProgrammeOptions = {}): RegistryData {
  return programmeData(generateProgramme({ participants: MOCK_PARTICIPANTS, ...options }));
}

/**
 * A synthetic programme (from `generateProgramme`) as the mock registry's data set.
 *
 * @example
 * ```ts
 * const data = programmeData(generateProgramme({ participants: 5 }));
 * ```
 */
export function programmeData(programme: SyntheticProgramme): RegistryData {
  // Core's documents are the contract's records; the casts only bridge core's types and the
  // generated OpenAPI ones, which describe the same JSON.
  const { seed: _seed, start: _start, end: _end, months: _months, users, ...records } = programme;
  const at = `${programme.start}T00:00:00.000Z`;
  return {
    ...(records as unknown as RegistryData),
    users: users.map((u) => ({
      ...u,
      displayName: `Demo staff ${u.id.slice(-4)} (synthetic)`,
      permissions: [],
      disabled: false,
      createdAt: at,
      updatedAt: at,
    })) as unknown as RegistryData['users'],
  };
}

/** The demo roles: one credential of each, acting as the first organisation of that role. */
export type DemoRole = OrganizationRoleValue;

/** What {@link demoCredentials} returns. */
export interface DemoCredentials {
  /** The bearer credential to give your client for each role, e.g. `credentials.ngo`. */
  readonly credentials: Readonly<Partial<Record<DemoRole, string>>>;
  /** The organisation each role acts as. */
  readonly organizations: Readonly<Partial<Record<DemoRole, string>>>;
  /** Pass as `callers` to `createRegistryHandlers` / `createRegistryMock`. */
  readonly callers: MockCallers;
}

/**
 * One credential for each role of a data set (NGO, training institution, corporate partner, government,
 * coordinator), acting as the first organisation of that role: the mock's counterpart of the demo keys the
 * registry prints with `--seed demo`. The credentials are fake (`sk_test_demo_<role>`); the mock accepts them.
 *
 * @example
 * ```ts
 * const data = syntheticRegistryData();
 * const demo = demoCredentials(data);
 * const ngo = createClient({ baseUrl, apiKey: demo.credentials.ngo! });
 * ```
 */
export function demoCredentials(data: RegistryData): DemoCredentials {
  const credentials: Partial<Record<DemoRole, string>> = {};
  const organizations: Partial<Record<DemoRole, string>> = {};
  const callers: Record<string, string> = {};
  for (const org of data.organizations ?? []) {
    const role = org.role as DemoRole;
    if (organizations[role]) continue;
    const credential = `sk_test_demo_${role}`;
    credentials[role] = credential;
    organizations[role] = org.id;
    callers[credential] = org.id;
  }
  return { credentials, organizations, callers };
}
