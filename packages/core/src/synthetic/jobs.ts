import {
  confirmRetention,
  createPlacement,
  type EmploymentTypeValue,
  type JobOffer,
  type JobOfferStatusValue,
  type Placement,
  type PlacementEndReason,
  TradeCode,
  type TradeCodeValue,
  transitionJobOffer,
} from '../livelihood/index.js';
import type { Organization } from '../model/index.js';
import { minimumMonthlyWageOn } from '../money/index.js';
import { officeMinute } from './clock.js';
import { addConsent, type Context, type Person } from './context.js';
import { addAction } from './plans.js';
import type { Random } from './random.js';
import { JOB_DESCRIPTION, PLACEMENT_END_NOTE } from './templates.js';
import { JOB_TRADES } from './training.js';

/** Job offers made on demand, one per company, trade and quarter, with how many were placed. */
export type Offers = Map<string, { offer: JobOffer; placed: number; postedDay: number }>;

const ENTRY_TRADES: readonly TradeCodeValue[] = [
  'housekeeping',
  'hospitality_cooking',
  'security_guard',
  'tailoring',
];

const EMPLOYMENT: readonly (readonly [EmploymentTypeValue, number])[] = [
  ['FULL_TIME', 80],
  ['PART_TIME', 8],
  ['TEMPORARY', 6],
  ['INTERN', 4],
  ['PER_DIEM', 2],
];

// The chance of still being employed at each checkpoint, given employment at the previous one.
const KEEP = { 1: 0.93, 3: 0.9, 6: 0.88, 12: 0.86 } as const;

