/**
 * The contract of `GET /v1/indicators`: core's `PublishedIndicators` (the output of `publishIndicators`)
 * with the scope it covers. Core has the types but no schemas for them (it never parses them), so they
 * are written here, field for field; `routes/indicators.test.ts` checks answers against core's output.
 */
import * as z from 'zod/mini';
import { named } from './registry.js';

/** A published count, or an explicit mark that it is withheld (never 0 or null). */
export const PublishedCountSchema = named(
  'PublishedCount',
  z.union([
    z.strictObject({ suppressed: z.literal(false), value: z.number() }),
    z.strictObject({ suppressed: z.literal(true), reason: z.enum(['primary', 'complementary']) }),
  ]),
  'A count as published: its value, or `suppressed: true` with why (under the threshold itself, or to stop one being recovered).',
);

const counts = z.array(PublishedCountSchema);

/** One indicator's table after disclosure control (core's `SuppressedTable`). */
export const IndicatorTableSchema = named(
  'IndicatorTable',
  z.strictObject({
    rows: z.array(z.string()),
    columns: z.array(z.string()),
    groups: z.array(z.string()),
    rowGroups: z.optional(z.array(z.string())),
    cells: z.array(counts),
    rowTotals: z.optional(counts),
    columnTotals: z.optional(counts),
    grandTotal: z.optional(PublishedCountSchema),
    groupCells: z.optional(z.array(counts)),
    groupTotals: z.optional(counts),
    threshold: z.number(),
  }),
  'Districts (`rows`) rolled up into provinces (`groups`, by province code), with the columns of the indicator, row, column, province and national totals.',
);

/** A statistic that is not a count (a median), by district, province and in total. */
export const IndicatorStatisticsSchema = named(
  'IndicatorStatistics',
  z.strictObject({
    rows: z.array(z.string()),
    districts: counts,
    groups: z.array(z.string()),
    provinces: counts,
    total: PublishedCountSchema,
  }),
);

/** Whose participants an answer covers. */
export const IndicatorScopeSchema = named(
  'IndicatorScope',
  z.union([
    z.strictObject({ kind: z.literal('programme') }),
    z.strictObject({ kind: z.literal('organization'), organizationId: z.string() }),
  ]),
  '`programme`: every participant; `organization`: the participants that organisation registered.',
);

/** The answer of `GET /v1/indicators`. */
export const IndicatorsSchema = named(
  'Indicators',
  z.strictObject({
    scope: IndicatorScopeSchema,
    period: z.strictObject({ from: z.string(), to: z.string() }),
    districtField: z.enum(['currentDistrict', 'originDistrict']),
    incomeThresholdNpr: z.number(),
    sustainedMonths: z.number(),
    threshold: z.number(),
    rehabilitation: IndicatorTableSchema,
    livingIndependently: IndicatorTableSchema,
    reintegration: IndicatorTableSchema,
    retention: z.strictObject({ 3: IndicatorTableSchema, 6: IndicatorTableSchema, 12: IndicatorTableSchema }),
    enterprises: IndicatorTableSchema,
    trainingsCompleted: IndicatorTableSchema,
    referrals: IndicatorTableSchema,
    medianDaysToAccept: IndicatorStatisticsSchema,
    seededEnterprises: IndicatorTableSchema,
    seedFundingNpr: IndicatorTableSchema,
  }),
  "The programme's indicators (see docs/indicators.md) over the caller's scope, after disclosure control.",
);
