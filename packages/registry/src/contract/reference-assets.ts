/**
 * The API reference page: a small self-contained HTML page and script that render `/openapi.json`.
 * Everything is served by the registry itself: no CDN, no third-party request.
 */

/** The page's HTML. */
export const REFERENCE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registry API reference</title>
<link rel="stylesheet" href="/reference/reference.css">
</head>
<body>
<header><h1>Registry API reference</h1><p><a href="/openapi.json">openapi.json</a> · <a href="/">home</a></p></header>
<nav id="toc" aria-label="Operations"></nav>
<main id="doc"><p>Loading…</p></main>
<script type="module" src="/reference/reference.js"></script>
</body>
</html>
`;

/** The page's style sheet. */
export const REFERENCE_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:18rem 1fr;color:#1d232b}
header{grid-column:1/3;padding:.5rem 1.5rem;background:#1d3557;color:#fff}header a{color:#cfe3ff}
nav{padding:1rem;border-right:1px solid #ddd;height:calc(100vh - 6rem);overflow:auto;position:sticky;top:0}
nav a{display:block;text-decoration:none;color:#1d3557;font-size:.9em;padding:.1rem 0}
main{padding:1rem 2rem;max-width:70rem}section.op{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}.get{color:#2a7a2a}.post{color:#1d5fb4}
.put,.patch{color:#9a6400}.delete{color:#b42318}code,pre{font-family:ui-monospace,monospace;font-size:.9em}
pre{background:#f5f7fa;padding:.5rem;overflow:auto;max-height:24rem}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
details{margin:.3rem 0}h2{border-bottom:2px solid #1d3557}
`;

/** The page's script: renders operations by tag, their parameters, bodies, responses and the schemas. */
export const REFERENCE_JS = `const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const ref = (schema) => schema && schema.$ref ? schema.$ref.split('/').pop() : null;
const schemaLink = (schema) => {
  if (!schema) return '';
  const name = ref(schema);
  if (name) return '<a href="#schema-' + esc(name) + '"><code>' + esc(name) + '</code></a>';
  return '<details><summary>schema</summary><pre>' + esc(JSON.stringify(schema, null, 2)) + '</pre></details>';
};
const content = (c) => Object.entries(c || {}).map(([type, m]) => '<code>' + esc(type) + '</code> ' + schemaLink(m.schema)).join('<br>');
const doc = await (await fetch('/openapi.json')).json();
const byTag = new Map();
for (const [path, item] of Object.entries(doc.paths || {})) {
  for (const [method, op] of Object.entries(item)) {
    const tag = (op.tags && op.tags[0]) || 'Other';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push({ path, method, op });
  }
}
let html = '<p>' + esc(doc.info.title) + ' ' + esc(doc.info.version) + '</p><pre>' + esc(doc.info.description) + '</pre>';
let toc = '';
for (const [tag, ops] of byTag) {
  html += '<h2 id="tag-' + esc(tag) + '">' + esc(tag) + '</h2>';
  toc += '<strong>' + esc(tag) + '</strong>';
  for (const { path, method, op } of ops) {
    const id = 'op-' + esc(op.operationId || method + path);
    toc += '<a href="#' + id + '">' + esc(op.summary || op.operationId) + '</a>';
    html += '<section class="op" id="' + id + '"><h3><span class="m ' + method + '">' + method + '</span> <code>' + esc(path) + '</code></h3>';
    html += '<p>' + esc(op.summary) + ' <small>(<code>' + esc(op.operationId) + '</code>)</small></p>';
    if (op.description) html += '<p>' + esc(op.description) + '</p>';
    if (op.parameters && op.parameters.length) {
      html += '<table><tr><th>parameter</th><th>in</th><th>description</th></tr>' + op.parameters.map((p) =>
        '<tr><td><code>' + esc(p.name) + '</code>' + (p.required ? ' *' : '') + '</td><td>' + esc(p.in) + '</td><td>' + esc(p.description) + '</td></tr>').join('') + '</table>';
    }
    if (op.requestBody) html += '<p>Body: ' + content(op.requestBody.content) + '</p>';
    html += '<table><tr><th>status</th><th>meaning</th><th>body</th></tr>' + Object.entries(op.responses || {}).map(([s, r]) =>
      '<tr><td>' + esc(s) + '</td><td>' + esc(r.description) + '</td><td>' + content(r.content) + '</td></tr>').join('') + '</table></section>';
  }
}
html += '<h2 id="schemas">Schemas</h2>';
toc += '<strong><a href="#schemas">Schemas</a></strong>';
for (const [name, schema] of Object.entries((doc.components && doc.components.schemas) || {})) {
  html += '<details id="schema-' + esc(name) + '"><summary><code>' + esc(name) + '</code></summary><pre>' + esc(JSON.stringify(schema, null, 2)) + '</pre></details>';
}
document.getElementById('doc').innerHTML = html;
document.getElementById('toc').innerHTML = toc;
if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
`;
