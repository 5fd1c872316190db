import { describe, expect, it } from 'vitest';
import { validate } from '../validation/index.js';
import { OrganizationInputSchema } from './organization.js';
import { ParticipantInputSchema } from './participant.js';
import { FreeTextSchema, IsoDateTimeSchema, ShortTextSchema } from './primitives.js';
import { ReferralInputSchema } from './referral.js';
import { TextSchema, textIssues } from './text.js';

const DEVANAGARI = /[\u0900-\u097F]/;

const participant = {
  category: 'at_risk',
  gender: 'feminine',
  ageBand: '18-20',
  originDistrict: 'Sindhupalchok',
  currentDistrict: 'Kathmandu',
  citizenshipCertificate: { status: 'in_process' },
  languages: ['ne'],
};

describe('the text rule', () => {
  it.each([
    ['a NUL character', 'case\u0000note', 'nul_character'],
    ['a lone high surrogate', 'case\ud800note', 'lone_surrogate'],
    ['a lone low surrogate', 'case\udc00note', 'lone_surrogate'],
    ['a high surrogate at the end', 'case note\ud83d', 'lone_surrogate'],
  ])('refuses %s in every text schema', (_label, value, code) => {
    for (const schema of [TextSchema, ShortTextSchema, FreeTextSchema]) {
      const result = validate(schema, value);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.code)).toEqual([code]);
      expect(result.issues[0]!.message.ne).toMatch(DEVANAGARI);
    }
  });

  it('keeps text with paired surrogates, Devanagari and line breaks', () => {
    for (const value of ['नमस्ते 🙏', 'line one\nline two\ttab', '\u0001 control']) {
      expect(textIssues(value)).toEqual([]);
      expect(validate(FreeTextSchema, value).ok).toBe(true);
    }
  });

  it('points at the field in records: participant notes, referral reason, organisation url', () => {
    const notes = validate(ParticipantInputSchema, { ...participant, notes: 'a\u0000b' });
    expect(notes.ok || notes.issues).toEqual([
      expect.objectContaining({ pointer: '/notes', code: 'nul_character' }),
    ]);
    const reason = validate(ReferralInputSchema, {
      participantId: 'pt_0123456789',
      toOrganizationId: 'org_0123456789',
      serviceType: 'shelter',
      reason: 'needs \ud800 help',
    });
    expect(reason.ok).toBe(false);
    if (!reason.ok)
      expect(reason.issues).toContainEqual(
        expect.objectContaining({ pointer: '/reason', code: 'lone_surrogate' }),
      );
    const org = validate(OrganizationInputSchema, {
      role: 'ngo',
      name: 'Example NGO',
      url: 'https://ngo.example/\u0000',
      districtsServed: ['Kathmandu'],
      servicesOffered: [],
    });
    expect(org.ok || org.issues).toEqual([
      expect.objectContaining({ pointer: '/url', code: 'nul_character' }),
    ]);
  });
});

describe('instants', () => {
  it.each(['+16:00', '+14:01', '-12:01', '+23:59', '-15:59'])('refuse the offset %s', (offset) => {
    const result = validate(IsoDateTimeSchema, `2026-11-28T10:00:00${offset}`);
    expect(result.ok || result.issues.map((i) => i.code)).toEqual(['offset_out_of_range']);
  });

  it.each(['Z', '+05:45', '+14:00', '-12:00', '+00:00'])('accept the offset %s', (offset) => {
    expect(validate(IsoDateTimeSchema, `2026-11-28T10:00:00${offset}`).ok).toBe(true);
  });
});
