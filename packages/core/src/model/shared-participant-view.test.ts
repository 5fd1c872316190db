import { describe, expect, it } from 'vitest';
import type { Participant } from './participant.js';
import { ageBandOf, sharedParticipantView } from './shared-participant-view.js';

const participant: Participant = {
  id: 'pt_0123456789',
  organizationId: 'org_0123456789',
  category: 'survivor',
  traffickingStatus: 'actual_victim',
  gender: 'feminine',
  birthYear: 2004,
  originDistrict: 'Sindhupalchok',
  currentDistrict: 'Kathmandu',
  citizenshipCertificate: { status: 'yes', issuingDistrict: 'Sindhupalchok' },
  educationLevel: 'lower_secondary',
  languages: ['ne', 'tmg'],
  notes: 'NOTES-MARKER',
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
} as Participant;
const at = new Date('2026-06-01T00:00:00Z');

describe('sharedParticipantView', () => {
  it('gives the minimum to act without a scope (an override), the age band derived', () => {
    expect(sharedParticipantView(participant, { scope: [], receiver: 'ngo', at })).toEqual({
      id: participant.id,
      organizationId: participant.organizationId,
      ageBand: '21-23',
      gender: 'feminine',
      languages: ['ne', 'tmg'],
      currentDistrict: 'Kathmandu',
    });
  });
  it('adds the structured profile with `profile`, the notes only with `notes`', () => {
    const profile = sharedParticipantView(participant, { scope: ['profile'], receiver: 'ngo', at });
    expect(profile).toMatchObject({ category: 'survivor', originDistrict: 'Sindhupalchok', birthYear: 2004 });
    expect(profile).not.toHaveProperty('notes');
    const notes = sharedParticipantView(participant, { scope: ['notes'], receiver: 'ngo', at });
    expect(notes.notes).toBe('NOTES-MARKER');
    expect(notes).not.toHaveProperty('category');
  });
  it('caps a training institution at what a course needs', () => {
    const all = sharedParticipantView(participant, {
      scope: ['profile', 'notes'],
      receiver: 'training_institution',
      at,
    });
    expect(Object.keys(all).sort()).toEqual(
      ['ageBand', 'createdAt', 'educationLevel', 'id', 'languages', 'organizationId', 'updatedAt'].sort(),
    );
    const none = sharedParticipantView(participant, { scope: [], receiver: 'training_institution', at });
    expect(Object.keys(none).sort()).toEqual(['ageBand', 'id', 'languages', 'organizationId']);
  });
  it('bands ages as CTDC publishes them', () => {
    expect(ageBandOf(2026, at)).toBe('0-8');
    expect(ageBandOf(2009, at)).toBe('9-17');
    expect(ageBandOf(2008, at)).toBe('18-20');
    expect(ageBandOf(1978, at)).toBe('48+');
  });
});
