import type {
  Enrolment,
  Enterprise,
  FollowUp,
  JobOffer,
  Placement,
  Story,
  TrainingProgramme,
} from '../livelihood/index.js';
import type {
  Consent,
  LivelihoodPlan,
  NeedsAssessment,
  Organization,
  Participant,
  Referral,
  ServiceDelivery,
  SupportRequest,
} from '../model/index.js';
import type { SyntheticUser } from './organizations.js';

export type { SyntheticUser } from './organizations.js';

/**
 * What {@link generateProgramme} is asked for. Every option has a default, so `generateProgramme()` gives
 * the standard demo programme.
 *
 * @example
 * ```ts
 * const options: GenerateProgrammeOptions = { seed: 7, participants: 1000 };
 * ```
 */
export interface GenerateProgrammeOptions {
  /**
   * The seed: the same seed (and options) always gives a deep-equal programme, on every machine.
   * @default 2026
   */
  readonly seed?: number;
  /**
   * How many participants to register (0 to 1,000,000).
   * @default 250
   */
  readonly participants?: number;
  /**
   * The first day of the programme, an ISO date (AD).
   * @default '2024-01-01'
   */
  readonly start?: string;
  /**
   * How many months the programme has run (1 to 120). Nothing happens on or after `start` plus `months`.
   * @default 24
   */
  readonly months?: number;
}

/**
 * A whole synthetic programme: partner organisations and every record of the domain model, each valid
 * against its core schema, referentially whole, and made up: organisations are named "Demo … (synthetic)",
 * participants have only pseudonymous ids, free text is neutral template text.
 *
 * @example
 * ```ts
 * const programme: SyntheticProgramme = generateProgramme();
 * programme.participants.length; // 250
 * ```
 */
export interface SyntheticProgramme {
  /** The seed it was generated from. */
  readonly seed: number;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The day after the last day (`start` plus `months`), `YYYY-MM-DD`; every record is dated before it. */
  readonly end: string;
  /** The length in months. */
  readonly months: number;
  /** The partners: NGOs, training institutions, corporates, the ministry desk and the coordinator. */
  readonly organizations: Organization[];
  /** Staff accounts (ids only) that assessed, delivered services or overrode consent. */
  readonly users: SyntheticUser[];
  readonly participants: Participant[];
  readonly consents: Consent[];
  readonly needsAssessments: NeedsAssessment[];
  readonly livelihoodPlans: LivelihoodPlan[];
  readonly referrals: Referral[];
  readonly serviceDeliveries: ServiceDelivery[];
  readonly trainingProgrammes: TrainingProgramme[];
  readonly enrolments: Enrolment[];
  readonly jobOffers: JobOffer[];
  readonly placements: Placement[];
  readonly enterprises: Enterprise[];
  readonly followUps: FollowUp[];
  readonly stories: Story[];
  readonly supportRequests: SupportRequest[];
}
