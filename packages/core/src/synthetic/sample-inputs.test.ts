import { describe, expect, it } from 'vitest';
import { checksComplete, INFORMED_CONSENT_CHECKS, ParticipantInputSchema } from '../model/index.js';
import { validate } from '../validation/index.js';
import { COMPLETE_CONSENT_CHECKS, SYNTHETIC_PARTICIPANT_INPUT } from './index.js';

describe('shared sample inputs', () => {
  it('COMPLETE_CONSENT_CHECKS has every informed-consent check, each explained', () => {
    expect(Object.keys(COMPLETE_CONSENT_CHECKS).sort()).toEqual([...INFORMED_CONSENT_CHECKS].sort());
    expect(checksComplete(COMPLETE_CONSENT_CHECKS)).toBe(true);
    expect(checksComplete({ ...COMPLETE_CONSENT_CHECKS, withdrawalExplained: false })).toBe(false);
  });

  it('SYNTHETIC_PARTICIPANT_INPUT is a valid participant input', () => {
    const result = validate(ParticipantInputSchema, SYNTHETIC_PARTICIPANT_INPUT);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('are frozen all the way down, so no test can change them for the next', () => {
    expect(Object.isFrozen(COMPLETE_CONSENT_CHECKS)).toBe(true);
    expect(Object.isFrozen(SYNTHETIC_PARTICIPANT_INPUT)).toBe(true);
    expect(Object.isFrozen(SYNTHETIC_PARTICIPANT_INPUT.languages)).toBe(true);
    expect(Object.isFrozen(SYNTHETIC_PARTICIPANT_INPUT.citizenshipCertificate)).toBe(true);
  });
});
