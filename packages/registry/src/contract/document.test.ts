import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { contractText } from '../../scripts/contract-text.js';
import { describeRegistry, type Json } from '../registry.fixture.js';

const committed = readFileSync(fileURLToPath(new URL('../../openapi.json', import.meta.url)), 'utf8');

it('the committed openapi.json is what `generate` writes (run `pnpm generate` after changing routes)', async () => {
  expect(await contractText()).toBe(committed);
});

it('documents an OpenAPI 3.1 contract with the transitions as explicit operations', () => {
  const doc = JSON.parse(committed);
  expect(doc.openapi).toBe('3.1.0');
  const ids = Object.values(doc.paths).flatMap((item: Json) =>
    Object.values(item).map((op: Json) => op.operationId),
  );
  expect(new Set(ids).size).toBe(ids.length);
  for (const action of ['send', 'accept', 'reject', 'start', 'complete', 'cancel', 'revoke']) {
    expect(doc.paths[`/v1/referrals/{id}/${action}`].post.operationId).toBe(`${action}Referral`);
  }
  expect(doc.components.schemas.ParticipantInput.additionalProperties).toBe(false);
  expect(doc.paths['/v1/participants'].post.responses['422'].$ref).toBe('#/components/responses/Problem422');
  // No personal attribute is a query parameter: participant search is a POST.
  const params = doc.paths['/v1/participants'].get.parameters.map((p: Json) => p.name);
  expect(params).not.toContain('currentDistrict');
  expect(doc.paths['/v1/participants/search'].post).toBeDefined();
});

describeRegistry('the contract served', (t) => {
  it('serves /openapi.json equal to the committed copy', async () => {
    const res = await t().call(null, 'GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(committed));
  });

  it('documents every route the application answers', async () => {
    const doc = JSON.parse(committed);
    const undocumented = t()
      .registry.app.routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
      .filter((key) => {
        const [method, path] = key.split(' ') as [string, string];
        return !doc.paths[path]?.[method.toLowerCase()];
      });
    expect(undocumented).toEqual([]);
  });

  it('serves a reference page whose assets are all local', async () => {
    const page = await t().call(null, 'GET', '/reference');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      expect((await t().call(null, 'GET', asset)).status).toBe(200);
    }
    const script = await t().call(null, 'GET', '/reference/reference.js');
    expect(script.text).not.toMatch(/https?:\/\//);
  });
});
