import { describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorRecords } from './compute-indicators.js';
import { isEconomicallyRehabilitated } from './economic-rehabilitation.js';
import type { IndicatorFollowUp, IndicatorParticipant } from './records.js';

const person = (id: string, district: IndicatorParticipant['currentDistrict'], createdOn: string) => ({
  id,
  currentDistrict: district,
  originDistrict: 'Sindhupalchok' as const,
  createdAt: `${createdOn}T08:00:00Z`,
});
const fu = (
  participantId: string,
  date: string,
  income: number,
  independent: boolean,
  reintegrated: boolean,
) =>
  ({
    participantId,
    date,
    monthlyIncomeNpr: income,
    livingIndependently: independent,
    reintegratedWithFamily: reintegrated,
    inShelter: false,
  }) satisfies IndicatorFollowUp;

/** Six participants with known answers (see each comment). */
const records: IndicatorRecords = {
  participants: [
    person('pt_aaaaaaaaaa', 'Sindhupalchok', '2026-02-01'), // income sustained 3.5 months
    person('pt_bbbbbbbbbb', 'Sindhupalchok', '2025-05-01'), // a job since March
    person('pt_cccccccccc', 'Kathmandu', '2026-03-10'), // low income, enterprise closed
    person('pt_dddddddddd', 'Jhapa', '2024-01-01'), // nothing in the period but a retention checkpoint
    person('pt_eeeeeeeeee', 'Jhapa', '2027-02-01'), // registered after the period
    person('pt_ffffffffff', 'Jhapa', '2026-05-01'), // a profitable enterprise
  ],
  followUps: [
    fu('pt_aaaaaaaaaa', '2026-06-01', 21_000, true, true),
    fu('pt_aaaaaaaaaa', '2026-09-15', 25_000, true, false),
    fu('pt_cccccccccc', '2026-11-01', 5_000, false, true),
    fu('pt_eeeeeeeeee', '2027-03-01', 30_000, true, true),
  ],
  placements: [
    {
      participantId: 'pt_bbbbbbbbbb',
      startDate: '2026-03-01',
      monthlyWageNpr: 22_000,
      retention: [
        { month: 1, dueOn: '2026-04-01', status: 'retained' },
        { month: 3, dueOn: '2026-06-01', status: 'retained' },
        { month: 6, dueOn: '2026-09-01', status: 'retained' },
        { month: 12, dueOn: '2027-03-01', status: 'pending' },
      ],
    },
    {
      participantId: 'pt_dddddddddd',
      startDate: '2025-02-01',
      endedOn: '2025-12-01',
      monthlyWageNpr: 18_000,
      retention: [{ month: 12, dueOn: '2026-02-01', status: 'not_retained' }],
    },
  ],
  enterprises: [
    {
      participantId: 'pt_cccccccccc',
      startDate: '2026-04-01',
      status: 'closed',
      seedSupport: { grantNpr: 30_000, inKind: [{ valueNpr: 5_000 }, {}], providedOn: '2026-04-01' },
      monthlyRecords: [],
    },
    {
      participantId: 'pt_ffffffffff',
      startDate: '2026-05-01',
      status: 'operating',
      seedSupport: { grantNpr: 40_000, inKind: [] },
      monthlyRecords: ['2026-09', '2026-10', '2026-11', '2026-12'].map((month) => ({
        month,
        revenueNpr: 50_000,
        profitNpr: 20_000,
      })),
    },
  ],
  enrolments: [
    {
      participantId: 'pt_cccccccccc',
      enrolledOn: '2026-04-01',
      status: 'completed',
      completedOn: '2026-06-30',
    },
    { participantId: 'pt_aaaaaaaaaa', enrolledOn: '2026-04-01', status: 'dropped_out' },
  ],
  referrals: [
    {
      participantId: 'pt_cccccccccc',
      status: 'completed',
      sentAt: '2026-03-11T10:00:00Z',
      acceptedAt: '2026-03-13T10:00:00Z',
      completedAt: '2026-05-01T10:00:00Z',
    },
    {
      participantId: 'pt_ffffffffff',
      status: 'accepted',
      sentAt: '2026-06-01T00:00:00Z',
      acceptedAt: '2026-06-05T12:00:00Z',
    },
    { participantId: 'pt_ffffffffff', status: 'sent', sentAt: '2026-07-01T00:00:00Z' },
    { participantId: 'pt_dddddddddd', status: 'rejected', sentAt: '2025-12-30T00:00:00Z' },
  ],
};

const period = { from: '2026-01-01', to: '2026-12-31' };
const report = computeIndicators(records, { period, incomeThresholdNpr: 20_000 });

