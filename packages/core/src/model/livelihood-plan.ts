import * as z from 'zod/mini';
import { defineMessages } from '../i18n/catalog.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { dateOrderIssue, duplicateIssues } from './common-rules.js';
import { ConsentMethod } from './consent.js';
import { type DomainIssue, domainChecks } from './domain-checks.js';
import { idSchema } from './ids.js';
import { FreeTextSchema, IsoDateSchema, IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';
import { ServiceTypeSchema } from './service-type.js';

/**
 * The area of a goal, as the HTCDS v2.0 support-plan type (`spl_Type`).
 *
 * @example
 * ```ts
 * SupportPlanType.label('livelihood', 'ne'); // 'जीविकोपार्जन'
 * ```
 */
export const SupportPlanType = defineEnum('livelihood_plan.type', {
  education: { en: 'Education', ne: 'शिक्षा' },
  financial: { en: 'Financial', ne: 'आर्थिक' },
  health: { en: 'Health', ne: 'स्वास्थ्य' },
  labour_exploitation_rehabilitation: {
    en: 'Rehabilitation after labour exploitation',
    ne: 'श्रम शोषणपछिको पुनर्स्थापना',
  },
  legal: { en: 'Legal', ne: 'कानुनी' },
  livelihood: { en: 'Livelihood', ne: 'जीविकोपार्जन' },
  rights_based_training: { en: 'Rights-based training', ne: 'अधिकारमा आधारित तालिम' },
  sexual_exploitation_rehabilitation: {
    en: 'Rehabilitation after sexual exploitation',
    ne: 'यौन शोषणपछिको पुनर्स्थापना',
  },
  social_care: { en: 'Social care', ne: 'सामाजिक हेरचाह' },
});
/** One of the {@link SupportPlanType} values. */
export type SupportPlanTypeValue = EnumValue<typeof SupportPlanType>;

/**
 * Where a goal stands.
 *
 * @example
 * ```ts
 * GoalStatus.label('achieved', 'en'); // 'Achieved'
 * ```
 */
export const GoalStatus = defineEnum('livelihood_plan.goal_status', {
  open: { en: 'Open', ne: 'जारी' },
  achieved: { en: 'Achieved', ne: 'हासिल भयो' },
  dropped: { en: 'Dropped by the participant', ne: 'सहभागीले छाडेको' },
});
/** One of the {@link GoalStatus} values. */
export type GoalStatusValue = EnumValue<typeof GoalStatus>;

/**
 * Where an action stands.
 *
 * @example
 * ```ts
 * ActionStatus.label('in_progress', 'ne'); // 'काम भइरहेको'
 * ```
 */
export const ActionStatus = defineEnum('livelihood_plan.action_status', {
  planned: { en: 'Planned', ne: 'योजनामा' },
  in_progress: { en: 'In progress', ne: 'काम भइरहेको' },
  done: { en: 'Done', ne: 'सम्पन्न' },
  cancelled: { en: 'Cancelled', ne: 'रद्द' },
});
/** One of the {@link ActionStatus} values. */
export type ActionStatusValue = EnumValue<typeof ActionStatus>;

/**
 * How the plan is going, as judged at a review.
 *
 * @example
 * ```ts
 * PlanProgress.label('on_track', 'en'); // 'On track'
 * ```
 */
export const PlanProgress = defineEnum('livelihood_plan.progress', {
  on_track: { en: 'On track', ne: 'योजनाअनुसार' },
  some_progress: { en: 'Some progress', ne: 'केही प्रगति' },
  no_progress: { en: 'No progress', ne: 'प्रगति छैन' },
  plan_changed: { en: 'Plan changed with the participant', ne: 'सहभागीसँग मिलेर योजना परिवर्तन' },
});
/** One of the {@link PlanProgress} values. */
export type PlanProgressValue = EnumValue<typeof PlanProgress>;

/**
 * A key naming a goal within one plan, e.g. `g1` or `tailoring-course`.
 *
 * @example
 * ```ts
 * PlanKeySchema.safeParse('tailoring-course').success; // true
 * PlanKeySchema.safeParse('Tailoring Course').success; // false
 * ```
 */
export const PlanKeySchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'plan key'));

