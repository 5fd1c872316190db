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
  /** A government organisation (support requests are addressed to one). */
  readonly government?: string;
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
  const story = {
    participantId: ids.participant,
    text: 'I opened a tailoring shop',
    alias: 'Maya',
    district: 'Kaski',
  };
  const programme = {
    title: 'Tailoring, level 1',
    trade: 'tailoring',
    description: 'Cutting and stitching',
    providerOrganizationId: ids.training,
    district: 'Kaski',
    startDate: '2026-12-15',
    endDate: '2027-03-15',
    totalHours: 390,
    capacity: 20,
    certificationOffered: true,
    certifyingBody: 'Skill board',
    funders: [{ name: 'Example CSR Fund' }],
    status: 'open',
    published: true,
  };
  const enrolment = {
    programmeId: 'trp_0123456789abcdef',
    participantId: ids.participant,
    referralId: 'ref_0123456789abcdef',
    enrolledOn: '2026-12-15',
    status: 'attending',
    attendance: { hoursAttended: 12, sessionsAttended: 4, lastAttendedOn: '2026-12-19' },
    certification: { status: 'pending', certifyingBody: 'Skill board', certificateNumber: 'C-1' },
    notes: 'Attends mornings',
  };
  const enterprise = {
    participantId: ids.participant,
    trade: 'tailoring',
    district: 'Kaski',
    startDate: '2026-10-01',
    status: 'operating',
    seedSupport: { grantNpr: 25000, inKind: [{ item: 'Sewing machine', quantity: 1 }] },
    marketLinkages: [{ buyerOrganizationId: ids.training, since: '2026-11-01', product: 'Kurta' }],
    monthlyRecords: [{ month: '2026-10', revenueNpr: 12000, profitNpr: 3000 }],
    notes: 'Shop near the bus park',
  };
  const jobOffer = {
    title: 'Fuzz cook',
    description: 'Cooks for a fuzz test hotel',
    trade: 'hospitality_cooking',
    skills: ['food hygiene'],
    district: 'Kaski',
    locality: 'Pokhara',
    employmentType: 'FULL_TIME',
    wage: { minMonthlyNpr: 21000, maxMonthlyNpr: 25000 },
    openings: 2,
    trainingProvided: true,
    accommodationProvided: false,
    transportProvided: false,
    validThrough: '2099-01-31',
  };
  return {
    createTrainingProgramme: programme,
    updateTrainingProgramme: programme,
    createEnrolment: enrolment,
    updateEnrolment: enrolment,
    createEnterprise: enterprise,
    updateEnterprise: enterprise,
    recordEnterpriseMonth: { month: '2026-11', revenueNpr: 15000, profitNpr: -500 },
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
    createStory: story,
    updateStory: story,
    createStaffToken: { userId: ids.user, ttlSeconds: 600 },
    createUser: { displayName: 'Fuzz Counsellor' },
    createFollowUp: {
      participantId: ids.participant,
      date: yesterday().slice(0, 10),
      monthlyIncomeNpr: 12000,
      livingIndependently: true,
      reintegratedWithFamily: false,
      supportingFamily: true,
      inShelter: false,
      economicScore: 3,
      notes: 'Earning from tailoring',
    },
    createServiceDelivery: {
      participantId: ids.participant,
      serviceType: 'counselling',
      deliveredOn: yesterday().slice(0, 10),
      durationMinutes: 45,
      deliveredByUserId: ids.user,
      notes: 'Weekly session',
    },
    createSupportRequest: {
      toOrganizationId: ids.government ?? ids.training,
      kind: 'citizenship_documentation',
      participantId: ids.participant,
      district: 'Kathmandu',
      description: 'Citizenship certificate for a bank account',
    },
    acknowledgeSupportRequest: { response: 'Forwarded to the district office' },
    startSupportRequest: { response: 'Appointment booked' },
    fulfilSupportRequest: { response: 'Certificate issued' },
    declineSupportRequest: { response: 'Outside this desk’s district' },
    withdrawSupportRequest: {},
    eraseParticipant: {},
    updateUser: { displayName: 'Fuzz Counsellor Renamed' },
    createJobOffer: jobOffer,
    updateJobOffer: { ...jobOffer, title: 'Fuzz cook (edited)' },
    publishJobOffer: {},
    pauseJobOffer: {},
    closeJobOffer: {},
    createPlacement: {
      participantId: ids.participant,
      referralId: 'ref_0000000000',
      jobOfferId: 'job_0000000000',
      startDate: yesterday().slice(0, 10),
      monthlyWageNpr: 21000,
    },
    recordRetentionCheck: { month: 1, retained: true },
    // A public address (no DNS needed) and an event an NGO never raises: nothing is ever posted there.
    createWebhookEndpoint: {
      url: 'https://8.8.8.8/hooks',
      events: ['job_offer.published'],
      description: 'Fuzz CRM',
    },
    updateWebhookEndpoint: {
      url: 'https://8.8.8.8/hooks2',
      events: ['job_offer.published'],
      description: 'Fuzz CRM (edited)',
      disabled: false,
    },
  };
}
