import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { createRandom, generateProgramme } from '../synthetic/index.js';
import { isLocalizedError, LocalizedError } from './localized-error.js';

const DEVANAGARI = /[\u0900-\u097F]/;

/** Runs `fn` and returns what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

// One failing call per error family, through the public functions that throw them.
const failures: readonly [string, () => unknown, string][] = [
  ['MoneyError', () => core.formatNpr(12.5, 'en'), 'non_integer_amount'],
  ['InvalidBsDateError', () => core.parseBsDate('2082-13-01'), 'invalid_bs_date'],
  ['InvalidAdDateError', () => core.adToBs('2025-02-29'), 'invalid_ad_date'],
  ['CalendarRangeError', () => core.adToBs('1900-01-01'), 'calendar_out_of_range'],
  ['DistrictError', () => core.parseDistrict('Atlantis'), 'unknown_district'],
  ['ValidationError', () => core.assertValid(core.ParticipantInputSchema, {}), 'validation_failed'],
  ['LivelihoodError', () => core.retentionCheckpoints('15/01/2026'), 'invalid_date'],
  [
    'DisclosureTableError',
    () => core.suppressTable({ rows: ['a'], columns: ['x'], cells: [[-1]] }),
    'invalid_table',
  ],
  ['CatalogError', () => core.defineEnum('errors-test.empty', {}), 'empty_enumeration'],
  ['RandomChoiceError', () => createRandom(1).pick([]), 'empty_choice'],
  ['SyntheticOptionsError', () => generateProgramme({ months: 0 }), 'invalid_synthetic_options'],
];

describe('LocalizedError', () => {
  it.each(failures)(
    'is the base of %s, with its code and an English and a Nepali message',
    (name, fn, code) => {
      const error = thrown(fn);
      expect(error).toBeInstanceOf(LocalizedError);
      expect(isLocalizedError(error)).toBe(true);
      const e = error as LocalizedError;
      expect(e.name).toBe(name);
      expect(e.code).toBe(code);
      expect(e.message).toBe(e.localized.en);
      expect(e.text('en')).toBe(e.localized.en);
      expect(e.text('ne')).toMatch(DEVANAGARI);
      expect(e.text('ne')).not.toBe(e.text('en'));
    },
  );

  it('keeps the cause it is given, and sets none otherwise', () => {
    class DemoError extends LocalizedError<'demo'> {
      override readonly name = 'DemoError';
    }
    const cause = new TypeError('underlying');
    const withCause = new DemoError('demo', { en: 'Demo', ne: 'नमुना' }, { cause });
    expect(withCause.cause).toBe(cause);
    expect(withCause).toBeInstanceOf(Error);
    expect('cause' in new DemoError('demo', { en: 'Demo', ne: 'नमुना' })).toBe(false);
  });

  it('is not what plain errors are', () => {
    expect(isLocalizedError(new Error('plain'))).toBe(false);
    expect(isLocalizedError('text')).toBe(false);
  });
});
