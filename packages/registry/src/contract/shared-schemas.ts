import {
  ActionStatus,
  AgeBand,
  AssessmentDomain,
  CitizenshipStatus,
  ConsentMethod,
  ConsentPurpose,
  DistrictSchema,
  EducationLevel,
  ExploitationType,
  Gender,
  GoalStatus,
  MethodOfControl,
  NeedLevel,
  ParticipantCategory,
  PublicationItem,
  RecruitmentMethod,
  ReferralOutcome,
  ReferralStatus,
  RelationshipToTrafficker,
  ServiceType,
  ShelterStatus,
  SupportPlanType,
  TraffickingStatus,
} from '@nayabato/core';
import { named } from './registry.js';

const ENUMS = {
  ServiceType,
  ParticipantCategory,
  TraffickingStatus,
  Gender,
  AgeBand,
  CitizenshipStatus,
  EducationLevel,
  ShelterStatus,
  ExploitationType,
  MethodOfControl,
  RecruitmentMethod,
  RelationshipToTrafficker,
  ConsentPurpose,
  ConsentMethod,
  PublicationItem,
  AssessmentDomain,
  NeedLevel,
  SupportPlanType,
  GoalStatus,
  ActionStatus,
  ReferralStatus,
  ReferralOutcome,
};

/**
 * Names core's enumerations and districts as components, so the contract (and the client's generated
 * types) refer to one `District` or `ServiceType` instead of repeating the values everywhere. Called
 * where the document is made, not on import: a module imported only for its effect is dropped by
 * bundlers under `sideEffects: false`. Naming twice is harmless.
 *
 * @example
 * ```ts
 * nameSharedSchemas();
 * ```
 */
export function nameSharedSchemas(): void {
  named('District', DistrictSchema, 'One of the 77 districts of Nepal, by canonical English name.');
  for (const [name, enumeration] of Object.entries(ENUMS)) named(name, enumeration.schema);
}
