import type {
  ExploitationTypeValue,
  MethodOfControlValue,
  RecruitmentMethodValue,
  RelationshipToTraffickerValue,
} from './exploitation.js';
import type { SupportPlanTypeValue } from './livelihood-plan.js';
import type { OrganizationRoleValue } from './organization.js';
import type { EducationLevelValue, GenderValue, TraffickingStatusValue } from './participant-enums.js';

// The HTCDS v2.0 picklist value names for each of our enumeration values (source: docs/reference-data.md). HTCDS
// by IOM is licensed CC BY 4.0; using its field names implies no endorsement.

/**
 * HTCDS `prs_Gender` value names.
 *
 * @example
 * ```ts
 * HTCDS_GENDER.not_specified; // 'NonSpecifiedUnknown'
 * ```
 */
export const HTCDS_GENDER: Readonly<Record<GenderValue, string>> = {
  feminine: 'Feminine',
  masculine: 'Masculine',
  transgender_feminine: 'TransgenderFeminine',
  transgender_masculine: 'TransgenderMasculine',
  non_conforming: 'NonConforming',
  not_specified: 'NonSpecifiedUnknown',
};

/**
 * HTCDS `vic_TraffickingStatus` value names.
 *
 * @example
 * ```ts
 * HTCDS_TRAFFICKING_STATUS.actual_victim; // 'ActualVictimOfTrafficking'
 * ```
 */
export const HTCDS_TRAFFICKING_STATUS: Readonly<Record<TraffickingStatusValue, string>> = {
  actual_victim: 'ActualVictimOfTrafficking',
  possible_victim: 'PossibleVictimOfTrafficking',
  not_a_victim: 'NotAVictimOfTrafficking',
};

/**
 * HTCDS `prs_HighestLevelOfEducation` value names (`none` has no HTCDS value).
 *
 * @example
 * ```ts
 * HTCDS_EDUCATION.bachelor; // 'BachelorsOrEquivalentLevel'
 * HTCDS_EDUCATION.none; // undefined
 * ```
 */
export const HTCDS_EDUCATION: Readonly<Partial<Record<EducationLevelValue, string>>> = {
  early_childhood: 'EarlyChildhoodEducation',
  primary: 'PrimaryEducation',
  lower_secondary: 'LowerSecondaryEducation',
  upper_secondary: 'UpperSecondaryEducation',
  post_secondary_non_tertiary: 'PostSecondaryNonTertiaryEducation',
  short_cycle_tertiary: 'ShortCycleTertiaryEducation',
  bachelor: 'BachelorsOrEquivalentLevel',
  master: 'MastersOrEquivalentLevel',
  doctoral: 'DoctoralOrEquivalentLevel',
};

/**
 * HTCDS `vic_TypeOfExploitation` value names.
 *
 * @example
 * ```ts
 * HTCDS_EXPLOITATION_TYPE.forced_labour; // 'ForcedLabour'
 * ```
 */
export const HTCDS_EXPLOITATION_TYPE: Readonly<Record<ExploitationTypeValue, string>> = {
  forced_labour: 'ForcedLabour',
  sexual_exploitation: 'SexualExploitation',
  child_labour: 'ChildLabour',
  forced_marriage: 'ForcedMarriage',
  servitude: 'Servitude',
  forced_military: 'ForcedMilitaryByNonStateActors',
  organ_removal: 'OrganRemoval',
  forced_begging: 'ForcedBegging',
  forced_adoption: 'ForcedAdoption',
  surrogacy: 'Surrogacy',
  other: 'Other',
};

/**
 * HTCDS `vic_MethodsOfControl` value names.
 *
 * @example
 * ```ts
 * HTCDS_METHOD_OF_CONTROL.debt_bondage; // 'DebtBondage'
 * ```
 */
