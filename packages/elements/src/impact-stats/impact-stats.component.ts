import type { NayaBatoClient } from '@nayabato/client';
import type { District, ProvinceCode } from '@nayabato/core';
import { html, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../base/data-controller.js';
import { formatDate } from '../base/format.js';
import { NbElement } from '../base/nayabato-element.js';
import { renderState, stateStyles } from '../base/states.js';
import { tokens } from '../base/theme.js';
import { type ImpactBreakdownBy, type ImpactBreakdownRow, impactBreakdown } from './impact-breakdown.js';
import { impactStatsMessages } from './impact-stats.messages.js';
import { impactStatsStyles } from './impact-stats.styles.js';
import { provinceNames } from './province-names.js';

/** The answer of `GET /v1/indicators`, as the client types it. */
export type IndicatorsAnswer = Awaited<ReturnType<NayaBatoClient['indicators']['get']>>;
type Table = IndicatorsAnswer['enterprises'];
type Count = NonNullable<Table['grandTotal']>;

/**
 * One figure the element shows: a published count, or `undefined` where the registry withheld it (or did
 * not publish the total at all, which is shown the same way).
 *
 * @example
 * ```ts
 * const figure: ImpactFigure = { key: 'supported', value: 240 };
 * ```
 */
export interface ImpactFigure {
  /** Which figure: a key of the element's catalog. */
  readonly key: 'supported' | 'rehabilitated' | 'retained6' | 'operating';
  /** The count, or `undefined` when withheld. */
  readonly value: number | undefined;
}

const publishedValue = (count: Count | undefined): number | undefined =>
  count && count.suppressed === false ? count.value : undefined;

/** A table's national total of one column, by the column's name. */
function columnTotal(table: Table | undefined, column: string): number | undefined {
  const i = table?.columns.indexOf(column) ?? -1;
  return i < 0 ? undefined : publishedValue(table?.columnTotals?.[i]);
}

/**
 * The four public figures of an indicators answer, national totals only: participants supported (the
 * margin of the rehabilitation table), economically rehabilitated, placements retained at their 6-month
 * checkpoint, enterprises operating. A withheld count stays withheld: nothing is derived by subtraction.
 *
 * @param answer - what `client.indicators.get()` returned
 * @example
 * ```ts
 * impactFigures(await client.indicators.get()); // [{ key: 'supported', value: 240 }, …]
 * ```
 */
export function impactFigures(answer: IndicatorsAnswer): ImpactFigure[] {
  return [
    { key: 'supported', value: publishedValue(answer.rehabilitation.grandTotal) },
    { key: 'rehabilitated', value: columnTotal(answer.rehabilitation, 'economically_rehabilitated') },
    { key: 'retained6', value: columnTotal(answer.retention['6'], 'retained') },
    { key: 'operating', value: columnTotal(answer.enterprises, 'operating') },
  ];
}

const BAR_HEIGHT = 28;
const ROW = 56;
const WIDTH = 320;

/**
 * The programme's public numbers, read with a publishable key from the registry's public indicators:
 * people supported, economically rehabilitated, jobs still held at the 6-month checkpoint, enterprises
 * operating, national totals over a period (the year up to today unless `from`/`to` are set), for the
 * whole programme or for one organisation's registrations. A number the registry withheld (too few people
 * to publish safely) is shown as the word "withheld", never as a number or a bar. A bar chart (SVG) sits
 * beside a table of the same figures; numbers are written in Nepali digits in Nepali.
 *
 * Loads with its `client` or the nearest `<nb-provider>`'s, and shows the shared states (loading, offline,
 * forbidden, error with retry) until it has the figures.
 *
 * @customElement nb-impact-stats
 * @attr organization - one organisation's registrations only (`org_…`); unset, the whole programme
 * @attr by - adds a breakdown of the figures by `district` or by `province` (a table, and a chart of
 *   people supported); districts where every figure is withheld are left out and counted in a note
 * @attr from - the first day (`YYYY-MM-DD`); unset, a year before `to`
 * @attr to - the last day (`YYYY-MM-DD`); unset, today
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @attr calendar - how the period's dates are shown: `bs` (default), `ad` or `both`
 * @slot heading - replaces the heading ("Our impact")
 * @csspart panel - the panel around everything
 * @csspart chart - the SVG bar chart
 * @csspart table - the table of the figures
 * @csspart suppressed - a withheld figure's word, in the table
 * @csspart note - the sentence explaining "withheld"
 * @csspart breakdown - the breakdown section (with `by`)
 * @csspart breakdown-chart - the breakdown's SVG chart
 * @csspart breakdown-table - the breakdown's table
 * @csspart state - the shared states (also `state-loading`, `state-error`, `retry`, …)
 * @cssprop --nb-impact-stats-bar-color - the bars (default: `--nb-color-accent`)
 * @cssprop --nb-color-surface - the panel's background
 * @cssprop --nb-color-border - the panel's and table's borders
 * @cssprop --nb-radius - the corner radius
 * @cssprop --nb-space - the panel's padding
 *
 * @example
 * ```html
 * <nb-provider registry="https://registry.example.org" publishable-key="pk_live_…">
 *   <nb-impact-stats></nb-impact-stats>
 * </nb-provider>
 * ```
 */
export class NbImpactStats extends NbElement {
  static override styles = [tokens, stateStyles, impactStatsStyles];

  /** One organisation's registrations only (`org_…`); unset, the whole programme. */
  @property({ reflect: true }) organization: string | undefined;
  /** Adds a breakdown by `district` or by `province`; unset, national figures only. */
  @property({ reflect: true }) by: ImpactBreakdownBy | undefined;
  /** The first day of the period (`YYYY-MM-DD`). */
  @property() from: string | undefined;
  /** The last day of the period (`YYYY-MM-DD`). */
  @property() to: string | undefined;

  private loadedQuery: string | undefined;

  private get query() {
    return {
      ...(this.organization ? { organization: this.organization } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    };
  }

  private readonly data = new DataController<IndicatorsAnswer>(this, {
    load: (client, signal) => {
      this.loadedQuery = JSON.stringify(this.query);
      return client.indicators.get(this.query, { signal });
    },
  });

  /** Loads the figures again now. */
  reload(): Promise<void> {
    return this.data.run();
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // A changed query loads again; the first load is the controller's own (when a client appears).
    if (this.loadedQuery !== undefined && this.loadedQuery !== JSON.stringify(this.query))
      void this.data.run();
  }

  private shown(value: number | undefined) {
    return value === undefined
      ? html`<span part="suppressed" class="suppressed">${this.t(impactStatsMessages, 'suppressed')}</span>`
      : this.formatNumber(value);
  }

  private chart(figures: ImpactFigure[]) {
    const max = Math.max(1, ...figures.map((f) => f.value ?? 0));
    const label = (f: ImpactFigure) =>
      `${this.t(impactStatsMessages, f.key)}: ${f.value === undefined ? this.t(impactStatsMessages, 'suppressed') : this.formatNumber(f.value)}`;
    const summary = `${this.t(impactStatsMessages, 'chartLabel')}. ${figures.map(label).join('; ')}.`;
    return html`<svg part="chart" role="img" aria-label=${summary} viewBox="0 0 ${WIDTH} ${figures.length * ROW}"
      xmlns="http://www.w3.org/2000/svg">
      ${figures.map((f, i) => {
        const y = i * ROW;
        const width = f.value === undefined ? 0 : Math.max(2, (f.value / max) * WIDTH);
        return svg`<g>
          <text x="0" y=${y + 16}>${this.t(impactStatsMessages, f.key)}</text>
          <rect class="track" x="0" y=${y + 22} width=${WIDTH} height=${BAR_HEIGHT} rx="3"></rect>
          ${f.value === undefined ? svg`<text x="8" y=${y + 41} font-style="italic">${this.t(impactStatsMessages, 'suppressed')}</text>` : svg`<rect class="bar" data-key=${f.key} x="0" y=${y + 22} width=${width} height=${BAR_HEIGHT} rx="3"></rect>`}
        </g>`;
      })}
    </svg>`;
  }

  @state() private districtNames: typeof import('./district-names.js') | undefined;

  private areaName(row: ImpactBreakdownRow) {
    if (this.by === 'province') return provinceNames.format(row.area as ProvinceCode, this.locale);
    // Loaded on first use; until then the district's registry name (its English name) stands in.
    if (!this.districtNames)
      void import('./district-names.js').then((names) => {
        this.districtNames = names;
      });
    return this.districtNames?.districtName(row.area as District, this.locale) ?? row.area;
  }

  private breakdown(answer: IndicatorsAnswer) {
    const by = this.by;
    if (by !== 'district' && by !== 'province') return '';
    const all = impactBreakdown(answer, by);
    // A district with nothing published adds 77 rows of "withheld"; they are counted instead.
    const rows = by === 'district' ? all.filter((r) => r.figures.some((f) => f.value !== undefined)) : all;
    const hidden = all.length - rows.length;
    const keys = ['supported', 'rehabilitated', 'retained6', 'operating'] as const;
    const title = this.t(impactStatsMessages, by === 'district' ? 'byDistrict' : 'byProvince');
    const bars = rows.filter((r) => r.figures[0]!.value !== undefined);
    const max = Math.max(1, ...bars.map((r) => r.figures[0]!.value ?? 0));
    const chartLabel = `${this.t(impactStatsMessages, 'breakdownChartLabel')}: ${title}`;
    // A plain block: the scrolling table below is the region named by this heading.
    return html`<div part="breakdown" class="breakdown">
      <h3 id="breakdown-title">${title}</h3>
      ${
        bars.length === 0
          ? ''
          : html`<svg part="breakdown-chart" role="img" aria-label=${chartLabel}
          viewBox="0 0 ${WIDTH} ${bars.length * ROW}" xmlns="http://www.w3.org/2000/svg">
          ${bars.map((r, i) => {
            const value = r.figures[0]!.value!;
            const y = i * ROW;
            return svg`<g>
              <text x="0" y=${y + 16}>${this.areaName(r)}: ${this.formatNumber(value)}</text>
              <rect class="bar" data-area=${r.area} x="0" y=${y + 22} width=${Math.max(2, (value / max) * WIDTH)} height=${BAR_HEIGHT} rx="3"></rect>
            </g>`;
          })}
        </svg>`
      }
      <div class="scroll" tabindex="0" role="region" aria-labelledby="breakdown-title">
        <table part="breakdown-table">
          <thead><tr>
            <th scope="col">${this.t(impactStatsMessages, by === 'district' ? 'district' : 'province')}</th>
            ${keys.map((k) => html`<th scope="col">${this.t(impactStatsMessages, k)}</th>`)}
          </tr></thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-area=${r.area}>
                <th scope="row">${this.areaName(r)}</th>
                ${r.figures.map((f) => html`<td data-key=${f.key}>${this.shown(f.value)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${hidden > 0 ? html`<p part="note" class="note">${this.t(impactStatsMessages, 'hiddenDistricts', { count: this.formatNumber(hidden) })}</p>` : ''}
    </div>`;
  }

  override render() {
    const answer = this.data.value;
    if (this.data.state.kind !== 'ready' || !answer) {
      return renderState(this.data.state, this.locale, { onRetry: () => void this.data.run() });
    }
    const figures = impactFigures(answer);
    const date = (iso: string) => formatDate(iso, this.locale, this.calendar);
    return html`<section part="panel" lang=${this.locale} aria-labelledby="title">
      <h2 id="title"><slot name="heading">${this.t(impactStatsMessages, 'title')}</slot></h2>
      <div class="layout">
        ${this.chart(figures)}
        <table part="table">
          <caption>${this.t(impactStatsMessages, 'tableCaption', { from: date(answer.period.from), to: date(answer.period.to) })}</caption>
          <thead><tr>
            <th scope="col">${this.t(impactStatsMessages, 'indicator')}</th>
            <th scope="col">${this.t(impactStatsMessages, 'count')}</th>
          </tr></thead>
          <tbody>
            ${figures.map(
              (f) => html`<tr data-key=${f.key}>
                <th scope="row">${this.t(impactStatsMessages, f.key)}</th>
                <td>${this.shown(f.value)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.breakdown(answer)}
      ${figures.some((f) => f.value === undefined) || this.by ? html`<p part="note" class="note">${this.t(impactStatsMessages, 'suppressedNote')}</p>` : ''}
    </section>`;
  }
}
