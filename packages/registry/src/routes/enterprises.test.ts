import { beforeAll, expect, it } from 'vitest';
import type { DemoOrganization } from '../index.js';
import { describeRegistry, type Json, participantBody } from '../registry.fixture.js';
import { auditOf, consentedParticipant, enterpriseBody, ok, ROLES } from './livelihood.fixture.js';

const MARK = 'ZQXENTERPRISE';
const mark = (field: string) => `${MARK}:${field}`;

describeRegistry('enterprises', (t) => {
  const ngo = () => t().org('ngo');
  const corporate = () => t().org('corporate');
  let participant: string;
  let enterprise: Json;
  let otherCorporate: DemoOrganization | undefined;

  beforeAll(async () => {
    otherCorporate = t().registry.demo!.organizations.filter((o) => o.role === 'corporate')[1];
    participant = (await consentedParticipant(t())).participant;
    enterprise = await ok(
      t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
        json: enterpriseBody(participant, corporate().id, {
          notes: mark('notes'),
          seedSupport: {
            grantNpr: 25000,
            inKind: [{ item: mark('seedSupport.inKind.item'), quantity: 1 }],
            funderOrganizationId: t().org('coordinator').id,
          },
          marketLinkages: [
            {
              buyerOrganizationId: corporate().id,
              since: '2026-11-01',
              product: mark('marketLinkages.product'),
            },
          ],
        }),
      }),
      201,
      'create',
    );
  });

  it('the registering NGO records an enterprise; the registry gives it a pseudonymous code', async () => {
    expect(enterprise).toMatchObject({
      organizationId: ngo().id,
      participantId: participant,
      trade: 'tailoring',
    });
    expect(enterprise.enterpriseCode).toMatch(/^ENT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const second = await ok(
      t().call(ngo().secretKey, 'POST', '/v1/enterprises', { json: enterpriseBody(participant) }),
      201,
    );
    expect(second.enterpriseCode).not.toBe(enterprise.enterpriseCode);
    // A code the client sends is refused: the registry makes it.
    const forged = await t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
      json: { ...enterpriseBody(participant), enterpriseCode: 'ENT-AAAA-AAAA' },
    });
    expect(forged.status).toBe(422);
  });

  it('refuses another organisation’s participant, a non-corporate buyer, duplicates and bad text', async () => {
    const theirs = (
      await ok(
        t().call(t().org('ngo2').secretKey, 'POST', '/v1/participants', { json: participantBody() }),
        201,
      )
    ).id;
    const foreign = await t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
      json: enterpriseBody(theirs),
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ pointer: '/participantId', code: 'unknown_reference' });
    const ngoBuyer = await t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
      json: enterpriseBody(participant, t().org('ngo2').id),
    });
    expect(ngoBuyer.status).toBe(422);
    expect(ngoBuyer.body.errors[0]).toMatchObject({
      pointer: '/marketLinkages/0/buyerOrganizationId',
      code: 'buyer_role',
    });
    const unknown = await t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
      json: enterpriseBody(participant, 'org_0000000000'),
    });
    expect(unknown.body.errors[0].code).toBe('unknown_reference');
    const twice = await t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
      json: enterpriseBody(participant, undefined, {
        monthlyRecords: [
          { month: '2026-10', revenueNpr: 1, profitNpr: 0 },
          { month: '2026-10', revenueNpr: 2, profitNpr: 0 },
        ],
      }),
    });
    expect(twice.status).toBe(422);
    const nul = await t().call(ngo().secretKey, 'POST', '/v1/enterprises', {
      json: enterpriseBody(participant, undefined, { notes: 'a\u0000b' }),
    });
    expect(nul.status).toBe(422);
  });

  it('only an NGO records enterprises: every other role and publishable keys get 403', async () => {
    for (const role of ROLES.filter((r) => !r.startsWith('ngo'))) {
      const res = await t().call(t().org(role).secretKey, 'POST', '/v1/enterprises', {
        json: enterpriseBody(participant),
      });
      expect(res.status, role).toBe(403);
    }
    expect(
      (await t().call(ngo().publishableKey, 'POST', '/v1/enterprises', { json: enterpriseBody(participant) }))
        .status,
    ).toBe(403);
  });

  it('a corporate buyer sees the enterprise’s code and trade only, never the participant', async () => {
    const key = corporate().secretKey;
    const one = await t().call(key, 'GET', `/v1/enterprises/${enterprise.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ enterpriseCode: enterprise.enterpriseCode, trade: 'tailoring' });
    const list = await t().listAll(key, '/v1/enterprises');
    expect(list).toContainEqual({ enterpriseCode: enterprise.enterpriseCode, trade: 'tailoring' });
    for (const item of list) expect(Object.keys(item).sort()).toEqual(['enterpriseCode', 'trade']);
    for (const text of [one.text, JSON.stringify(list)]) {
      expect(text).not.toContain(MARK);
      expect(text).not.toContain(participant);
      expect(text).not.toContain(ngo().id);
    }
    // It cannot find out whose enterprise it is by filtering.
    expect((await t().call(key, 'GET', `/v1/enterprises?participantId=${participant}`)).status).toBe(400);
    // Nor change it.
    const put = await t().call(key, 'PUT', `/v1/enterprises/${enterprise.id}`, {
      json: enterpriseBody(participant),
    });
    expect(put.status).toBe(403);
    const month = await t().call(key, 'POST', `/v1/enterprises/${enterprise.id}/monthly-records`, {
      json: { month: '2026-11', revenueNpr: 1, profitNpr: 1 },
    });
    expect(month.status).toBe(403);
    const reads = (await auditOf(t(), enterprise.id)).filter((a) => a.actor_org === corporate().id);
    expect(reads.map((a) => a.action)).toEqual(expect.arrayContaining(['read', 'list']));
    expect(reads.every((a) => a.participant_id === participant)).toBe(true);
  });

  it('a corporate partner not party to a linkage sees nothing of it', async () => {
    expect(otherCorporate).toBeDefined();
    const key = otherCorporate!.secretKey;
    expect((await t().call(key, 'GET', `/v1/enterprises/${enterprise.id}`)).status).toBe(404);
    const list = await t().listAll(key, '/v1/enterprises');
    expect(JSON.stringify(list)).not.toContain(enterprise.enterpriseCode);
  });

  it('other roles: another NGO 404 and an empty list; training, government, coordinator 403 on the list, 404 on the record', async () => {
    for (const role of ['ngo2', 'training_institution', 'government', 'coordinator'] as const) {
      const key = t().org(role).secretKey;
      const one = await t().call(key, 'GET', `/v1/enterprises/${enterprise.id}`);
      const list = await t().call(key, 'GET', '/v1/enterprises');
      expect(one.status, role).toBe(404);
      expect(list.status, role).toBe(role === 'ngo2' ? 200 : 403);
      for (const res of [one, list]) {
        expect(res.text, role).not.toContain(MARK);
        expect(res.text, role).not.toContain(enterprise.enterpriseCode);
      }
      const put = await t().call(key, 'PUT', `/v1/enterprises/${enterprise.id}`, {
        json: enterpriseBody(participant),
      });
      expect(put.status, role).toBe(404);
    }
    for (const role of ROLES) {
      const pk = t().org(role).publishableKey;
      for (const path of ['/v1/enterprises', `/v1/enterprises/${enterprise.id}`]) {
        const res = await t().call(pk, 'GET', path);
        expect(res.status, `${role} ${path}`).toBe(403);
        expect(res.text).not.toContain(MARK);
      }
    }
  });

  it('the NGO records monthly results (a month again replaces it) and edits the enterprise; its code stays', async () => {
    const key = ngo().secretKey;
    const path = `/v1/enterprises/${enterprise.id}/monthly-records`;
    const nov = await t().call(key, 'POST', path, {
      json: { month: '2026-11', revenueNpr: 15000, profitNpr: -500 },
    });
    expect(nov.status).toBe(200);
    expect(nov.body.monthlyRecords.map((m: Json) => m.month)).toEqual(['2026-10', '2026-11']);
    const again = await t().call(key, 'POST', path, {
      json: { month: '2026-11', revenueNpr: 16000, profitNpr: 200 },
    });
    expect(again.body.monthlyRecords).toEqual([
      { month: '2026-10', revenueNpr: 12000, profitNpr: 3000 },
      { month: '2026-11', revenueNpr: 16000, profitNpr: 200 },
    ]);
    expect(
      (await t().call(key, 'POST', path, { json: { month: '2026-13', revenueNpr: 1, profitNpr: 1 } })).status,
    ).toBe(422);
    expect(
      (
        await t().call(t().org('ngo2').secretKey, 'POST', path, {
          json: { month: '2026-12', revenueNpr: 1, profitNpr: 1 },
        })
      ).status,
    ).toBe(404);
    const edited = await t().call(key, 'PUT', `/v1/enterprises/${enterprise.id}`, {
      json: enterpriseBody(participant, corporate().id, { status: 'paused', notes: mark('notes') }),
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'paused', enterpriseCode: enterprise.enterpriseCode });
    const other = (await consentedParticipant(t())).participant;
    const moved = await t().call(key, 'PUT', `/v1/enterprises/${enterprise.id}`, {
      json: enterpriseBody(other),
    });
    expect(moved.status).toBe(422);
    expect(moved.body.errors[0]).toMatchObject({ pointer: '/participantId', code: 'fixed_field' });
    const own = await t().call(key, 'GET', `/v1/enterprises?participantId=${participant}`);
    expect(own.body.items.map((e: Json) => e.id)).toContain(enterprise.id);
    expect(own.body.items.find((e: Json) => e.id === enterprise.id).notes).toBe(mark('notes'));
    const actions = (await auditOf(t(), enterprise.id))
      .filter((a) => a.actor_org === ngo().id)
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'list']));
    expect(actions.filter((a) => a === 'update')).toHaveLength(3);
  });

  it('removing the linkage ends the buyer’s view at the next read', async () => {
    const key = ngo().secretKey;
    const e = await ok(
      t().call(key, 'POST', '/v1/enterprises', { json: enterpriseBody(participant, corporate().id) }),
      201,
    );
    expect((await t().call(corporate().secretKey, 'GET', `/v1/enterprises/${e.id}`)).status).toBe(200);
    await ok(t().call(key, 'PUT', `/v1/enterprises/${e.id}`, { json: enterpriseBody(participant) }), 200);
    expect((await t().call(corporate().secretKey, 'GET', `/v1/enterprises/${e.id}`)).status).toBe(404);
  });

  it('no log line carries a planted marker', () => {
    expect(t().logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(t().logs)).not.toContain(MARK);
  });
});
