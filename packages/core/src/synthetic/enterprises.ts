import {
  createEnterprise,
  type EnterpriseInput,
  type MarketLinkage,
  type MonthlyRecord,
  type TradeCodeValue,
} from '../livelihood/index.js';
import { officeMinute } from './clock.js';
import type { Context, Person } from './context.js';
import type { Providers } from './plans.js';
import { addAction } from './plans.js';
import type { Random } from './random.js';
import { runReferral } from './referrals.js';
import { IN_KIND_ITEMS, PRODUCTS, SYNTHETIC_NOTE } from './templates.js';
import { ENTERPRISE_TRADES } from './training.js';

/** Revenue in the first month of a small business, by trade (NPR). */
const FIRST_REVENUE: Partial<Record<TradeCodeValue, number>> = {
  tailoring: 14_000,
  beautician: 16_000,
  dhaka_weaving: 12_000,
  hospitality_cooking: 20_000,
  mobile_repair: 18_000,
  agriculture_livestock: 10_000,
};

/**
 * Sets up the small business of a participant of the enterprise pathway, after their course (or directly),
 * with enterprise support from an NGO, seed support, sometimes a corporate buyer, and monthly results
 * that grow for most.
 */
export function startEnterprise(
  ctx: Context,
  rng: Random,
  person: Person,
  providers: Providers,
  trained: boolean,
): void {
  const { clock } = ctx;
  if (trained && person.trainedDay === undefined) return;
  const startDay =
    (trained ? (person.trainedDay as number) : person.intakeDay + rng.int(30, 120)) + rng.int(15, 60);
  if (startDay >= clock.days || !rng.chance(0.9)) return;
  const trade = person.trade ?? rng.pick(ENTERPRISE_TRADES);
  person.trade = trade;

  const offering = providers.get('enterprise_support') ?? [];
  const supporter = offering.includes(person.ngo)
    ? person.ngo
    : rng.pick(offering.length > 0 ? offering : [person.ngo]);
  const referralDay = Math.max(person.intakeDay + 1, startDay - rng.int(20, 45));
  const referral = runReferral(ctx, rng, person, {
    to: supporter,
    service: 'enterprise_support',
    day: referralDay,
  });
  addAction(ctx, person, {
    service: 'enterprise_support',
    organizationId: supporter.id,
    startDay: referralDay,
    dueDay: startDay,
    referral,
  });

  const planned = startDay >= clock.days - 20;
  const closes = !planned && rng.chance(0.1);
  const closeDay = closes ? rng.int(Math.min(startDay + 90, clock.days - 1), clock.days - 1) : undefined;
  const status = planned ? 'planned' : closes ? 'closed' : rng.chance(0.1) ? 'paused' : 'operating';
  const funder = rng.chance(0.5) ? ctx.dir.coordinator : rng.pick(ctx.dir.companies);
  const item = IN_KIND_ITEMS[trade];
  const grant = rng.int(15, 60) * 1000;
  const input: EnterpriseInput = {
    participantId: person.participant.id,
    trade,
    district: person.participant.currentDistrict,
    startDate: clock.date(startDay),
    status,
    seedSupport: {
      grantNpr: grant,
      inKind: item ? [{ item, quantity: rng.int(1, 2), valueNpr: rng.int(8, 40) * 1000 }] : [],
      providedOn: clock.date(Math.max(0, startDay - rng.int(0, 14))),
      funderOrganizationId: funder.id,
    },
    marketLinkages: [],
    monthlyRecords: planned ? [] : monthlyRecords(ctx, rng, trade, startDay, closeDay ?? clock.days - 1),
  };
  if (!planned && rng.chance(0.35)) input.marketLinkages = linkages(ctx, rng, trade, startDay);
  if (rng.chance(0.2)) input.notes = SYNTHETIC_NOTE;
  const enterprise = createEnterprise(input, {
    organizationId: person.ngo.id,
    now: new Date(clock.at(startDay, officeMinute(rng))),
    id: ctx.ids.id('enterprise'),
    enterpriseCode: ctx.ids.code('ENT'),
  });
  const last = input.monthlyRecords.at(-1);
  if (last) {
    // Updated when the latest month's results were recorded, early in the month after.
    const day = Math.min(clock.days - 1, clock.addMonths(clock.dayOf(`${last.month}-01`), 1) + rng.int(0, 9));
    enterprise.updatedAt = clock.at(Math.max(day, startDay), officeMinute(rng) + 1);
  }
  if (closeDay !== undefined) person.enterpriseEndDay = closeDay;
  person.enterprise = enterprise;
  ctx.out.enterprises.push(enterprise);
}

function monthlyRecords(
  ctx: Context,
  rng: Random,
  trade: TradeCodeValue,
  startDay: number,
  lastDay: number,
): MonthlyRecord[] {
  const { clock } = ctx;
  const records: MonthlyRecord[] = [];
  const growth = rng.chance(0.8) ? rng.int(2, 7) / 100 : -rng.int(0, 3) / 100;
  let revenue = (FIRST_REVENUE[trade] ?? 12_000) * (rng.int(70, 130) / 100);
  const margin = rng.int(25, 45) / 100;
  const fixed = rng.int(2, 6) * 1000;
  const first = `${clock.date(startDay).slice(0, 7)}-01`;
  // Results are recorded for each whole month that ended before the last day.
  for (let m = clock.dayOf(first); clock.addMonths(m, 1) <= lastDay; m = clock.addMonths(m, 1)) {
    const revenueNpr = Math.max(0, Math.round((revenue * (rng.int(85, 115) / 100)) / 100) * 100);
    records.push({
      month: clock.date(m).slice(0, 7),
      revenueNpr,
      profitNpr: Math.round((revenueNpr * margin - fixed) / 100) * 100,
    });
    revenue *= 1 + growth;
  }
  return records;
}

function linkages(ctx: Context, rng: Random, trade: TradeCodeValue, startDay: number): MarketLinkage[] {
  const out: MarketLinkage[] = [];
  for (const buyer of rng.sample(ctx.dir.companies, rng.int(1, 2))) {
    const since = startDay + rng.int(30, 240);
    if (since >= ctx.clock.days) continue;
    const link: MarketLinkage = { buyerOrganizationId: buyer.id, since: ctx.clock.date(since) };
    const product = PRODUCTS[trade];
    if (product) link.product = product;
    out.push(link);
  }
  return out;
}
