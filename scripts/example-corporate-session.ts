/**
 * The corporate example's own "backend" for its HR page: `POST /examples/corporate-site/session` answers
 * `{ token }`, a short-lived staff token for the demo company's first user, issued with the company's
 * secret key through `POST /v1/tokens`, as the company's own server would after signing its HR person in.
 * The secret key stays in this process; the page only ever sees the token (`<nb-job-offer-editor>`'s
 * `getToken`). Mounted by `pnpm start` (and the example's test) beside the example pages.
 *
 * The demo has no sign-in of its own, so anyone who can reach this loopback server gets a token: only
 * same-origin requests are answered, which keeps other sites' pages from asking for one, and a real
 * backend must check its own session first.
 */
import type { DemoCredentials, StartOptions } from '@nayabato/registry';

/** The registry's Hono app as `startRegistry`'s `extend` receives it. */
type RegistryApp = Parameters<NonNullable<StartOptions['extend']>>[0];

/** The path of the HR page's token route. */
export const CORPORATE_SESSION_PATH = '/examples/corporate-site/session';

/** How long a token lives: the editor asks again (a 401) when it has expired. */
const TOKEN_TTL_SECONDS = 900;

/**
 * Adds `POST /examples/corporate-site/session` to the app: a staff token for the demo corporate
 * organisation's first user (the same company whose publishable key `demo.json` gives the public pages).
 *
 * @example
 * ```ts
 * startRegistry({ seed: 'demo', extend: (app, url) => corporateSessionRoute(app, url, () => demo) });
 * ```
 */
export function corporateSessionRoute(
  app: RegistryApp,
  url: () => string,
  demo: () => DemoCredentials | undefined,
): void {
  app.post(CORPORATE_SESSION_PATH, async (c) => {
    const origin = c.req.header('origin');
    if (origin !== new URL(url()).origin)
      return c.json({ error: 'same-origin requests only' }, 403, { 'cache-control': 'no-store' });
    const company = demo()?.organizations.find((o) => o.role === 'corporate');
    if (!company) return c.json({ error: 'the demo is not seeded' }, 503, { 'cache-control': 'no-store' });
    const res = await fetch(`${url()}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${company.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: company.user.id, ttlSeconds: TOKEN_TTL_SECONDS }),
    });
    if (!res.ok) return c.json({ error: 'no token issued' }, 502, { 'cache-control': 'no-store' });
    const { token } = (await res.json()) as { token: string };
    return c.json({ token }, 200, { 'cache-control': 'no-store' });
  });
}
