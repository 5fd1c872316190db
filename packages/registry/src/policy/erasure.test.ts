import {
  consentFieldSensitivity,
  enrolmentFieldSensitivity,
  enterpriseFieldSensitivity,
  followUpFieldSensitivity,
  livelihoodPlanFieldSensitivity,
  needsAssessmentFieldSensitivity,
  participantFieldSensitivity,
  placementFieldSensitivity,
  referralFieldSensitivity,
  serviceDeliveryFieldSensitivity,
  supportRequestFieldSensitivity,
} from '@nayabato/core';
import { describe, expect, it } from 'vitest';
import { ageBandOf, ERASED_TEXT, eraseDocument } from './erasure.js';

const MAPS = {
  participants: participantFieldSensitivity,
  consents: consentFieldSensitivity,
  needs_assessments: needsAssessmentFieldSensitivity,
  livelihood_plans: livelihoodPlanFieldSensitivity,
  referrals: referralFieldSensitivity,
  enrolments: enrolmentFieldSensitivity,
  placements: placementFieldSensitivity,
  enterprises: enterpriseFieldSensitivity,
  follow_ups: followUpFieldSensitivity,
  service_deliveries: serviceDeliveryFieldSensitivity,
  support_requests: supportRequestFieldSensitivity,
} as const;

describe('eraseDocument', () => {
  it('leaves no free text of any table, whatever shape it arrives in (fails closed)', () => {
    for (const [table, map] of Object.entries(MAPS)) {
      for (const [field, cls] of Object.entries(map)) {
        if (cls !== 'free_text') continue;
        for (const value of ['MARK', ['MARK'], { reason: 'MARK', summary: 'MARK' }, [{ notes: 'MARK' }]]) {
          const out = eraseDocument(table as keyof typeof MAPS, { [field]: value });
          expect(JSON.stringify(out), `${table}.${field} ${JSON.stringify(value)}`).not.toContain('MARK');
        }
      }
    }
  });

  it('drops an unclassified field, and a sensitive one unless the aggregates read it', () => {
    expect(eraseDocument('follow_ups', { surprise: 'x', monthlyIncomeNpr: 1, notes: 'y' })).toEqual({
      monthlyIncomeNpr: 1,
    });
    expect(
      eraseDocument('placements', { endReason: 'x', monthlyWageNpr: 2, startDate: '2026-01-01' }),
    ).toEqual({
      monthlyWageNpr: 2,
      startDate: '2026-01-01',
    });
  });

  it('generalises a participant: birth year to age band, certificate to its status', () => {
    const now = new Date('2026-12-06T00:00:00Z');
    const out = eraseDocument(
      'participants',
      {
        category: 'survivor',
        traffickingStatus: 'possible_victim',
        gender: 'feminine',
        birthYear: 2001,
        originDistrict: 'Sindhupalchok',
        currentDistrict: 'Kathmandu',
        citizenshipCertificate: { status: 'yes', issuingDistrict: 'Sindhupalchok' },
        languages: ['ne'],
        dependants: 2,
        shelterStatus: 'shelter',
        notes: 'x',
      },
      now,
    );
    expect(out).toEqual({
      category: 'survivor',
      traffickingStatus: 'possible_victim',
      gender: 'feminine',
      ageBand: '24-26',
      originDistrict: 'Sindhupalchok',
      currentDistrict: 'Kathmandu',
      citizenshipCertificate: { status: 'yes' },
      languages: ['ne'],
    });
    expect(ageBandOf(2026, now)).toBe('0-8');
    expect(ageBandOf(1950, now)).toBe('48+');
    expect(eraseDocument('referrals', { reason: 'x', status: 'sent' })).toEqual({
      reason: ERASED_TEXT,
      status: 'sent',
    });
  });
});
