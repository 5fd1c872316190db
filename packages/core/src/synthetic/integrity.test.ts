import { describe, expect, it } from 'vitest';
import { consentCovers, type Organization } from '../model/index.js';
import { generateProgramme } from './generate.js';

// Generated once per file: the tests below only read it.
const p = generateProgramme({ seed: 11 });

const orgs = new Map(p.organizations.map((o) => [o.id, o]));
const people = new Map(p.participants.map((x) => [x.id, x]));
const users = new Set(p.users.map((u) => u.id));
const consents = new Map(p.consents.map((c) => [c.id, c]));
const referrals = new Map(p.referrals.map((r) => [r.id, r]));
const followUps = new Map(p.followUps.map((f) => [f.id, f]));
const assessments = new Map(p.needsAssessments.map((a) => [a.id, a]));
const plans = new Map(p.livelihoodPlans.map((x) => [x.id, x]));
const offers = new Map(p.jobOffers.map((o) => [o.id, o]));
const courses = new Map(p.trainingProgrammes.map((c) => [c.id, c]));

function role(id: string | undefined): Organization['role'] | undefined {
  return id === undefined ? undefined : orgs.get(id)?.role;
}

/** The NGO that registered the participant. */
function ngoOf(participantId: string): string | undefined {
  return people.get(participantId)?.organizationId;
}

