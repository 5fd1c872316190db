import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeOffer } from '../job-offers.fixture.js';
import {
  consentBody,
  describeRegistry,
  type Json,
  participantBody,
  type TestRegistry,
} from '../registry.fixture.js';
import { type Receiver, signedBy, startReceiver, until } from '../webhooks/receiver.fixture.js';
import { ok, referredParticipant } from './livelihood.fixture.js';

const SETTINGS = {
  allowPrivateWebhookTargets: true,
  webhookPollSeconds: 0.05,
  webhookRetryBaseSeconds: 0.05,
  webhookTimeoutSeconds: 5,
  webhookMaxAttempts: 3,
  metrics: true,
};

const ALL_EVENTS = [
  'referral.sent',
  'referral.accepted',
  'referral.completed',
  'referral.rejected',
  'job_offer.published',
  'placement.started',
  'consent.withdrawn',
  'support_request.answered',
];

describeRegistry(
  'webhook endpoints',
  (get) => {
    let t: TestRegistry;
    let receiver: Receiver;
    beforeAll(async () => {
      t = get();
      receiver = await startReceiver();
    });
    afterAll(() => receiver.close());

    /** Registers an endpoint of `role` at the receiver (a path of its own) and returns it with its secret. */
    async function register(role: Parameters<TestRegistry['org']>[0], path: string, events = ALL_EVENTS) {
      return ok(
        t.call(t.org(role).secretKey, 'POST', '/v1/webhook-endpoints', {
          json: { url: `${receiver.url}/${path}`, events },
        }),
        201,
        'register',
      ) as Promise<{ endpoint: Json; secret: string }>;
    }

    it('registers, reads, lists, changes, rotates and deletes an endpoint; the secret is shown once', async () => {
      const key = t.org('ngo').secretKey;
      const created = await t.call(key, 'POST', '/v1/webhook-endpoints', {
        json: { url: `${receiver.url}/crud`, events: ['referral.sent', 'referral.sent'], description: 'CRM' },
      });
      expect(created.status, created.text).toBe(201);
      expect(created.headers.get('cache-control')).toContain('no-store');
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
      const endpoint = created.body.endpoint;
      expect(endpoint).toMatchObject({ events: ['referral.sent'], disabled: false, description: 'CRM' });
      const read = await ok(t.call(key, 'GET', `/v1/webhook-endpoints/${endpoint.id}`), 200);
      expect(JSON.stringify(read)).not.toContain(created.body.secret);
      const list = await ok(t.call(key, 'GET', '/v1/webhook-endpoints'), 200);
      expect(list.items.map((e: Json) => e.id)).toContain(endpoint.id);
      expect(JSON.stringify(list)).not.toContain('whsec_');
      const patched = await ok(
        t.call(key, 'PATCH', `/v1/webhook-endpoints/${endpoint.id}`, {
          json: { disabled: true, events: ['referral.accepted'] },
        }),
        200,
      );
      expect(patched).toMatchObject({ disabled: true, events: ['referral.accepted'], description: 'CRM' });
      const rotated = await ok(
        t.call(key, 'POST', `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`),
        201,
      );
      expect(rotated.secret).not.toBe(created.body.secret);
      expect(rotated.endpoint.previousSecretExpiresAt).not.toBeNull();
      // Another organisation's endpoint does not exist for it; a publishable key may not manage any.
      await ok(t.call(t.org('ngo2').secretKey, 'GET', `/v1/webhook-endpoints/${endpoint.id}`), 404);
      await ok(t.call(t.org('ngo').publishableKey, 'GET', '/v1/webhook-endpoints'), 403);
      await ok(t.call(key, 'DELETE', `/v1/webhook-endpoints/${endpoint.id}`), 200);
      await ok(t.call(key, 'GET', `/v1/webhook-endpoints/${endpoint.id}`), 404);
    });

    it('counts the backlog of pending deliveries in /metrics', async () => {
      const { endpoint } = await register('ngo', 'backlog');
      await ok(
        t.call(t.org('ngo').secretKey, 'PATCH', `/v1/webhook-endpoints/${endpoint.id}`, {
          json: { disabled: true },
        }),
        200,
      );
      const pending = async () => {
        const text = (await t.call(null, 'GET', '/metrics')).text;
        return Number(/^nayabato_registry_webhook_deliveries_pending (\d+)$/m.exec(text)?.[1]);
      };
      const before = await pending();
      // A disabled endpoint's delivery waits: it stays in the backlog.
      await t.registry.db.query(
        `insert into webhook_events (id, type, payload) values ('msg_backlog0000000001', 'webhook.test', '{}')`,
      );
      await t.registry.db.query(
        `insert into webhook_deliveries (id, event_id, endpoint_id, org_id) values ('whd_backlog000000001', 'msg_backlog0000000001', $1, $2)`,
        [endpoint.id, t.org('ngo').id],
      );
      expect(await pending()).toBe(before + 1);
    });

    it('refuses a URL that is not https (http only to loopback), an unknown event, and bad text', async () => {
      const key = t.org('ngo').secretKey;
      const bad = await t.call(key, 'POST', '/v1/webhook-endpoints', {
        json: { url: 'http://partner.example/hooks', events: ['referral.sent'] },
      });
      expect(bad.status).toBe(422);
      expect(bad.body.errors[0]).toMatchObject({ pointer: '/url', code: 'webhook_url_scheme' });
      const ftp = await t.call(key, 'POST', '/v1/webhook-endpoints', {
        json: { url: 'ftp://127.0.0.1/x', events: ['referral.sent'] },
      });
      expect(ftp.status).toBe(422);
      const event = await t.call(key, 'POST', '/v1/webhook-endpoints', {
        json: { url: `${receiver.url}/x`, events: ['participant.created'] },
      });
      expect(event.status).toBe(422);
      const nul = await t.call(key, 'POST', '/v1/webhook-endpoints', {
        json: { url: `${receiver.url}/\u0000`, events: ['referral.sent'] },
      });
      expect(nul.status).toBe(422);
    });

    it('signs a test event per Standard Webhooks, lists the delivery with its attempt, and replays it', async () => {
      const { endpoint, secret } = await register('ngo', 'signed');
      const delivery = await ok(
        t.call(t.org('ngo').secretKey, 'POST', `/v1/webhook-endpoints/${endpoint.id}/test`),
        202,
      );
      expect(delivery).toMatchObject({ type: 'webhook.test', status: 'pending', endpointId: endpoint.id });
      const got = await until('the test event', () =>
        receiver.received.find((r) => r.headers['webhook-id'] === delivery.eventId),
      );
      expect(signedBy(got, secret)).toBe(true);
      expect(signedBy(got, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(false);
      expect(JSON.parse(got.body)).toEqual({
        type: 'webhook.test',
        timestamp: expect.any(String),
        data: { endpointId: endpoint.id },
      });
      expect(Math.abs(Number(got.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      const listed = await until('the delivered state', async () => {
        const page = await ok(
          t.call(t.org('ngo').secretKey, 'GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`),
          200,
        );
        const d = page.items.find((i: Json) => i.id === delivery.id);
        return d?.status === 'delivered' ? d : undefined;
      });
      expect(listed.attempts).toEqual([
        { attemptedAt: expect.any(String), statusCode: 200, durationMs: expect.any(Number), error: null },
      ]);
      const replayed = await ok(
        t.call(
          t.org('ngo').secretKey,
          'POST',
          `/v1/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/replay`,
        ),
        202,
      );
      expect(replayed.status).toBe('pending');
      await until(
        'the replay',
        () => receiver.received.filter((r) => r.headers['webhook-id'] === delivery.eventId).length === 2,
      );
      // Another organisation cannot replay it.
      await ok(
        t.call(
          t.org('ngo2').secretKey,
          'POST',
          `/v1/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/replay`,
        ),
        404,
      );
    });

    it('retries after a receiver failure (500, then 200) and delivers once', async () => {
      const { endpoint, secret } = await register('ngo', 'retry');
      let failures = 0;
      receiver.respond = (r) => (r.body.includes(endpoint.id) && failures++ === 0 ? 500 : 200);
      const delivery = await ok(
        t.call(t.org('ngo').secretKey, 'POST', `/v1/webhook-endpoints/${endpoint.id}/test`),
        202,
      );
      const done = await until('the retried delivery', async () => {
        const page = await ok(
          t.call(t.org('ngo').secretKey, 'GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`),
          200,
        );
        const d = page.items.find((i: Json) => i.id === delivery.id);
        return d?.status === 'delivered' ? d : undefined;
      });
      receiver.respond = () => 200;
      expect(done.attempts.map((a: Json) => [a.statusCode, a.error])).toEqual([
        [500, 'http_status'],
        [200, null],
      ]);
      const posts = receiver.received.filter((r) => r.headers['webhook-id'] === delivery.eventId);
      expect(posts).toHaveLength(2);
      expect(posts.every((p) => signedBy(p, secret))).toBe(true);
    });

    it('gives up after webhookMaxAttempts and marks the delivery failed', async () => {
      const { endpoint } = await register('ngo', 'down');
      receiver.respond = (r) => (r.body.includes(endpoint.id) ? 503 : 200);
      const delivery = await ok(
        t.call(t.org('ngo').secretKey, 'POST', `/v1/webhook-endpoints/${endpoint.id}/test`),
        202,
      );
      const failed = await until('the failed delivery', async () => {
        const page = await ok(
          t.call(t.org('ngo').secretKey, 'GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`),
          200,
        );
        const d = page.items.find((i: Json) => i.id === delivery.id);
        return d?.status === 'failed' ? d : undefined;
      });
      receiver.respond = () => 200;
      expect(failed.attempts.map((a: Json) => a.statusCode)).toEqual([503, 503, 503]);
      expect(failed.nextAttemptAt).toBeNull();
    });

    it('sends referral events to both parties only, with ids and status, and nothing personal', async () => {
      const ngo = await register('ngo', 'ngo-events');
      const ti = await register('training_institution', 'ti-events');
      const other = await register('ngo2', 'other-events');
      const { referral, participant } = await referredParticipant(t, ['accept', 'start', 'complete']);
      const eventsFor = (id: string) =>
        receiver.received.filter((r) => JSON.parse(r.body).data.referralId === referral && signedBy(r, id));
      await until(
        'referral events at both parties',
        () => eventsFor(ngo.secret).length === 3 && eventsFor(ti.secret).length === 3,
      );
      const types = eventsFor(ngo.secret)
        .map((r) => JSON.parse(r.body).type)
        .sort();
      expect(types).toEqual(['referral.accepted', 'referral.completed', 'referral.sent']);
      expect(eventsFor(other.secret)).toHaveLength(0);
      const accepted = JSON.parse(
        eventsFor(ti.secret).find((r) => r.body.includes('referral.accepted'))!.body,
      );
      expect(accepted.data).toEqual({
        referralId: referral,
        status: 'accepted',
        senderOrganizationId: t.org('ngo').id,
        receiverOrganizationId: t.org('training_institution').id,
      });
      // Neither the participant nor the referral's free text travels.
      for (const r of eventsFor(ti.secret)) {
        expect(r.body).not.toContain(participant);
        expect(r.body).not.toContain('tailoring');
      }
    });

    it('sends a consent withdrawal to the recording NGO and the organisation it named only', async () => {
      const ngo = await register('ngo', 'consent-ngo');
      const ti = await register('training_institution', 'consent-ti');
      const other = await register('ngo2', 'consent-other');
      const { consent, participant } = await referredParticipant(t, [], false);
      await ok(
        t.call(t.org('ngo').secretKey, 'POST', `/v1/consents/${consent}/withdraw`, {
          json: { withdrawnAt: new Date(Date.now() - 1000).toISOString() },
        }),
        200,
      );
      const withdrawn = (secret: string) =>
        receiver.received.filter((r) => r.body.includes(consent) && signedBy(r, secret));
      await until(
        'the withdrawal at both',
        () => withdrawn(ngo.secret).length === 1 && withdrawn(ti.secret).length === 1,
      );
      expect(JSON.parse(withdrawn(ti.secret)[0]!.body)).toMatchObject({
        type: 'consent.withdrawn',
        data: { consentId: consent, participantId: participant, purpose: 'sharing' },
      });
      expect(withdrawn(other.secret)).toHaveLength(0);
    });

    it('sends job_offer.published to the company, placement.started to the NGO and the company, support_request.answered to the NGO', async () => {
      const company = await register('corporate', 'company');
      const ngo = await register('ngo', 'ngo-livelihood');
      const ti = await register('training_institution', 'ti-livelihood');
      const desk = await register('government', 'desk');
      const offer = await makeOffer(t, t.org('corporate').secretKey, { title: 'Webhook offer' });
      const body = (r: { body: string }) => JSON.parse(r.body);
      const to = (secret: string, type: string) =>
        receiver.received.filter((r) => signedBy(r, secret) && body(r).type === type);
      await until('the publication', () =>
        to(company.secret, 'job_offer.published').some((r) => r.body.includes(offer.id)),
      );
      expect(
        body(to(company.secret, 'job_offer.published').find((r) => r.body.includes(offer.id))!).data,
      ).toEqual({
        jobOfferId: offer.id,
        organizationId: t.org('corporate').id,
        status: 'open',
      });

      // A placement: the NGO's referred participant with an introduction consent naming the company.
      const { participant, referral } = await referredParticipant(t, ['accept']);
      const key = t.org('ngo').secretKey;
      await ok(
        t.call(key, 'POST', '/v1/consents', {
          json: consentBody(participant, 'employer_introduction', {
            recipientOrganizationId: t.org('corporate').id,
          }),
        }),
        201,
      );
      const placement = await ok(
        t.call(key, 'POST', '/v1/placements', {
          json: {
            participantId: participant,
            referralId: referral,
            jobOfferId: offer.id,
            startDate: new Date().toISOString().slice(0, 10),
            monthlyWageNpr: 23000,
          },
        }),
        201,
        'placement',
      );
      await until(
        'the placement at both',
        () =>
          to(company.secret, 'placement.started').some((r) => r.body.includes(placement.id)) &&
          to(ngo.secret, 'placement.started').some((r) => r.body.includes(placement.id)),
      );
      const started = to(company.secret, 'placement.started').find((r) => r.body.includes(placement.id))!;
      expect(started.body).not.toContain(participant);
      expect(to(ti.secret, 'placement.started').filter((r) => r.body.includes(placement.id))).toHaveLength(0);

      // A support request answered by the desk: the NGO learns the status, never the answer's text.
      const own = (await ok(t.call(key, 'POST', '/v1/participants', { json: participantBody() }), 201)).id;
      const request = await ok(
        t.call(key, 'POST', '/v1/support-requests', {
          json: {
            toOrganizationId: t.org('government').id,
            kind: 'citizenship_documentation',
            participantId: own,
            district: 'Kathmandu',
            description: 'Needs a certificate',
          },
        }),
        201,
      );
      await ok(
        t.call(t.org('government').secretKey, 'POST', `/v1/support-requests/${request.id}/decline`, {
          json: { response: 'Outside this desk district zqanswer' },
        }),
        200,
      );
      const answered = await until('the answer', () =>
        to(ngo.secret, 'support_request.answered').find((r) => r.body.includes(request.id)),
      );
      expect(body(answered).data).toEqual({ supportRequestId: request.id, status: 'declined' });
      expect(answered.body).not.toContain('zqanswer');
      expect(to(desk.secret, 'support_request.answered')).toHaveLength(0);
    });

    it('sends nothing when the change rolls back after the outbox row was written', async () => {
      const ngo = await register('ngo', 'rollback');
      const { referral } = await referredParticipant(t, []);
      await until('the sent event', () =>
        receiver.received.some((r) => r.body.includes(referral) && signedBy(r, ngo.secret)),
      );
      // Fail the audit insert, which comes after the outbox insert in the same transaction.
      await t.registry.db.exec(`
        create or replace function fail_accept_audit() returns trigger language plpgsql as $$
        begin raise exception 'forced failure'; end $$;
        create trigger fail_accept_audit before insert on audit_log
          for each row when (new.purpose = 'referral.accept') execute function fail_accept_audit();`);
      try {
        const res = await t.call(
          t.org('training_institution').secretKey,
          'POST',
          `/v1/referrals/${referral}/accept`,
          { json: {} },
        );
        expect(res.status).not.toBe(200);
      } finally {
        await t.registry.db.exec(
          'drop trigger fail_accept_audit on audit_log; drop function fail_accept_audit();',
        );
      }
      const events = await t.registry.db.query<{ n: string }>(
        `select count(*) as n from webhook_events where type = 'referral.accepted' and payload like $1`,
        [`%${referral}%`],
      );
      expect(Number(events[0]!.n)).toBe(0);
      expect((await ok(t.call(t.org('ngo').secretKey, 'GET', `/v1/referrals/${referral}`), 200)).status).toBe(
        'sent',
      );
      // A later event is delivered, and the rolled-back one never was.
      await ok(
        t.call(t.org('training_institution').secretKey, 'POST', `/v1/referrals/${referral}/reject`, {
          json: { reason: 'Full' },
        }),
        200,
      );
      await until('the rejection', () =>
        receiver.received.some((r) => r.body.includes(referral) && r.body.includes('referral.rejected')),
      );
      expect(
        receiver.received.some((r) => r.body.includes(referral) && r.body.includes('referral.accepted')),
      ).toBe(false);
    });
  },
  { settings: SETTINGS },
);
