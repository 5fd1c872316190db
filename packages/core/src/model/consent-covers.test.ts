import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETE_CONSENT_CHECKS } from '../synthetic/index.js';
import { consentArb, instantArb } from './arbitraries.fixture.js';
import { type Consent, ConsentCoverageReason, checksComplete, consentCovers } from './index.js';

const ORG = 'org_receiver01';
const base: Consent = {
  id: 'cns_base000001',
  organizationId: 'org_sender0001',
  participantId: 'pt_person00001',
  purpose: 'sharing',
  recipientOrganizationId: ORG,
  scope: ['profile', 'needs_assessment'],
  givenAt: '2026-03-01T10:00:00Z',
  checks: COMPLETE_CONSENT_CHECKS,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};
const AT = '2026-04-01T00:00:00Z';
// Random consents of the participant asked about or of someone else, mixed in one list.
const ownOrOther = fc
  .tuple(consentArb, fc.constantFrom(base.participantId, 'pt_someone0001'))
  .map(([c, participantId]): Consent => ({ ...c, participantId }));
const ask = (consents: Consent[], extra: Partial<Parameters<typeof consentCovers>[0]> = {}) =>
  consentCovers({
    participantId: base.participantId,
    consents,
    purpose: 'sharing',
    organizationId: ORG,
    at: AT,
    ...extra,
  });

