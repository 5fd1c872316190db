/**
 * Browser commands for the chromium project: functions a browser test calls with
 * `import { commands } from 'vitest/browser'`, which run in the Vitest Node process. They do what a
 * partner's own backend or the browser's user would do, so the components under test meet the real
 * registry as they will in production:
 *
 * - `staffToken(role)`: a staff token for a user of a demo organisation of that role, issued with the
 *   organisation's secret key from Node (the secret key never reaches the page), after registering the
 *   test page's origin for the organisation (staff tokens are accepted only from registered origins).
 *
 * There is deliberately no offline command: Playwright's offline mode cuts the test page's own connection
 * to Vitest too, and the run hangs. A test of a network cut drives its own page from Node with Playwright
 * (`context.setOffline`), as `scripts/example-*.test.ts` do.
 */
import type { BrowserCommand } from 'vitest/node';

/** A demo organisation as `registry-process.ts` reports it. */
interface TestOrganization {
  readonly id: string;
  readonly role: string;
  readonly secretKey: string;
  readonly publishableKey: string;
  readonly users: readonly { readonly id: string; readonly permissions: readonly string[] }[];
}

/** What a test gets from {@link staffToken}. */
export interface TestStaffToken {
  readonly token: string;
  readonly organizationId: string;
  readonly userId: string;
  readonly registryUrl: string;
}

/** Options of {@link staffToken}. */
export interface StaffTokenOptions {
  /** Which organisation of that role, in the demo's order. @default 0 */
  readonly index?: number;
  /** A user holding this permission (e.g. `'sensitive:read'`); the first user otherwise. */
  readonly permission?: string;
  /** The token's lifetime. @default 1800 */
  readonly ttlSeconds?: number;
}

function testRegistry(): { url: string; organizations: TestOrganization[] } {
  const raw = process.env.NAYABATO_TEST_REGISTRY;
  if (!raw)
    throw new Error('the test registry is not running (packages/elements/test/registry.global-setup.ts)');
  return JSON.parse(raw) as { url: string; organizations: TestOrganization[] };
}

async function call(url: string, key: string, method: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${new URL(url).pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Issues a staff token for a user of a demo organisation of `role`, usable from the test page's origin. */
export const staffToken: BrowserCommand<[role: string, options?: StaffTokenOptions]> = async (
  ctx,
  role,
  options = {},
): Promise<TestStaffToken> => {
  const { url, organizations } = testRegistry();
  const org = organizations.filter((o) => o.role === role)[options.index ?? 0];
  if (!org) throw new Error(`the demo has no organisation of role ${role} at ${options.index ?? 0}`);
  const user = options.permission
    ? org.users.find((u) => u.permissions.includes(options.permission as string))
    : org.users[0];
  if (!user) throw new Error(`no user of ${org.id} holds ${options.permission}`);
  const origin = new URL((await ctx.frame()).url()).origin;
  const originsUrl = `${url}/v1/organizations/${org.id}/allowed-origins`;
  const current = (await fetch(originsUrl, { headers: { authorization: `Bearer ${org.secretKey}` } }).then(
    (r) => r.json(),
  )) as { origins: string[] };
  if (!current.origins.includes(origin)) {
    await call(originsUrl, org.secretKey, 'PUT', { origins: [...current.origins, origin] });
  }
  const issued = (await call(`${url}/v1/tokens`, org.secretKey, 'POST', {
    userId: user.id,
    ttlSeconds: options.ttlSeconds ?? 1800,
  })) as { token: string };
  return { token: issued.token, organizationId: org.id, userId: user.id, registryUrl: url };
};

/**
 * Emulates a CSS media type for the test page (`print` to check a print stylesheet; `null` to reset), as
 * the browser's print preview would; the page's `matchMedia('print')` and computed styles follow it.
 */
export const emulateMedia: BrowserCommand<[media: 'print' | 'screen' | null]> = async (ctx, media) => {
  await ctx.page.emulateMedia({ media });
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** See {@link emulateMedia} in `packages/elements/test/commands.ts`. */
    emulateMedia: (media: 'print' | 'screen' | null) => Promise<void>;
    /** See {@link staffToken} in `packages/elements/test/commands.ts`. */
    staffToken: (role: string, options?: StaffTokenOptions) => Promise<TestStaffToken>;
  }
}
