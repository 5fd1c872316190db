import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETE_CONSENT_CHECKS } from '../synthetic/index.js';
import { participantArb } from './arbitraries.fixture.js';
import {
  type Consent,
  fromHtcds,
  HTCDS_IDENTIFYING_FIELDS,
  type LivelihoodPlan,
  type Participant,
  type Referral,
  toHtcds,
} from './index.js';

const participant: Participant = {
  id: 'pt_person00001',
  organizationId: 'org_sender0001',
  category: 'survivor',
  traffickingStatus: 'actual_victim',
  gender: 'transgender_feminine',
  birthYear: 1999,
  originDistrict: 'Makwanpur',
  currentDistrict: 'Kathmandu',
  citizenshipCertificate: { status: 'yes' },
  educationLevel: 'primary',
  languages: ['ne', 'taj', 'hi'],
  exploitationHistory: {
    types: ['forced_labour', 'servitude'],
    methodsOfControl: ['withholds_documents', 'psychoactive_substances'],
    recruitmentMethods: ['online_social_networks'],
    relationshipToTrafficker: 'unacquainted',
    ageWhenTrafficked: 19,
  },
  notes: 'MARKER-NOTES',
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};

describe('toHtcds', () => {
  it('writes HTCDS field names and picklist values, no free text by default', () => {
    const plan = {
      participantId: participant.id,
      goals: [
        {
          key: 'g1',
          area: 'livelihood',
          description: 'MARKER-GOAL',
          status: 'open',
          targetDate: '2026-12-31',
        },
      ],
      actualEndDate: undefined,
    } as unknown as LivelihoodPlan;
    const referral = {
      participantId: participant.id,
      fromOrganizationId: 'org_sender0001',
      toOrganizationId: 'org_receiver01',
      status: 'accepted',
      sentAt: '2026-03-02T10:00:00Z',
    } as Referral;
    const draft = { ...referral, status: 'draft' } as Referral;
    const record = toHtcds(participant, {
      referrals: [referral, draft],
      plans: [plan],
      consents: [],
      at: '2026-04-01T00:00:00Z',
    });
    expect(record).toEqual({
      nb_ParticipantId: participant.id,
      prs_Gender: 'TransgenderFeminine',
      prs_HighestLevelOfEducation: 'PrimaryEducation',
      prs_PrimaryLanguage: 'ne',
      prs_SecondaryLanguage: 'taj',
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TypeOfExploitation: ['ForcedLabour', 'Servitude'],
      vic_MethodsOfControl: ['WithholdsDocuments', 'PsychoactiveSubstance'],
      vic_MethodOfRecruitment: ['ThroughOnlineSocialNetworks'],
      vic_RelationshipToTrafficker: 'Unaquainted',
      vic_AgeWhenTrafficked: 19,
      con_Consent: false,
      referrals: [
        {
          cas_ReferringOrganisation: 'org_sender0001',
          cas_ReferredOrganisation: 'org_receiver01',
          cas_OutgoingReferralDate: '2026-03-02',
          cas_ReasonForOutgoingReferral: 'AdditionalServicesRequired',
        },
      ],
      supportPlans: [{ spl_Type: 'Livelihood', spl_PlannedEndDate: '2026-12-31' }],
    });
    expect(JSON.stringify(record)).not.toContain('MARKER');
    expect(
      toHtcds(participant, { plans: [plan], includeFreeText: true }).supportPlans?.[0]?.spl_Objectives,
    ).toBe('MARKER-GOAL');
  });
});

describe('toHtcds con_Consent', () => {
  const services: Consent = {
    id: 'cns_services01',
    organizationId: 'org_sender0001',
    participantId: participant.id,
    purpose: 'services',
    givenAt: '2026-03-01T10:00:00Z',
    checks: COMPLETE_CONSENT_CHECKS,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
  };
  const at = '2026-04-01T00:00:00Z';

  it("is true for the participant's own services consent", () => {
    expect(toHtcds(participant, { consents: [services], at }).con_Consent).toBe(true);
  });

  it("is false when only another person's services consent is given", () => {
    const someoneElses = { ...services, id: 'cns_someone001', participantId: 'pt_someone0001' };
    expect(toHtcds(participant, { consents: [someoneElses], at }).con_Consent).toBe(false);
  });
});

