/** Synthetic sample records for the tests beside this file. Not exported from the package. */
import type { Consent } from '../model/index.js';
import { COMPLETE_CONSENT_CHECKS } from '../synthetic/sample-inputs.js';
import type { Enrolment } from './enrolment.js';
import type { Enterprise } from './enterprise.js';
import type { FollowUp } from './follow-up.js';
import type { JobOffer } from './job-offer.js';
import type { Placement } from './placement.js';
import type { Story } from './story.js';
import type { TrainingProgramme } from './training-programme.js';

const at = '2026-01-05T09:00:00Z';
export const ORG = 'org_ngo0000001';
export const CORP = 'org_corp000001';
export const PARTICIPANT = 'pt_marker00042';

export const programme = (over: Partial<TrainingProgramme> = {}): TrainingProgramme => ({
  id: 'trp_0000000001',
  organizationId: 'org_train00001',
  title: 'Basic tailoring, 3 months',
  trade: 'tailoring',
  providerOrganizationId: 'org_train00001',
  district: 'Kathmandu',
  startDate: '2026-02-01',
  endDate: '2026-04-30',
  totalHours: 240,
  certificationOffered: true,
  funders: [{ name: 'Example CSR Fund', organizationId: CORP }],
  status: 'open',
  published: true,
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const enrolment = (over: Partial<Enrolment> = {}): Enrolment => ({
  id: 'enr_0000000001',
  organizationId: 'org_train00001',
  programmeId: 'trp_0000000001',
  participantId: PARTICIPANT,
  enrolledOn: '2026-02-01',
  status: 'attending',
  attendance: { hoursAttended: 60, sessionsAttended: 20 },
  certification: { status: 'pending' },
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const jobOffer = (over: Partial<JobOffer> = {}): JobOffer => ({
  id: 'job_0000000001',
  organizationId: CORP,
  title: 'Kitchen assistant',
  description: 'Prepare vegetables and help the chefs.\n\nMorning shift, six days a week.',
  trade: 'hospitality_cooking',
  skills: ['Food hygiene', 'Knife skills'],
  district: 'Kaski',
  locality: 'Pokhara',
  employmentType: 'FULL_TIME',
  wage: { minMonthlyNpr: 20_000, maxMonthlyNpr: 24_000 },
  openings: 3,
  trainingProvided: true,
  accommodationProvided: true,
  transportProvided: false,
  validThrough: '2026-03-31',
  postedOn: '2026-01-10',
  status: 'open',
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const placement = (over: Partial<Placement> = {}): Placement => ({
  id: 'plc_0000000001',
  organizationId: ORG,
  placementCode: 'PLC-7KQ2-M9XD',
  participantId: PARTICIPANT,
  jobOfferId: 'job_0000000001',
  introductionConsentId: 'cns_intro00001',
  startDate: '2026-01-31',
  monthlyWageNpr: 21_000,
  endNotes: 'Counsellor note about MARKER-NOTE',
  retention: [
    { month: 1, dueOn: '2026-02-28', status: 'retained', confirmedAt: '2026-03-01T10:00:00Z' },
    { month: 3, dueOn: '2026-04-30', status: 'pending' },
    { month: 6, dueOn: '2026-07-31', status: 'pending' },
    { month: 12, dueOn: '2027-01-31', status: 'pending' },
  ],
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const enterprise = (over: Partial<Enterprise> = {}): Enterprise => ({
  id: 'ent_0000000001',
  organizationId: ORG,
  enterpriseCode: 'ENT-4HZ7-Q2MB',
  participantId: PARTICIPANT,
  trade: 'dhaka_weaving',
  district: 'Terhathum',
  startDate: '2026-03-01',
  status: 'operating',
  seedSupport: { grantNpr: 25_000, inKind: [{ item: 'Handloom', quantity: 1, valueNpr: 30_000 }] },
  marketLinkages: [{ buyerOrganizationId: CORP, since: '2026-04-01', product: 'Dhaka shawls' }],
  monthlyRecords: [
    { month: '2026-03', revenueNpr: 12_000, profitNpr: -2_000 },
    { month: '2026-04', revenueNpr: 30_000, profitNpr: 8_000 },
  ],
  notes: 'MARKER-NOTE',
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const followUp = (over: Partial<FollowUp> = {}): FollowUp => ({
  id: 'fu_0000000001',
  organizationId: ORG,
  participantId: PARTICIPANT,
  date: '2026-06-01',
  monthlyIncomeNpr: 21_000,
  livingIndependently: true,
  reintegratedWithFamily: false,
  supportingFamily: true,
  inShelter: false,
  economicScore: 4,
  socialScore: 3,
  psychosocialScore: 4,
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const story = (over: Partial<Story> = {}): Story => ({
  id: 'sty_0000000001',
  organizationId: ORG,
  participantId: PARTICIPANT,
  text: 'After the course I opened a small tailoring shop.',
  photoRef: 'photos/sty_0000000001/1.jpg',
  alias: 'Participant A (synthetic)',
  district: 'Sindhupalchok',
  publication: { consentId: 'cns_publish0001', items: ['text', 'photo', 'alias', 'district'] },
  createdAt: at,
  updatedAt: at,
  ...over,
});

export const publicationConsent = (over: Partial<Consent> = {}): Consent => ({
  id: 'cns_publish0001',
  organizationId: ORG,
  participantId: PARTICIPANT,
  purpose: 'publication',
  publicationItems: ['story_text', 'first_name'],
  givenAt: '2026-05-01T10:00:00Z',
  checks: COMPLETE_CONSENT_CHECKS,
  createdAt: '2026-05-01T10:00:00Z',
  updatedAt: '2026-05-01T10:00:00Z',
  ...over,
});
