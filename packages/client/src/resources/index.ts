import type { Transport } from '../transport/transport.js';
import { type AuditEventsResource, auditEvents } from './audit-events.js';
import { type ConsentsResource, consents } from './consents.js';
import { type EnrolmentsResource, enrolments } from './enrolments.js';
import { type EnterprisesResource, enterprises } from './enterprises.js';
import { type FollowUpsResource, followUps } from './follow-ups.js';
import { type HealthResource, health } from './health.js';
import { type IndicatorsResource, indicators } from './indicators.js';
import { type JobOffersResource, jobOffers } from './job-offers.js';
import { type KeysResource, keys } from './keys.js';
import { type LivelihoodPlansResource, livelihoodPlans } from './livelihood-plans.js';
import { type NeedsAssessmentsResource, needsAssessments } from './needs-assessments.js';
import { operations } from './operation.js';
import { type OrganizationsResource, organizations } from './organizations.js';
import { type ParticipantsResource, participants } from './participants.js';
import { type PlacementsResource, placements } from './placements.js';
import { type ReferralsResource, referrals } from './referrals.js';
import { type ServiceDeliveriesResource, serviceDeliveries } from './service-deliveries.js';
import { type StoriesResource, stories } from './stories.js';
import { type SupportRequestsResource, supportRequests } from './support-requests.js';
import { type TokensResource, tokens } from './tokens.js';
import { type TrainingProgrammesResource, trainingProgrammes } from './training-programmes.js';
import { type UsersResource, users } from './users.js';
import { type WebhookEndpointsResource, webhookEndpoints } from './webhook-endpoints.js';

export type { AuditEventsResource } from './audit-events.js';
export type { ConsentsResource } from './consents.js';
export type { EnrolmentsResource } from './enrolments.js';
export type { EnterprisesResource } from './enterprises.js';
export type { FollowUpsResource } from './follow-ups.js';
export type { HealthResource } from './health.js';
export type { IndicatorQuery, IndicatorsResource } from './indicators.js';
export type { JobOffer, JobOffersResource } from './job-offers.js';
export type { KeysResource } from './keys.js';
export type { LivelihoodPlansResource } from './livelihood-plans.js';
export type { NeedsAssessmentsResource } from './needs-assessments.js';
export type { OrganizationsResource } from './organizations.js';
export type { ParticipantsResource } from './participants.js';
export type { PlacementsResource, PlacementView } from './placements.js';
export type { Referral, ReferralsResource } from './referrals.js';
export type { ServiceDeliveriesResource } from './service-deliveries.js';
export type { StoriesResource, StoryPhotoType } from './stories.js';
export type { SupportRequest, SupportRequestsResource } from './support-requests.js';
export type { TokensResource } from './tokens.js';
export type { TrainingProgrammesResource } from './training-programmes.js';
export type * from './types.js';
export type { UsersResource } from './users.js';
export type { WebhookEndpointsResource } from './webhook-endpoints.js';

/** Every resource of the contract, as properties of the client. */
export interface Resources {
  readonly auditEvents: AuditEventsResource;
  readonly consents: ConsentsResource;
  readonly followUps: FollowUpsResource;
  readonly enrolments: EnrolmentsResource;
  readonly enterprises: EnterprisesResource;
  readonly health: HealthResource;
  readonly jobOffers: JobOffersResource;
  readonly indicators: IndicatorsResource;
  readonly keys: KeysResource;
  readonly livelihoodPlans: LivelihoodPlansResource;
  readonly needsAssessments: NeedsAssessmentsResource;
  readonly organizations: OrganizationsResource;
  readonly participants: ParticipantsResource;
  readonly placements: PlacementsResource;
  readonly referrals: ReferralsResource;
  readonly serviceDeliveries: ServiceDeliveriesResource;
  readonly supportRequests: SupportRequestsResource;
  readonly stories: StoriesResource;
  readonly tokens: TokensResource;
  readonly trainingProgrammes: TrainingProgrammesResource;
  readonly users: UsersResource;
  readonly webhookEndpoints: WebhookEndpointsResource;
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
    auditEvents: auditEvents(op),
    consents: consents(op),
    followUps: followUps(op),
    enrolments: enrolments(op),
    enterprises: enterprises(op),
    health: health(op),
    jobOffers: jobOffers(op),
    indicators: indicators(op),
    keys: keys(op),
    livelihoodPlans: livelihoodPlans(op),
    needsAssessments: needsAssessments(op),
    organizations: organizations(op),
    participants: participants(op),
    placements: placements(op),
    referrals: referrals(op),
    serviceDeliveries: serviceDeliveries(op),
    supportRequests: supportRequests(op),
    stories: stories(op, transport),
    tokens: tokens(op),
    trainingProgrammes: trainingProgrammes(op),
    users: users(op),
    webhookEndpoints: webhookEndpoints(op, transport),
  };
}