function quarterStart(ctx: Context, day: number): number {
  const iso = ctx.clock.date(day);
  const month = Number(iso.slice(5, 7));
  const first = `${iso.slice(0, 5)}${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return ctx.clock.dayOf(first);
}

/** A new job offer of a company in a trade, posted on `postedDay` (still a draft until finished). */
export function newOffer(
  ctx: Context,
  rng: Random,
  company: Organization,
  trade: TradeCodeValue,
  postedDay: number,
  validDay: number,
): JobOffer {
  const { clock } = ctx;
  const postedOn = clock.date(postedDay);
  // Mostly at or above the minimum wage in force; a few below it, which core reports as a warning.
  const floor = minimumMonthlyWageOn(postedOn);
  const min = rng.chance(0.05) ? floor - rng.pick([1000, 1500, 2500]) : floor + rng.int(0, 16) * 500;
  const createdAt = clock.at(postedDay - rng.int(1, 5), officeMinute(rng));
  return {
    id: ctx.ids.id('jobOffer'),
    organizationId: company.id,
    title: `${TradeCode.label(trade, 'en')} staff (synthetic)`,
    description: JOB_DESCRIPTION,
    trade,
    skills: [TradeCode.label(trade, 'en')],
    district: rng.pick(company.districtsServed),
    employmentType: rng.weighted(EMPLOYMENT),
    wage: { minMonthlyNpr: min, maxMonthlyNpr: min + rng.int(0, 12) * 500 },
    openings: 1,
    trainingProvided: rng.chance(0.6),
    accommodationProvided: rng.chance(0.2),
    transportProvided: rng.chance(0.3),
    validThrough: clock.date(validDay),
    status: 'draft',
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * Places a participant of the job pathway with a corporate partner: after their course (or directly for
 * entry-level trades), with an employer-introduction consent, then confirms the retention checkpoints that
 * fell due before the programme's end; some placements end.
 */
export function placeParticipant(
  ctx: Context,
  rng: Random,
  person: Person,
  offers: Offers,
  trained: boolean,
): void {
  const { clock } = ctx;
  if (trained && person.trainedDay === undefined) return;
  const day = trained ? (person.trainedDay as number) + rng.int(10, 75) : person.intakeDay + rng.int(30, 150);
  if (day >= clock.days || !rng.chance(0.85)) return;
  if (!trained) person.trade = rng.pick(ENTRY_TRADES);
  const trade = person.trade ?? rng.pick(JOB_TRADES);
  const hiring = ctx.dir.companies.filter((c) => ctx.dir.tradesOf.get(c.id)?.includes(trade));
  const company = rng.pick(hiring.length > 0 ? hiring : ctx.dir.companies);
  const quarter = quarterStart(ctx, day);
  const key = `${company.id}|${trade}|${quarter}`;
  let slot = offers.get(key);
  if (!slot) {
    const posted = Math.max(0, quarter - rng.int(0, 20));
    const valid = clock.addMonths(quarter, 3) + 14;
    slot = { offer: newOffer(ctx, rng, company, trade, posted, valid), placed: 0, postedDay: posted };
    offers.set(key, slot);
  }
  slot.placed++;
  const offer = slot.offer;
  const consentDay = Math.max(person.intakeDay, day - rng.int(3, 10));
  const introduction = addConsent(ctx, rng, person, 'employer_introduction', consentDay, {
    ...(rng.chance(0.9) ? { recipientOrganizationId: company.id } : {}),
  });
  const steps = (offer.wage.maxMonthlyNpr - offer.wage.minMonthlyNpr) / 500;
  let placement: Placement = createPlacement(
    {
      participantId: person.participant.id,
      jobOfferId: offer.id,
      introductionConsentId: introduction.id,
      startDate: clock.date(day),
      monthlyWageNpr: offer.wage.minMonthlyNpr + rng.int(0, steps) * 500,
    },
    {
      organizationId: person.ngo.id,
      now: new Date(clock.at(day, officeMinute(rng))),
      id: ctx.ids.id('placement'),
      placementCode: ctx.ids.code('PLC'),
    },
  );
  let employed = true;
  let previous = day;
  for (const checkpoint of placement.retention) {
    const due = clock.dayOf(checkpoint.dueOn);
    const confirmDay = due + rng.int(0, 10);
    if (confirmDay >= clock.days) break;
    if (employed && !rng.chance(KEEP[checkpoint.month])) {
      employed = false;
      const endDay = rng.int(previous + 1, due);
      person.placementEndDay = endDay;
      placement.endedOn = clock.date(endDay);
      placement.endReason = rng.weighted([
        ['resigned', 3],
        ['better_job', 3],
        ['contract_ended', 2],
        ['family', 2],
        ['health', 1],
        ['dismissed', 1],
        ['unsafe_conditions', 1],
        ['other', 1],
      ] as const satisfies readonly (readonly [(typeof PlacementEndReason.values)[number], number])[]);
      if (rng.chance(0.3)) placement.endNotes = PLACEMENT_END_NOTE;
    }
    const at = clock.at(confirmDay, officeMinute(rng));
    placement = confirmRetention(placement, checkpoint.month, employed, at);
    placement.updatedAt = at;
    previous = due;
  }
  ctx.out.placements.push(placement);
  person.placement = placement;
  addAction(ctx, person, {
    service: 'job_placement',
    organizationId: person.ngo.id,
    startDay: Math.min(consentDay, day),
    dueDay: day,
    status: 'done',
  });
}

/** Extra offers with no placement: some still open, some paused, drafts, and some that closed unfilled. */
export function extraOffers(ctx: Context, rng: Random, count: number, offers: Offers): void {
  for (let i = 0; i < count; i++) {
    const company = rng.pick(ctx.dir.companies);
    const trade = rng.pick(ctx.dir.tradesOf.get(company.id) ?? JOB_TRADES);
    // Some are recent and still open at the programme's end.
    const days = ctx.clock.days;
    const posted = rng.chance(0.4) ? rng.int(Math.max(0, days - 60), days - 1) : rng.int(0, days - 1);
    const offer = newOffer(ctx, rng, company, trade, posted, ctx.clock.addMonths(posted, rng.int(1, 3)));
    offer.openings = rng.int(1, 5);
    offers.set(`extra|${i}`, { offer, placed: 0, postedDay: posted });
  }
}

/** Opens every offer on its posting day and moves it to where it stands at the programme's end. */
export function finishOffers(ctx: Context, rng: Random, offers: Offers): void {
  const { clock } = ctx;
  for (const { offer: draft, placed, postedDay } of offers.values()) {
    const openings = Math.max(draft.openings, placed + (rng.chance(0.3) ? rng.int(1, 2) : 0));
    let offer: JobOffer = { ...draft, openings };
    const validDay = clock.dayOf(offer.validThrough as string);
    const expired = validDay < clock.days;
    let target: JobOfferStatusValue;
    if (placed === 0)
      target = rng.weighted([
        ['draft', 1],
        ['open', expired ? 0 : 4],
        ['paused', expired ? 0 : 1],
        ['closed', 3],
      ] as const);
    else if (placed >= openings) target = rng.chance(0.8) ? 'filled' : 'closed';
    else target = expired ? 'closed' : 'open';
    const at = (day: number) => clock.at(Math.min(clock.days - 1, day), officeMinute(rng));
    if (target !== 'draft') {
      offer = transitionJobOffer(offer, 'open', { on: clock.date(postedDay) });
      offer.updatedAt = at(postedDay);
      if (target !== 'open') {
        if (target === 'closed' && placed > 0) offer = transitionJobOffer(offer, 'filled');
        offer = transitionJobOffer(offer, target);
        offer.updatedAt = at(Math.max(postedDay + 30, Math.min(validDay, clock.days - 1)));
      }
    }
    ctx.out.jobOffers.push(offer);
  }
}
