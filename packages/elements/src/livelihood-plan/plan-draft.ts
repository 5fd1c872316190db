import type { LivelihoodPlanInput, PlanAction, PlanGoal, PlanReview } from '@nayabato/core';
import { bsTextOf, isoOfBsText, todayBs } from '../base/bs-date.js';

/**
 * The plan as the form edits it: core's input shape, with optional dates and texts kept as strings (`''`
 * for "not set") until saved, so the form never loses what was typed. The dates the form shows (target,
 * start, due, review and planned end dates) are held as typed, in Bikram Sambat (`2083-08-20`); they are
 * AD (ISO) dates again in {@link inputOf}.
 */
export interface PlanDraft {
  goals: Array<Omit<PlanGoal, 'targetDate'> & { targetDate: string }>;
  actions: Array<
    Omit<PlanAction, 'startDate' | 'dueDate' | 'serviceType'> & {
      startDate: string;
      dueDate: string;
      serviceType: string;
    }
  >;
  reviews: Array<Omit<PlanReview, 'notes' | 'reviewedOn'> & { notes: string; reviewedOn: string }>;
  plannedEndDate: string;
  agreement: { method: string; agreedAt: string };
  needsAssessmentId?: string | undefined;
  actualEndDate?: string | undefined;
}

/** A new goal, keyed after the highest `g<n>` key in use. */
export function newGoal(goals: PlanDraft['goals']): PlanDraft['goals'][number] {
  const used = goals.map((g) => Number(/^g(\d+)$/.exec(g.key)?.[1] ?? 0));
  return {
    key: `g${Math.max(0, ...used) + 1}`,
    area: 'livelihood',
    description: '',
    targetDate: '',
    status: 'open',
  };
}

/** A new action towards `goalKey`, the responsible partner still to choose. */
export const newAction = (goalKey: string): PlanDraft['actions'][number] => ({
  goalKey,
  description: '',
  serviceType: '',
  responsibleOrganizationId: '',
  startDate: '',
  dueDate: '',
  status: 'planned',
});

/** A review made today. */
export const newReview = (): PlanDraft['reviews'][number] => ({
  reviewedOn: todayBs(),
  progress: 'on_track',
  notes: '',
});

/** The form's draft of a stored plan, or of a new plan with one empty goal. */
export function draftOf(plan: LivelihoodPlanInput | undefined): PlanDraft {
  if (!plan) {
    return {
      goals: [newGoal([])],
      actions: [],
      reviews: [],
      plannedEndDate: '',
      agreement: { method: '', agreedAt: '' },
    };
  }
  const bs = (iso: string | undefined) => (iso ? bsTextOf(iso) : '');
  return {
    goals: plan.goals.map((g) => ({ ...g, targetDate: bs(g.targetDate) })),
    actions: plan.actions.map((a) => ({
      ...a,
      startDate: bs(a.startDate),
      dueDate: bs(a.dueDate),
      serviceType: a.serviceType ?? '',
    })),
    reviews: plan.reviews.map((r) => ({ ...r, reviewedOn: bs(r.reviewedOn), notes: r.notes ?? '' })),
    plannedEndDate: bs(plan.plannedEndDate),
    agreement: {
      method: plan.participantAgreement?.method ?? '',
      agreedAt: plan.participantAgreement?.agreedAt ?? '',
    },
    needsAssessmentId: plan.needsAssessmentId,
    actualEndDate: plan.actualEndDate,
  };
}

/** Keeps `key: value` only when the value is set. */
const opt = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/**
 * The body core validates and the registry stores (unset optional fields left out; dates in AD). A date
 * whose text is not a BS date is left out too: {@link bsDatesOf} lets the form say so.
 */
export function inputOf(participantId: string, draft: PlanDraft): LivelihoodPlanInput {
  const ad = isoOfBsText;
  return {
    participantId,
    ...opt('needsAssessmentId', draft.needsAssessmentId),
    goals: draft.goals.map(({ targetDate, ...g }) => ({ ...g, ...opt('targetDate', ad(targetDate)) })),
    actions: draft.actions.map(({ startDate, dueDate, serviceType, ...a }) => ({
      ...a,
      ...opt('serviceType', serviceType),
      ...opt('startDate', ad(startDate)),
      ...opt('dueDate', ad(dueDate)),
    })),
    reviews: draft.reviews.map(({ notes, reviewedOn, ...r }) => ({
      ...r,
      ...opt('reviewedOn', ad(reviewedOn)),
      ...opt('notes', notes.trim() ? notes : ''),
    })),
    ...(draft.agreement.method
      ? { participantAgreement: { method: draft.agreement.method, agreedAt: draft.agreement.agreedAt } }
      : {}),
    ...opt('plannedEndDate', ad(draft.plannedEndDate)),
    ...opt('actualEndDate', draft.actualEndDate),
  } as LivelihoodPlanInput;
}

/**
 * The form's field id of an issue's path: `goals-0-description`, `actions-1-dueDate`, `plannedEndDate`;
 * `undefined` for a path no field shows (reported at the top of the form).
 */
export function fieldOf(path: readonly (string | number)[]): string | undefined {
  const [head, index, field] = path;
  if (head === 'plannedEndDate') return head;
  if (head === 'participantAgreement') return 'agreement';
  if ((head === 'goals' || head === 'actions' || head === 'reviews') && typeof index === 'number' && field)
    return `${head}-${index}-${field}`;
  return undefined;
}

/** Every date field of the draft, by field id, with its text (what the form checks is a BS date). */
export function bsDatesOf(draft: PlanDraft): Record<string, string> {
  const out: Record<string, string> = { plannedEndDate: draft.plannedEndDate };
  draft.goals.forEach((g, i) => {
    out[`goals-${i}-targetDate`] = g.targetDate;
  });
  draft.actions.forEach((a, i) => {
    out[`actions-${i}-startDate`] = a.startDate;
    out[`actions-${i}-dueDate`] = a.dueDate;
  });
  draft.reviews.forEach((r, i) => {
    out[`reviews-${i}-reviewedOn`] = r.reviewedOn;
  });
  return out;
}
