/**
 * Who a credential acts as in the mock registry: an organisation and, for a staff token, its user.
 *
 * @example
 * ```ts
 * const caller: MockCaller = { organizationId: 'org_mockngo00001', userId: 'usr_mockstaff001', permissions: ['consent.override'] };
 * ```
 */
export interface MockCaller {
  /** The organisation the credential belongs to. */
  readonly organizationId: string;
  /** The user of a staff token; an API key has none. */
  readonly userId?: string;
  /** The user's permissions, e.g. `consent.override` to send a referral under an override. */
  readonly permissions?: readonly string[];
}

/** Credentials (the bearer token your client sends) and who each acts as; an organisation id is short for `{ organizationId }`. */
export type MockCallers = Readonly<Record<string, string | MockCaller>>;

/**
 * Resolves the bearer credential of a request to its caller; credentials not listed act as `fallback`.
 *
 * @example
 * ```ts
 * callerOf('Bearer sk_test_training', { sk_test_training: 'org_mocktraining1' }, 'org_mockngo00001');
 * // { organizationId: 'org_mocktraining1' }
 * ```
 */
export function callerOf(authorization: string, callers: MockCallers, fallback: string): MockCaller {
  const credential = authorization.replace(/^Bearer\s+/, '');
  const listed = Object.hasOwn(callers, credential) ? callers[credential] : undefined;
  if (listed === undefined) return { organizationId: fallback };
  return typeof listed === 'string' ? { organizationId: listed } : listed;
}