export const HTCDS_METHOD_OF_CONTROL: Readonly<Record<MethodOfControlValue, string>> = {
  physical_threats: 'PhysicalThreats',
  threats_law_enforcement: 'ThreatsLawEnforcement',
  threatens_children_family: 'ThreatensChildrenFamily',
  debt_bondage: 'DebtBondage',
  false_promises: 'FalsePromises',
  physical_abuse: 'PhysicalAbuse',
  sexual_abuse: 'SexualAbuse',
  takes_earnings: 'TakesEarnings',
  restricts_financial_access: 'RestrictsFinancialAccess',
  restricts_medical_care: 'RestrictsMedicalCare',
  restricts_movement: 'RestrictsMovement',
  withholds_necessities: 'WithholdsNecessities',
  psychological_abuse: 'PsychologicalAbuse',
  psychoactive_substances: 'PsychoactiveSubstance',
  excessive_working_hours: 'ExcessiveWorkingHours',
  withholds_documents: 'WithholdsDocuments',
  other: 'Other',
};

/**
 * HTCDS `vic_MethodOfRecruitment` value names.
 *
 * @example
 * ```ts
 * HTCDS_RECRUITMENT_METHOD.online_social_networks; // 'ThroughOnlineSocialNetworks'
 * ```
 */
export const HTCDS_RECRUITMENT_METHOD: Readonly<Record<RecruitmentMethodValue, string>> = {
  at_place_of_business: 'AtAPlaceOfBusiness',
  at_educational_institution: 'AtAnEducationalInstitution',
  at_work: 'AtWork',
  online_social_networks: 'ThroughOnlineSocialNetworks',
  online_advertisement: 'ThroughAnOnlineAdvertisement',
  television_advert: 'ThroughATelevisionAdvert',
  newspaper_advert: 'ThroughANewspaperAdvert',
  family: 'ThroughFamilyOrFamilyEvents',
  friends_social_events: 'ThroughFriendsOrSocialEvents',
  other: 'Other',
};

/**
 * HTCDS `vic_RelationshipToTrafficker` value names (HTCDS spells `Unaquainted`).
 *
 * @example
 * ```ts
 * HTCDS_RELATIONSHIP.unacquainted; // 'Unaquainted'
 * ```
 */
export const HTCDS_RELATIONSHIP: Readonly<Record<RelationshipToTraffickerValue, string>> = {
  familial: 'Familial',
  acquainted: 'Acquainted',
  unacquainted: 'Unaquainted',
};

/**
 * HTCDS `spl_Type` value names.
 *
 * @example
 * ```ts
 * HTCDS_SUPPORT_PLAN_TYPE.livelihood; // 'Livelihood'
 * ```
 */
export const HTCDS_SUPPORT_PLAN_TYPE: Readonly<Record<SupportPlanTypeValue, string>> = {
  education: 'Education',
  financial: 'Financial',
  health: 'Health',
  labour_exploitation_rehabilitation: 'LabourExploitationRehabilitation',
  legal: 'Legal',
  livelihood: 'Livelihood',
  rights_based_training: 'RightsBasedTraining',
  sexual_exploitation_rehabilitation: 'SexualExploitationRehabilitation',
  social_care: 'SocialCare',
};

/**
 * HTCDS `org_Type` value names for each organisation role.
 *
 * @example
 * ```ts
 * HTCDS_ORGANIZATION_TYPE.training_institution; // 'SchoolOrCollege'
 * ```
 */
export const HTCDS_ORGANIZATION_TYPE: Readonly<Record<OrganizationRoleValue, string>> = {
  ngo: 'NGO',
  training_institution: 'SchoolOrCollege',
  corporate: 'CorporateBusiness',
  government: 'CentralGovernmentOrganisation',
  coordinator: 'NGO',
};

/**
 * The key of `table` whose HTCDS name is `name`, or `undefined`.
 *
 * @example
 * ```ts
 * fromHtcdsName(HTCDS_GENDER, 'Feminine'); // 'feminine'
 * ```
 */
export function fromHtcdsName<K extends string>(
  table: Readonly<Partial<Record<K, string>>>,
  name: unknown,
): K | undefined {
  if (typeof name !== 'string') return undefined;
  for (const [key, value] of Object.entries(table) as [K, string][]) if (value === name.trim()) return key;
  return undefined;
}
