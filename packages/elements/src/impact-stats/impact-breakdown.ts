import type { District, ProvinceCode } from '@nayabato/core';
import type { ImpactFigure, IndicatorsAnswer } from './impact-stats.component.js';

type Table = IndicatorsAnswer['enterprises'];
type Count = NonNullable<Table['grandTotal']>;

/** How `<nb-impact-stats by>` breaks the figures down. */
export type ImpactBreakdownBy = 'district' | 'province';

/**
 * One row of the breakdown: a district (by name) or a province (by code), with the four figures as the
 * registry published them (`undefined` where it withheld one).
 *
 * @example
 * ```ts
 * const row: ImpactBreakdownRow = { area: 'NP-P3', figures: [{ key: 'supported', value: 42 }, …] };
 * ```
 */
export interface ImpactBreakdownRow {
  /** A district name (`by: 'district'`) or a province code (`by: 'province'`). */
  readonly area: District | ProvinceCode;
  /** The four figures, in the order of the national ones. */
  readonly figures: readonly ImpactFigure[];
}

const published = (count: Count | undefined): number | undefined =>
  count && count.suppressed === false ? count.value : undefined;

/** One area's count in a table: its row or group total, or one column of its row or group. */
function countOf(table: Table | undefined, by: ImpactBreakdownBy, area: string, column?: string) {
  if (!table) return undefined;
  const i = (by === 'district' ? table.rows : table.groups).indexOf(area);
  if (i < 0) return undefined;
  if (column === undefined) return published((by === 'district' ? table.rowTotals : table.groupTotals)?.[i]);
  const c = table.columns.indexOf(column);
  return c < 0 ? undefined : published((by === 'district' ? table.cells : table.groupCells)?.[i]?.[c]);
}

/**
 * The four public figures per district or per province, read from the published tables only: a withheld
 * count stays withheld, and nothing is summed or subtracted here, so no figure appears that the registry's
 * disclosure control did not publish (it already protects every withheld count against recovery from the
 * published row, column, province and national totals).
 *
 * @param answer - what `client.indicators.get()` returned
 * @param by - `district` (the 77 districts, in the answer's order) or `province` (the 7 provinces)
 * @example
 * ```ts
 * impactBreakdown(await client.indicators.get(), 'province'); // [{ area: 'NP-P1', figures: [...] }, …]
 * ```
 */
export function impactBreakdown(answer: IndicatorsAnswer, by: ImpactBreakdownBy): ImpactBreakdownRow[] {
  const areas = by === 'district' ? answer.rehabilitation.rows : answer.rehabilitation.groups;
  return areas.map((area) => ({
    area: area as District | ProvinceCode,
    figures: [
      { key: 'supported', value: countOf(answer.rehabilitation, by, area) },
      {
        key: 'rehabilitated',
        value: countOf(answer.rehabilitation, by, area, 'economically_rehabilitated'),
      },
      { key: 'retained6', value: countOf(answer.retention['6'], by, area, 'retained') },
      { key: 'operating', value: countOf(answer.enterprises, by, area, 'operating') },
    ],
  }));
}
