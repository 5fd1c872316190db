import { expect, it } from 'vitest';
import { makeOffer } from '../job-offers.fixture.js';
import { describeRegistry, participantBody } from '../registry.fixture.js';

describeRegistry('CORS for a browser widget revalidating a public read', (t) => {
  it('lets a page read the ETag of a public read and send it back with If-None-Match', async () => {
    const company = t().org('corporate');
    const offer = await makeOffer(t(), company.secretKey);
    const origin = 'https://widget.example';
    // The preflight of a conditional request: If-None-Match is not CORS-safelisted.
    const preflight = await t().call(null, 'OPTIONS', `/v1/job-offers/${offer.id}`, {
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    const allowed = preflight.headers.get('access-control-allow-headers')!.split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'if-none-match']));

    for (const path of ['/v1/job-offers', `/v1/job-offers/${offer.id}`]) {
      const first = await t().call(company.publishableKey, 'GET', path, { headers: { origin } });
      expect(first.status, path).toBe(200);
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      const exposed = first.headers.get('access-control-expose-headers')!.split(/,\s*/);
      expect(exposed).toEqual(expect.arrayContaining(['etag', 'vary', 'x-request-id', 'retry-after']));
      const tag = first.headers.get('etag');
      expect(tag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await t().call(company.publishableKey, 'GET', path, {
        headers: { origin, 'if-none-match': tag! },
      });
      expect(again.status, path).toBe(304);
      // The 304 is readable too, with the tag the page compares.
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      expect(again.headers.get('access-control-expose-headers')).toContain('etag');
      expect(again.headers.get('etag')).toBe(tag);
    }
  });

  it('exposes the export file name to the NGO’s own origin', async () => {
    const ngo = t().org('ngo');
    const origin = t().url; // registered for every demo organisation
    const token = (await t().call(ngo.secretKey, 'POST', '/v1/tokens', { json: { userId: ngo.user.id } }))
      .body.token;
    const made = await t().call(ngo.secretKey, 'POST', '/v1/participants', {
      json: participantBody(),
    });
    expect(made.status).toBe(201);
    const exported = await t().call(token, 'GET', `/v1/participants/${made.body.id}/export`, {
      headers: { origin },
    });
    expect(exported.status, exported.text).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(exported.headers.get('access-control-allow-origin')).toBe(origin);
    expect(exported.headers.get('access-control-expose-headers')).toContain('content-disposition');
  });
});