describe('the synthetic programme is referentially whole', () => {
  it('links participants, consents, assessments and plans', () => {
    for (const x of p.participants) expect(role(x.organizationId)).toBe('ngo');
    for (const c of p.consents) {
      expect(c.organizationId).toBe(ngoOf(c.participantId));
      if (c.recipientOrganizationId !== undefined) expect(orgs.has(c.recipientOrganizationId)).toBe(true);
      if (c.override) expect(users.has(c.override.userId)).toBe(true);
    }
    for (const a of p.needsAssessments) {
      expect(a.organizationId).toBe(ngoOf(a.participantId));
      expect(users.has(a.assessedByUserId ?? '')).toBe(true);
    }
    for (const plan of p.livelihoodPlans) {
      expect(plan.organizationId).toBe(ngoOf(plan.participantId));
      expect(assessments.get(plan.needsAssessmentId ?? '')?.participantId).toBe(plan.participantId);
      for (const a of plan.actions) {
        expect(orgs.has(a.responsibleOrganizationId)).toBe(true);
        if (a.referralId !== undefined)
          expect(referrals.get(a.referralId)?.participantId).toBe(plan.participantId);
      }
      for (const r of plan.reviews)
        expect(followUps.get(r.followUpId ?? '')?.participantId).toBe(plan.participantId);
    }
  });

  it('sends referrals only under a covering consent or a recorded override, never to a corporate', () => {
    let covered = 0;
    for (const r of p.referrals) {
      expect(r.fromOrganizationId).toBe(ngoOf(r.participantId));
      expect(['ngo', 'training_institution']).toContain(role(r.toOrganizationId));
      expect(assessments.get(r.needsAssessmentId ?? '')?.participantId).toBe(r.participantId);
      if (r.livelihoodPlanId !== undefined)
        expect(plans.get(r.livelihoodPlanId)?.participantId).toBe(r.participantId);
      if (r.sentAt === undefined) continue;
      if (r.consentOverride) {
        expect(users.has(r.consentOverride.userId)).toBe(true);
        continue;
      }
      // The consent the referral names must itself cover the disclosure at the moment it was sent.
      const internal = r.fromOrganizationId === r.toOrganizationId;
      const consent = consents.get(r.consentId ?? '');
      expect(consent?.participantId).toBe(r.participantId);
      const answer = consentCovers({
        participantId: r.participantId,
        consents: consent ? [consent] : [],
        purpose: internal ? 'services' : 'sharing',
        organizationId: r.toOrganizationId,
        at: r.sentAt,
      });
      expect(answer).toMatchObject({ covered: true, consentId: r.consentId });
      covered++;
    }
    expect(covered).toBeGreaterThan(p.referrals.length / 2);
    // A revoked referral's sharing consent was withdrawn.
    for (const r of p.referrals.filter((x) => x.status === 'revoked'))
      expect(consents.get(r.consentId ?? '')?.withdrawnAt).toBeDefined();
  });

  it('links deliveries, courses, enrolments, offers, placements and enterprises', () => {
    for (const d of p.serviceDeliveries) {
      const r = referrals.get(d.referralId ?? '');
      expect(r?.participantId).toBe(d.participantId);
      expect(d.organizationId).toBe(r?.toOrganizationId);
    }
    for (const c of p.trainingProgrammes) {
      expect(role(c.providerOrganizationId)).toBe('training_institution');
      for (const f of c.funders) expect(orgs.has(f.organizationId ?? '')).toBe(true);
    }
    for (const e of p.enrolments) {
      const course = courses.get(e.programmeId);
      expect(course).toBeDefined();
      expect(people.has(e.participantId)).toBe(true);
      expect(referrals.get(e.referralId ?? '')?.toOrganizationId).toBe(course?.providerOrganizationId);
    }
    for (const o of p.jobOffers) expect(role(o.organizationId)).toBe('corporate');
    for (const x of p.placements) {
      const offer = offers.get(x.jobOfferId);
      expect(offer?.postedOn !== undefined && offer.postedOn <= x.startDate).toBe(true);
      expect(x.organizationId).toBe(ngoOf(x.participantId));
      const introduction = consents.get(x.introductionConsentId ?? '');
      expect(introduction?.participantId).toBe(x.participantId);
      const intro = consentCovers({
        participantId: x.participantId,
        consents: introduction ? [introduction] : [],
        purpose: 'employer_introduction',
        organizationId: offer?.organizationId ?? '',
        at: `${x.startDate}T00:00:00Z`,
      });
      expect(intro).toMatchObject({ covered: true, consentId: x.introductionConsentId });
    }
    for (const e of p.enterprises) {
      expect(e.organizationId).toBe(ngoOf(e.participantId));
      expect(orgs.has(e.seedSupport?.funderOrganizationId ?? '')).toBe(true);
      for (const m of e.marketLinkages) expect(role(m.buyerOrganizationId)).toBe('corporate');
    }
  });

  it('links follow-ups, stories and support requests', () => {
    for (const f of p.followUps) expect(f.organizationId).toBe(ngoOf(f.participantId));
    for (const s of p.stories) {
      expect(s.organizationId).toBe(ngoOf(s.participantId));
      if (s.publication) {
        const c = consents.get(s.publication.consentId);
        expect(c).toMatchObject({ purpose: 'publication', participantId: s.participantId });
      }
    }
    for (const r of p.supportRequests) {
      expect(role(r.toOrganizationId)).toBe('government');
      expect(role(r.organizationId)).toBe('ngo');
      if (r.participantId !== undefined) expect(people.has(r.participantId)).toBe(true);
    }
  });

  it('records nothing about a participant before their registration', () => {
    const collections = [
      p.consents,
      p.needsAssessments,
      p.livelihoodPlans,
      p.referrals,
      p.serviceDeliveries,
      p.enrolments,
      p.placements,
      p.enterprises,
      p.followUps,
      p.stories,
    ];
    for (const records of collections)
      for (const r of records as readonly { id: string; participantId: string; createdAt: string }[]) {
        const registered = people.get(r.participantId)?.createdAt ?? '';
        expect(r.createdAt >= registered, r.id).toBe(true);
      }
  });

  it('shows incomes improving for most participants followed up more than once', () => {
    const byPerson = new Map<string, number[]>();
    for (const f of p.followUps)
      byPerson.set(f.participantId, [...(byPerson.get(f.participantId) ?? []), f.monthlyIncomeNpr]);
    const series = [...byPerson.values()].filter((s) => s.length >= 2);
    const improved = series.filter((s) => (s.at(-1) ?? 0) > (s[0] ?? 0));
    expect(improved.length / series.length).toBeGreaterThan(0.5);
  });
});
