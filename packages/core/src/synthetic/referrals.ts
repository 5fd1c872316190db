import {
  type ConsentScopeValue,
  type Organization,
  type Referral,
  type ReferralActionValue,
  type ReferralOutcomeValue,
  type ReferralTransitionContext,
  type ServiceDelivery,
  type ServiceTypeValue,
  transitionReferral,
} from '../model/index.js';
import { officeMinute } from './clock.js';
import { addConsent, type Context, type Person, withdrawConsent } from './context.js';
import type { Random } from './random.js';
import {
  CANCELLATION_REASONS,
  OUTCOME_SUMMARIES,
  OVERRIDE_REASON,
  REFERRAL_REASONS,
  REJECTION_REASONS,
  REVOCATION_REASON,
  SYNTHETIC_NOTE,
} from './templates.js';

/** How a referral should unfold; days are programme day numbers. */
export interface ReferralSpec {
  readonly to: Organization;
  readonly service: ServiceTypeValue;
  /** The day the draft is made. */
  readonly day: number;
  /** For a fixed timetable (a course): the day the service starts. */
  readonly startDay?: number;
  /** For a fixed timetable: the day it completes, and how. */
  readonly completeDay?: number;
  readonly outcome?: ReferralOutcomeValue;
  /** Never cancelled, revoked or rejected (the caller decided the course of events). */
  readonly straight?: boolean;
}

const OUTCOMES = [
  ['service_delivered', 75],
  ['partially_delivered', 10],
  ['participant_declined', 6],
  ['participant_unreachable', 5],
  ['referred_onward', 4],
] as const;

const FATES = [
  ['normal', 74],
  ['draft', 3],
  ['awaiting_reply', 3],
  ['awaiting_start', 4],
  ['ongoing', 3],
  ['cancel', 4],
  ['reject', 5],
  ['revoke', 4],
] as const;
// Inside one organisation there is no sharing consent to withdraw, so no revocation.
const INTERNAL_FATES = FATES.map(([fate, w]) => [fate, fate === 'revoke' ? 0 : w] as const);
const CANCEL_WHEN = [
  ['draft', 4],
  ['sent', 3],
  ['accepted', 3],
] as const;

/** Services that leave a trace of sessions or stays in `serviceDeliveries`. */
const DELIVERED: ReadonlySet<ServiceTypeValue> = new Set([
  'counselling',
  'legal_aid',
  'citizenship_documentation',
  'health',
  'shelter',
  'family_reintegration',
  'financial_literacy',
]);

/** Services whose receiver also needs the counsellor's notes (the participant is asked to name them). */
const NOTES_SHARED: ReadonlySet<ServiceTypeValue> = new Set(['counselling', 'shelter', 'health']);

/**
 * What the sharing consent of referral `r` shares: the profile, then the documents the referral names,
 * follow-ups for livelihood services, and the notes only for care services. Derived without drawing from
 * the random stream, so the rest of the programme stays what it was.
 */
function sharingScope(r: Referral): ConsentScopeValue[] {
  const scope: ConsentScopeValue[] = ['profile'];
  if (r.needsAssessmentId !== undefined) scope.push('needs_assessment');
  if (r.livelihoodPlanId !== undefined) scope.push('livelihood_plan');
  if (r.serviceType === 'job_placement' || r.serviceType === 'enterprise_support') scope.push('follow_ups');
  if (NOTES_SHARED.has(r.serviceType)) scope.push('notes');
  return scope;
}

/**
 * Makes one referral of a participant and moves it with `transitionReferral` as far as the programme's
 * end allows: draft, sent (with the covering consent, or rarely an audited override), accepted or rejected,
 * started, completed with an outcome; a few are cancelled, or revoked after the sharing consent is withdrawn.
 */
