import {
  type CertificationStatusValue,
  type DropoutReasonValue,
  type Enrolment,
  TradeCode,
  type TradeCodeValue,
  type TrainingProgramme,
} from '../livelihood/index.js';
import type { Organization } from '../model/index.js';
import { officeMinute } from './clock.js';
import type { Context, Person } from './context.js';
import { addAction, referralDay } from './plans.js';
import type { Random } from './random.js';
import { runReferral } from './referrals.js';
import { DROPOUT_NOTE, TRAINING_DESCRIPTION } from './templates.js';

/** Trades that lead to a job with the corporate partners, and trades for a small business. */
export const JOB_TRADES: readonly TradeCodeValue[] = [
  'hospitality_cooking',
  'housekeeping',
  'tailoring',
  'beautician',
  'foot_therapy',
  'security_guard',
  'computer_skills',
  'driving',
  'mobile_repair',
  'electrical_wiring',
  'dhaka_weaving',
  'floriculture',
];
export const ENTERPRISE_TRADES: readonly TradeCodeValue[] = [
  'tailoring',
  'beautician',
  'dhaka_weaving',
  'lokta_paper',
  'candle_incense',
  'handicrafts_other',
  'agriculture_livestock',
  'mobile_repair',
  'hospitality_cooking',
  'floriculture',
];

const NO_CERTIFICATE: ReadonlySet<TradeCodeValue> = new Set([
  'candle_incense',
  'lokta_paper',
  'housekeeping',
]);

/** The courses of the programme, made on demand: per provider, trade and start quarter, 25 seats each. */
export interface Cohorts {
  readonly courses: Map<string, TrainingProgramme>;
  readonly seats: Map<string, number>;
}

/** An empty set of courses. */
export function createCohorts(): Cohorts {
  return { courses: new Map(), seats: new Map() };
}

const SEATS = 25;