/**
 * A goal the participant chose.
 *
 * @example
 * ```ts
 * PlanGoalSchema.parse({ key: 'g1', area: 'livelihood', description: 'Open a tailoring shop', status: 'open' });
 * ```
 */
export const PlanGoalSchema = z.strictObject({
  /** Names the goal within the plan, so actions can refer to it. */
  key: PlanKeySchema,
  /** The HTCDS support-plan type of the goal. */
  area: SupportPlanType.schema,
  /** The goal, in the participant's words (free text). */
  description: FreeTextSchema.check(z.trim(), z.minLength(1)),
  /** When the participant hopes to reach it. */
  targetDate: z.optional(IsoDateSchema),
  /** Where it stands. */
  status: GoalStatus.schema,
});
/** A goal of a livelihood plan. */
export type PlanGoal = z.infer<typeof PlanGoalSchema>;

/**
 * An action towards a goal, with the organisation responsible and its dates.
 *
 * @example
 * ```ts
 * PlanActionSchema.parse({
 *   goalKey: 'g1', description: 'Six-month tailoring course', serviceType: 'vocational_training',
 *   responsibleOrganizationId: 'org_0123456789', startDate: '2026-04-01', dueDate: '2026-09-30', status: 'planned',
 * });
 * ```
 */
export const PlanActionSchema = z.strictObject({
  /** The goal it serves. */
  goalKey: PlanKeySchema,
  /** What will be done (free text). */
  description: FreeTextSchema.check(z.trim(), z.minLength(1)),
  /** The kind of service, when the action is a service. */
  serviceType: z.optional(ServiceTypeSchema),
  /** The organisation responsible (the registering NGO itself or a partner). */
  responsibleOrganizationId: idSchema('organization'),
  /** When it starts. */
  startDate: z.optional(IsoDateSchema),
  /** When it is due. */
  dueDate: z.optional(IsoDateSchema),
  /** Where it stands. */
  status: ActionStatus.schema,
  /** The referral that carries it out, once sent. */
  referralId: z.optional(idSchema('referral')),
});
/** An action of a livelihood plan. */
export type PlanAction = z.infer<typeof PlanActionSchema>;

/**
 * The participant's agreement to the plan.
 *
 * @example
 * ```ts
 * PlanAgreementSchema.parse({ agreedAt: '2026-03-05T09:00:00Z', method: 'thumbprint' });
 * ```
 */
export const PlanAgreementSchema = z.strictObject({
  /** When the participant agreed. */
  agreedAt: IsoDateTimeSchema,
  /** How. */
  method: ConsentMethod.schema,
});
/** The participant's agreement. */
export type PlanAgreement = z.infer<typeof PlanAgreementSchema>;

/**
 * A review of the plan, made at a follow-up.
 *
 * @example
 * ```ts
 * PlanReviewSchema.parse({ reviewedOn: '2026-06-05', progress: 'on_track' });
 * ```
 */
export const PlanReviewSchema = z.strictObject({
  /** The day of the review. */
  reviewedOn: IsoDateSchema,
  /** The follow-up at which it was made. */
  followUpId: z.optional(idSchema('followUp')),
  /** How the plan is going. */
  progress: PlanProgress.schema,
  /** Notes (free text). */
  notes: z.optional(FreeTextSchema),
});
/** A review of a livelihood plan. */
export type PlanReview = z.infer<typeof PlanReviewSchema>;

/**
 * Messages of the livelihood-plan rules.
 *
 * @example
 * ```ts
 * livelihoodPlanRuleMessages.format('unknown_goal', 'en'); // 'No goal of this plan has this key'
 * ```
 */
export const livelihoodPlanRuleMessages = defineMessages('livelihood_plan.rules', {
  unknown_goal: { en: 'No goal of this plan has this key', ne: 'यस योजनामा यो कुञ्जी भएको लक्ष्य छैन' },
});

