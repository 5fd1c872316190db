/**
 * The NGO intranet example's own backend, in one route: `POST /examples/ngo-intranet/session` signs the
 * page in as the demo NGO's first user by issuing a staff token with the NGO's **secret** key, which never
 * leaves this process. An NGO's real intranet does the same on its server after its own sign-in; here the
 * demo has no sign-in of its own, so the route answers only same-origin JSON requests (a page on another
 * site cannot get a token through a visitor's browser). The page is served from the registry's origin,
 * which the demo registers as an allowed browser origin of every demo organisation at start, so the token
 * works from it.
 */
import type { DemoCredentials, StartOptions } from '@nayabato/registry';

/** The registry's Hono app as `startRegistry`'s `extend` receives it (the root does not depend on hono). */
type RegistryApp = Parameters<NonNullable<StartOptions['extend']>>[0];

/** The path of the session route. */
export const NGO_INTRANET_SESSION_PATH = '/examples/ngo-intranet/session';

/** What the session route answers: a staff token and who it acts as, never a key. */
export interface NgoIntranetSession {
  /** The registry's base URL. */
  readonly registry: string;
  /** The staff token (`st_…`), short-lived. */
  readonly token: string;
  /** When the token expires (ISO 8601). */
  readonly expiresAt: string;
  /** The demo NGO the page acts for. */
  readonly organization: { readonly id: string; readonly name: string };
  /** The user the token acts as. */
  readonly user: { readonly id: string; readonly displayName: string };
}

/**
 * Adds `POST /examples/ngo-intranet/session` to the app (`pnpm start`'s `extend`, and the example's test).
 *
 * @param app - the registry's app
 * @param url - the registry's base URL (known once it listens)
 * @param demo - the demo credentials (undefined before the seed)
 * @example
 * ```ts
 * startRegistry({ seed: 'demo', extend: (app, url) => ngoIntranetSessionRoute(app, url, () => demo) });
 * ```
 */
export function ngoIntranetSessionRoute(
  app: RegistryApp,
  url: () => string,
  demo: () => DemoCredentials | undefined,
): void {
  app.post(NGO_INTRANET_SESSION_PATH, async (c) => {
    const origin = c.req.header('origin');
    if (origin !== new URL(url()).origin || !c.req.header('content-type')?.startsWith('application/json')) {
      return c.json({ error: 'same-origin JSON requests only' }, 403);
    }
    const ngo = demo()?.organizations.find((o) => o.role === 'ngo');
    if (!ngo) return c.json({ error: 'the demo is not seeded' }, 503);
    // The intranet's backend calls the registry over HTTP with its secret key, as any partner's would.
    const res = await fetch(`${url()}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ngo.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: ngo.user.id, ttlSeconds: 1800 }),
    });
    if (!res.ok) return c.json({ error: 'the registry refused the token' }, 502);
    const issued = (await res.json()) as { token: string; expiresAt: string };
    const session: NgoIntranetSession = {
      registry: url(),
      token: issued.token,
      expiresAt: issued.expiresAt,
      organization: { id: ngo.id, name: ngo.name },
      user: { id: ngo.user.id, displayName: ngo.user.displayName },
    };
    return c.json(session, 200, { 'cache-control': 'no-store' });
  });
}
