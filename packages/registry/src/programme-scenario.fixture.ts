/**
 * Helpers of the programme scenario: dates relative to today, the indicator oracle (core's
 * `computeIndicators` and `publishIndicators` on the generated programme the demo seed loaded, plus what the
 * scenario wrote) and the published counts of an answer. Synthetic data only.
 */
import {
  computeIndicators,
  type IndicatorRecords,
  type IndicatorReport,
  type PublishedCount,
  publishIndicators,
  type SuppressedTable,
} from '@nayabato/core';
import { generateProgramme } from '@nayabato/core/synthetic';
import type { Json, TestRegistry } from './registry.fixture.js';
import { DEMO_PARTICIPANTS, DEMO_SEED } from './seed/demo.js';
import { DEFAULT_SETTINGS } from './settings.js';

/** Today, UTC, as an ISO date. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The first day of the month `months` months before today (UTC), as an ISO date. */
export function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** What the demo seed loaded: the oracle's starting point, never read back from the registry. */
const programme = generateProgramme({ seed: DEMO_SEED, participants: DEMO_PARTICIPANTS });

/** The period the scenario reads: from the programme's start up to today, so today's records count. */
export const scenarioPeriod = () => ({ from: programme.start, to: today() });

/** The records the scenario wrote, as the registering NGO reads them back. */
export type ScenarioRecords = Required<IndicatorRecords>;

/** The demo programme's records of `orgId` (all when absent), with the scenario's `extra` added. */
function recordsWith(extra: ScenarioRecords | undefined, orgId?: string): IndicatorRecords {
  const participants = programme.participants.filter((p) => !orgId || p.organizationId === orgId);
  const ids = new Set(participants.map((p) => p.id));
  const mine = <T extends { participantId: string }>(xs: readonly T[]) =>
    xs.filter((x) => ids.has(x.participantId));
  const plus = <T>(xs: readonly T[], more: readonly T[] | undefined) => [...xs, ...(more ?? [])];
  return {
    participants: plus(participants, extra?.participants),
    followUps: plus(mine(programme.followUps), extra?.followUps),
    placements: plus(mine(programme.placements), extra?.placements),
    enterprises: plus(mine(programme.enterprises), extra?.enterprises),
    enrolments: plus(mine(programme.enrolments), extra?.enrolments),
    referrals: plus(mine(programme.referrals), extra?.referrals),
  };
}

/** Core's true report (nothing withheld) over the demo programme plus `extra`, of `orgId` when given. */
export function trueReport(extra?: ScenarioRecords, orgId?: string): IndicatorReport {
  return computeIndicators(recordsWith(extra, orgId), { period: scenarioPeriod() });
}

/** The answer the registry owes for that scope: core's report after core's disclosure control. */
export function expectedAnswer(extra?: ScenarioRecords, orgId?: string): Json {
  const report = trueReport(extra, orgId);
  const { period, ...tables } = publishIndicators(report, {
    threshold: DEFAULT_SETTINGS.indicatorThreshold,
  });
  // Through JSON, as the registry answers.
  return JSON.parse(
    JSON.stringify({
      scope: orgId ? { kind: 'organization', organizationId: orgId } : { kind: 'programme' },
      period,
      districtField: 'currentDistrict',
      incomeThresholdNpr: report.incomeThresholdNpr,
      sustainedMonths: report.sustainedMonths,
      ...tables,
    }),
  );
}

/**
 * The grand totals the scenario moves, by table, with the true total of each from a report: the tables
 * whose counts a training, a referral, a placement's retention and a follow-up change.
 */
export const MOVED_TABLES: readonly [
  string,
  (answer: Json) => SuppressedTable,
  (r: IndicatorReport) => number,
][] = [
  ['rehabilitation', (a) => a.rehabilitation, (r) => r.total.participantsSupported],
  ['livingIndependently', (a) => a.livingIndependently, (r) => r.total.participantsSupported],
  ['trainingsCompleted', (a) => a.trainingsCompleted, (r) => r.total.trainingsCompleted],
  ['referrals', (a) => a.referrals, (r) => r.total.referrals.sent],
  ['retention 12', (a) => a.retention['12'], (r) => r.total.retention[12].due],
];

/** Every count of a published table: cells, margins, group counts and the grand total. */
export function countsOf(table: SuppressedTable): PublishedCount[] {
  return [
    ...table.cells.flat(),
    ...(table.rowTotals ?? []),
    ...(table.columnTotals ?? []),
    ...(table.groupCells ?? []).flat(),
    ...(table.groupTotals ?? []),
    ...(table.grandTotal ? [table.grandTotal] : []),
  ];
}

/** The ids of what the scenario writes, filled step by step. */
export function scenarioIds() {
  return {
    participant: '',
    services: '',
    assessment: '',
    plan: '',
    referral: '',
    programme: '',
    enrolment: '',
    offer: '',
    introduction: '',
    placement: '',
    placementCode: '',
    followUp: '',
    request: '',
  };
}

/** What the scenario wrote, as the registering NGO (secret `key`) reads it back: the oracle's extra records. */
export async function readBack(
  t: TestRegistry,
  key: string,
  s: ReturnType<typeof scenarioIds>,
): Promise<ScenarioRecords> {
  const get = async (path: string) => {
    const res = await t.call(key, 'GET', path);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    return res.body;
  };
  return {
    participants: [await get(`/v1/participants/${s.participant}`)],
    referrals: [await get(`/v1/referrals/${s.referral}`)],
    enrolments: [await get(`/v1/enrolments/${s.enrolment}`)],
    placements: [await get(`/v1/placements/${s.placement}`)],
    followUps: await t.listAll(key, `/v1/follow-ups?participantId=${s.participant}`),
    enterprises: [],
  };
}
