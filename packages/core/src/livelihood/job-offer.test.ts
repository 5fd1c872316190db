import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import { JobOfferInputSchema, JobOfferSchema } from './job-offer.js';
import { JobOfferStatus } from './job-offer-enums.js';
import { canTransitionJobOffer, JOB_OFFER_TRANSITIONS, transitionJobOffer } from './job-offer-status.js';
import { JobOfferTransitionError } from './job-offer-transition-error.js';
import { jobOfferWarnings } from './job-offer-warnings.js';
import { jobOffer } from './records.fixture.js';

describe('job offer schema', () => {
  it('accepts a complete offer', () => {
    expect(validate(JobOfferSchema, jobOffer()).ok).toBe(true);
  });

  it('refuses an inverted wage range and an expiry before posting, at the field', () => {
    const result = validate(JobOfferSchema, {
      ...jobOffer(),
      wage: { minMonthlyNpr: 30_000, maxMonthlyNpr: 25_000 },
      validThrough: '2026-01-01',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => `${i.pointer} ${i.code}`).sort()).toEqual([
        '/validThrough valid_through_before_posted',
        '/wage/maxMonthlyNpr wage_range_inverted',
      ]);
    }
  });

  it('refuses fractional rupees, zero openings, a blank description and an unknown employment type', () => {
    const { id, organizationId, createdAt, updatedAt, ...input } = jobOffer();
    const result = validate(JobOfferInputSchema, {
      ...input,
      wage: { minMonthlyNpr: 20_000.5, maxMonthlyNpr: 24_000 },
      openings: 0,
      description: '   ',
      employmentType: 'full-time',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.pointer).sort()).toEqual([
        '/description',
        '/employmentType',
        '/openings',
        '/wage/minMonthlyNpr',
      ]);
    }
  });
});

describe('jobOfferWarnings', () => {
  it('warns, without failing validation, when the lowest wage is below the minimum wage', () => {
    const low = jobOffer({ wage: { minMonthlyNpr: 15_000, maxMonthlyNpr: 20_000 }, postedOn: '2026-01-10' });
    expect(validate(JobOfferSchema, low).ok).toBe(true);
    const warnings = jobOfferWarnings(low);
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(w).toMatchObject({
      severity: 'warning',
      code: 'below_minimum_wage',
      pointer: '/wage/minMonthlyNpr',
      minimumMonthlyNpr: 19_550,
      onDate: '2026-01-10',
    });
    expect(w?.message.en).toContain('19,550');
    expect(w?.message.en).toContain('15,000');
    expect(w?.message.ne).toMatch(/[\u0900-\u097F]/);
    expect(w?.message.ne).toContain('१९,५५०');
  });

  it('applies the minimum wage in force on the posting date', () => {
    const wage = { minMonthlyNpr: 18_000, maxMonthlyNpr: 18_000 };
    const on = '2025-07-20';
    expect(jobOfferWarnings(jobOffer({ wage, postedOn: '2025-07-20' }), { on })).toEqual([]);
    expect(jobOfferWarnings(jobOffer({ wage, postedOn: '2025-07-21' }), { on })[0]?.minimumMonthlyNpr).toBe(
      19_550,
    );
    // Not posted yet: the creation date, then `options.on`.
    expect(jobOfferWarnings({ wage, createdAt: '2024-01-01T00:00:00Z' }, { on: '2024-01-01' })).toEqual([]);
    expect(jobOfferWarnings({ wage }, { on: '2024-01-01' })).toEqual([]);
    expect(jobOfferWarnings({ wage }, { on: '2026-01-01' })).toHaveLength(1);
  });

  it('warns about an offer posted before a minimum-wage rise that is still below it', () => {
    const posted = jobOffer({
      wage: { minMonthlyNpr: 18_000, maxMonthlyNpr: 18_000 },
      postedOn: '2025-01-10',
    });
    // NPR 18,000 was above the 17,300 in force when posted...
    expect(jobOfferWarnings(posted, { on: '2025-01-10' })).toEqual([]);
    // ...but the offer is below the 19,550 in force from 2025-07-21: the higher minimum is reported.
    const [w] = jobOfferWarnings(posted, { on: '2026-01-01' });
    expect(w).toMatchObject({ code: 'below_minimum_wage', minimumMonthlyNpr: 19_550, onDate: '2026-01-01' });
    expect(w?.message.en).toContain('19,550');
    expect(w?.message.en).toContain('2026-01-01');
    // By default the evaluation date is today (after the rise).
    expect(jobOfferWarnings(posted)).toEqual([expect.objectContaining({ minimumMonthlyNpr: 19_550 })]);
  });

  it('gives no warning at or above the minimum wage', () => {
    expect(jobOfferWarnings(jobOffer({ wage: { minMonthlyNpr: 19_550, maxMonthlyNpr: 19_550 } }))).toEqual(
      [],
    );
  });
});

describe('job offer status transitions', () => {
  it('opens a draft and records the posting date once', () => {
    const opened = transitionJobOffer(jobOffer({ status: 'draft', postedOn: undefined }), 'open', {
      on: '2026-02-01',
    });
    expect(opened).toMatchObject({ status: 'open', postedOn: '2026-02-01' });
    const paused = transitionJobOffer(opened, 'paused');
    const reopened = transitionJobOffer(paused, 'open', { on: '2026-03-01' });
    expect(reopened.postedOn).toBe('2026-02-01');
  });

  it('does not change its input', () => {
    const draft = jobOffer({ status: 'draft', postedOn: undefined });
    transitionJobOffer(draft, 'open', { on: '2026-02-01' });
    expect(draft.status).toBe('draft');
    expect(draft.postedOn).toBeUndefined();
  });

  it('throws a typed, bilingual error for a move that is not allowed', () => {
    const closed = jobOffer({ status: 'closed' });
    expect(() => transitionJobOffer(closed, 'open')).toThrow(JobOfferTransitionError);
    try {
      transitionJobOffer(closed, 'open');
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_job_offer_transition', from: 'closed', to: 'open' });
      expect((error as JobOfferTransitionError).localized.ne).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('allows exactly the table, and no status moves to itself', () => {
    for (const from of JobOfferStatus.values) {
      for (const to of JobOfferStatus.values) {
        expect(canTransitionJobOffer(from, to)).toBe(JOB_OFFER_TRANSITIONS[from].includes(to));
      }
      expect(canTransitionJobOffer(from, from)).toBe(false);
    }
    expect(JOB_OFFER_TRANSITIONS.closed).toEqual([]);
    expect(canTransitionJobOffer('draft', 'filled')).toBe(false);
  });
});