const livelihoodPlanInputShape = {
  /** Whose plan it is. */
  participantId: idSchema('participant'),
  /** The needs assessment it builds on. */
  needsAssessmentId: z.optional(idSchema('needsAssessment')),
  /** The goals the participant chose (HTCDS `spl_Objectives`). */
  goals: z.array(PlanGoalSchema).check(z.minLength(1), z.maxLength(20)),
  /** The actions (HTCDS `spl_ActionPlan`). */
  actions: z.array(PlanActionSchema).check(z.maxLength(60)),
  /** The participant's agreement; absent while the plan is a draft. */
  participantAgreement: z.optional(PlanAgreementSchema),
  /** Reviews, one at each follow-up, oldest first. */
  reviews: z.array(PlanReviewSchema).check(z.maxLength(100)),
  /** When the plan should end (HTCDS `spl_PlannedEndDate`). */
  plannedEndDate: z.optional(IsoDateSchema),
  /** When it ended (HTCDS `spl_ActualEndDate`). */
  actualEndDate: z.optional(IsoDateSchema),
};

const serverShape = {
  /** The plan's id. */
  id: idSchema('livelihoodPlan'),
  /** The organisation that made the plan with the participant. */
  organizationId: idSchema('organization'),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

type PlanRuleInput = { goals: readonly PlanGoal[]; actions: readonly PlanAction[] };

function planRuleIssues(p: PlanRuleInput): DomainIssue[] {
  const out = duplicateIssues(p.goals, ['goals'], (g) => (g as PlanGoal).key);
  const keys = new Set(p.goals.map((g) => g.key));
  p.actions.forEach((a, i) => {
    if (!keys.has(a.goalKey))
      out.push({
        path: ['actions', i, 'goalKey'],
        code: 'unknown_goal',
        message: livelihoodPlanRuleMessages.localized('unknown_goal'),
      });
    out.push(...dateOrderIssue(a.startDate, a.dueDate, ['actions', i, 'dueDate']));
  });
  return out;
}

const planRules = domainChecks<PlanRuleInput>(planRuleIssues);

/**
 * What a client sends to record a livelihood plan: {@link LivelihoodPlanSchema} without `id`,
 * `organizationId`, `createdAt`, `updatedAt`.
 *
 * @example
 * ```ts
 * validate(LivelihoodPlanInputSchema, {
 *   participantId: 'pt_0123456789',
 *   goals: [{ key: 'g1', area: 'livelihood', description: 'Work as a tailor', status: 'open' }],
 *   actions: [], reviews: [],
 * });
 * ```
 */
export const LivelihoodPlanInputSchema = z.strictObject(livelihoodPlanInputShape).check(planRules);

/**
 * A livelihood plan (the HTCDS support plan) as stored: the goals the participant chose, the actions with
 * the responsible organisation and dates, the participant's agreement and the reviews made at follow-ups.
 *
 * @example
 * ```ts
 * const plan: LivelihoodPlan = assertValid(LivelihoodPlanSchema, record);
 * ```
 */
export const LivelihoodPlanSchema = z
  .strictObject({ ...serverShape, ...livelihoodPlanInputShape })
  .check(planRules);

/** A stored livelihood plan. */
export type LivelihoodPlan = z.infer<typeof LivelihoodPlanSchema>;
/** The body that records a livelihood plan. */
export type LivelihoodPlanInput = z.infer<typeof LivelihoodPlanInputSchema>;

/**
 * The sensitivity of every livelihood-plan field.
 *
 * @example
 * ```ts
 * redact(plan, livelihoodPlanFieldSensitivity, 'internal');
 * ```
 */
export const livelihoodPlanFieldSensitivity: FieldSensitivity<LivelihoodPlan> = {
  id: 'internal',
  organizationId: 'internal',
  participantId: 'internal',
  needsAssessmentId: 'internal',
  // Goals, actions and reviews carry descriptions in free text.
  goals: 'free_text',
  actions: 'free_text',
  participantAgreement: 'internal',
  reviews: 'free_text',
  plannedEndDate: 'internal',
  actualEndDate: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
};
