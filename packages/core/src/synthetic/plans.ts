import type {
  ActionStatusValue,
  LivelihoodPlan,
  Organization,
  PlanAction,
  Referral,
  ReferralStatusValue,
  ServiceTypeValue,
  SupportPlanTypeValue,
} from '../model/index.js';
import { officeMinute } from './clock.js';
import type { Context, Person } from './context.js';
import type { Random } from './random.js';
import { runReferral } from './referrals.js';
import { ACTION_DESCRIPTIONS, GOAL_DESCRIPTIONS } from './templates.js';

type GoalKey = 'livelihood' | 'documents' | 'wellbeing' | 'family';

const GOALS: Readonly<Record<GoalKey, { area: SupportPlanTypeValue }>> = {
  livelihood: { area: 'livelihood' },
  documents: { area: 'legal' },
  wellbeing: { area: 'social_care' },
  family: { area: 'social_care' },
};

const GOAL_OF: Partial<Record<ServiceTypeValue, GoalKey>> = {
  counselling: 'wellbeing',
  health: 'wellbeing',
  shelter: 'wellbeing',
  legal_aid: 'documents',
  citizenship_documentation: 'documents',
  family_reintegration: 'family',
};

const ACTION_STATUS: Readonly<Record<ReferralStatusValue, ActionStatusValue>> = {
  draft: 'planned',
  sent: 'planned',
  accepted: 'in_progress',
  in_progress: 'in_progress',
  completed: 'done',
  rejected: 'cancelled',
  cancelled: 'cancelled',
  revoked: 'cancelled',
};

/** The NGOs offering each service, computed once. */
export type Providers = ReadonlyMap<ServiceTypeValue, readonly Organization[]>;

/** Indexes the NGOs by the services they offer. */
export function providersByService(ngos: readonly Organization[]): Providers {
  const map = new Map<ServiceTypeValue, Organization[]>();
  for (const ngo of ngos) for (const s of ngo.servicesOffered) map.set(s, [...(map.get(s) ?? []), ngo]);
  return map;
}

/** Makes the livelihood plan of a participant (most have one), agreed a few days after the assessment. */
export function createPlan(ctx: Context, rng: Random, person: Person): LivelihoodPlan | undefined {
  const { clock } = ctx;
  if (!rng.chance(person.pathway === 'support' ? 0.5 : 0.93)) return undefined;
  const day = clock.dayOf(person.assessment.assessedOn) + rng.int(2, 14);
  if (day >= clock.days) return undefined;
  const at = clock.at(day, officeMinute(rng));
  const plan: LivelihoodPlan = {
    id: ctx.ids.id('livelihoodPlan'),
    organizationId: person.ngo.id,
    participantId: person.participant.id,
    needsAssessmentId: person.assessment.id,
    goals: [],
    actions: [],
    reviews: [],
    plannedEndDate: clock.date(clock.addMonths(day, 12)),
    createdAt: at,
    updatedAt: at,
  };
  const agreedDay = day + rng.int(0, 5);
  if (agreedDay < clock.days && rng.chance(0.95))
    plan.participantAgreement = {
      agreedAt: clock.at(agreedDay, officeMinute(rng)),
      method: rng.pick(['written', 'thumbprint', 'verbal'] as const),
    };
  ensureGoal(plan, person.pathway === 'support' ? 'wellbeing' : 'livelihood', person);
  ctx.out.livelihoodPlans.push(plan);
  person.plan = plan;
  return plan;
}

function ensureGoal(plan: LivelihoodPlan, key: GoalKey, person: Person): void {
  if (plan.goals.some((g) => g.key === key)) return;
  const description =
    key === 'livelihood'
      ? GOAL_DESCRIPTIONS[person.pathway]
      : key === 'wellbeing'
        ? GOAL_DESCRIPTIONS.support
        : GOAL_DESCRIPTIONS[key];
  plan.goals.push({ key, area: GOALS[key].area, description, status: 'open' });
}

/** Adds an action to the participant's plan (when there is one), linked to its referral if any. */
export function addAction(
  ctx: Context,
  person: Person,
  action: {
    readonly service: ServiceTypeValue;
    readonly organizationId: string;
    readonly startDay: number;
    readonly dueDay: number;
    readonly referral?: Referral;
    readonly status?: ActionStatusValue;
  },
): void {
  const plan = person.plan;
  if (!plan) return;
  const goalKey = GOAL_OF[action.service] ?? 'livelihood';
  ensureGoal(plan, goalKey, person);
  const entry: PlanAction = {
    goalKey,
    description: ACTION_DESCRIPTIONS[action.service],
    serviceType: action.service,
    responsibleOrganizationId: action.organizationId,
    startDate: ctx.clock.date(action.startDay),
    dueDate: ctx.clock.date(Math.max(action.startDay, action.dueDay)),
    status: action.status ?? (action.referral ? ACTION_STATUS[action.referral.status] : 'planned'),
  };
  if (action.referral && action.referral.status !== 'draft') entry.referralId = action.referral.id;
  plan.actions.push(entry);
}

/** The day support referrals are made: soon after the plan, or after the assessment when there is none. */
export function referralDay(ctx: Context, rng: Random, person: Person): number {
  const base = person.plan
    ? ctx.clock.dayOf(person.plan.createdAt.slice(0, 10))
    : ctx.clock.dayOf(person.assessment.assessedOn) + rng.int(1, 10);
  return base + rng.int(0, 20);
}

/**
 * The referrals for non-livelihood needs: counselling, documents, legal aid, health, shelter, family
 * reintegration, financial literacy. Counselling stays inside the NGO when it offers it.
 */
export function supportReferrals(ctx: Context, rng: Random, person: Person, providers: Providers): void {
  const p = person.participant;
  const survivor = p.category === 'survivor';
  const wanted: ServiceTypeValue[] = [];
  if (rng.chance(survivor ? 0.7 : 0.4)) wanted.push('counselling');
  if (p.citizenshipCertificate.status !== 'yes' && rng.chance(0.8)) wanted.push('citizenship_documentation');
  if (survivor && rng.chance(0.25)) wanted.push('legal_aid');
  if (rng.chance(0.15)) wanted.push('health');
  if (p.shelterStatus === 'no_stable_housing' && rng.chance(0.7)) wanted.push('shelter');
  if (rng.chance(0.15)) wanted.push('family_reintegration');
  if (person.pathway === 'enterprise' && rng.chance(0.5)) wanted.push('financial_literacy');
  for (const service of wanted) {
    const offering = providers.get(service) ?? [];
    if (offering.length === 0) continue;
    const to = offering.includes(person.ngo) ? person.ngo : rng.pick(offering);
    const day = referralDay(ctx, rng, person);
    if (day >= ctx.clock.days - 1) continue;
    const referral = runReferral(ctx, rng, person, { to, service, day });
    addAction(ctx, person, {
      service,
      organizationId: to.id,
      startDay: day,
      dueDay: day + 90,
      referral,
    });
  }
}
