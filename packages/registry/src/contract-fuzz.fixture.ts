/**
 * Valid bodies for every write operation of the contract, by operation id: the contract fuzz changes one
 * field at a time from these. Synthetic data only: enumerations, districts and made-up text.
 */
import { COMPLETE_CONSENT_CHECKS } from '@nayabato/core/synthetic';
import { participantBody } from './registry.fixture.js';

/** The records the bodies refer to. */
export interface FixtureIds {
  readonly participant: string;
  readonly training: string;
  readonly user: string;
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

/** A valid body for each operation that takes one. */
export function fixtureBodies(ids: FixtureIds): Record<string, Record<string, unknown>> {
  const participant = participantBody({ notes: 'Prefers morning sessions', educationLevel: 'primary' });
  const assessment = {
    participantId: ids.participant,
    assessedOn: yesterday().slice(0, 10),
    domains: [
      { domain: 'livelihood_and_income', needLevel: 'high', goals: 'Learn a trade', strengths: 'Sews well' },
    ],
    notes: 'Assessed at the shelter',
  };
  const plan = {
    participantId: ids.participant,
    goals: [{ key: 'g1', area: 'livelihood', description: 'Work as a tailor', status: 'open' }],
    actions: [
      {
        goalKey: 'g1',
        description: 'Tailoring course',
        serviceType: 'vocational_training',
        responsibleOrganizationId: ids.training,
        status: 'planned',
      },
    ],
    reviews: [{ reviewedOn: yesterday().slice(0, 10), progress: 'on_track', notes: 'Attends every week' }],
  };
  const organization = {
    role: 'training_institution',
    name: 'Fuzz Test Training Centre',
    description: 'Short courses',
    email: 'office@training.example',
    url: 'https://training.example',
    districtsServed: ['Kaski'],
    servicesOffered: ['vocational_training'],
  };
  return {
    createConsent: {
      participantId: ids.participant,
      purpose: 'services',
      givenAt: yesterday(),
      checks: COMPLETE_CONSENT_CHECKS,
      method: 'verbal',
    },
    withdrawConsent: { withdrawnAt: new Date().toISOString() },
    createKey: { kind: 'secret' },
    createLivelihoodPlan: plan,
    updateLivelihoodPlan: plan,
    createNeedsAssessment: assessment,
    updateNeedsAssessment: assessment,
    createOrganization: organization,
    updateOrganization: organization,
    setAllowedOrigins: { origins: ['https://app.ngo.example'] },
    createParticipant: participant,
    updateParticipant: participant,
    searchParticipants: { currentDistrict: 'Kathmandu', updatedSince: '2026-01-01T00:00:00+05:45' },
    createReferral: {
      participantId: ids.participant,
      toOrganizationId: ids.training,
      serviceType: 'vocational_training',
      reason: 'Wants to learn tailoring',
    },
    sendReferral: { override: { reason: 'Urgent shelter need' } },
    acceptReferral: {},
    startReferral: {},
    completeReferral: { outcome: { result: 'service_delivered', summary: 'Finished the course' } },
    rejectReferral: { reason: 'No places in this cohort' },
    cancelReferral: { reason: 'Participant moved district' },
    revokeReferral: { reason: 'Consent withdrawn' },
    createStaffToken: { userId: ids.user, ttlSeconds: 600 },
    createUser: { displayName: 'Fuzz Counsellor' },
    eraseParticipant: {},
    updateUser: { displayName: 'Fuzz Counsellor Renamed' },
  };
}
