import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import {
  type Participant,
  ParticipantInputSchema,
  ParticipantProfileInputSchema,
  ParticipantSchema,
  participantFieldSensitivity,
  participantRuleIssues,
  redact,
} from './index.js';

const valid: Participant = {
  id: 'pt_person00001',
  organizationId: 'org_sender0001',
  category: 'survivor',
  traffickingStatus: 'possible_victim',
  gender: 'feminine',
  birthYear: 2002,
  originDistrict: 'Sindhupalchok',
  currentDistrict: 'Kathmandu',
  citizenshipCertificate: { status: 'in_process', issuingDistrict: 'Sindhupalchok' },
  educationLevel: 'lower_secondary',
  languages: ['ne', 'taj'],
  dependants: 1,
  shelterStatus: 'in_shelter',
  exploitationHistory: {
    types: ['forced_labour'],
    methodsOfControl: ['debt_bondage'],
    recruitmentMethods: ['family'],
  },
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};

function codesAt(input: unknown) {
  const result = validate(ParticipantSchema, input);
  return result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.code}`);
}

describe('Participant', () => {
  it('accepts a complete record', () => {
    expect(validate(ParticipantSchema, valid).ok).toBe(true);
  });

  it('needs exactly one of birth year and age band', () => {
    const { birthYear: _b, ...noAge } = valid;
    expect(codesAt(noAge)).toEqual(['/ageBand age_required']);
    expect(codesAt({ ...valid, ageBand: '21-23' })).toEqual(['/ageBand age_exclusive']);
    expect(codesAt({ ...noAge, ageBand: '21-23' })).toEqual([]);
  });

  it('refuses a birth year in the future and a date of birth', () => {
    expect(participantRuleIssues(valid, new Date('2001-06-01')).map((i) => i.code)).toEqual([
      'birth_year_future',
    ]);
    expect(codesAt({ ...valid, dateOfBirth: '2002-04-01' })).toEqual(['/dateOfBirth unrecognized_keys']);
    expect(codesAt({ ...valid, birthYear: 2002.5 })[0]).toMatch(/^\/birthYear /);
  });

  it('ties the trafficking status to the category', () => {
    const { traffickingStatus: _t, ...noStatus } = valid;
    expect(codesAt(noStatus)).toEqual(['/traffickingStatus trafficking_status_required']);
    expect(codesAt({ ...valid, traffickingStatus: 'not_a_victim' })).toEqual([
      '/traffickingStatus trafficking_status_required',
    ]);
    expect(codesAt({ ...valid, category: 'at_risk', traffickingStatus: 'actual_victim' })).toEqual([
      '/traffickingStatus trafficking_status_mismatch',
    ]);
    expect(codesAt({ ...noStatus, category: 'at_risk' })).toEqual([]);
  });

  it('never stores a citizenship number, and takes an issuing district only with a certificate', () => {
    expect(codesAt({ ...valid, citizenshipCertificate: { status: 'yes', number: '12-34-5678' } })).toEqual([
      '/citizenshipCertificate/number unrecognized_keys',
    ]);
    expect(codesAt({ ...valid, citizenshipCertificate: { status: 'no', issuingDistrict: 'Kaski' } })).toEqual(
      ['/citizenshipCertificate/issuingDistrict issuing_district_unexpected'],
    );
    expect(codesAt({ ...valid, citizenshipCertificate: { status: 'maybe' } })).toEqual([
      '/citizenshipCertificate/status invalid_value',
    ]);
  });

  it('rejects identifying fields, unknown districts and bad language codes', () => {
    for (const key of ['name', 'firstName', 'phone', 'address', 'village', 'email']) {
      expect(codesAt({ ...valid, [key]: 'x' })).toEqual([`/${key} unrecognized_keys`]);
    }
    expect(codesAt({ ...valid, currentDistrict: 'Atlantis' })).toEqual(['/currentDistrict invalid_value']);
    expect(codesAt({ ...valid, languages: ['Nepali'] })).toEqual(['/languages/0 invalid_format']);
    expect(codesAt({ ...valid, languages: ['ne', 'ne'] })).toEqual(['/languages/1 duplicate']);
    expect(codesAt({ ...valid, languages: [] })).toEqual(['/languages too_small']);
  });

  it('validates the exploitation history with HTCDS values', () => {
    const h = valid.exploitationHistory;
    expect(codesAt({ ...valid, exploitationHistory: { ...h, types: [] } })).toEqual([
      '/exploitationHistory/types too_small',
    ]);
    expect(codesAt({ ...valid, exploitationHistory: { ...h, types: ['ForcedLabour'] } })).toEqual([
      '/exploitationHistory/types/0 invalid_value',
    ]);
    expect(
      codesAt({
        ...valid,
        exploitationHistory: { ...h, methodsOfControl: ['debt_bondage', 'debt_bondage'] },
      }),
    ).toEqual(['/exploitationHistory/methodsOfControl/1 duplicate']);
  });

  it('gives every rule issue a bilingual message', () => {
    const result = validate(ParticipantSchema, {
      ...valid,
      ageBand: '21-23',
      citizenshipCertificate: { status: 'no', issuingDistrict: 'Kaski' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) for (const i of result.issues) expect(i.message.ne).toMatch(/[\u0900-\u097F]/);
  });

  it('input schema leaves the id and organisation to the registry', () => {
    const { id: _i, organizationId: _o, createdAt: _c, updatedAt: _u, ...input } = valid;
    expect(validate(ParticipantInputSchema, input).ok).toBe(true);
    expect(validate(ParticipantInputSchema, { ...input, id: valid.id }).ok).toBe(false);
  });

  it('profile input schema: the input without exploitation history, same checks and rules', () => {
    const {
      id: _i,
      organizationId: _o,
      createdAt: _c,
      updatedAt: _u,
      exploitationHistory,
      ...profile
    } = valid;
    const codes = (schema: Parameters<typeof validate>[0], input: unknown) => {
      const result = validate(schema, input);
      return result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.code}`);
    };
    // What the profile schema accepts, the registry's input schema accepts too.
    expect(codes(ParticipantProfileInputSchema, profile)).toEqual([]);
    expect(codes(ParticipantInputSchema, profile)).toEqual([]);
    expect(codes(ParticipantProfileInputSchema, { ...profile, exploitationHistory })).toEqual([
      '/exploitationHistory unrecognized_keys',
    ]);
    // The same field checks and cross-field rules, with the same issues.
    const { birthYear: _b, ...noAge } = profile;
    const wrong = [
      noAge,
      { ...profile, ageBand: '21-23' },
      { ...profile, category: 'at_risk', traffickingStatus: 'actual_victim' },
      { ...profile, citizenshipCertificate: { status: 'no', issuingDistrict: 'Kathmandu' } },
      { ...profile, languages: ['ne', 'ne'] },
      { ...profile, originDistrict: 'Atlantis', dependants: -1 },
    ];
    for (const input of wrong) {
      expect(codes(ParticipantProfileInputSchema, input).length).toBeGreaterThan(0);
      expect(codes(ParticipantProfileInputSchema, input)).toEqual(codes(ParticipantInputSchema, input));
    }
  });

  it('redacts to what a training institution may see', () => {
    const { birthYear: _b, ...banded } = valid;
    const seen = redact(
      { ...banded, ageBand: '21-23', notes: 'x' } as Participant,
      participantFieldSensitivity,
      'internal',
    );
    expect(Object.keys(seen).sort()).toEqual(
      ['ageBand', 'createdAt', 'educationLevel', 'id', 'languages', 'organizationId', 'updatedAt'].sort(),
    );
  });
});
