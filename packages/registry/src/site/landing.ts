import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import type { DemoCredentials } from '../seed/demo.js';

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** What the landing page shows. */
export interface LandingInfo {
  readonly demo?: DemoCredentials | undefined;
  /** Names of the example folders served at `/examples/<name>/`. */
  readonly examples: readonly string[];
}

/**
 * The landing page of `pnpm start` at `/`: the demo organisations with their keys (a local sandbox only:
 * the server listens on loopback), links to the API reference, the contract and the examples.
 *
 * @example
 * ```ts
 * landingRoutes(app, () => ({ demo, examples: ['job-board'] }));
 * ```
 */
export function landingRoutes(app: Hono<AppEnv>, info: () => LandingInfo): void {
  app.get('/', (c) => {
    const { demo, examples } = info();
    const rows = (demo?.organizations ?? [])
      .map(
        (o) =>
          `<tr><td>${esc(o.name)}</td><td>${esc(o.role)}</td><td><code>${esc(o.id)}</code></td><td><code>${esc(o.secretKey)}</code></td><td><code>${esc(o.publishableKey)}</code></td><td><code>${esc(o.user.id)}</code></td></tr>`,
      )
      .join('');
    const links = examples.map((e) => `<li><a href="/examples/${esc(e)}/">${esc(e)}</a></li>`).join('');
    return c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Registry sandbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:80rem}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}table{border-collapse:collapse}code{font-size:.85em}</style></head>
<body><h1>Naya Bato registry — local sandbox</h1>
<p>Synthetic data only. <a href="/reference">API reference</a> · <a href="/openapi.json">openapi.json</a> · <a href="/health">health</a></p>
<h2>Demo organisations</h2>
<p>Secret keys are for servers and scripts (<code>Authorization: Bearer sk_…</code>); the registry refuses them from a browser.
Browsers use a staff token (<code>POST /v1/tokens</code> with a secret key and a user id) or a publishable key.</p>
<table><tr><th>organisation</th><th>role</th><th>id</th><th>secret key</th><th>publishable key</th><th>demo user</th></tr>${rows}</table>
<h2>Examples</h2>${links ? `<ul>${links}</ul>` : '<p>No examples yet.</p>'}
</body></html>`);
  });
}
