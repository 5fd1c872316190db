import { describe, expect, it } from 'vitest';
import { addMonths, todayIso } from './dates.js';

describe('todayIso', () => {
  it("gives Nepal's date (UTC+05:45), not the UTC date", () => {
    // 20:00 UTC on 31 December is 01:45 on 1 January in Kathmandu.
    expect(todayIso(new Date('2025-12-31T20:00:00Z'))).toBe('2026-01-01');
    // The day changes in Nepal at 18:15 UTC.
    expect(todayIso(new Date('2026-03-01T18:14:59Z'))).toBe('2026-03-01');
    expect(todayIso(new Date('2026-03-01T18:15:00Z'))).toBe('2026-03-02');
    // Just after midnight in Nepal is still the previous day in UTC.
    expect(todayIso(new Date('2026-03-01T00:00:00+05:45'))).toBe('2026-03-01');
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
