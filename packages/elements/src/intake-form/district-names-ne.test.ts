import { DISTRICT_NAMES, districtName } from '@nayabato/core';
import { describe, expect, it } from 'vitest';
import { districtNamesNe } from './district-names-ne.js';

describe('the intake form’s district names', () => {
  it('are core’s Nepali names, and in English the districts themselves', () => {
    expect(Object.keys(districtNamesNe)).toEqual([...DISTRICT_NAMES]);
    for (const district of DISTRICT_NAMES) {
      expect(districtNamesNe[district], district).toBe(districtName(district, 'ne'));
      expect(districtName(district, 'en'), district).toBe(district);
    }
  });
});
