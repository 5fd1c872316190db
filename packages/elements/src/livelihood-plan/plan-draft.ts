import type { LivelihoodPlanInput, PlanAction, PlanGoal, PlanReview } from '@nayabato/core';

/**
 * The plan as the form edits it: core's input shape, with optional dates and texts kept as strings (`''`
 * for "not set") until saved, so the form never loses what was typed.
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
  reviews: Array<Omit<PlanReview, 'notes'> & { notes: string }>;
  plannedEndDate: string;
  agreement: { method: string; agreedAt: string };
  needsAssessmentId?: string | undefined;
  actualEndDate?: string | undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

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
  reviewedOn: today(),
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
  return {
    goals: plan.goals.map((g) => ({ ...g, targetDate: g.targetDate ?? '' })),
    actions: plan.actions.map((a) => ({
      ...a,
      startDate: a.startDate ?? '',
      dueDate: a.dueDate ?? '',
      serviceType: a.serviceType ?? '',
    })),
    reviews: plan.reviews.map((r) => ({ ...r, notes: r.notes ?? '' })),
    plannedEndDate: plan.plannedEndDate ?? '',
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

/** The body core validates and the registry stores (unset optional fields left out). */
export function inputOf(participantId: string, draft: PlanDraft): LivelihoodPlanInput {
  return {
    participantId,
    ...opt('needsAssessmentId', draft.needsAssessmentId),
    goals: draft.goals.map(({ targetDate, ...g }) => ({ ...g, ...opt('targetDate', targetDate) })),
    actions: draft.actions.map(({ startDate, dueDate, serviceType, ...a }) => ({
      ...a,
      ...opt('serviceType', serviceType),
      ...opt('startDate', startDate),
      ...opt('dueDate', dueDate),
    })),
    reviews: draft.reviews.map(({ notes, ...r }) => ({ ...r, ...opt('notes', notes.trim() ? notes : '') })),
    ...(draft.agreement.method
      ? { participantAgreement: { method: draft.agreement.method, agreedAt: draft.agreement.agreedAt } }
      : {}),
    ...opt('plannedEndDate', draft.plannedEndDate),
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
