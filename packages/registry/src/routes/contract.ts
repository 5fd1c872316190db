import { openApiDocument } from '../contract/document.js';
import {
  REFERENCE_CSP,
  REFERENCE_CSS,
  REFERENCE_JS,
  referenceHtml,
  SWAGGER_UI_FILES,
  swaggerUiDist,
  swaggerUiFile,
} from '../contract/reference-assets.js';
import { Problem } from '../http/problem.js';
import type { App } from './route.js';

const NO_CACHE = 'no-cache';
// Swagger UI's files sit under their version, so a new version is a new URL.
const FOREVER = 'public, max-age=31536000, immutable';

/**
 * Serves the contract: `/openapi.json` (generated from the routes once per process: it depends only on
 * the code) and the browsable reference at `/reference` (Swagger UI), whose files the registry serves
 * itself from the installed `swagger-ui-dist`.
 */
export function contractRoutes(app: App): void {
  let document: Promise<Record<string, unknown>> | undefined;
  app.get('/openapi.json', async (c) => {
    document ??= openApiDocument(app);
    return c.json(await document);
  });
  const text = (type: string, body: string, extra: Record<string, string> = {}) =>
    new Response(body, {
      headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': NO_CACHE, ...extra },
    });
  app.get('/reference', async () => {
    const { version } = await swaggerUiDist();
    return text('text/html', referenceHtml(`/reference/assets/${version}`), {
      'content-security-policy': REFERENCE_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });
  app.get('/reference/reference.js', () => text('text/javascript', REFERENCE_JS));
  app.get('/reference/reference.css', () => text('text/css', REFERENCE_CSS));
  app.get('/reference/assets/:version/:file', async (c) => {
    const { version } = await swaggerUiDist();
    const file = c.req.param('file');
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const served = c.req.param('version') === version ? await swaggerUiFile(file, gzip) : undefined;
    if (!served) throw new Problem('not-found', 'No such file of the API reference.');
    return new Response(new Uint8Array(served.bytes), {
      headers: {
        'content-type': SWAGGER_UI_FILES[file] ?? 'application/octet-stream',
        'cache-control': FOREVER,
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        ...(served.gzip ? { 'content-encoding': 'gzip' } : {}),
      },
    });
  });
}
