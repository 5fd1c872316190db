/** Synthetic inputs for the contract suite: enumerations and districts only, nobody real. */
import {
  COMPLETE_CONSENT_CHECKS,
  SYNTHETIC_PARTICIPANT_INPUT,
  SYNTHETIC_SHARING_SCOPE,
} from '@nayabato/core/synthetic';
import type { BodyOf } from '../../src/index.js';

/** A valid participant body (shared with core's and the registry's tests). */
export const participantInput = SYNTHETIC_PARTICIPANT_INPUT satisfies BodyOf<'createParticipant'>;

/** A day ago, as consents are given before they are recorded. */
export const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

/** A valid consent body; a sharing consent gets the synthetic default scope unless `extra` names one. */
export const consentInput = (participantId: string, extra: Partial<BodyOf<'createConsent'>> = {}) =>
  ({
    participantId,
    purpose: 'services',
    givenAt: yesterday(),
    checks: COMPLETE_CONSENT_CHECKS,
    method: 'verbal',
    ...(extra.purpose === 'sharing' ? { scope: [...SYNTHETIC_SHARING_SCOPE] } : {}),
    ...extra,
  }) as BodyOf<'createConsent'>;

export const assessmentInput = (participantId: string): BodyOf<'createNeedsAssessment'> =>
  ({
    participantId,
    assessedOn: yesterday().slice(0, 10),
    domains: [{ domain: 'livelihood_and_income', needLevel: 'high', goals: 'Learn a trade' }],
  }) as BodyOf<'createNeedsAssessment'>;

export const planInput = (participantId: string, trainingId: string): BodyOf<'createLivelihoodPlan'> =>
  ({
    participantId,
    goals: [{ key: 'g1', area: 'livelihood', description: 'Work as a tailor', status: 'open' }],
    actions: [
      {
        goalKey: 'g1',
        description: 'Tailoring course',
        serviceType: 'vocational_training',
        responsibleOrganizationId: trainingId,
        status: 'planned',
      },
    ],
    reviews: [],
  }) as BodyOf<'createLivelihoodPlan'>;

export const organizationInput = {
  role: 'training_institution',
  name: 'Contract Test Training Centre',
  districtsServed: ['Kaski'],
  servicesOffered: ['vocational_training'],
} satisfies BodyOf<'createOrganization'>;
