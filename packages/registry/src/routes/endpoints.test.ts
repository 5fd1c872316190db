import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';
import { exampleRoutes, findExamples } from '../site/examples.js';
import { landingRoutes } from '../site/landing.js';

/** The operations the other suites do not already exercise. */
describeRegistry('remaining endpoints', (t) => {
  const ngo = () => t().org('ngo');

  it('users: list, read, rename and grant permissions with the secret key', async () => {
    const list = await t().call(ngo().secretKey, 'GET', '/v1/users');
    expect(list.body.items.map((u: Json) => u.id)).toContain(ngo().user.id);
    const one = await t().call(ngo().secretKey, 'GET', `/v1/users/${ngo().user.id}`);
    expect(one.body).toMatchObject({ id: ngo().user.id, organizationId: ngo().id, disabled: false });
    expect((await t().call(t().org('corporate').secretKey, 'GET', `/v1/users/${ngo().user.id}`)).status).toBe(
      404,
    );
    const made = await t().call(ngo().secretKey, 'POST', '/v1/users', {
      json: { displayName: 'Demo Intake Worker' },
    });
    const patched = await t().call(ngo().secretKey, 'PATCH', `/v1/users/${made.body.id}`, {
      json: { displayName: 'Demo Intake Lead', permissions: ['consent.override'] },
    });
    expect(patched.body).toMatchObject({
      displayName: 'Demo Intake Lead',
      permissions: ['consent.override'],
    });
    const token = (await t().call(ngo().secretKey, 'POST', '/v1/tokens', { json: { userId: made.body.id } }))
      .body.token;
    expect(
      (await t().call(token, 'PATCH', `/v1/users/${made.body.id}`, { json: { permissions: [] } })).status,
    ).toBe(403);
  });

  it('referrals and sharing consents go to NGOs and training institutions only (422)', async () => {
    const p = (await t().call(ngo().secretKey, 'POST', '/v1/participants', { json: participantBody() })).body
      .id;
    for (const role of ['corporate', 'government'] as const) {
      const to = t().org(role).id;
      const consent = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
        json: consentBody(p, 'sharing', { recipientOrganizationId: to }),
      });
      expect(consent.status, role).toBe(422);
      expect(consent.body.errors[0]).toMatchObject({
        pointer: '/recipientOrganizationId',
        code: 'recipient_role',
      });
      const referral = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
        json: { participantId: p, toOrganizationId: to, serviceType: 'counselling', reason: 'x' },
      });
      expect(referral.status, role).toBe(422);
      expect(referral.body.errors[0]).toMatchObject({ pointer: '/toOrganizationId', code: 'recipient_role' });
      expect(referral.body.errors[0].message.ne).toMatch(/[\u0900-\u097F]/);
    }
    const unknown = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p, 'sharing', { recipientOrganizationId: 'org_0000000000000000' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].code).toBe('unknown_reference');
    // An employer introduction names a corporate partner: that consent stays valid.
    const introduction = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p, 'employer_introduction', { recipientOrganizationId: t().org('corporate').id }),
    });
    expect(introduction.status).toBe(201);
    expect(
      (
        await t().call(ngo().secretKey, 'POST', '/v1/consents', {
          json: consentBody(p, 'sharing', { recipientOrganizationId: t().org('training_institution').id }),
        })
      ).status,
    ).toBe(201);
  });

  it('says why a withdrawal before the consent was given is refused (its own code)', async () => {
    const p = (await t().call(ngo().secretKey, 'POST', '/v1/participants', { json: participantBody() })).body
      .id;
    const consent = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p, 'services'),
    });
    const early = await t().call(ngo().secretKey, 'POST', `/v1/consents/${consent.body.id}/withdraw`, {
      json: { withdrawnAt: new Date(Date.now() - 7_200_000).toISOString() },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({ pointer: '/withdrawnAt', code: 'before_given' });
    expect(early.body.errors[0].message.en).toMatch(/before it was given/);
    expect(early.body.errors[0].message.ne).toMatch(/[\u0900-\u097F]/);
    const late = await t().call(ngo().secretKey, 'POST', `/v1/consents/${consent.body.id}/withdraw`, {
      json: { withdrawnAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(late.body.errors[0].code).toBe('future_instant');
  });

  it('organisations and origins: read one, read the origins', async () => {
    const one = await t().call(ngo().secretKey, 'GET', `/v1/organizations/${t().org('government').id}`);
    expect(one.body).toMatchObject({ role: 'government' });
    expect((await t().call(ngo().secretKey, 'GET', '/v1/organizations/org_doesnotexist00')).status).toBe(404);
    const origins = await t().call(ngo().secretKey, 'GET', `/v1/organizations/${ngo().id}/allowed-origins`);
    expect(origins.body.origins).toContain(t().url);
    expect(
      (await t().call(ngo().secretKey, 'GET', `/v1/organizations/${t().org('corporate').id}/allowed-origins`))
        .status,
    ).toBe(403);
  });

  it('participants, consents, assessments: replace, list by participant, read one', async () => {
    const p = await t().call(ngo().secretKey, 'POST', '/v1/participants', { json: participantBody() });
    const replaced = await t().call(ngo().secretKey, 'PUT', `/v1/participants/${p.body.id}`, {
      json: participantBody({ currentDistrict: 'Lalitpur' }),
    });
    expect(replaced.body).toMatchObject({ id: p.body.id, currentDistrict: 'Lalitpur' });
    const consent = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p.body.id, 'services'),
    });
    expect((await t().call(ngo().secretKey, 'GET', `/v1/consents/${consent.body.id}`)).body.purpose).toBe(
      'services',
    );
    const byParticipant = await t().call(ngo().secretKey, 'GET', `/v1/consents?participantId=${p.body.id}`);
    expect(byParticipant.body.items.map((c: Json) => c.id)).toEqual([consent.body.id]);
    const a = await t().call(ngo().secretKey, 'POST', '/v1/needs-assessments', {
      json: {
        participantId: p.body.id,
        assessedOn: '2026-11-01',
        domains: [{ domain: 'safety', needLevel: 'low' }],
      },
    });
    const updated = await t().call(ngo().secretKey, 'PUT', `/v1/needs-assessments/${a.body.id}`, {
      json: {
        participantId: p.body.id,
        assessedOn: '2026-11-01',
        domains: [{ domain: 'safety', needLevel: 'high' }],
      },
    });
    expect(updated.body.domains[0].needLevel).toBe('high');
    const moved = await t().call(ngo().secretKey, 'PUT', `/v1/needs-assessments/${a.body.id}`, {
      json: {
        participantId: 'pt_0000000000',
        assessedOn: '2026-11-01',
        domains: [{ domain: 'safety', needLevel: 'high' }],
      },
    });
    expect(moved.status).toBe(422);
    const lists = await Promise.all(
      ['needs-assessments', 'livelihood-plans'].map((r) =>
        t().call(ngo().secretKey, 'GET', `/v1/${r}?participantId=${p.body.id}`),
      ),
    );
    expect(lists[0]!.body.items).toHaveLength(1);
    expect(lists[1]!.body.items).toEqual([]);
    const refs = await t().call(ngo().secretKey, 'GET', `/v1/referrals?participantId=${p.body.id}`);
    expect(refs.body.items).toEqual([]);
  });
});

it('serves example folders and a landing page listing the demo keys', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-examples-'));
  try {
    mkdirSync(join(dir, 'job-board', 'public'), { recursive: true });
    mkdirSync(join(dir, 'no-public'));
    writeFileSync(join(dir, 'job-board', 'public', 'index.html'), '<h1>job board</h1>');
    expect(findExamples(dir)).toEqual(['job-board']);
    const fakeDb = {
      engine: 'pglite' as const,
      query: async () => [],
      exec: async () => {},
      transaction: async () => undefined as never,
      close: async () => {},
    };
    const app = createApp({
      db: fakeDb,
      logger: () => {},
      extend: (a) => {
        exampleRoutes(a, dir, ['job-board']);
        landingRoutes(a, () => ({ examples: ['job-board'] }));
      },
    });
    const page = await app.request('/examples/job-board/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('job board');
    const landing = await app.request('/');
    expect(await landing.text()).toContain('/examples/job-board/');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
