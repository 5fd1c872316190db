import type { TradeCodeValue } from '../livelihood/index.js';
import type { AssessmentDomainValue, ServiceTypeValue, SupportRequestKindValue } from '../model/index.js';

/**
 * Neutral template texts for the free-text fields of the synthetic programme. They name no person, place
 * below district level, organisation or document, so a screenshot of demo data can never expose anyone.
 * Internal to the synthetic module.
 */

export const SYNTHETIC_NOTE = 'Synthetic record generated for testing and demonstration.';

export const DOMAIN_STRENGTHS: Readonly<Record<AssessmentDomainValue, string>> = {
  safety: 'Knows whom to call when feeling unsafe.',
  physical_health: 'Attends health check-ups when reminded.',
  psychosocial_wellbeing: 'Speaks openly with the counsellor and wants to continue sessions.',
  family_and_social_relations: 'Keeps in touch with a supportive relative.',
  legal_and_documentation: 'Has some documents and knows which are missing.',
  education_and_skills: 'Learns quickly and enjoys practical work.',
  livelihood_and_income: 'Motivated to earn a regular income.',
  housing: 'Can stay in safe accommodation for the coming months.',
};

export const DOMAIN_GOALS: Readonly<Record<AssessmentDomainValue, string>> = {
  safety: 'Feel safe at home and at work.',
  physical_health: 'Complete the recommended treatment.',
  psychosocial_wellbeing: 'Sleep better and feel more confident.',
  family_and_social_relations: 'Rebuild contact with the family.',
  legal_and_documentation: 'Obtain the missing documents.',
  education_and_skills: 'Complete a certified skills course.',
  livelihood_and_income: 'Earn enough to cover monthly expenses.',
  housing: 'Move to stable housing.',
};

export const REFERRAL_REASONS: Readonly<Record<ServiceTypeValue, string>> = {
  counselling: 'Needs regular psychosocial counselling sessions.',
  legal_aid: 'Needs legal advice on an ongoing case.',
  citizenship_documentation: 'Needs support to apply for a citizenship certificate.',
  health: 'Needs a health check-up and follow-up treatment.',
  shelter: 'Needs safe temporary accommodation.',
  vocational_training: 'Wants a certified skills course to find work.',
  job_placement: 'Ready for work and wants an introduction to an employer.',
  enterprise_support: 'Wants to start a small business and needs seed support.',
  financial_literacy: 'Wants to learn budgeting and saving.',
  family_reintegration: 'Wants support to reconnect with the family.',
  education: 'Wants to return to formal education.',
  other: 'Needs other support agreed in the plan.',
};

export const REJECTION_REASONS = [
  'No places available in the coming months.',
  'The service is not offered in the participant’s district.',
  'The participant’s needs are better met by another partner.',
] as const;

export const CANCELLATION_REASONS = [
  'The participant chose a different option.',
  'The participant moved to another district.',
  'The need was met in another way.',
] as const;

export const REVOCATION_REASON = 'The participant withdrew consent to share information.';

export const OUTCOME_SUMMARIES = {
  service_delivered: 'Service delivered as planned.',
  partially_delivered: 'Part of the service was delivered.',
  participant_declined: 'The participant decided not to continue.',
  participant_unreachable: 'Could not reach the participant after several attempts.',
  referred_onward: 'Referred on to a partner better placed to help.',
} as const;

export const OVERRIDE_REASON =
  'Urgent referral agreed by the supervisor; consent to be recorded at the next visit.';

export const SERVICES_OVERRIDE_REASON =
  'Consent given verbally; the written checks will be completed at the next visit.';

export const GOAL_DESCRIPTIONS = {
  job: 'Find steady work in the chosen trade.',
  enterprise: 'Start and run a small business.',
  training: 'Complete a certified skills course.',
  support: 'Regain stability with counselling and support.',
  documents: 'Obtain the missing documents.',
  family: 'Reconnect with the family.',
} as const;

export const ACTION_DESCRIPTIONS: Readonly<Record<ServiceTypeValue, string>> = {
  counselling: 'Counselling sessions',
  legal_aid: 'Legal advice',
  citizenship_documentation: 'Citizenship certificate application',
  health: 'Health check-up',
  shelter: 'Stay in a safe shelter',
  vocational_training: 'Skills course',
  job_placement: 'Introduction to an employer and placement',
  enterprise_support: 'Business plan and seed support',
  financial_literacy: 'Budgeting and saving course',
  family_reintegration: 'Family meetings',
  education: 'Return to formal education',
  other: 'Other agreed support',
};

export const REVIEW_NOTES = [
  'Reviewed together with the participant.',
  'Progress discussed at the follow-up visit.',
  'Plan adjusted with the participant.',
] as const;

export const FOLLOW_UP_NOTES = [
  'Follow-up visit completed.',
  'Follow-up by phone.',
  'Participant reports steady progress.',
] as const;

export const DROPOUT_NOTE = 'Left the course before the end.';

export const PLACEMENT_END_NOTE = 'The employer and the participant agreed to end the placement.';

export const IN_KIND_ITEMS: Readonly<Partial<Record<TradeCodeValue, string>>> = {
  tailoring: 'Sewing machine',
  beautician: 'Beauty parlour kit',
  dhaka_weaving: 'Hand loom',
  lokta_paper: 'Paper-making frames',
  handicrafts_other: 'Craft tool set',
  candle_incense: 'Candle moulds',
  agriculture_livestock: 'Goats',
  floriculture: 'Seedlings and poly-house sheet',
  mobile_repair: 'Repair tool kit',
  hospitality_cooking: 'Cooking stove and utensils',
  computer_skills: 'Laptop',
};

export const PRODUCTS: Readonly<Partial<Record<TradeCodeValue, string>>> = {
  tailoring: 'Uniforms',
  dhaka_weaving: 'Dhaka fabric',
  lokta_paper: 'Lokta paper goods',
  handicrafts_other: 'Handicrafts',
  candle_incense: 'Candles and incense',
  floriculture: 'Cut flowers',
  agriculture_livestock: 'Vegetables',
  hospitality_cooking: 'Snacks',
};

export const SUPPORT_DESCRIPTIONS: Readonly<Record<SupportRequestKindValue, string>> = {
  legal_aid: 'Request for legal aid for a participant with an ongoing case.',
  citizenship_documentation: 'Request for support with a citizenship certificate application.',
  infrastructure: 'Request for a training room and equipment for the district programme.',
  shelter_space: 'Request for additional shelter places for the coming quarter.',
};

export const SUPPORT_RESPONSES = {
  acknowledged: 'Received; forwarded to the responsible section.',
  in_progress: 'Being processed with the district office.',
  fulfilled: 'Completed as requested.',
  declined: 'Cannot be met this fiscal year; please apply again next year.',
} as const;

export const STORY_TEXTS = [
  'After the course I found steady work and can now pay for my own room.',
  'The training gave me a skill, and my small business now covers my monthly expenses.',
  'With counselling and a new job I feel confident about the future.',
] as const;

export const JOB_DESCRIPTION =
  'Synthetic CSR job offer for demonstration. Training on the job; fair and safe working conditions.';

export const TRAINING_DESCRIPTION =
  'Synthetic course for demonstration: practical sessions and an assessment.';
