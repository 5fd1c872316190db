import type { FollowUp } from '../livelihood/index.js';
import type { PlanProgressValue } from '../model/index.js';
import { officeMinute } from './clock.js';
import type { Context, Person } from './context.js';
import type { Random } from './random.js';
import { FOLLOW_UP_NOTES, REVIEW_NOTES } from './templates.js';

/** Months after intake at which the NGO follows a participant up. */
const FOLLOW_UP_MONTHS = [3, 6, 12, 18, 24] as const;

const clampScore = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

function economicScore(income: number): number {
  if (income < 5000) return 1;
  if (income < 12_000) return 2;
  if (income < 18_000) return 3;
  if (income < 25_000) return 4;
  return 5;
}

/** The participant's monthly income on a day: wage, business profit, or casual work that grows slowly. */
function incomeOn(ctx: Context, person: Person, day: number, casual: number, k: number): number {
  const { placement, enterprise } = person;
  if (placement && ctx.clock.dayOf(placement.startDate) <= day) {
    const ended = person.placementEndDay !== undefined && person.placementEndDay < day;
    if (!ended) return placement.monthlyWageNpr;
  }
  if (enterprise && enterprise.monthlyRecords.length > 0) {
    const month = ctx.clock.date(day).slice(0, 7);
    const record = enterprise.monthlyRecords.findLast((r) => r.month < month);
    if (record) return Math.max(casual, record.profitNpr);
  }
  return Math.round((casual * (1 + 0.08 * k)) / 100) * 100;
}

/**
 * Follows a participant up 3, 6, 12, 18 and 24 months after intake (while the programme runs): income and
 * reintegration scores, improving for most; each follow-up reviews the plan. Then closes the plan's goals
 * that were reached.
 */
export function followUp(ctx: Context, rng: Random, person: Person): void {
  const { clock } = ctx;
  const p = person.participant;
  const casual = rng.int(0, 18) * 500;
  const leavesShelter = person.intakeDay + rng.int(45, 300);
  let social = rng.int(1, 3);
  let psycho = rng.int(1, 3);
  const thriving = rng.chance(0.8);
  let family = p.shelterStatus === 'with_family';
  let k = 0;
  for (const months of FOLLOW_UP_MONTHS) {
    const day = clock.addMonths(person.intakeDay, months) + rng.int(-5, 10);
    if (day >= clock.days) break;
    k++;
    if (!rng.chance(0.92)) continue;
    const income = incomeOn(ctx, person, day, casual, k);
    const inShelter = p.shelterStatus === 'in_shelter' && day < leavesShelter;
    if (thriving) {
      social += rng.chance(0.6) ? 1 : 0;
      psycho += rng.chance(0.6) ? 1 : 0;
    } else {
      social += rng.int(-1, 1);
      psycho += rng.int(-1, 1);
    }
    family = family || (!inShelter && rng.chance(0.25));
    const at = clock.at(day, officeMinute(rng));
    const record: FollowUp = {
      id: ctx.ids.id('followUp'),
      organizationId: person.ngo.id,
      participantId: p.id,
      date: clock.date(day),
      monthlyIncomeNpr: income,
      livingIndependently: !inShelter && !family && rng.chance(income > 15_000 ? 0.7 : 0.2),
      reintegratedWithFamily: family,
      supportingFamily: income > 12_000 && rng.chance((p.dependants ?? 0) > 0 ? 0.8 : 0.4),
      inShelter,
      createdAt: at,
      updatedAt: at,
    };
    if (rng.chance(0.85)) {
      record.economicScore = economicScore(income);
      record.socialScore = clampScore(social);
      record.psychosocialScore = clampScore(psycho);
    }
    if (rng.chance(0.25)) record.notes = rng.pick(FOLLOW_UP_NOTES);
    ctx.out.followUps.push(record);
    review(person, record, income, rng, at);
  }
  closeGoals(ctx, person);
}

function review(person: Person, record: FollowUp, income: number, rng: Random, at: string): void {
  const plan = person.plan;
  if (!plan || plan.createdAt > at) return;
  const progress: PlanProgressValue =
    income >= 15_000
      ? 'on_track'
      : rng.weighted([
          ['some_progress', 6],
          ['no_progress', 2],
          ['plan_changed', 1],
        ] as const);
  const entry = { reviewedOn: record.date, followUpId: record.id, progress };
  plan.reviews.push(rng.chance(0.3) ? { ...entry, notes: rng.pick(REVIEW_NOTES) } : entry);
  plan.updatedAt = at;
}

function closeGoals(ctx: Context, person: Person): void {
  const plan = person.plan;
  if (!plan) return;
  const working = person.placement !== undefined && person.placementEndDay === undefined;
  const business = person.enterprise?.status === 'operating';
  for (const goal of plan.goals) {
    const actions = plan.actions.filter((a) => a.goalKey === goal.key);
    const allDone =
      actions.length > 0 && actions.every((a) => a.status === 'done' || a.status === 'cancelled');
    const someDone = actions.some((a) => a.status === 'done');
    if (goal.key === 'livelihood') {
      if (working || business || (person.pathway === 'training' && person.trainedDay !== undefined))
        goal.status = 'achieved';
    } else if (allDone && someDone) goal.status = 'achieved';
  }
  if (
    plan.goals.every((g) => g.status === 'achieved') &&
    plan.plannedEndDate &&
    plan.plannedEndDate < ctx.clock.end
  ) {
    const last = plan.reviews.at(-1);
    plan.actualEndDate =
      last && last.reviewedOn > plan.plannedEndDate ? last.reviewedOn : plan.plannedEndDate;
  }
}
