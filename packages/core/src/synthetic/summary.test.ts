import { describe, expect, it } from 'vitest';
import { formatProgrammeSummary, programmeSummaryMessages } from './format-summary.js';
import { generateProgramme } from './generate.js';
import { summariseProgramme } from './summary.js';
import { syntheticOptionsMessages } from './synthetic-options-error.js';

// Generated once per file: the tests below only read it.
const programme = generateProgramme({ seed: 3, participants: 120, months: 18 });
const summary = summariseProgramme(programme);

describe('summariseProgramme', () => {
  it('counts every collection and every status', () => {
    expect(summary.participants.total).toBe(120);
    expect(summary.organizations.byRole).toEqual({
      ngo: 7,
      training_institution: 4,
      corporate: 11,
      government: 1,
      coordinator: 1,
    });
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(summary.referrals.byStatus)).toBe(programme.referrals.length);
    expect(sum(summary.consents.byPurpose)).toBe(programme.consents.length);
    expect(sum(summary.participants.byCurrentDistrict)).toBe(120);
    expect(sum(summary.jobOffers.byStatus)).toBe(programme.jobOffers.length);
    expect(sum(summary.enterprises.byStatus)).toBe(programme.enterprises.length);
    expect(sum(summary.supportRequests.byStatus)).toBe(programme.supportRequests.length);
    expect(summary.placements.total).toBe(programme.placements.length);
    expect(summary.followUps.total).toBe(programme.followUps.length);
    expect(summary.end).toBe('2025-07-01');
    // Districts are listed most first.
    const counts = Object.values(summary.participants.byCurrentDistrict);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(Object.keys(summary.participants.byCurrentDistrict)[0]).toBe('Kathmandu');
  });

  it('counts stories whose publication consent was withdrawn as not publishable', () => {
    const withConsent = programme.stories.filter((s) => s.publication).length;
    expect(summary.stories.publishable).toBeLessThan(withConsent);
    expect(summary.stories.publishable).toBeGreaterThan(0);
  });

  it('reports incomes that rise for most participants', () => {
    expect(summary.followUps.incomeImproved / summary.followUps.comparable).toBeGreaterThan(0.5);
    expect(summary.followUps.meanLastIncomeNpr).toBeGreaterThan(summary.followUps.meanFirstIncomeNpr);
  });
});

describe('formatProgrammeSummary', () => {
  it('prints one line per topic in English', () => {
    const text = formatProgrammeSummary(summary);
    const lines = text.split('\n');
    expect(lines).toHaveLength(Object.keys(programmeSummaryMessages.entries).length - 1);
    expect(lines[0]).toBe(
      'Synthetic programme (seed 3), 2024-01-01 to 2025-06-30, 18 months: made-up demonstration data',
    );
    expect(text).toContain(
      'Organisations: 24 (NGO 7, Training institution 4, Corporate partner 11, Government 1',
    );
    expect(text).toContain(`Participants: 120 (`);
    expect(text).toContain('Kathmandu');
  });

  it('prints Nepali with Devanagari digits', () => {
    const text = formatProgrammeSummary(summary, 'ne');
    expect(text).toContain('संस्थाहरू: २४');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('has a Nepali text for every message, different from the English', () => {
    const entries = [
      ...Object.entries(programmeSummaryMessages.entries),
      ...Object.entries(syntheticOptionsMessages.entries),
    ];
    for (const [key, text] of entries) {
      expect(text.ne, key).toMatch(/[\u0900-\u097F]/);
      expect(text.ne, key).not.toBe(text.en);
    }
  });
});
