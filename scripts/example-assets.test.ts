/**
 * The shared files `pnpm start` serves to example pages, on a registry without the demo: the elements'
 * bundle answers as JavaScript and registers the provider first; the demo connection is refused (503) until
 * there is a demo, and never holds a secret key.
 */
import { type RunningRegistry, startRegistry } from '@nayabato/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleAssetRoutes, exampleDemoConfig } from './example-assets.ts';

let registry: RunningRegistry;

beforeAll(async () => {
  registry = await startRegistry({
    port: 0,
    logger: () => undefined,
    extend: (app, url) => exampleAssetRoutes(app, url, () => undefined),
  });
}, 60_000);

afterAll(async () => {
  await registry?.close();
});

describe('the examples’ shared files', () => {
  it('serves the elements as one ES module, <nb-provider> registered before the elements', async () => {
    const res = await fetch(`${registry.url}/examples/_shared/elements.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await res.text();
    expect(code).not.toMatch(/\bimport\s*["'{*]|from\s*["']@/);
    const at = (tag: string) => code.indexOf(`"${tag}"`);
    for (const tag of ['nb-provider', 'nb-impact-stats', 'nb-story-gallery', 'nb-quick-exit']) {
      expect(at(tag), tag).toBeGreaterThan(-1);
    }
    expect(at('nb-provider')).toBeLessThan(at('nb-impact-stats'));
  });

  it('answers 503 for the demo connection when there is no demo', async () => {
    const res = await fetch(`${registry.url}/examples/_shared/demo.json`);
    expect(res.status).toBe(503);
    expect(exampleDemoConfig(registry.url, undefined)).toBeUndefined();
  });
});
