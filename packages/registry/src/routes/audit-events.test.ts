import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';

describeRegistry('the audit read API', (t) => {
  const ngo = () => t().org('ngo');
  const ngo2 = () => t().org('ngo2');
  const ti = () => t().org('training_institution');
  const marker = `AUDITMRK${randomBytes(4).toString('hex')}`;
  let participant = '';
  let ngoKey = '';
  let tiKey = '';
  let start = '';

  const keyOf = async (requestId: string) => {
    const [row] = await t().registry.db.query<{ actor_key: string }>(
      'select actor_key from audit_log where request_id = $1 limit 1',
      [requestId],
    );
    return row!.actor_key;
  };
  const events = (key: string, query = '') => t().listAll(key, `/v1/audit-events${query ? `?${query}` : ''}`);

  // An NGO registers and refers a participant; the training institution reads it.
  beforeAll(async () => {
    start = new Date(Date.now() - 1000).toISOString();
    const key = ngo().secretKey;
    const p = await t().call(key, 'POST', '/v1/participants', {
      json: participantBody({ notes: `Note ${marker}` }),
    });
    participant = p.body.id;
    ngoKey = await keyOf(p.headers.get('x-request-id')!);
    await t().call(key, 'POST', '/v1/consents', {
      json: consentBody(participant, 'sharing', { recipientOrganizationId: ti().id }),
    });
    const ref = await t().call(key, 'POST', '/v1/referrals', {
      json: {
        participantId: participant,
        toOrganizationId: ti().id,
        serviceType: 'counselling',
        reason: marker,
      },
    });
    expect((await t().call(key, 'POST', `/v1/referrals/${ref.body.id}/send`, { json: {} })).status).toBe(200);
    const read = await t().call(ti().secretKey, 'GET', `/v1/participants/${participant}`);
    expect(read.status).toBe(200);
    tiKey = await keyOf(read.headers.get('x-request-id')!);
    // Another NGO acts on its own participant.
    expect(
      (await t().call(ngo2().secretKey, 'POST', '/v1/participants', { json: participantBody() })).status,
    ).toBe(201);
  });

  it('shows an organisation its own actions and every access to the participants it registered', async () => {
    const mine = await events(ngo().secretKey);
    expect(mine.length).toBeGreaterThan(0);
    for (const e of mine) {
      const own = e.actorOrganizationId === ngo().id;
      expect(own || e.participantId !== null || e.resourceId.startsWith('pt_'), JSON.stringify(e)).toBe(true);
    }
    // The training institution's read of the NGO's participant is there.
    expect(mine).toContainEqual(
      expect.objectContaining({
        actorOrganizationId: ti().id,
        action: 'read',
        resourceId: participant,
        actorKeyId: tiKey,
      }),
    );
    expect(mine.some((e: Json) => e.actorOrganizationId === ngo2().id)).toBe(false);
    // The training institution sees its own read but not the NGO's registration of the participant.
    const its = await events(ti().secretKey, `recordId=${participant}`);
    expect(its.length).toBeGreaterThan(0);
    expect(its.every((e: Json) => e.actorOrganizationId === ti().id)).toBe(true);
    // The other NGO sees nothing about this participant.
    expect(await events(ngo2().secretKey, `recordId=${participant}`)).toEqual([]);
    expect(await events(t().org('corporate').secretKey, `recordId=${participant}`)).toEqual([]);
    // The coordinator sees everything.
    const all = await events(t().org('coordinator').secretKey, `recordId=${participant}`);
    const orgs = new Set(all.map((e: Json) => e.actorOrganizationId));
    expect(orgs).toEqual(new Set([ngo().id, ti().id]));
    const everything = await events(t().org('coordinator').secretKey);
    expect(everything.some((e: Json) => e.actorOrganizationId === ngo2().id)).toBe(true);
    // Never a personal value.
    expect(JSON.stringify(everything)).not.toContain(marker);
  });

  it('filters by actor, record, action and period, and pages without repeating', async () => {
    const key = ngo().secretKey;
    const byActor = await events(key, `actorId=${tiKey}`);
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e: Json) => e.actorKeyId === tiKey)).toBe(true);
    const byRecord = await events(key, `recordId=${participant}`);
    expect(byRecord.every((e: Json) => e.resourceId === participant || e.participantId === participant)).toBe(
      true,
    );
    expect(new Set(byRecord.map((e: Json) => e.resourceType))).toEqual(
      new Set(['participant', 'consent', 'referral']),
    );
    const creates = await events(key, `recordId=${participant}&action=create`);
    expect(creates.length).toBe(3);
    expect(creates.every((e: Json) => e.action === 'create')).toBe(true);
    const mineByKey = await events(key, `actorId=${ngoKey}&recordId=${participant}`);
    expect(mineByKey.every((e: Json) => e.actorKeyId === ngoKey)).toBe(true);
    expect(mineByKey.length).toBe(
      byRecord.length - byActor.filter((e: Json) => e.participantId === participant).length,
    );
    // Period: all of it after `start`, none before it.
    expect((await events(key, `recordId=${participant}&from=${encodeURIComponent(start)}`)).length).toBe(
      byRecord.length,
    );
    expect(await events(key, `recordId=${participant}&to=${encodeURIComponent(start)}`)).toEqual([]);
    // Pages of one: the same events, in order, once each.
    const paged: Json[] = [];
    let cursor: string | null = null;
    do {
      const res: Json = await t().call(
        key,
        'GET',
        `/v1/audit-events?recordId=${participant}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      paged.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(paged.map((e) => e.id)).toEqual(byRecord.map((e: Json) => e.id));
  });

  it('refuses malformed filters and publishable keys, and audits its own reads by filter names', async () => {
    const key = ngo().secretKey;
    for (const query of [
      'actorId=nobody',
      'recordId=%00',
      'action=DROP%20TABLE',
      'from=yesterday',
      'to=2026-13-01',
    ]) {
      const res = await t().call(key, 'GET', `/v1/audit-events?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await t().call(ngo().publishableKey, 'GET', '/v1/audit-events')).status).toBe(403);
    expect((await t().call(null, 'GET', '/v1/audit-events')).status).toBe(401);
    const res = await t().call(key, 'GET', `/v1/audit-events?recordId=${participant}&action=read`);
    const [row] = await t().registry.db.query<{ detail: Json; resource_type: string }>(
      'select detail, resource_type from audit_log where request_id = $1',
      [res.headers.get('x-request-id')],
    );
    expect(row).toEqual({
      resource_type: 'audit_events',
      detail: { count: res.body.items.length, filters: ['action', 'recordId'] },
    });
  });
});
