import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { consentBody, describeRegistry, type Json, participantBody } from '../registry.fixture.js';

describeRegistry('referrals and consent', (t, backend) => {
  const ngo = () => t().org('ngo');
  const ti = () => t().org('training_institution');

  async function participantWith(
    purposes: { purpose: string; to?: string; over?: Record<string, unknown> }[] = [],
  ) {
    const p = await t().call(ngo().secretKey, 'POST', '/v1/participants', { json: participantBody() });
    expect(p.status).toBe(201);
    const consents: string[] = [];
    for (const c of purposes) {
      const res = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
        json: consentBody(p.body.id, c.purpose, {
          ...(c.to ? { recipientOrganizationId: c.to } : {}),
          ...c.over,
        }),
      });
      expect(res.status, JSON.stringify(res.body.errors)).toBe(201);
      consents.push(res.body.id);
    }
    return { id: p.body.id as string, consents };
  }
  const draft = async (participantId: string, to: string) => {
    const res = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
      json: { participantId, toOrganizationId: to, serviceType: 'vocational_training', reason: 'Course' },
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('draft');
    return res.body.id as string;
  };
  const act = (key: string, id: string, action: string, json: unknown = {}) =>
    t().call(key, 'POST', `/v1/referrals/${id}/${action}`, { json });

  it('walks draft → sent → accepted → in_progress → completed, each step by its party', async () => {
    const p = await participantWith([{ purpose: 'sharing', to: ti().id }]);
    const id = await draft(p.id, ti().id);
    // The receiver does not see a draft at all.
    expect((await t().call(ti().secretKey, 'GET', `/v1/referrals/${id}`)).status).toBe(404);
    const sent = await act(ngo().secretKey, id, 'send');
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', consentId: p.consents[0] });
    expect((await act(ngo().secretKey, id, 'accept')).status).toBe(403);
    expect((await act(ti().secretKey, id, 'accept')).body.status).toBe('accepted');
    expect((await act(ti().secretKey, id, 'send')).status).toBe(409);
    expect((await act(ti().secretKey, id, 'start')).body.status).toBe('in_progress');
    const incomplete = await act(ti().secretKey, id, 'complete', {});
    expect(incomplete.status).toBe(422);
    const done = await act(ti().secretKey, id, 'complete', { outcome: { result: 'service_delivered' } });
    expect(done.body).toMatchObject({ status: 'completed', outcome: { result: 'service_delivered' } });
    expect((await act(ngo().secretKey, id, 'cancel')).status).toBe(409);
    const inbox = await t().call(
      ti().secretKey,
      'GET',
      `/v1/referrals?direction=received&status=completed&participantId=${p.id}`,
    );
    expect(inbox.body.items.map((r: Json) => r.id)).toContain(id);
    const audit = await t().registry.db.query<{ action: string; detail: Json }>(
      "select action, detail from audit_log where resource_id = $1 and action = 'transition' order by id",
      [id],
    );
    expect(audit.map((a) => a.detail.action)).toEqual(['send', 'accept', 'start', 'complete']);
  });

  it('audits a new draft once, with the caller, the participant and the purpose; a refused one not at all', async () => {
    const p = await participantWith();
    const other = await t().call(t().org('ngo2').secretKey, 'POST', '/v1/participants', {
      json: participantBody(),
    });
    const body = (participantId: string, to: string) => ({
      participantId,
      toOrganizationId: to,
      serviceType: 'vocational_training',
      reason: 'Course',
    });
    const created = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
      json: body(p.id, ti().id),
      headers: { 'x-purpose': 'service_delivery' },
    });
    expect(created.status).toBe(201);
    const rows = await t().registry.db.query<Record<string, string | null>>(
      `select request_id, actor_org, actor_key, action, resource_type, resource_id, participant_id, purpose
       from audit_log where resource_type = 'referral' and (participant_id = $1 or participant_id = $2)`,
      [p.id, other.body.id],
    );
    expect(rows).toEqual([
      {
        request_id: created.headers.get('x-request-id'),
        actor_org: ngo().id,
        actor_key: expect.any(String),
        action: 'create',
        resource_type: 'referral',
        resource_id: created.body.id,
        participant_id: p.id,
        purpose: 'service_delivery',
      },
    ]);
    // Each check refuses before anything is stored: no referral, no audit row.
    const refused = [
      [body(other.body.id, ti().id), 422, 'participantId'], // another NGO's participant: not visible
      [body(p.id, 'org_none'), 422, 'toOrganizationId'], // no such organisation
      [body(p.id, t().org('corporate').id), 422, 'toOrganizationId'], // a company receives no referral
    ] as const;
    for (const [json, status, field] of refused) {
      const res = await t().call(ngo().secretKey, 'POST', '/v1/referrals', { json });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.errors.map((e: Json) => e.pointer ?? e.field ?? e.path)).toHaveLength(1);
      expect(JSON.stringify(res.body.errors)).toContain(field);
    }
    const after = await t().registry.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where resource_type = 'referral' and (participant_id = $1 or participant_id = $2)`,
      [p.id, other.body.id],
    );
    expect(after[0]!.n).toBe(1);
    const stored = await t().registry.db.query<{ n: number }>(
      'select count(*)::int as n from referrals where participant_id = $1 or participant_id = $2',
      [p.id, other.body.id],
    );
    expect(stored[0]!.n).toBe(1);
  });

  it('needs a reason to reject; the sender cancels and revokes', async () => {
    const p = await participantWith([{ purpose: 'sharing', to: ti().id }]);
    const a = await draft(p.id, ti().id);
    await act(ngo().secretKey, a, 'send');
    const noReason = await act(ti().secretKey, a, 'reject', {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].pointer).toBe('/reason');
    const rejected = await act(ti().secretKey, a, 'reject', { reason: 'Course full' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Course full' });
    const b = await draft(p.id, ti().id);
    expect((await act(ti().secretKey, b, 'cancel')).status).toBe(404);
    expect((await act(ngo().secretKey, b, 'cancel', { reason: 'Plan changed' })).body.status).toBe(
      'cancelled',
    );
    const c = await draft(p.id, ti().id);
    await act(ngo().secretKey, c, 'send');
    expect((await act(ti().secretKey, c, 'revoke')).status).toBe(403);
    expect((await act(ngo().secretKey, c, 'revoke')).body.status).toBe('revoked');
  });

  it('refuses to send without a covering consent (409 consent-required), with the reason', async () => {
    const none = await participantWith([{ purpose: 'services' }]);
    const id = await draft(none.id, ti().id);
    const refused = await act(ngo().secretKey, id, 'send');
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:nayabato:problem:consent-required');
    expect(refused.body.errors[0].code).toBe('consent_required');
    const wrong = await participantWith([{ purpose: 'sharing', to: t().org('ngo2').id }]);
    const id2 = await draft(wrong.id, ti().id);
    const refused2 = await act(ngo().secretKey, id2, 'send');
    expect(refused2.status).toBe(409);
    expect(refused2.body.detail).toMatch(/another organisation/);
    const expired = await participantWith([
      { purpose: 'sharing', to: ti().id, over: { expiresAt: new Date(Date.now() - 60_000).toISOString() } },
    ]);
    expect((await act(ngo().secretKey, await draft(expired.id, ti().id), 'send')).status).toBe(409);
    expect((await t().call(ngo().secretKey, 'GET', `/v1/referrals/${id}`)).body.status).toBe('draft');
  });

  it('sends with an override only for a user holding consent.override, and audits it', async () => {
    const p = await participantWith([]);
    const id = await draft(p.id, ti().id);
    const override = { override: { reason: 'Urgent medical referral' } };
    expect((await act(ngo().secretKey, id, 'send', override)).status).toBe(403);
    const plain = ngo().users.find((u) => !u.permissions.includes('consent.override'))!;
    const plainToken = (await t().call(ngo().secretKey, 'POST', '/v1/tokens', { json: { userId: plain.id } }))
      .body.token;
    expect((await act(plainToken, id, 'send', override)).status).toBe(403);
    const allowed = ngo().users.find((u) => u.permissions.includes('consent.override'))!;
    const token = (await t().call(ngo().secretKey, 'POST', '/v1/tokens', { json: { userId: allowed.id } }))
      .body.token;
    const sent = await act(token, id, 'send', override);
    expect(sent.status).toBe(200);
    expect(sent.body.consentOverride).toMatchObject({
      userId: allowed.id,
      reason: 'Urgent medical referral',
    });
    const rows = await t().registry.db.query<{ actor_user: string }>(
      "select actor_user from audit_log where resource_id = $1 and action = 'consent_override'",
      [id],
    );
    expect(rows).toEqual([{ actor_user: allowed.id }]);
    // The training institution never sees the override's reason (free text).
    const seen = await t().call(ti().secretKey, 'GET', `/v1/referrals/${id}`);
    expect(seen.body.consentOverride).toBeUndefined();
    expect(seen.body.reason).toBeUndefined();
  });

  it('withdrawing the sharing consent ends the receiver’s access at once', async () => {
    const ngo2 = t().org('ngo2');
    const p = await participantWith([{ purpose: 'sharing', to: ngo2.id }]);
    const assessment = await t().call(ngo().secretKey, 'POST', '/v1/needs-assessments', {
      json: {
        participantId: p.id,
        assessedOn: '2026-11-01',
        domains: [{ domain: 'housing', needLevel: 'high', goals: 'Own room' }],
        notes: 'n',
      },
    });
    expect(assessment.status).toBe(201);
    const other = await t().call(ngo().secretKey, 'POST', '/v1/needs-assessments', {
      json: {
        participantId: p.id,
        assessedOn: '2026-11-02',
        domains: [{ domain: 'safety', needLevel: 'low' }],
      },
    });
    const res = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
      json: {
        participantId: p.id,
        toOrganizationId: ngo2.id,
        serviceType: 'counselling',
        reason: 'Support',
        needsAssessmentId: assessment.body.id,
      },
    });
    await act(ngo().secretKey, res.body.id, 'send');
    const seen = await t().call(ngo2.secretKey, 'GET', `/v1/participants/${p.id}`);
    expect(seen.status).toBe(200);
    expect(
      (await t().call(ngo2.secretKey, 'GET', `/v1/needs-assessments/${assessment.body.id}`)).status,
    ).toBe(200);
    // Only the assessment the referral names is shared.
    expect((await t().call(ngo2.secretKey, 'GET', `/v1/needs-assessments/${other.body.id}`)).status).toBe(
      404,
    );
    expect((await t().call(ngo2.secretKey, 'GET', `/v1/consents?participantId=${p.id}`)).body.items).toEqual(
      [],
    );
    const withdrawn = await t().call(ngo().secretKey, 'POST', `/v1/consents/${p.consents[0]}/withdraw`, {
      json: { withdrawnAt: new Date().toISOString() },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawnAt).toBeDefined();
    expect(
      (
        await t().call(ngo().secretKey, 'POST', `/v1/consents/${p.consents[0]}/withdraw`, {
          json: { withdrawnAt: new Date().toISOString() },
        })
      ).status,
    ).toBe(409);
    expect((await t().call(ngo2.secretKey, 'GET', `/v1/participants/${p.id}`)).status).toBe(404);
    expect(
      (await t().call(ngo2.secretKey, 'GET', `/v1/needs-assessments/${assessment.body.id}`)).status,
    ).toBe(404);
    // The consent stays in the history.
    const history = await t().call(ngo().secretKey, 'GET', `/v1/consents?participantId=${p.id}`);
    expect(history.body.items).toHaveLength(1);
  });

  it('records consents, assessments and plans only for the NGO’s own participants', async () => {
    const p = await participantWith([]);
    const ngo2 = t().org('ngo2');
    const foreign = await t().call(ngo2.secretKey, 'POST', '/v1/consents', {
      json: consentBody(p.id, 'services'),
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ pointer: '/participantId', code: 'unknown_reference' });
    const incomplete = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p.id, 'services', {
        checks: { ...consentBody(p.id, 'x').checks, retentionExplained: false },
      }),
    });
    expect(incomplete.status).toBe(201);
    const overrideBySecret = await t().call(ngo().secretKey, 'POST', '/v1/consents', {
      json: consentBody(p.id, 'research', {
        override: { userId: ngo().user.id, reason: 'x', at: new Date().toISOString() },
      }),
    });
    expect(overrideBySecret.status).toBe(403);
    const plan = await t().call(ngo().secretKey, 'POST', '/v1/livelihood-plans', {
      json: {
        participantId: p.id,
        goals: [{ key: 'g1', area: 'livelihood', description: 'Tailoring', status: 'open' }],
        actions: [],
        reviews: [],
      },
    });
    expect(plan.status).toBe(201);
    const updated = await t().call(ngo().secretKey, 'PUT', `/v1/livelihood-plans/${plan.body.id}`, {
      json: {
        participantId: p.id,
        goals: [{ key: 'g1', area: 'livelihood', description: 'Tailoring', status: 'achieved' }],
        actions: [],
        reviews: [],
      },
    });
    expect(updated.body.goals[0].status).toBe('achieved');
    expect(Date.parse(updated.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(plan.body.updatedAt));
    const { id: _id, organizationId: _o, createdAt: _c, updatedAt: _u, ...planInput } = updated.body;
    expect(
      (await t().call(ngo2.secretKey, 'PUT', `/v1/livelihood-plans/${plan.body.id}`, { json: planInput }))
        .status,
    ).toBe(404);
  });

  it('refuses a transition whose status changed after it was read (409 invalid-transition)', async () => {
    const p = await participantWith([{ purpose: 'sharing', to: ti().id }]);
    const id = await draft(p.id, ti().id);
    await act(ngo().secretKey, id, 'send');
    // A concurrent reject commits between this accept's read of the referral and its write.
    const db = t().registry.db;
    const racing: Database = {
      ...db,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            ...tx,
            async query<T>(sql: string, params?: readonly unknown[]) {
              const rows = await tx.query<T>(sql, params);
              if (/from referrals r where r\.id = \$2/.test(sql)) {
                await tx.query(
                  `update referrals set status = 'rejected', data = data || '{"status": "rejected"}' where id = $1`,
                  [id],
                );
              }
              return rows;
            },
          }),
        ),
    };
    const res = await createApp({ db: racing, logger: () => {} }).request(`/v1/referrals/${id}/accept`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ti().secretKey}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const body = (await res.json()) as Json;
    expect(res.status).toBe(409);
    expect(body.type).toBe('urn:nayabato:problem:invalid-transition');
    expect((await t().call(ngo().secretKey, 'GET', `/v1/referrals/${id}`)).body.status).toBe('rejected');
  });

  if (backend === 'postgres') {
    it('lets exactly one of a concurrent accept and reject win', async () => {
      const p = await participantWith([{ purpose: 'sharing', to: ti().id }]);
      for (let i = 0; i < 5; i++) {
        const id = await draft(p.id, ti().id);
        await act(ngo().secretKey, id, 'send');
        const [accept, reject] = await Promise.all([
          act(ti().secretKey, id, 'accept'),
          act(ti().secretKey, id, 'reject', { reason: 'Course full' }),
        ]);
        expect([accept.status, reject.status].sort()).toEqual([200, 409]);
        const winner = accept.status === 200 ? 'accepted' : 'rejected';
        expect((await t().call(ngo().secretKey, 'GET', `/v1/referrals/${id}`)).body.status).toBe(winner);
      }
    });
  }

  it('shows the receiver the sender’s free text only while the referral shares the participant', async () => {
    const ngo2 = t().org('ngo2');
    const p = await participantWith([{ purpose: 'sharing', to: ngo2.id }]);
    const send = async () => {
      const res = await t().call(ngo().secretKey, 'POST', '/v1/referrals', {
        json: {
          participantId: p.id,
          toOrganizationId: ngo2.id,
          serviceType: 'counselling',
          reason: 'FREE-reason',
        },
      });
      await act(ngo().secretKey, res.body.id, 'send');
      return res.body.id as string;
    };
    const kept = await send();
    const revoked = await send();
    const seen = (id: string) => t().call(ngo2.secretKey, 'GET', `/v1/referrals/${id}`);
    expect((await seen(kept)).body.reason).toBe('FREE-reason');
    await act(ngo().secretKey, revoked, 'revoke', { reason: 'FREE-revocation' });
    const afterRevoke = await seen(revoked);
    expect(afterRevoke.body.status).toBe('revoked');
    expect(afterRevoke.text).not.toContain('FREE-');
    expect((await seen(kept)).body.reason).toBe('FREE-reason');
    await t().call(ngo().secretKey, 'POST', `/v1/consents/${p.consents[0]}/withdraw`, {
      json: { withdrawnAt: new Date().toISOString() },
    });
    const afterWithdrawal = await seen(kept);
    expect(afterWithdrawal.status).toBe(200);
    expect(afterWithdrawal.body).toMatchObject({ id: kept, status: 'sent' });
    expect(afterWithdrawal.text).not.toContain('FREE-');
    const inbox = await t().call(ngo2.secretKey, 'GET', `/v1/referrals?participantId=${p.id}`);
    expect(inbox.body.items.map((r: Json) => r.id).sort()).toEqual([kept, revoked].sort());
    expect(inbox.text).not.toContain('FREE-');
    // The receiver's own transitions answer with the same view.
    const accepted = await act(ngo2.secretKey, kept, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.text).not.toContain('FREE-');
    // The sender keeps all of it.
    expect((await t().call(ngo().secretKey, 'GET', `/v1/referrals/${revoked}`)).body).toMatchObject({
      reason: 'FREE-reason',
      revocationReason: 'FREE-revocation',
    });
  });
});
