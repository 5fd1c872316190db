import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Enrolment, Enterprise, FollowUp, Placement } from '../livelihood/index.js';
import type { Participant, Referral } from '../model/index.js';
import { generateProgramme } from '../synthetic/index.js';
import { computeIndicators, type IndicatorRecords } from './compute-indicators.js';
import { publishIndicators } from './publish-indicators.js';
import type {
  IndicatorEnrolment,
  IndicatorEnterprise,
  IndicatorFollowUp,
  IndicatorParticipant,
  IndicatorPlacement,
  IndicatorReferral,
} from './records.js';
import { assessRetraffickingRisk, type RiskInput } from './retrafficking-risk.js';

describe('the model records', () => {
  it('are assignable to the structural shapes the indicators and risk rules read', () => {
    expectTypeOf<Participant>().toExtend<IndicatorParticipant>();
    expectTypeOf<Participant>().toExtend<RiskInput['participant']>();
    expectTypeOf<FollowUp>().toExtend<IndicatorFollowUp>();
    expectTypeOf<Placement>().toExtend<IndicatorPlacement>();
    expectTypeOf<Enterprise>().toExtend<IndicatorEnterprise>();
    expectTypeOf<Enrolment>().toExtend<IndicatorEnrolment>();
    expectTypeOf<Referral>().toExtend<IndicatorReferral>();
  });
});

describe('indicators on the synthetic programme', () => {
  const programme = generateProgramme({ seed: 2026, participants: 400 });
  const records: IndicatorRecords = programme;
  const period = { from: programme.start, to: programme.end };
  const report = computeIndicators(records, { period });

  it('add up: provinces and districts sum to the total, outcomes stay within those supported', () => {
    const sum = (vs: { participantsSupported: number }[]) =>
      vs.reduce((s, v) => s + v.participantsSupported, 0);
    expect(sum(Object.values(report.byDistrict))).toBe(report.total.participantsSupported);
    expect(sum(Object.values(report.byProvince))).toBe(report.total.participantsSupported);
    const t = report.total;
    expect(t.participantsSupported).toBeGreaterThan(0);
    expect(t.participantsSupported).toBeLessThanOrEqual(programme.participants.length);
    for (const n of [t.economicallyRehabilitated, t.livingIndependently, t.reintegrated]) {
      expect(n).toBeLessThanOrEqual(t.participantsSupported);
    }
    expect(t.referrals.completed).toBeLessThanOrEqual(t.referrals.accepted);
    expect(t.referrals.accepted).toBeLessThanOrEqual(t.referrals.sent);
    expect(t.enterprisesOperating).toBeLessThanOrEqual(t.enterprisesStarted);
  });

  it('publish with every small cell withheld', () => {
    const published = publishIndicators(report);
    for (const row of published.rehabilitation.cells) {
      for (const c of row) if (!c.suppressed) expect(c.value).toBeGreaterThanOrEqual(5);
    }
  });

  it('assess the risk of every synthetic participant with explained factors', () => {
    const at = programme.end;
    const levels = new Set<string>();
    for (const participant of programme.participants.slice(0, 100)) {
      const own = <T extends { participantId: string }>(list: readonly T[]) =>
        list.filter((r) => r.participantId === participant.id);
      const result = assessRetraffickingRisk(
        {
          participant,
          followUps: own(programme.followUps),
          placements: own(programme.placements),
          enterprises: own(programme.enterprises),
        },
        { at },
      );
      levels.add(result.level);
      expect(result.score).toBe(result.factors.reduce((s, f) => s + f.weight, 0));
    }
    expect(levels.size).toBeGreaterThan(1);
  });
});
