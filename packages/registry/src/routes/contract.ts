import { openApiDocument } from '../contract/document.js';
import { REFERENCE_CSS, REFERENCE_HTML, REFERENCE_JS } from '../contract/reference-assets.js';
import type { App } from './route.js';

/**
 * Serves the contract: `/openapi.json` (generated from the routes once per process: it depends only on
 * the code) and the browsable reference at `/reference`, whose assets the registry serves itself.
 */
export function contractRoutes(app: App): void {
  let document: Promise<Record<string, unknown>> | undefined;
  app.get('/openapi.json', async (c) => {
    document ??= openApiDocument(app);
    return c.json(await document);
  });
  const asset = (type: string, body: string) => () =>
    new Response(body, {
      headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache' },
    });
  app.get('/reference', asset('text/html', REFERENCE_HTML));
  app.get('/reference/reference.js', asset('text/javascript', REFERENCE_JS));
  app.get('/reference/reference.css', asset('text/css', REFERENCE_CSS));
}
