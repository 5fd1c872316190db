import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { ApiValidationError, RequestValidationError } from '../errors/index.js';
import { jsonResponse, stubFetch } from '../transport/fetch-stub.fixture.js';

// Optional validation in Chromium: the validator module (and with it core's schemas) is fetched by the
// browser on the first validated call, not when the client is created. This file must not import
// `./validator.js` or `./schemas.js` itself, or there would be nothing left to load lazily.

const baseUrl = 'http://registry.test';
const valid = {
  participantId: 'pt_0123456789',
  toOrganizationId: 'org_abcdefghij',
  serviceType: 'vocational_training',
  reason: 'Wants to train as a tailor',
} as const;
const invalid = { ...valid, participantId: 'not-an-id', serviceType: 'astrology' };

/**
 * Records the modules Chromium fetches from now on. An observer, unlike `getEntriesByType`, still sees
 * entries once the resource timing buffer (250 entries) is full.
 */
function watchModules() {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  return {
    loaded(pattern: RegExp): boolean {
      for (const entry of observer.takeRecords()) seen.push(entry.name);
      return seen.some((name) => pattern.test(new URL(name).pathname));
    },
    stop: () => observer.disconnect(),
  };
}

describe("validate: 'requests' in the browser", () => {
  it('loads the validator on first use only, then rejects a bad body locally with field issues', async () => {
    const modules = watchModules();
    const validatorModule = /\/packages\/client\/src\/validation\/validator\.ts$/;
    const schemasModule = /\/packages\/client\/src\/validation\/schemas\.ts$/;
    try {
      const stub = stubFetch(() => jsonResponse({ ...valid, id: 'ref_0123456789' }, 201));
      // Without validation the bad body goes out as it is, and no schema is loaded.
      const raw = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: stub.fetch, validate: false });
      await raw.referrals.create(invalid as never);
      expect(await stub.requests[0]?.json()).toEqual(invalid);

      const client = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: stub.fetch, validate: 'requests' });
      expect(modules.loaded(validatorModule)).toBe(false);
      expect(modules.loaded(schemasModule)).toBe(false);

      const error = await client.referrals.create(invalid as never).catch((e: unknown) => e);
      expect(modules.loaded(validatorModule)).toBe(true);
      expect(modules.loaded(schemasModule)).toBe(true);

      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error).toBeInstanceOf(ApiValidationError);
      const e = error as RequestValidationError;
      expect(e).toMatchObject({ kind: 'validation', code: 'invalid_request', status: undefined });
      expect(e.issues.map((i) => i.pointer)).toEqual(['/participantId', '/serviceType']);
      for (const issue of e.issues) {
        expect(issue.path).toEqual([issue.pointer.slice(1)]);
        expect(issue.message.en).toBeTruthy();
        expect(issue.message.ne).toMatch(/[\u0900-\u097F]/);
      }
      expect(e.message).toContain('POST /v1/referrals');
      expect(e.message).not.toContain('not-an-id');
      // Nothing more was sent for the bad body.
      expect(stub.requests).toHaveLength(1);

      await expect(client.referrals.create(valid)).resolves.toMatchObject({ id: 'ref_0123456789' });
      expect(stub.requests).toHaveLength(2);
      expect(await stub.requests[1]?.json()).toEqual(valid);
    } finally {
      modules.stop();
    }
  });
});
