import { PROVINCES, provinceName } from '@nayabato/core';
import { describe, expect, it } from 'vitest';
import { provinceNames } from './province-names.js';

describe('provinceNames', () => {
  it('says every province exactly as core does, in English and Nepali', () => {
    for (const { code } of PROVINCES)
      for (const locale of ['en', 'ne'] as const)
        expect(provinceNames.format(code, locale)).toBe(provinceName(code, locale));
    expect(Object.keys(provinceNames.entries)).toHaveLength(PROVINCES.length);
  });
});
