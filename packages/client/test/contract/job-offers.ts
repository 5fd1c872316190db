/** Contract scenarios: job offers (the public list, the machine, JSON-LD) and placements. */
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../src/index.js';
import type { BodyOf } from '../../src/resources/types.js';
import { consentInput, participantInput } from './inputs.fixture.js';
import { clientFor, org, secretClient } from './setup.fixture.js';

const offerInput = (over: Partial<BodyOf<'createJobOffer'>> = {}): BodyOf<'createJobOffer'> => ({
  title: 'Contract kitchen assistant',
  description: 'Helps the chefs of a hotel kitchen.',
  trade: 'hospitality_cooking',
  skills: ['food hygiene'],
  district: 'Kaski',
  employmentType: 'FULL_TIME',
  wage: { minMonthlyNpr: 21000, maxMonthlyNpr: 25000 },
  openings: 2,
  trainingProvided: true,
  accommodationProvided: false,
  transportProvided: false,
  ...over,
});

/** The first day of the month `months` months ago. */
const monthsAgo = (months: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

export function jobOfferScenarios(): void {
  describe('job offers', () => {
    it('drafts, edits, publishes, pauses and closes; an invalid move is a ConflictError', async () => {
      const company = secretClient('corporate');
      const draft = await company.jobOffers.create(
        offerInput({ wage: { minMonthlyNpr: 9000, maxMonthlyNpr: 9000 } }),
      );
      expect(draft.status).toBe('draft');
      expect(draft.warnings[0]?.code).toBe('below_minimum_wage');
      const edited = await company.jobOffers.update(draft.id, {
        wage: { minMonthlyNpr: 22000, maxMonthlyNpr: 24000 },
      });
      expect(edited.warnings).toEqual([]);
      await expect(company.jobOffers.pause(draft.id)).rejects.toBeInstanceOf(ConflictError);
      expect((await company.jobOffers.publish(draft.id)).status).toBe('open');
      expect((await company.jobOffers.pause(draft.id)).status).toBe('paused');
      expect((await company.jobOffers.close(draft.id)).status).toBe('closed');
      const error = await company.jobOffers.publish(draft.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).code).toBe('invalid-transition');
    });

    it('lists open offers publicly with filters and search, and serves JSON-LD', async () => {
      const company = secretClient('corporate');
      const word = `zqcontract${Date.now().toString(36).replace(/\d/g, 'x')}`;
      const open = await company.jobOffers.create(offerInput({ title: `Cook ${word}` }));
      await company.jobOffers.publish(open.id);
      const widget = clientFor({ publishableKey: org('corporate').publishableKey });
      const found = await widget.jobOffers
        .list({ q: word, district: 'Kaski', sort: 'closing', limit: 1 })
        .toArray({ limit: 100 });
      expect(found.map((o) => o.id)).toEqual([open.id]);
      expect((await widget.jobOffers.get(open.id)).title).toBe(`Cook ${word}`);
      const posting = await widget.jobOffers.jobPosting(open.id);
      expect(posting).toMatchObject({ '@type': 'JobPosting', title: `Cook ${word}` });
      const ngo = secretClient('ngo');
      expect((await ngo.jobOffers.list({ q: word }).toArray({ limit: 100 })).length).toBe(1);
      await expect(
        clientFor({ publishableKey: org('ngo').publishableKey }).jobOffers.get(open.id),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('placements', () => {
    it('records a placement under an employer-introduction consent; the company sees it pseudonymously', async () => {
      const company = secretClient('corporate');
      const offer = await company.jobOffers.create(offerInput());
      await company.jobOffers.publish(offer.id);
      const ngo = secretClient('ngo2');
      const training = secretClient('training_institution');
      const participant = await ngo.participants.create(participantInput);
      await ngo.consents.create(
        consentInput(participant.id, {
          purpose: 'sharing',
          recipientOrganizationId: org('training_institution').id,
          scope: ['profile'],
        } as never),
      );
      const referral = await ngo.referrals.create({
        participantId: participant.id,
        toOrganizationId: org('training_institution').id,
        serviceType: 'vocational_training',
        reason: 'Cooking course',
      });
      await ngo.referrals.send(referral.id);
      await training.referrals.accept(referral.id);
      const input = {
        participantId: participant.id,
        referralId: referral.id,
        jobOfferId: offer.id,
        startDate: monthsAgo(2),
        monthlyWageNpr: 22000,
      };
      const refused = await ngo.placements.create(input).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).code).toBe('consent-required');
      await ngo.consents.create(
        consentInput(participant.id, {
          purpose: 'employer_introduction',
          recipientOrganizationId: org('corporate').id,
        } as never),
      );
      const placement = await ngo.placements.create(input);
      expect(placement).toMatchObject({ participantId: participant.id, referralId: referral.id });
      const seen = await company.placements.get(placement.id);
      expect(seen).not.toHaveProperty('participantId');
      expect(seen.placementCode).toMatch(/^PLC-/);
      const checked = await company.placements.recordRetentionCheck(placement.id, {
        month: 1,
        retained: true,
      });
      expect(checked.retention[0]?.status).toBe('retained');
      const mine = await ngo.placements.list({ participantId: participant.id }).toArray({ limit: 100 });
      expect(mine.map((p) => p.id)).toEqual([placement.id]);
      const theirs = await company.placements.list({ jobOfferId: offer.id }).toArray({ limit: 100 });
      expect(JSON.stringify(theirs)).not.toContain(participant.id);
    });
  });
}
