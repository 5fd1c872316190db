import { describe, expect, it } from 'vitest';
import type { IndicatorFollowUp, IndicatorPlacement } from './records.js';
import { assessRetraffickingRisk, type RiskInput } from './retrafficking-risk.js';
import { RETRAFFICKING_RISK_RULES, RiskFactor } from './risk-rules.js';

const AT = '2026-11-28';
const participant = {
  id: 'pt_0123456789ab',
  createdAt: '2026-01-10T08:00:00Z',
  citizenshipCertificate: { status: 'yes' as const },
  shelterStatus: 'with_family',
};
const followUp = (
  date: string,
  income: number,
  extra: Partial<IndicatorFollowUp> = {},
): IndicatorFollowUp => ({
  id: `fu_${date.replaceAll('-', '')}aa`,
  participantId: participant.id,
  date,
  monthlyIncomeNpr: income,
  livingIndependently: true,
  reintegratedWithFamily: true,
  inShelter: false,
  ...extra,
});
const codes = (input: RiskInput, at = AT) =>
  assessRetraffickingRisk(input, { at }).factors.map((f) => f.code);

describe('assessRetraffickingRisk', () => {
  it('is low for a followed-up participant with a sustainable income', () => {
    const result = assessRetraffickingRisk(
      { participant, followUps: [followUp('2026-11-01', 25_000)] },
      { at: AT },
    );
    expect(result).toMatchObject({ level: 'low', score: 0, factors: [], incomeThresholdNpr: 19_550 });
  });

  it('explains each factor with its code, texts, weight and source, heaviest first', () => {
    const result = assessRetraffickingRisk(
      {
        participant: { ...participant, citizenshipCertificate: { status: 'no' } },
        followUps: [followUp('2026-10-15', 8_000)],
        concerns: [{ kind: 'debt', observedOn: '2026-11-01', recordId: 'nda_0123456789' }],
      },
      { at: AT },
    );
    expect(result.level).toBe('high');
    expect(result.score).toBe(8);
    expect(result.factors).toEqual([
      {
        code: 'no_sustainable_income',
        weight: 3,
        text: RiskFactor.labels.localized('no_sustainable_income'),
        source: { record: 'followUp', id: 'fu_20261015aa', fields: ['monthlyIncomeNpr'], date: '2026-10-15' },
      },
      {
        code: 'debt',
        weight: 3,
        text: { en: 'Debt', ne: 'ऋण' },
        source: {
          record: 'concern',
          id: 'nda_0123456789',
          fields: ['kind', 'observedOn'],
          date: '2026-11-01',
        },
      },
      {
        code: 'no_citizenship_certificate',
        weight: 2,
        text: RiskFactor.labels.localized('no_citizenship_certificate'),
        source: { record: 'participant', id: participant.id, fields: ['citizenshipCertificate.status'] },
      },
    ]);
    // Never a personal value: the income itself does not appear.
    expect(JSON.stringify(result)).not.toContain('8000');
  });

  it('makes recent exploitation alone high, and forgets concerns older than the window', () => {
    const income = [followUp('2026-11-01', 25_000)];
    const recent = { kind: 'recent_exploitation' as const, observedOn: '2026-09-01' };
    expect(
      assessRetraffickingRisk({ participant, followUps: income, concerns: [recent] }, { at: AT }).level,
    ).toBe('high');
    const old = { ...recent, observedOn: '2026-04-01' };
    expect(codes({ participant, followUps: income, concerns: [old] })).toEqual([]);
    expect(
      assessRetraffickingRisk(
        { participant, followUps: income, concerns: [old] },
        { at: AT, recentMonths: 12 },
      ).level,
    ).toBe('high');
  });

  it('counts income from a current placement or an earning enterprise as sustainable', () => {
    const placement: IndicatorPlacement = {
      participantId: participant.id,
      startDate: '2026-06-01',
      monthlyWageNpr: 20_000,
      retention: [],
    };
    const poor = [followUp('2026-11-01', 5_000)];
    expect(codes({ participant, followUps: poor, placements: [placement] })).toEqual([]);
    expect(
      codes({ participant, followUps: poor, placements: [{ ...placement, endedOn: '2026-10-01' }] }),
    ).toEqual(['no_sustainable_income', 'job_lost']);
    const enterprise = {
      participantId: participant.id,
      startDate: '2026-03-01',
      status: 'operating' as const,
      monthlyRecords: [{ month: '2026-10', revenueNpr: 60_000, profitNpr: 22_000 }],
    };
    expect(codes({ participant, followUps: poor, enterprises: [enterprise] })).toEqual([]);
    expect(
      codes({ participant, followUps: poor, enterprises: [{ ...enterprise, status: 'closed' }] }),
    ).toEqual(['no_sustainable_income', 'enterprise_struggling']);
  });

  it('flags a missing follow-up only once the gap has passed since registration', () => {
    expect(codes({ participant: { ...participant, createdAt: '2026-10-01T00:00:00Z' } })).toEqual([
      'no_sustainable_income',
    ]);
    expect(codes({ participant })).toEqual(['no_sustainable_income', 'no_recent_follow_up']);
    expect(codes({ participant, followUps: [followUp('2026-07-01', 25_000)] })).toEqual([
      'no_recent_follow_up',
    ]);
  });

  it('reads scores, housing, citizenship in process and past debt bondage', () => {
    const input: RiskInput = {
      participant: {
        ...participant,
        citizenshipCertificate: { status: 'in_process' },
        shelterStatus: 'no_stable_housing',
        exploitationHistory: { methodsOfControl: ['debt_bondage'] },
      },
      followUps: [followUp('2026-11-01', 25_000, { socialScore: 2, psychosocialScore: 1 })],
    };
    expect(new Set(codes(input))).toEqual(
      new Set([
        'social_rejection',
        'no_stable_housing',
        'citizenship_in_process',
        'past_debt_bondage',
        'low_psychosocial_wellbeing',
      ]),
    );
    expect(assessRetraffickingRisk(input, { at: AT })).toMatchObject({ level: 'high', score: 7 });
  });

  it('ignores records dated after the assessment day', () => {
    const input: RiskInput = { participant, followUps: [followUp('2026-12-01', 25_000)] };
    expect(codes(input)).toEqual(['no_sustainable_income', 'no_recent_follow_up']);
  });

  it('has one rule per factor code, with positive weights', () => {
    expect(RETRAFFICKING_RISK_RULES.map((r) => r.code).sort()).toEqual([...RiskFactor.values].sort());
    for (const rule of RETRAFFICKING_RISK_RULES) expect(rule.weight).toBeGreaterThan(0);
  });
});
