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

/** The day before an ISO date (the programme's `end` is the day after its last day). */
function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** One public read: a link that the page's script fetches with the publishable key, and its curl line. */
function publicRead(label: string, path: string, key: string): string {
  return `<li><a href="${esc(path)}" data-key="${esc(key)}">${esc(label)}</a>: <code>curl -H "Authorization: Bearer ${esc(key)}" "${esc(path)}"</code></li>`;
}

/** Public reads of the demo with publishable keys (agreed paths: docs/indicators.md and the API reference). */
function publicReads(demo: DemoCredentials): string {
  const orgs = demo.organizations;
  const anyKey = orgs[0]?.publishableKey;
  if (!anyKey) return '';
  const period = `from=${demo.summary.start}&to=${dayBefore(demo.summary.end)}`;
  const items = [
    publicRead(
      'Indicators of the whole programme (small cells suppressed)',
      `/v1/indicators?${period}`,
      anyKey,
    ),
    ...orgs
      .filter((o) => o.role === 'ngo')
      .slice(0, 2)
      .map((o) =>
        publicRead(
          `Indicators of ${o.name}’s registrations`,
          `/v1/indicators?${period}&organization=${o.id}`,
          anyKey,
        ),
      ),
    publicRead('Published stories, programme-wide', '/v1/stories', anyKey),
    ...orgs
      .filter((o) => o.role === 'corporate')
      .slice(0, 3)
      .map((o) => publicRead(`Open job offers of ${o.name}`, '/v1/job-offers', o.publishableKey)),
  ];
  // The API takes the key in a header, so the links are fetched by this script and shown below.
  const script = `<script>document.addEventListener('click',async(e)=>{const a=e.target.closest('a[data-key]');if(!a)return;e.preventDefault();const out=document.getElementById('public-read');out.textContent='…';const r=await fetch(a.getAttribute('href'),{headers:{authorization:'Bearer '+a.dataset.key}});const t=await r.text();try{out.textContent=r.status+'\\n'+JSON.stringify(JSON.parse(t),null,1)}catch{out.textContent=r.status+'\\n'+t}});</script>`;
  return `<h2>Public reads</h2>
<p>What a public web page may read with a publishable key (<code>Authorization: Bearer pk_…</code>). Click to see the answer here.</p>
<ul>${items.join('')}</ul><pre id="public-read" aria-live="polite" style="max-height:30rem;overflow:auto;background:#f6f6f6"></pre>${script}`;
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
${demo ? publicReads(demo) : ''}
<h2>Examples</h2>${links ? `<ul>${links}</ul>` : '<p>No examples yet.</p>'}
</body></html>`);
  });
}