describe('computeIndicators', () => {
  it('computes the programme totals with known answers', () => {
    expect(report.total).toEqual({
      participantsSupported: 4,
      economicallyRehabilitated: 3,
      livingIndependently: 1,
      reintegrated: 1,
      retention: {
        3: { due: 1, retained: 1, notRetained: 0, pending: 0 },
        6: { due: 1, retained: 1, notRetained: 0, pending: 0 },
        12: { due: 1, retained: 0, notRetained: 1, pending: 0 },
      },
      enterprisesStarted: 2,
      enterprisesOperating: 1,
      trainingsCompleted: 1,
      referrals: { sent: 3, accepted: 2, completed: 1, medianDaysToAccept: 3.3 },
      seedFunding: {
        enterprisesSeeded: 2,
        totalNpr: 75_000,
        seededOperating: 1,
        seededOwnersRehabilitated: 1,
      },
    });
  });

  it('splits by district and rolls districts up into provinces', () => {
    expect(Object.keys(report.byDistrict).sort()).toEqual(['Jhapa', 'Kathmandu', 'Sindhupalchok']);
    expect(report.byDistrict.Sindhupalchok).toMatchObject({
      participantsSupported: 2,
      economicallyRehabilitated: 2,
      livingIndependently: 1,
      reintegrated: 0,
    });
    expect(report.byDistrict.Jhapa?.retention[12]).toEqual({
      due: 1,
      retained: 0,
      notRetained: 1,
      pending: 0,
    });
    expect(report.byProvince['NP-P3']?.participantsSupported).toBe(3);
    expect(report.byProvince['NP-P1']?.participantsSupported).toBe(1);
    expect(report.byProvince['NP-P3']?.referrals.medianDaysToAccept).toBe(2);
  });

  it('uses the minimum wage in force at the end of the period by default, and the origin district on request', () => {
    const byOrigin = computeIndicators(records, { period, districtField: 'originDistrict' });
    expect(byOrigin.incomeThresholdNpr).toBe(19_550);
    expect(byOrigin.sustainedMonths).toBe(3);
    expect(Object.keys(byOrigin.byDistrict)).toEqual(['Sindhupalchok']);
    expect(byOrigin.total.participantsSupported).toBe(4);
  });

  it('depends on the period', () => {
    const early = computeIndicators(records, {
      period: { from: '2026-01-01', to: '2026-03-31' },
      incomeThresholdNpr: 20_000,
    });
    expect(early.total.participantsSupported).toBe(3); // A and C registered, B's job started
    expect(early.total.economicallyRehabilitated).toBe(0);
    expect(early.total.referrals).toEqual({ sent: 1, accepted: 1, completed: 0, medianDaysToAccept: 2 });
  });
});

describe('isEconomicallyRehabilitated', () => {
  const rule = { incomeThresholdNpr: 20_000, sustainedMonths: 3 };
  it('needs the income sustained for the whole span, without a dip', () => {
    const fus = [
      { date: '2026-01-01', monthlyIncomeNpr: 25_000 },
      { date: '2026-03-01', monthlyIncomeNpr: 15_000 },
      { date: '2026-05-01', monthlyIncomeNpr: 25_000 },
      { date: '2026-07-15', monthlyIncomeNpr: 25_000 },
    ];
    expect(isEconomicallyRehabilitated({ followUps: fus }, '2026-07-31', rule)).toBe(false);
    expect(
      isEconomicallyRehabilitated({ followUps: fus }, '2026-07-31', { ...rule, sustainedMonths: 2 }),
    ).toBe(true);
  });

  it('needs an enterprise to have consecutive profitable months', () => {
    const enterprise = {
      startDate: '2026-01-01',
      status: 'operating' as const,
      monthlyRecords: ['2026-03', '2026-05', '2026-06'].map((month) => ({
        month,
        revenueNpr: 1,
        profitNpr: 30_000,
      })),
    };
    expect(isEconomicallyRehabilitated({ enterprises: [enterprise] }, '2026-06-30', rule)).toBe(false);
    const steady = {
      ...enterprise,
      monthlyRecords: [...enterprise.monthlyRecords, { month: '2026-04', revenueNpr: 1, profitNpr: 30_000 }],
    };
    expect(isEconomicallyRehabilitated({ enterprises: [steady] }, '2026-06-30', rule)).toBe(true);
  });

  it('does not count a job that ended or began too recently', () => {
    const job = { startDate: '2026-05-01', monthlyWageNpr: 25_000 };
    expect(isEconomicallyRehabilitated({ placements: [job] }, '2026-07-31', rule)).toBe(false);
    expect(isEconomicallyRehabilitated({ placements: [job] }, '2026-08-01', rule)).toBe(true);
    expect(
      isEconomicallyRehabilitated({ placements: [{ ...job, endedOn: '2026-07-01' }] }, '2026-08-01', rule),
    ).toBe(false);
  });
});
