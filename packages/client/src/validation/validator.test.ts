import { describe, expect, it } from 'vitest';
import { ApiValidationError } from '../errors/index.js';
import { OPERATIONS, REQUIRED } from '../generated/operations.js';
import { RECORD_SCHEMAS, VIEW_SHAPES } from './schemas.js';
import { validator } from './validator.js';

/** What a training institution sees of a participant: age band, education, languages (and ids, dates). */
const trainingView = {
  id: 'pt_0123456789',
  organizationId: 'org_0123456789',
  ageBand: '18-20',
  educationLevel: 'lower_secondary',
  languages: ['ne'],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const failure = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error as ApiValidationError;
  }
  throw new Error('expected an ApiValidationError');
};

describe('validator.response', () => {
  it('accepts redacted participant views in lists, searches and gets', () => {
    const page = { items: [trainingView, { id: 'pt_0123456790' }], nextCursor: null };
    expect(() => validator.response('GET /v1/participants', page)).not.toThrow();
    expect(() => validator.response('POST /v1/participants/search', page)).not.toThrow();
    expect(() => validator.response('GET /v1/participants/{id}', trainingView)).not.toThrow();
  });

  it('checks each field of a view with core’s schema of that field, lists and gets alike', () => {
    const bad = { ...trainingView, ageBand: 'about twenty' };
    const listed = failure(() => validator.response('GET /v1/participants', { items: [trainingView, bad] }));
    expect(listed).toBeInstanceOf(ApiValidationError);
    expect(listed.code).toBe('invalid_response');
    expect(listed.issues.map((i) => [i.pointer, i.code])).toEqual([['/items/1/ageBand', 'invalid_value']]);
    const got = failure(() => validator.response('GET /v1/participants/{id}', bad));
    expect(got.issues.map((i) => [i.pointer, i.code])).toEqual([['/ageBand', 'invalid_value']]);
    expect(got.issues[0]?.message.ne).toMatch(/[\u0900-\u097F]/);
  });

  it('requires what the contract requires of a view and refuses unknown fields', () => {
    const { id: _, ...noId } = trainingView;
    const e = failure(() => validator.response('GET /v1/participants/{id}', { ...noId, name: 'x' }));
    expect(e.issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/id', 'required'],
      ['/name', 'unrecognized_keys'],
    ]);
    const notObject = failure(() => validator.response('GET /v1/participants/{id}', 'pt_0123456789'));
    expect(notObject.issues[0]?.code).toBe('invalid_type');
  });

  it('checks a receiver’s referral view without the sender’s free text', () => {
    const referral = {
      id: 'ref_0123456789',
      fromOrganizationId: 'org_0123456789',
      toOrganizationId: 'org_0123456790',
      participantId: 'pt_0123456789',
      serviceType: 'vocational_training',
      status: 'sent',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    expect(() => validator.response('GET /v1/referrals/{id}', referral)).not.toThrow();
    const e = failure(() =>
      validator.response('GET /v1/referrals', { items: [{ ...referral, status: 'lost' }] }),
    );
    expect(e.issues.map((i) => i.pointer)).toEqual(['/items/0/status']);
  });

  it('checks full records with core’s whole schema: a redacted participant is no full record', () => {
    const e = failure(() => validator.response('POST /v1/participants', trainingView));
    expect(e.issues.map((i) => i.code)).toContain('required');
    expect(() => validator.response('GET /v1/unknown', { anything: true })).not.toThrow();
    expect(() => validator.response('GET /health', { status: 'ok' })).not.toThrow();
  });
});

describe('the component tables', () => {
  it('map to a full schema only components whose required fields are the core record’s', () => {
    for (const [name, schema] of Object.entries(RECORD_SCHEMAS)) {
      const shape = (schema as unknown as { shape: Record<string, { _zod: { optin?: string } }> }).shape;
      const required = Object.keys(shape).filter((key) => shape[key]?._zod.optin !== 'optional');
      expect([...(REQUIRED[name] ?? [])].sort(), name).toEqual(required.sort());
    }
  });

  it('name only components the contract uses as response records', () => {
    const items = new Set(Object.values(OPERATIONS).map((o) => o.item));
    for (const name of [...Object.keys(RECORD_SCHEMAS), ...Object.keys(VIEW_SHAPES)])
      expect(items.has(name), name).toBe(true);
    expect(OPERATIONS['GET /v1/participants']).toMatchObject({ item: 'ParticipantView', page: true });
    expect(OPERATIONS['GET /v1/participants/{id}']).toMatchObject({ item: 'ParticipantView' });
  });
});