/** Courses start on the first day of a quarter (January, April, July, October), so cohorts fill up. */
function nextQuarterStart(ctx: Context, day: number): number {
  const iso = ctx.clock.date(day);
  const month = Number(iso.slice(5, 7));
  const first = `${iso.slice(0, 5)}${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return ctx.clock.addMonths(ctx.clock.dayOf(first), 3);
}

function cohort(
  ctx: Context,
  rng: Random,
  cohorts: Cohorts,
  provider: Organization,
  trade: TradeCodeValue,
  startDay: number,
) {
  // A new section of the course opens when the previous one is full.
  const base = `${provider.id}|${trade}|${startDay}`;
  const taken = cohorts.seats.get(base) ?? 0;
  cohorts.seats.set(base, taken + 1);
  const key = `${base}|${Math.floor(taken / SEATS)}`;
  const existing = cohorts.courses.get(key);
  if (existing) return existing;
  const { clock } = ctx;
  const months = rng.int(2, 4);
  const endDay = clock.addMonths(startDay, months) - 1;
  const createdAt = clock.at(Math.max(-20, startDay - rng.int(30, 60)), officeMinute(rng));
  const company = rng.pick(ctx.dir.companies);
  const certified = !NO_CERTIFICATE.has(trade);
  const programme: TrainingProgramme = {
    id: ctx.ids.id('trainingProgramme'),
    organizationId: provider.id,
    title: `${TradeCode.label(trade, 'en')} course, ${clock.date(startDay).slice(0, 7)}, section ${Math.floor(taken / SEATS) + 1} (synthetic)`,
    trade,
    description: TRAINING_DESCRIPTION,
    providerOrganizationId: provider.id,
    district: provider.districtsServed[0] ?? 'Kathmandu',
    startDate: clock.date(startDay),
    endDate: clock.date(endDay),
    totalHours: months * rng.pick([60, 80, 100]),
    certificationOffered: certified,
    funders: rng.chance(0.6)
      ? [{ name: company.name, organizationId: company.id }]
      : [{ name: ctx.dir.coordinator.name, organizationId: ctx.dir.coordinator.id }],
    status: 'planned',
    published: true,
    createdAt,
    updatedAt: createdAt,
  };
  if (certified) programme.certifyingBody = 'Demo Skill Testing Board (synthetic)';
  cohorts.courses.set(key, programme);
  ctx.out.trainingProgrammes.push(programme);
  return programme;
}

/** Picks the trade a participant trains in, from the pathway. */
export function chooseTrade(rng: Random, person: Person): TradeCodeValue {
  return rng.weighted(
    person.pathway === 'enterprise'
      ? ENTERPRISE_WEIGHTS
      : person.pathway === 'job'
        ? JOB_WEIGHTS
        : ANY_WEIGHTS,
  );
}

// The first trades of each list are the most asked for.
const byRank = (list: readonly TradeCodeValue[]) => list.map((trade, i) => [trade, 1 / (i + 1)] as const);
const ENTERPRISE_WEIGHTS = byRank(ENTERPRISE_TRADES);
const JOB_WEIGHTS = byRank(JOB_TRADES);
const ANY_WEIGHTS = byRank(TradeCode.values);

/**
 * Refers a participant to a training institution for a course in their trade, and records the enrolment
 * as far as the course has gone by the programme's end: enrolled, attending, completed (with
 * certification) or dropped out.
 */
export function trainParticipant(ctx: Context, rng: Random, person: Person, cohorts: Cohorts): void {
  const { clock } = ctx;
  const trade = chooseTrade(rng, person);
  person.trade = trade;
  const providers = ctx.dir.trainers.filter((t) => ctx.dir.tradesOf.get(t.id)?.includes(trade));
  const provider = rng.pick(providers.length > 0 ? providers : ctx.dir.trainers);
  const day = referralDay(ctx, rng, person);
  if (day >= clock.days - 1) return;
  const startDay = nextQuarterStart(ctx, day);
  const course = cohort(ctx, rng, cohorts, provider, trade, startDay);
  const courseEnd = clock.dayOf(course.endDate);
  const dropout = rng.chance(0.12);
  const dropDay = rng.int(startDay + 7, Math.max(startDay + 7, courseEnd - 7));
  const referral = runReferral(ctx, rng, person, {
    to: provider,
    service: 'vocational_training',
    day,
    startDay,
    completeDay: dropout ? dropDay : courseEnd + rng.int(1, 7),
    outcome: dropout ? 'partially_delivered' : 'service_delivered',
    straight: true,
  });
  addAction(ctx, person, {
    service: 'vocational_training',
    organizationId: provider.id,
    startDay,
    dueDay: courseEnd,
    referral,
  });
  if (referral.acceptedAt === undefined) return;

  const enrolledOn = referral.acceptedAt.slice(0, 10);
  const lastDay = Math.min(clock.days - 1, dropout ? dropDay : courseEnd);
  const attended = lastDay >= startDay ? (lastDay - startDay + 1) / (courseEnd - startDay + 1) : 0;
  const rate = dropout ? rng.int(60, 90) / 100 : rng.int(80, 100) / 100;
  const hours = Math.round(course.totalHours * Math.min(1, attended) * rate);
  const enrolment: Enrolment = {
    id: ctx.ids.id('enrolment'),
    organizationId: provider.id,
    programmeId: course.id,
    participantId: person.participant.id,
    referralId: referral.id,
    enrolledOn,
    status: 'enrolled',
    attendance: { hoursAttended: hours, sessionsAttended: Math.round(hours / 3) },
    certification: { status: course.certificationOffered ? 'pending' : 'not_applicable' },
    createdAt: referral.acceptedAt,
    updatedAt: referral.updatedAt,
  };
  if (hours > 0) enrolment.attendance.lastAttendedOn = clock.date(lastDay);
  if (referral.status === 'in_progress') enrolment.status = 'attending';
  if (referral.status === 'completed' && dropout) {
    enrolment.status = 'dropped_out';
    enrolment.dropoutReason = rng.weighted<DropoutReasonValue>([
      ['found_work', 3],
      ['family', 3],
      ['health', 1],
      ['relocated', 1],
      ['lost_contact', 1],
      ['other', 1],
    ]);
    if (rng.chance(0.3)) enrolment.notes = DROPOUT_NOTE;
  } else if (referral.status === 'completed') {
    enrolment.status = 'completed';
    enrolment.completedOn = course.endDate;
    person.trainedDay = courseEnd;
    if (course.certificationOffered) {
      const certifiedDay = courseEnd + rng.int(7, 30);
      const status: CertificationStatusValue =
        certifiedDay >= clock.days ? 'pending' : rng.chance(0.88) ? 'certified' : 'not_certified';
      enrolment.certification = { status };
      if (status === 'certified') {
        enrolment.certification.certifiedOn = clock.date(certifiedDay);
        enrolment.certification.certifyingBody =
          course.certifyingBody ?? 'Demo Skill Testing Board (synthetic)';
      }
    }
  }
  if (enrolment.status === 'enrolled') enrolment.attendance = { hoursAttended: 0, sessionsAttended: 0 };
  ctx.out.enrolments.push(enrolment);
}

/** Sets each course's status as it stands at the programme's end, and its capacity. */
export function finishCourses(ctx: Context): void {
  const end = ctx.clock.end;
  for (const course of ctx.out.trainingProgrammes) {
    course.capacity = SEATS;
    if (course.endDate < end) course.status = 'completed';
    else if (course.startDate < end) course.status = 'ongoing';
    else course.status = 'open';
  }
}
