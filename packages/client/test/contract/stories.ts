/**
 * Contract scenarios for stories, run against the real registry and against the client's msw handlers:
 * the same steps must get the same status codes and problem codes from both. Every story operation is
 * exercised, the photo upload (a binary body) and download (a `Blob`) included.
 */
import { COMPLETE_CONSENT_CHECKS, SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createClient, type NayaBatoClient } from '../../src/index.js';
import { createRegistryHandlers } from '../../src/msw/index.js';
import { mswFetch } from '../../src/msw/msw-fetch.fixture.js';
import { type Outcome, outcome } from './outcome.fixture.js';
import { clientFor, org, secretClient } from './setup.fixture.js';

/** A 2 × 2 JPEG (made with sharp, no metadata). */
const JPEG = Uint8Array.from(
  atob(
    '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AIgAsM//2Q==',
  ),
  (c) => c.charCodeAt(0),
);

interface Parties {
  readonly ngo: NayaBatoClient;
  readonly publicSite: NayaBatoClient;
  readonly otherNgo: NayaBatoClient;
}

/** The scenario: every step's outcome, and what the public saw at three moments. */
async function scenario({ ngo, publicSite, otherNgo }: Parties) {
  const out: Record<string, Outcome | string> = {};
  const participant = await ngo.participants.create(SYNTHETIC_PARTICIPANT_INPUT);
  const consent = await ngo.consents.create({
    participantId: participant.id,
    purpose: 'publication',
    givenAt: new Date(Date.now() - 3_600_000).toISOString(),
    checks: COMPLETE_CONSENT_CHECKS,
    method: 'written',
    publicationItems: ['story_text', 'photo'],
  });
  const input = {
    participantId: participant.id,
    text: 'I run a tailoring shop now.',
    alias: 'Maya',
    publication: {
      consentId: consent.id,
      items: ['text', 'photo', 'alias'] as ('text' | 'photo' | 'alias')[],
    },
  };
  let id = '';
  out.create = await outcome(ngo, async () => {
    id = (await ngo.stories.create(input)).id;
  });
  out.get = await outcome(ngo, () => ngo.stories.get(id));
  out.update = await outcome(ngo, () => ngo.stories.update(id, { ...input, text: 'I run a shop.' }));
  out['list own'] = await outcome(ngo, async () => {
    const own = await ngo.stories.list({ participantId: participant.id }).toArray({ limit: 10 });
    if (own.length !== 1) throw new Error('own list');
  });
  const seen = async () => {
    const all = await publicSite.stories.listPublished().toArray({ limit: 1000 });
    return JSON.stringify(all.find((s) => s.id === id) ?? null);
  };
  out['public before photo'] = await seen();
  out['upload with a lying type'] = await outcome(ngo, () => ngo.stories.uploadPhoto(id, JPEG, 'image/png'));
  out.upload = await outcome(ngo, () => ngo.stories.uploadPhoto(id, new Blob([JPEG]), 'image/jpeg'));
  out['public photo'] = await outcome(publicSite, async () => {
    const blob = await publicSite.stories.getPhoto(id);
    if (blob.type !== 'image/jpeg' || blob.size === 0) throw new Error(`photo ${blob.type}`);
  });
  out['public after photo'] = (await seen()).replace(/"photoRef":"[^"]+"/, '"photoRef":"…"');
  out['another NGO reads it'] = await outcome(otherNgo, () => otherNgo.stories.get(id));
  out['another NGO uploads'] = await outcome(otherNgo, () =>
    otherNgo.stories.uploadPhoto(id, JPEG, 'image/jpeg'),
  );
  out['public key creates'] = await outcome(publicSite, () => publicSite.stories.create(input));
  out['delete photo'] = await outcome(ngo, () => ngo.stories.deletePhoto(id));
  out['public photo after delete'] = await outcome(publicSite, () => publicSite.stories.getPhoto(id));
  await ngo.consents.withdraw(consent.id, { withdrawnAt: new Date().toISOString() });
  out['public after withdrawal'] = await seen();
  return out;
}

const EXPECTED = {
  create: '201',
  get: '200',
  update: '200',
  'list own': '200',
  'public before photo': '{"id":"ID","items":["text"],"text":"I run a shop."}',
  'upload with a lying type': '415 unsupported-media-type',
  upload: '200',
  'public photo': '200',
  'public after photo': '{"id":"ID","items":["text","photo"],"text":"I run a shop.","photoRef":"…"}',
  'another NGO reads it': '404 not-found',
  'another NGO uploads': '404 not-found',
  'public key creates': '403 forbidden',
  'delete photo': '200',
  'public photo after delete': '404 not-found',
  'public after withdrawal': 'null',
};

const normalise = (out: Record<string, string>) =>
  Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.replace(/sty_[0-9a-z]+/, 'ID')]));

function mockParties(): Parties {
  const baseUrl = 'http://registry.test';
  const ids = { ngo: 'org_mockngo00001', otherNgo: 'org_mockngo00002' };
  const mock = createRegistryHandlers({
    baseUrl,
    organizationId: ids.ngo,
    callers: { sk_test_ngo: ids.ngo, sk_test_other: ids.otherNgo, pk_test_site: ids.otherNgo },
  });
  const options = { baseUrl, fetch: mswFetch(mock.handlers), validate: false, retry: false } as const;
  return {
    ngo: createClient({ ...options, apiKey: 'sk_test_ngo' }),
    otherNgo: createClient({ ...options, apiKey: 'sk_test_other' }),
    publicSite: createClient({ ...options, publishableKey: 'pk_test_site' }),
  };
}

export function storyScenarios(): void {
  describe('stories', () => {
    it('record, publish item by item, photo upload and download, withdrawal: registry and msw agree', async () => {
      const options = { validate: false, retry: false } as const;
      const registry = await scenario({
        ngo: secretClient('ngo2', options),
        otherNgo: secretClient('ngo', options),
        publicSite: clientFor({ publishableKey: org('corporate').publishableKey }, options),
      });
      expect(normalise(registry)).toEqual(EXPECTED);
      expect(normalise(await scenario(mockParties()))).toEqual(normalise(registry));
    });
  });
}
