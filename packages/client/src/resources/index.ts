import type { Transport } from '../transport/transport.js';
import { type ConsentsResource, consents } from './consents.js';
import { type HealthResource, health } from './health.js';
import { type IndicatorsResource, indicators } from './indicators.js';
import { type KeysResource, keys } from './keys.js';
import { type LivelihoodPlansResource, livelihoodPlans } from './livelihood-plans.js';
import { type NeedsAssessmentsResource, needsAssessments } from './needs-assessments.js';
import { operations } from './operation.js';
import { type OrganizationsResource, organizations } from './organizations.js';
import { type ParticipantsResource, participants } from './participants.js';
import { type ReferralsResource, referrals } from './referrals.js';
import { type TokensResource, tokens } from './tokens.js';
import { type UsersResource, users } from './users.js';

export type { ConsentsResource } from './consents.js';
export type { HealthResource } from './health.js';
export type { IndicatorQuery, IndicatorsResource } from './indicators.js';
export type { KeysResource } from './keys.js';
export type { LivelihoodPlansResource } from './livelihood-plans.js';
export type { NeedsAssessmentsResource } from './needs-assessments.js';
export type { OrganizationsResource } from './organizations.js';
export type { ParticipantsResource } from './participants.js';
export type { Referral, ReferralsResource } from './referrals.js';
export type { TokensResource } from './tokens.js';
export type * from './types.js';
export type { UsersResource } from './users.js';

/** Every resource of the contract, as properties of the client. */
export interface Resources {
  readonly consents: ConsentsResource;
  readonly health: HealthResource;
  readonly indicators: IndicatorsResource;
  readonly keys: KeysResource;
  readonly livelihoodPlans: LivelihoodPlansResource;
  readonly needsAssessments: NeedsAssessmentsResource;
  readonly organizations: OrganizationsResource;
  readonly participants: ParticipantsResource;
  readonly referrals: ReferralsResource;
  readonly tokens: TokensResource;
  readonly users: UsersResource;
}

/**
 * Builds every resource over one transport (what `createClient` does; exported for types only).
 *
 * @example
 * ```ts
 * const resources = createResources(createTransport({ baseUrl, apiKey }));
 * ```
 */
export function createResources(transport: Transport): Resources {
  const op = operations(transport);
  return {
    consents: consents(op),
    health: health(op),
    indicators: indicators(op),
    keys: keys(op),
    livelihoodPlans: livelihoodPlans(op),
    needsAssessments: needsAssessments(op),
    organizations: organizations(op),
    participants: participants(op),
    referrals: referrals(op),
    tokens: tokens(op),
    users: users(op),
  };
}
