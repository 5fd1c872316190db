import type { District } from '../geography/index.js';
import type { Enterprise, Placement, TradeCodeValue } from '../livelihood/index.js';
import type {
  Consent,
  ConsentPurposeValue,
  ConsentScopeValue,
  LivelihoodPlan,
  NeedsAssessment,
  Organization,
  Participant,
  PublicationItemValue,
} from '../model/index.js';
import { officeMinute, type ProgrammeClock } from './clock.js';
import type { IdFactory } from './ids.js';
import type { Directory } from './organizations.js';
import type { SyntheticProgramme } from './programme.js';
import type { Random } from './random.js';
import { COMPLETE_CONSENT_CHECKS } from './sample-inputs.js';
import { SERVICES_OVERRIDE_REASON } from './templates.js';

/** The route a participant's plan takes. */
export type Pathway = 'job' | 'enterprise' | 'training' | 'support';

/** One participant and what later stages need to know about them. Internal. */
export interface Person {
  readonly participant: Participant;
  readonly ngo: Organization;
  readonly counsellorId: string;
  readonly intakeDay: number;
  /** This participant's consents (also in the programme's list). */
  readonly consents: Consent[];
  readonly assessment: NeedsAssessment;
  readonly pathway: Pathway;
  /** The trade trained in or worked in, when the pathway has one. */
  trade?: TradeCodeValue;
  plan?: LivelihoodPlan;
  /** The day training ended successfully (completed), if it did before the programme's end. */
  trainedDay?: number;
  placement?: Placement;
  /** The day the placement ended, if it did. */
  placementEndDay?: number;
  enterprise?: Enterprise;
  /** The day the enterprise closed, if it did. */
  enterpriseEndDay?: number;
}

/** The records collected so far, in the order they are made. */
export type Collections = {
  -readonly [K in Exclude<
    keyof SyntheticProgramme,
    'seed' | 'start' | 'end' | 'months'
  >]: SyntheticProgramme[K];
};

/** What every stage of the generator shares. Internal. */
export interface Context {
  readonly seed: number;
  readonly clock: ProgrammeClock;
  readonly ids: IdFactory;
  readonly dir: Directory;
  readonly out: Collections;
}

const METHODS = [
  ['written', 6],
  ['thumbprint', 3],
  ['verbal', 1],
] as const;

/** Extra fields of a consent. */
export interface ConsentExtras {
  readonly recipientOrganizationId?: string;
  readonly publicationItems?: PublicationItemValue[];
  /** For `sharing`: what it shares. */
  readonly scope?: ConsentScopeValue[];
  readonly expiresDay?: number;
  readonly withdrawnDay?: number;
  /** Record incomplete checks with an authorised override. */
  readonly overridden?: boolean;
  /** The minute of the day it was given (UTC); a random office minute when absent. */
  readonly minute?: number;
}

/**
 * Records one consent of a participant, given on `day` and recorded by the registering NGO. Withdrawal and
 * expiry are only set when they fall inside the programme.
 */
export function addConsent(
  ctx: Context,
  rng: Random,
  person: Pick<Person, 'participant' | 'ngo' | 'counsellorId' | 'consents'>,
  purpose: ConsentPurposeValue,
  day: number,
  extras: ConsentExtras = {},
): Consent {
  const { clock } = ctx;
  const givenAt = clock.at(day, extras.minute ?? officeMinute(rng));
  const checks = extras.overridden
    ? { ...COMPLETE_CONSENT_CHECKS, retentionExplained: false }
    : COMPLETE_CONSENT_CHECKS;
  const consent: Consent = {
    id: ctx.ids.id('consent'),
    organizationId: person.ngo.id,
    participantId: person.participant.id,
    purpose,
    method: rng.weighted(METHODS),
    givenAt,
    checks,
    createdAt: givenAt,
    updatedAt: givenAt,
  };
  if (extras.recipientOrganizationId !== undefined)
    consent.recipientOrganizationId = extras.recipientOrganizationId;
  if (extras.publicationItems !== undefined) consent.publicationItems = extras.publicationItems;
  if (extras.scope !== undefined) consent.scope = extras.scope;
  if (extras.expiresDay !== undefined) consent.expiresAt = clock.at(extras.expiresDay, 0);
  if (extras.overridden)
    consent.override = { userId: person.counsellorId, reason: SERVICES_OVERRIDE_REASON, at: givenAt };
  if (extras.withdrawnDay !== undefined && extras.withdrawnDay < clock.days)
    withdrawConsent(clock, consent, extras.withdrawnDay, officeMinute(rng));
  person.consents.push(consent);
  ctx.out.consents.push(consent);
  return consent;
}

/** Marks a consent withdrawn at an instant (the record stays). */
export function withdrawConsent(clock: ProgrammeClock, consent: Consent, day: number, minute: number): void {
  const at = clock.at(day, minute);
  consent.withdrawnAt = at;
  consent.updatedAt = at;
}

/** Weighted choice helper for districts. */
export type Weights<T> = readonly (readonly [T, number])[];

/** Districts where participants live now: mostly the Kathmandu valley. */
export const CURRENT_DISTRICTS: Weights<District> = [
  ['Kathmandu', 52],
  ['Lalitpur', 24],
  ['Bhaktapur', 5],
  ['Makwanpur', 3],
  ['Sindhupalchok', 3],
  ['Chitwan', 2],
  ['Kaski', 2],
  ['Morang', 2],
  ['Sunsari', 2],
  ['Nuwakot', 1],
  ['Banke', 1],
  ['Rautahat', 1],
  ['Sarlahi', 1],
  ['Dhanusha', 1],
];

/** Districts participants come from: the usual source districts. */
export const ORIGIN_DISTRICTS: Weights<District> = [
  ['Sindhupalchok', 14],
  ['Nuwakot', 9],
  ['Makwanpur', 9],
  ['Dhading', 8],
  ['Kavrepalanchok', 7],
  ['Rautahat', 7],
  ['Sarlahi', 6],
  ['Dolakha', 4],
  ['Sindhuli', 4],
  ['Morang', 4],
  ['Kathmandu', 4],
  ['Rasuwa', 3],
  ['Sunsari', 3],
  ['Banke', 3],
  ['Kailali', 3],
  ['Dhanusha', 3],
  ['Jhapa', 2],
  ['Mahottari', 2],
  ['Lalitpur', 2],
  ['Chitwan', 2],
  ['Kaski', 1],
];