export function runReferral(ctx: Context, rng: Random, person: Person, spec: ReferralSpec): Referral {
  const { clock, ids } = ctx;
  const from = person.ngo.id;
  const to = spec.to.id;
  const internal = from === to;
  const created = clock.at(spec.day, officeMinute(rng));
  let r: Referral = {
    id: ids.id('referral'),
    participantId: person.participant.id,
    fromOrganizationId: from,
    toOrganizationId: to,
    serviceType: spec.service,
    reason: REFERRAL_REASONS[spec.service],
    needsAssessmentId: person.assessment.id,
    status: 'draft',
    createdAt: created,
    updatedAt: created,
  };
  if (person.plan) r.livelihoodPlanId = person.plan.id;
  const end = clock.days;
  const move = (action: ReferralActionValue, day: number, extra: Partial<ReferralTransitionContext> = {}) => {
    const actor = action === 'send' || action === 'cancel' || action === 'revoke' ? from : to;
    r = transitionReferral(r, action, {
      actorOrganizationId: actor,
      at: clock.at(day, officeMinute(rng)),
      ...extra,
    });
  };
  const done = () => {
    ctx.out.referrals.push(r);
    return r;
  };
  const fate = spec.straight ? 'normal' : rng.weighted(internal ? INTERNAL_FATES : FATES);

  // When a cancelled referral is cancelled: before sending, while waiting for an answer, or once accepted.
  const cancelWhen = rng.weighted(CANCEL_WHEN);
  const sendDay = spec.day + rng.int(1, 3);
  if (fate === 'draft' || sendDay >= end) return done();
  if (fate === 'cancel' && cancelWhen === 'draft') {
    move('cancel', sendDay, { reason: rng.pick(CANCELLATION_REASONS) });
    return done();
  }
  // Sharing needs a consent naming the receiver; inside one organisation the services consent covers it.
  let sharing: ReturnType<typeof addConsent> | undefined;
  if (!internal && (spec.straight || rng.chance(0.96))) {
    const given = Math.max(person.intakeDay, sendDay - rng.int(1, 5));
    sharing = addConsent(ctx, rng, person, 'sharing', given, {
      recipientOrganizationId: to,
      scope: sharingScope(r),
    });
  }
  move('send', sendDay, {
    consents: person.consents,
    ...(internal || sharing ? {} : { override: { userId: person.counsellorId, reason: OVERRIDE_REASON } }),
  });

  // Some referrals are still waiting at the programme's end (a dashboard should flag the old ones): for an
  // answer, for the service to start, or for a long service to finish.
  if (fate === 'awaiting_reply') return done();
  const replyDay = sendDay + rng.int(1, 10);
  if (replyDay >= end) return done();
  if (fate === 'reject') {
    move('reject', replyDay, { reason: rng.pick(REJECTION_REASONS) });
    return done();
  }
  if (fate === 'cancel' && cancelWhen === 'sent') {
    move('cancel', replyDay, { reason: rng.pick(CANCELLATION_REASONS) });
    return done();
  }
  if (fate === 'revoke' && sharing && rng.chance(0.3)) {
    revoke(ctx, rng, sharing, replyDay, (day) => move('revoke', day, { reason: REVOCATION_REASON }));
    return done();
  }
  move('accept', replyDay);

  if (fate === 'awaiting_start') return done();
  const startDay = spec.startDay ?? replyDay + rng.int(1, 14);
  const directComplete = spec.startDay === undefined && fate !== 'ongoing' && rng.chance(0.2);
  const completeDay = spec.completeDay ?? (fate === 'ongoing' ? end : startDay + rng.int(14, 120));
  if (!directComplete) {
    if (startDay >= end) return done();
    move('start', startDay);
  }
  const stopDay = Math.min(completeDay, end - 1);
  if (fate === 'revoke' && sharing) {
    revoke(ctx, rng, sharing, rng.int(Math.min(startDay, stopDay), stopDay), (day) =>
      move('revoke', day, { reason: REVOCATION_REASON }),
    );
    return done();
  }
  if (fate === 'cancel') {
    move('cancel', rng.int(Math.min(startDay, stopDay), stopDay), { reason: rng.pick(CANCELLATION_REASONS) });
    return done();
  }
  deliveries(ctx, rng, person, r, directComplete ? replyDay : startDay, stopDay);
  if (completeDay >= end) return done();
  const result = spec.outcome ?? rng.weighted(OUTCOMES);
  move('complete', completeDay, { outcome: { result, summary: OUTCOME_SUMMARIES[result] } });
  return done();
}

function revoke(
  ctx: Context,
  rng: Random,
  sharing: ReturnType<typeof addConsent>,
  day: number,
  act: (day: number) => void,
): void {
  // The participant withdraws the sharing consent; the sender revokes the referral the same day.
  withdrawConsent(ctx.clock, sharing, day, 180 + rng.int(0, 10));
  act(day);
}

function deliveries(
  ctx: Context,
  rng: Random,
  person: Person,
  r: Referral,
  fromDay: number,
  toDay: number,
): void {
  if (!DELIVERED.has(r.serviceType) || toDay <= fromDay) return;
  const staff = ctx.dir.usersOf.get(r.toOrganizationId) ?? [];
  const count = r.serviceType === 'shelter' ? 1 : rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    const day = r.serviceType === 'shelter' ? fromDay : rng.int(fromDay, toDay);
    const at = ctx.clock.at(day, officeMinute(rng));
    const d: ServiceDelivery = {
      id: ctx.ids.id('serviceDelivery'),
      organizationId: r.toOrganizationId,
      participantId: person.participant.id,
      serviceType: r.serviceType,
      deliveredOn: ctx.clock.date(day),
      referralId: r.id,
      createdAt: at,
      updatedAt: at,
    };
    if (staff.length > 0) d.deliveredByUserId = rng.pick(staff);
    if (r.serviceType === 'shelter') d.endedOn = ctx.clock.date(toDay);
    else d.durationMinutes = rng.pick([45, 60, 60, 90, 120]);
    if (rng.chance(0.2)) d.notes = SYNTHETIC_NOTE;
    ctx.out.serviceDeliveries.push(d);
  }
}
