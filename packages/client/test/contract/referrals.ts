/** Contract scenarios: referrals and every transition, with their errors. */
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../src/index.js';
import { consentInput, participantInput } from './inputs.fixture.js';
import { org, secretClient } from './setup.fixture.js';

/** A participant of the second NGO with a sharing consent naming the training institution. */
async function referable() {
  const ngo = secretClient('ngo2');
  const participant = await ngo.participants.create(participantInput);
  await ngo.consents.create(
    consentInput(participant.id, {
      purpose: 'sharing',
      recipientOrganizationId: org('training_institution').id,
      scope: ['profile'],
    } as never),
  );
  const draft = () =>
    ngo.referrals.create({
      participantId: participant.id,
      toOrganizationId: org('training_institution').id,
      serviceType: 'vocational_training',
      reason: 'Tailoring course',
    });
  return { ngo, participant, draft };
}

export function referralScenarios(): void {
  describe('referrals', () => {
    it('goes draft → sent → accepted → in progress → completed (closed loop)', async () => {
      const { ngo, draft } = await referable();
      const training = secretClient('training_institution');
      const created = await draft();
      expect(created.status).toBe('draft');
      expect((await ngo.referrals.send(created.id)).status).toBe('sent');
      const inbox = await training.referrals
        .list({ status: 'sent', direction: 'received' })
        .toArray({ limit: 100 });
      expect(inbox.map((r) => r.id)).toContain(created.id);
      expect((await training.referrals.accept(created.id)).status).toBe('accepted');
      expect((await training.referrals.start(created.id)).status).toBe('in_progress');
      const done = await training.referrals.complete(created.id, {
        outcome: { result: 'service_delivered' },
      });
      expect(done.status).toBe('completed');
      await expect(ngo.referrals.get(created.id)).resolves.toMatchObject({ status: 'completed' });
    });

    it('rejects with a reason, cancels and revokes', async () => {
      const { ngo, draft } = await referable();
      const training = secretClient('training_institution');
      const a = await draft();
      await ngo.referrals.send(a.id);
      expect((await training.referrals.reject(a.id, { reason: 'No places in this cohort' })).status).toBe(
        'rejected',
      );
      const b = await draft();
      expect((await ngo.referrals.cancel(b.id, { reason: 'Participant moved district' })).status).toBe(
        'cancelled',
      );
      const c = await draft();
      await ngo.referrals.send(c.id);
      expect((await ngo.referrals.revoke(c.id, { reason: 'Consent withdrawn' })).status).toBe('revoked');
    });

    it('answers an illegal transition and a missing consent with typed conflicts', async () => {
      const { ngo, draft } = await referable();
      const created = await draft();
      const illegal = await secretClient('training_institution')
        .referrals.start(created.id)
        .catch((e: unknown) => e);
      // The receiver does not see a draft at all.
      expect(illegal).toBeInstanceOf(NotFoundError);
      await ngo.referrals.send(created.id);
      const twice = await ngo.referrals.send(created.id).catch((e: unknown) => e);
      expect(twice).toBeInstanceOf(ConflictError);
      expect((twice as ConflictError).code).toBe('invalid-transition');

      const bare = await ngo.participants.create(participantInput);
      const unconsented = await ngo.referrals.create({
        participantId: bare.id,
        toOrganizationId: org('training_institution').id,
        serviceType: 'vocational_training',
        reason: 'Computer course',
      });
      const refused = await ngo.referrals.send(unconsented.id).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).code).toBe('consent-required');
      expect((refused as ConflictError).problem?.errors?.[0]?.message.ne).toMatch(/[\u0900-\u097F]/);
    });

    it('pages through referrals with an opaque cursor', async () => {
      const ngo = secretClient('ngo');
      const all = await ngo.referrals.list().toArray({ limit: 1000 });
      const paged = await ngo.referrals.list({ limit: 1 }).toArray({ limit: 1000 });
      expect(paged.map((r) => r.id)).toEqual(all.map((r) => r.id));
      expect(all.length).toBeGreaterThanOrEqual(3);
    });
  });
}