describe('consentCovers', () => {
  it('covers with a valid consent and names it', () => {
    expect(ask([base])).toEqual({ covered: true, consentId: base.id, overridden: false });
    expect(
      consentCovers({
        participantId: base.participantId,
        consents: [base],
        purpose: 'sharing',
        organizationId: ORG,
        at: new Date(AT),
      }).covered,
    ).toBe(true);
  });

  it('scope_not_covered: a sharing consent covers only what its scope names, when asked', () => {
    expect(ask([base], { scope: 'needs_assessment' }).covered).toBe(true);
    expect(ask([base], { scope: 'notes' })).toEqual({
      covered: false,
      reason: 'scope_not_covered',
      consentId: base.id,
    });
    // Another consent naming the notes covers them.
    const notes = { ...base, id: 'cns_notes00001', scope: ['notes' as const] };
    expect(ask([base, notes], { scope: 'notes' })).toMatchObject({ covered: true, consentId: notes.id });
    // A withdrawn consent naming the notes gets less far than one that only lacks the item.
    expect(ask([base, { ...notes, withdrawnAt: '2026-03-02T00:00:00Z' }], { scope: 'notes' })).toMatchObject({
      reason: 'scope_not_covered',
      consentId: base.id,
    });
  });

  it('none: no consent for the purpose', () => {
    expect(ask([])).toEqual({ covered: false, reason: 'none' });
    expect(ask([{ ...base, purpose: 'research', recipientOrganizationId: undefined }])).toEqual({
      covered: false,
      reason: 'none',
    });
  });

  it('wrong_organisation: sharing with another organisation, or no organisation asked', () => {
    expect(ask([base], { organizationId: 'org_stranger01' })).toMatchObject({
      covered: false,
      reason: 'wrong_organisation',
      consentId: base.id,
    });
    expect(ask([base], { organizationId: undefined })).toMatchObject({ reason: 'wrong_organisation' });
  });

  it('not_yet_given: given after the moment asked about (and an invalid moment fails closed)', () => {
    expect(ask([base], { at: '2026-02-28T23:59:59Z' })).toMatchObject({
      covered: false,
      reason: 'not_yet_given',
    });
    expect(ask([base], { at: base.givenAt }).covered).toBe(true);
    expect(ask([base], { at: 'not a date' })).toMatchObject({ covered: false, reason: 'not_yet_given' });
  });

  it('withdrawn: from the instant of withdrawal', () => {
    const w = { ...base, withdrawnAt: '2026-03-15T00:00:00Z' };
    expect(ask([w])).toMatchObject({ covered: false, reason: 'withdrawn' });
    expect(ask([w], { at: w.withdrawnAt })).toMatchObject({ reason: 'withdrawn' });
    expect(ask([w], { at: '2026-03-14T23:59:59Z' }).covered).toBe(true);
  });

  it('expired: from the instant of expiry', () => {
    const e = { ...base, expiresAt: '2026-03-31T00:00:00Z' };
    expect(ask([e])).toMatchObject({ covered: false, reason: 'expired' });
    expect(ask([e], { at: '2026-03-30T23:59:59Z' }).covered).toBe(true);
  });

  it('checks_incomplete: unless an authorised user overrode', () => {
    const incomplete = { ...base, checks: { ...COMPLETE_CONSENT_CHECKS, retentionExplained: false } };
    expect(ask([incomplete])).toMatchObject({ covered: false, reason: 'checks_incomplete' });
    const overridden = {
      ...incomplete,
      override: { userId: 'usr_supervisor1', reason: 'Participant asked to proceed', at: AT },
    };
    expect(ask([overridden])).toEqual({ covered: true, consentId: base.id, overridden: true });
  });

  it('checks_incomplete: an override recorded after the disclosure does not cover it', () => {
    const incomplete = { ...base, checks: { ...COMPLETE_CONSENT_CHECKS, retentionExplained: false } };
    const lateOverride = {
      ...incomplete,
      override: { userId: 'usr_supervisor1', reason: 'Recorded afterwards', at: '2026-04-02T00:00:00Z' },
    };
    expect(ask([lateOverride])).toEqual({ covered: false, reason: 'checks_incomplete', consentId: base.id });
    expect(ask([lateOverride], { at: '2026-04-02T00:00:00Z' }).covered).toBe(true);
  });

  it("ignores another participant's consent, however valid", () => {
    const someoneElse: Consent = { ...base, id: 'cns_other00001', participantId: 'pt_someone0001' };
    expect(ask([someoneElse])).toEqual({ covered: false, reason: 'none' });
    expect(ask([someoneElse], { participantId: someoneElse.participantId }).covered).toBe(true);
    // Mixed lists: only the participant's own consent counts, and names the answer.
    const ownWithdrawn = { ...base, withdrawnAt: '2026-03-15T00:00:00Z' };
    expect(ask([someoneElse, ownWithdrawn])).toEqual({
      covered: false,
      reason: 'withdrawn',
      consentId: base.id,
    });
  });

  it('item_not_covered: publication covers exactly the listed items', () => {
    const pub: Consent = {
      ...base,
      purpose: 'publication',
      recipientOrganizationId: undefined,
      publicationItems: ['story_text'],
    };
    const q = { participantId: base.participantId, consents: [pub], purpose: 'publication' as const, at: AT };
    expect(consentCovers({ ...q, item: 'story_text' }).covered).toBe(true);
    expect(consentCovers({ ...q, item: 'photo' })).toMatchObject({
      covered: false,
      reason: 'item_not_covered',
    });
    expect(consentCovers(q)).toMatchObject({ covered: false, reason: 'item_not_covered' });
  });

  it('employer introduction: any employer unless one is named', () => {
    const intro: Consent = { ...base, purpose: 'employer_introduction', recipientOrganizationId: undefined };
    const q = {
      participantId: base.participantId,
      purpose: 'employer_introduction' as const,
      at: AT,
      organizationId: 'org_employer01',
    };
    expect(consentCovers({ ...q, consents: [intro] }).covered).toBe(true);
    const named = { ...intro, recipientOrganizationId: 'org_employer02' };
    expect(consentCovers({ ...q, consents: [named] })).toMatchObject({ reason: 'wrong_organisation' });
  });

  it('a later valid consent covers even when an older one was withdrawn', () => {
    const old = { ...base, id: 'cns_old0000001', withdrawnAt: '2026-03-02T00:00:00Z' };
    const renewed = { ...base, id: 'cns_new0000001', givenAt: '2026-03-10T00:00:00Z' };
    expect(ask([old, renewed])).toMatchObject({ covered: true, consentId: renewed.id });
  });

  it('reports the reason of the consent that came closest', () => {
    const wrongOrg = { ...base, id: 'cns_wrongorg01', recipientOrganizationId: 'org_stranger01' };
    const expired = { ...base, id: 'cns_expired001', expiresAt: '2026-03-02T00:00:00Z' };
    expect(ask([wrongOrg, expired])).toEqual({ covered: false, reason: 'expired', consentId: expired.id });
  });

  it('has a label in both languages for every reason', () => {
    for (const r of ConsentCoverageReason.values)
      expect(ConsentCoverageReason.label(r, 'ne')).toMatch(/[\u0900-\u097F]/);
  });

  it('agrees with the definition on random consents', () => {
    fc.assert(
      fc.property(fc.array(ownOrOther, { maxLength: 4 }), instantArb, (consents, at) => {
        const participantId = base.participantId;
        const answer = consentCovers({
          participantId,
          consents,
          purpose: 'sharing',
          organizationId: ORG,
          at,
        });
        const t = Date.parse(at);
        const valid = consents.filter(
          (c) =>
            c.participantId === participantId &&
            c.purpose === 'sharing' &&
            c.recipientOrganizationId === ORG &&
            Date.parse(c.givenAt) <= t &&
            !(c.withdrawnAt && Date.parse(c.withdrawnAt) <= t) &&
            !(c.expiresAt && Date.parse(c.expiresAt) <= t) &&
            (checksComplete(c.checks) || (c.override !== undefined && Date.parse(c.override.at) <= t)),
        );
        expect(answer.covered).toBe(valid.length > 0);
        if (answer.covered) expect(valid.map((c) => c.id)).toContain(answer.consentId);
      }),
      { numRuns: 300 },
    );
  });
});
