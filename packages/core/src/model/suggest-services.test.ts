import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsAssessmentArb } from './arbitraries.fixture.js';
import { DOMAIN_SERVICES, suggestServices } from './index.js';

describe('suggestServices', () => {
  it('suggests nothing without a need', () => {
    expect(suggestServices({ domains: [{ domain: 'housing', needLevel: 'none' }] })).toEqual([]);
  });

  it('suggests the first service from a low need and all from moderate on, with the domain and a reason', () => {
    const low = suggestServices({ domains: [{ domain: 'livelihood_and_income', needLevel: 'low' }] });
    expect(low.map((s) => s.serviceType)).toEqual(['job_placement']);
    const high = suggestServices({ domains: [{ domain: 'livelihood_and_income', needLevel: 'high' }] });
    expect(high.map((s) => s.serviceType)).toEqual([
      'job_placement',
      'enterprise_support',
      'financial_literacy',
    ]);
    expect(high[0]).toMatchObject({ domain: 'livelihood_and_income', needLevel: 'high' });
    expect(high[0]?.reason).toEqual({
      en: 'High need in Livelihood and income',
      ne: 'जीविकोपार्जन तथा आयमा उच्च आवश्यकता',
    });
  });

  it('lists each service once, for its most pressing domain, most urgent first', () => {
    const s = suggestServices({
      domains: [
        { domain: 'housing', needLevel: 'moderate' },
        { domain: 'psychosocial_wellbeing', needLevel: 'moderate' },
        { domain: 'safety', needLevel: 'urgent' },
      ],
    });
    expect(s.map((x) => [x.serviceType, x.domain, x.needLevel])).toEqual([
      ['shelter', 'safety', 'urgent'],
      ['counselling', 'safety', 'urgent'],
      ['legal_aid', 'safety', 'urgent'],
    ]);
  });

  it('only ever suggests services mapped from a domain with a need', () => {
    fc.assert(
      fc.property(needsAssessmentArb, (a) => {
        const s = suggestServices(a);
        expect(new Set(s.map((x) => x.serviceType)).size).toBe(s.length);
        for (const x of s) {
          const entry = a.domains.find((d) => d.domain === x.domain);
          expect(entry?.needLevel).toBe(x.needLevel);
          expect(x.needLevel).not.toBe('none');
          expect(DOMAIN_SERVICES[x.domain]).toContain(x.serviceType);
        }
      }),
    );
  });
});
