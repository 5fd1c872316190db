/**
 * The API reference page: Swagger UI (`swagger-ui-dist`, pinned to one version) renders `/openapi.json`
 * with Markdown, schemas and "try it out". Every file comes from the registry itself: no CDN, no font
 * host, no validator badge, no telemetry. The build copies the few files served into the package
 * (`dist/swagger-ui/`), so installing `@nayabato/registry` never installs `swagger-ui-dist` and the
 * install-time analytics it depends on. Choice and rules: `docs/decisions/2026-12-06-api-reference-renderer.md`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzipAsync = promisify(gzipCallback);

/** The files of `swagger-ui-dist` the registry serves, with their media types; nothing else is exposed. */
export const SWAGGER_UI_FILES: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/** Where the installed `swagger-ui-dist` is, and its version (part of the asset URLs, so they can be cached forever). */
export interface SwaggerUiDist {
  readonly dir: string;
  readonly version: string;
}

/** The folder, beside the built modules, that the build copies Swagger UI's files into. */
export const SWAGGER_UI_DIR = 'swagger-ui';

/** The licence files copied with them: Swagger UI's and those of the libraries in its bundle. */
export const SWAGGER_UI_LICENSES: readonly string[] = [
  'LICENSE',
  'NOTICE',
  'swagger-ui-bundle.js.LICENSE.txt',
];

let located: SwaggerUiDist | undefined;

/**
 * Finds Swagger UI's files: the copy in the built package (`dist/swagger-ui/`), or else, running from
 * source in the workspace, the `swagger-ui-dist` development dependency as Node resolves it.
 *
 * @example
 * ```ts
 * const { dir, version } = await swaggerUiDist();
 * ```
 */
export async function swaggerUiDist(): Promise<SwaggerUiDist> {
  if (located) return located;
  const copied = fileURLToPath(new URL(`./${SWAGGER_UI_DIR}/package.json`, import.meta.url));
  const manifest = existsSync(copied)
    ? copied
    : createRequire(import.meta.url).resolve('swagger-ui-dist/package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  located = { dir: dirname(manifest), version };
  return located;
}

const cache = new Map<string, Promise<Buffer>>();

/** One file as served: its bytes, gzip-compressed (once per process) when the client accepts gzip. */
export interface ServedFile {
  readonly bytes: Buffer;
  readonly gzip: boolean;
}

/**
 * One of {@link SWAGGER_UI_FILES} (read, and compressed, once per process), or `undefined` for any
 * other name. Text files are sent gzip-compressed when `acceptGzip`: the bundle is 1.8 MB, 0.5 MB so.
 *
 * @example
 * ```ts
 * const css = await swaggerUiFile('swagger-ui.css', true);
 * ```
 */
export async function swaggerUiFile(name: string, acceptGzip: boolean): Promise<ServedFile | undefined> {
  if (!Object.hasOwn(SWAGGER_UI_FILES, name)) return undefined;
  const gzip = acceptGzip && !SWAGGER_UI_FILES[name]?.startsWith('image/');
  const key = `${name}${gzip ? '.gz' : ''}`;
  let bytes = cache.get(key);
  if (!bytes) {
    const { dir } = await swaggerUiDist();
    const raw = readFile(join(dir, name));
    bytes = gzip ? raw.then((b) => gzipAsync(b, { level: 9 })) : raw;
    cache.set(key, bytes);
  }
  return { bytes: await bytes, gzip };
}

/**
 * The Content-Security-Policy of the page: the browser itself refuses any script, style, font, image or
 * request that is not from the registry (Swagger UI sets inline styles, hence `'unsafe-inline'` for styles).
 */
export const REFERENCE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The page's HTML; `assets` is the versioned path of the Swagger UI files.
 *
 * @example
 * ```ts
 * referenceHtml('/reference/assets/5.36.0');
 * ```
 */
export function referenceHtml(assets: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registry API reference</title>
<link rel="icon" type="image/png" href="${assets}/favicon-32x32.png" sizes="32x32">
<link rel="icon" type="image/png" href="${assets}/favicon-16x16.png" sizes="16x16">
<link rel="stylesheet" href="${assets}/swagger-ui.css">
<link rel="stylesheet" href="/reference/reference.css">
</head>
<body>
<header class="nb-header"><strong>Naya Bato registry: API reference</strong>
<a href="/openapi.json">openapi.json</a> <a href="/">home</a></header>
<main id="swagger-ui"><p>Loading the reference…</p></main>
<noscript><p>The reference needs JavaScript; the contract itself is at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<script src="${assets}/swagger-ui-bundle.js" defer></script>
<script src="/reference/reference.js" defer></script>
</body>
</html>
`;
}

/**
 * Starts Swagger UI on the contract. `validatorUrl: null` drops the badge that would call an external
 * validator; credentials are not persisted (`persistAuthorization: false`), and no configuration is read
 * from the query string, so a link cannot point the page at another document.
 */
export const REFERENCE_JS = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  layout: 'BaseLayout',
  deepLinking: true,
  displayOperationId: true,
  displayRequestDuration: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  filter: true,
  showExtensions: false,
  validatorUrl: null,
  queryConfigEnabled: false,
  persistAuthorization: false,
  withCredentials: false,
  tryItOutEnabled: false,
});
`;

/** A few style rules around Swagger UI's own sheet: the page header. */
export const REFERENCE_CSS = `body{margin:0;font-family:system-ui,sans-serif}
.nb-header{display:flex;gap:1rem;align-items:baseline;padding:.6rem 1.5rem;background:#1d3557;color:#fff}
.nb-header a{color:#cfe3ff}
`;