describe('fromHtcds', () => {
  it('drops identifying fields, keeps the birth year, and reports field names only', () => {
    const secrets = {
      prs_Salutation: 'Ms',
      prs_FirstName: 'SECRET-FIRST',
      prs_SecondName: 'SECRET-LAST',
      prs_Birthdate: '2001-05-04',
      prs_IdentityNumber: 'SECRET-ID-123',
      prs_Email: 'secret@example.org',
      prs_MobilePhone: '+9779800000001',
      prs_MailingStreet: 'SECRET-STREET',
      prs_MailingCity: 'SECRET-CITY',
    };
    const result = fromHtcds({
      ...secrets,
      prs_Gender: 'Feminine',
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TypeOfExploitation: 'ForcedLabour;SexualExploitation',
      prs_PrimaryLanguage: 'NE',
      cas_Status: 'Active',
    });
    expect(result.participant).toEqual({
      birthYear: 2001,
      gender: 'feminine',
      category: 'survivor',
      traffickingStatus: 'possible_victim',
      languages: ['ne'],
      exploitationHistory: {
        types: ['forced_labour', 'sexual_exploitation'],
        methodsOfControl: [],
        recruitmentMethods: [],
      },
    });
    expect([...result.dropped].sort()).toEqual(Object.keys(secrets).sort());
    expect(result.ignored).toEqual(['cas_Status']);
    expect(result.invalid).toEqual([]);
    const dump = JSON.stringify(result);
    for (const value of Object.values(secrets)) expect(dump).not.toContain(value);
    expect(dump).not.toContain('05-04');
  });

  it('rejects a birth year in the future or before 1900 at import, as an invalid field', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    for (const birthdate of ['2027-01-01', '2999-12-31', '1899-12-31', '0001-01-01']) {
      const result = fromHtcds({ prs_Gender: 'Feminine', prs_Birthdate: birthdate }, { now });
      expect(result.participant).toEqual({ gender: 'feminine' });
      expect(result.dropped).toEqual(['prs_Birthdate']);
      expect(result.invalid).toEqual(['prs_Birthdate']);
      expect(JSON.stringify(result)).not.toContain(birthdate.slice(0, 4));
    }
    for (const [birthdate, year] of [
      ['2026-05-31', 2026],
      ['1900-01-01', 1900],
    ] as const) {
      const result = fromHtcds({ prs_Birthdate: birthdate }, { now });
      expect(result.participant).toEqual({ birthYear: year });
      expect(result.invalid).toEqual([]);
    }
  });

  it('reports unknown picklist values as invalid, without the value', () => {
    const result = fromHtcds({ prs_Gender: 'MARKER-X', vic_MethodsOfControl: ['DebtBondage', 'MARKER-Y'] });
    expect(result.invalid).toEqual(['prs_Gender', 'vic_MethodsOfControl']);
    expect(JSON.stringify(result)).not.toContain('MARKER');
  });

  it('lists every identifying HTCDS person field', () => {
    for (const f of [
      'prs_FirstName',
      'prs_Birthdate',
      'prs_IdentityNumber',
      'prs_Email',
      'prs_MobilePhone',
      'prs_MailingStreet',
    ])
      expect(HTCDS_IDENTIFYING_FIELDS).toContain(f);
  });

  it('round-trips what HTCDS can carry', () => {
    fc.assert(
      fc.property(participantArb, (p) => {
        const back = fromHtcds(toHtcds(p) as unknown as Record<string, unknown>);
        expect(back.dropped).toEqual([]);
        expect(back.invalid).toEqual([]);
        expect(back.participant.gender).toBe(p.gender);
        expect(back.participant.traffickingStatus).toBe(p.traffickingStatus);
        expect(back.participant.languages).toEqual(p.languages.slice(0, 2));
        if (p.educationLevel && p.educationLevel !== 'none')
          expect(back.participant.educationLevel).toBe(p.educationLevel);
        if (p.exploitationHistory) {
          const { countriesOfExploitation: _c, ...carried } = p.exploitationHistory;
          expect(back.participant.exploitationHistory).toEqual(carried);
        }
      }),
    );
  });
});
