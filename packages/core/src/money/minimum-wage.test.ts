import { describe, expect, it } from 'vitest';
import { nepal } from '../geography/nepal-data.js';
import { MINIMUM_WAGE, minimumMonthlyWageOn } from './minimum-wage.js';
import { MoneyError } from './money-error.js';

describe('MINIMUM_WAGE', () => {
  it('carries the figures of nepal-data.ts', () => {
    expect(MINIMUM_WAGE).toEqual({
      effective: '2025-07-21',
      monthly: 19550,
      monthlyBasic: 12170,
      monthlyDearnessAllowance: 7380,
      daily: 754,
      hourly: 101,
      partTimeHourly: 107,
      previous: { effective: '2023', monthly: 17300 },
    });
    expect(MINIMUM_WAGE.monthly).toBe(nepal.minimumWage.monthlyNPR);
    expect(MINIMUM_WAGE.monthlyBasic + MINIMUM_WAGE.monthlyDearnessAllowance).toBe(MINIMUM_WAGE.monthly);
    expect(Object.isFrozen(MINIMUM_WAGE)).toBe(true);
  });
});

describe('minimumMonthlyWageOn', () => {
  it.each([
    ['2025-07-21', 19550],
    ['2026-11-28', 19550],
    ['2025-07-20', 17300],
    ['2024-01-01', 17300],
  ])('on %s is %d', (date, wage) => {
    expect(minimumMonthlyWageOn(date)).toBe(wage);
  });

  it.each(['2025-7-21', '21/07/2025', '2025-07-21T00:00:00Z', '2025-02-30', ''])('rejects %j', (date) => {
    expect(() => minimumMonthlyWageOn(date)).toThrow(MoneyError);
    expect(() => minimumMonthlyWageOn(date)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
