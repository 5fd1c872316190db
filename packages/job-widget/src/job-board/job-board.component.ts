import { createClient, type NayaBatoClient } from '@nayabato/client';
import {
  type JobOffer as CoreJobOffer,
  DISTRICT_NAMES,
  districtName,
  type EmploymentTypeValue,
  employmentTypeLabels,
  type JobPostingJsonLd,
  type Locale,
  type TradeCodeValue,
  toJobPostingJsonLd,
  tradeCodeLabels,
  tradeLabel,
} from '@nayabato/core';
import {
  DataController,
  formatDate,
  NbElement,
  renderState,
  stateStyles,
  tokens,
} from '@nayabato/elements/base';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { jobBoardMessages as m } from './job-board.messages.js';
import { jobBoardStyles } from './job-board.styles.js';
import { JobPostingScripts } from './job-posting-scripts.js';

/** An open offer as the registry answers it (with core's warnings). */
export type JobBoardOffer = Awaited<ReturnType<NayaBatoClient['jobOffers']['get']>>;
type Organization = Awaited<ReturnType<NayaBatoClient['organizations']['get']>>;
type Sort = 'newest' | 'closing' | 'wage';

/** The filters, search and sort of the board; empty strings mean "any". */
export interface JobBoardFilters {
  q: string;
  district: string;
  trade: string;
  employmentType: string;
  sort: Sort;
}

interface Loaded {
  readonly organization: Organization | undefined;
  readonly partners: readonly Organization[];
}

const SORTS: readonly Sort[] = ['newest', 'closing', 'wage'];
// Core's label catalogs rather than its enumerations (`EmploymentType`, `TradeCode`): an enumeration's
// schema getter would keep zod in the script tag, and the board never validates.
const EMPLOYMENT_TYPES = Object.keys(employmentTypeLabels.entries) as EmploymentTypeValue[];
const TRADES = Object.keys(tradeCodeLabels.entries) as TradeCodeValue[];
const SORT_LABEL = { newest: 'sortNewest', closing: 'sortClosing', wage: 'sortWage' } as const;

/** The offer named by the page's `#offer=…`, or undefined. */
function offerInHash(): string | undefined {
  return new URLSearchParams(globalThis.location?.hash.slice(1) ?? '').get('offer') ?? undefined;
}

/**
 * A company's open job offers on its own site, read from the registry with its publishable key: filters
 * (district, trade, kind of work), search, sort, a detail view per offer with a link that survives a
 * reload (`#offer=job_…`), "more" to page on, and how candidates are referred (through partner NGOs,
 * never an application form: the board collects nothing about its visitors and stores nothing).
 *
 * For every offer it shows, the board writes the schema.org `JobPosting` (core's `toJobPostingJsonLd`)
 * into the page's light DOM as `<script type="application/ld+json">` children of itself, kept in sync and
 * removed with the element, through the Trusted Types policy `nayabato-job-widget` where the page enforces
 * Trusted Types. Offer text is rendered as text, so markup in it stays inert.
 *
 * Connects with its own `registry` and `publishable-key`, else its `client`, else the nearest
 * `<nb-provider>`'s, and shows the shared states (loading, offline, error with retry) until it has offers.
 *
 * @customElement nb-job-board
 * @attr organization - the company whose offers are shown (`org_…`)
 * @attr registry - the registry's URL (with `publishable-key`; else the client comes from `<nb-provider>`)
 * @attr publishable-key - the company's publishable key (`pk_…`), never a secret key
 * @attr page-size - offers per page (default 10)
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @slot heading - replaces the heading ("Job openings")
 * @csspart filters - the filter and search form
 * @csspart list - the list of offers
 * @csspart offer - one offer in the list
 * @csspart link - an offer's title, linking to its detail view
 * @csspart more - the "more openings" button
 * @csspart detail - the detail view of one offer
 * @csspart back - the link back to every offer
 * @csspart referral - how candidates are referred
 * @csspart state - the shared states (also `state-loading`, `state-error`, `retry`, …)
 * @cssprop --nb-color-surface - the cards' background
 * @cssprop --nb-color-border - the cards' and fields' borders
 * @cssprop --nb-radius - the corner radius
 * @cssprop --nb-space - padding and gaps
 *
 * @example
 * ```html
 * <nb-job-board organization="org_…" registry="https://registry.example.org" publishable-key="pk_live_…"></nb-job-board>
 * ```
 */
export class NbJobBoard extends NbElement {
  static override styles = [tokens, stateStyles, jobBoardStyles];

  /** The company whose offers are shown (`org_…`). */
  @property({ reflect: true }) organization: string | undefined;
  /** The registry's URL; with {@link NbJobBoard.publishableKey} the board makes its own client. */
  @property() registry: string | undefined;
  /** The company's publishable key (`pk_…`). */
  @property({ attribute: 'publishable-key' }) publishableKey: string | undefined;
  /** Offers per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** The filters, search and sort applied now. */
  @state() filters: JobBoardFilters = { q: '', district: '', trade: '', employmentType: '', sort: 'newest' };
  @state() private offers: JobBoardOffer[] = [];
  @state() private hasMore = false;
  @state() private moreFailed = false;
  @state() private busy = false;
  @state() private selected: string | undefined = offerInHash();
  @state() private detail: JobBoardOffer | null | undefined;

  private pages: AsyncGenerator<{ readonly items: readonly JobBoardOffer[] }> | undefined;
  private ownClient: NayaBatoClient | undefined;
  private focusAfter: string | undefined;
  private fetching: string | undefined;
  private readonly scripts = new JobPostingScripts(this);
  private readonly onHash = () => this.showOffer(offerInHash(), true);

  private readonly data = new DataController<Loaded>(this, {
    load: async (client, signal) => {
      const org = this.organization;
      const [organization, partners] = await Promise.all([
        org ? client.organizations.get(org, { signal }) : undefined,
        client.organizations.list({ role: 'ngo', limit: 20 }, { signal }).toArray({ limit: 20 }),
        this.firstPage(client, signal),
      ]);
      return { organization, partners };
    },
  });

  override get registryClient(): NayaBatoClient | undefined {
    return this.client ?? this.ownClient ?? super.registryClient;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    this.showOffer(offerInHash(), false);
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHash);
    this.scripts.clear();
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('registry') || changed.has('publishableKey')) {
      this.ownClient =
        this.registry && this.publishableKey
          ? createClient({ baseUrl: this.registry, publishableKey: this.publishableKey, validate: false })
          : undefined;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('organization') && changed.get('organization') !== undefined) void this.data.run();
    this.scripts.sync(this.postings());
    void this.fetchDetail();
    if (this.focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
      this.focusAfter = undefined;
    }
  }

  /** Loads the offers again with the current filters. */
  reload(): Promise<void> {
    return this.data.run();
  }

  private query() {
    const f = this.filters;
    return {
      limit: this.pageSize,
      sort: f.sort,
      ...(this.organization ? { organizationId: this.organization } : {}),
      ...(f.q.trim() ? { q: f.q.trim() } : {}),
      ...(f.district ? { district: f.district } : {}),
      ...(f.trade ? { trade: f.trade } : {}),
      ...(f.employmentType ? { employmentType: f.employmentType } : {}),
    } as Parameters<NayaBatoClient['jobOffers']['list']>[0];
  }

  private async firstPage(client: NayaBatoClient, signal: AbortSignal) {
    const pages = client.jobOffers.list(this.query(), { signal }).pages() as typeof this.pages & {};
    const first = await pages.next();
    if (signal.aborted) return;
    this.pages = pages;
    this.offers = first.done ? [] : [...first.value.items];
    this.hasMore = !first.done && this.offers.length >= this.pageSize;
    this.moreFailed = false;
  }

  private async more() {
    if (!this.pages || this.busy) return;
    this.busy = true;
    const before = this.offers.length;
    try {
      const next = await this.pages.next();
      const items = next.done ? [] : next.value.items;
      this.offers = [...this.offers, ...items];
      this.hasMore = items.length >= this.pageSize;
      this.moreFailed = false;
      // Keyboard and screen-reader users land on the first new offer rather than at the list's top.
      if (items.length > 0) this.focusAfter = `li:nth-child(${before + 1}) a`;
    } catch {
      this.moreFailed = true;
    } finally {
      this.busy = false;
    }
  }

  private apply(change: Partial<JobBoardFilters>) {
    this.filters = { ...this.filters, ...change };
    void this.data.run();
  }

  private showOffer(id: string | undefined, focus: boolean) {
    this.selected = id;
    this.detail = undefined;
    if (focus) this.focusAfter = id ? '[part~="detail"] h3' : 'h2';
  }

  /** Fetches the offer a link opened when the list loaded without it (another page, or filtered out). */
  private async fetchDetail() {
    const id = this.selected;
    const client = this.registryClient;
    if (!id || !client || this.detail !== undefined || this.fetching === id) return;
    if (this.data.state.kind !== 'ready' || this.offers.some((o) => o.id === id)) return;
    this.fetching = id;
    let offer: JobBoardOffer | null;
    try {
      const found = await client.jobOffers.get(id);
      offer = found.status === 'open' ? found : null;
    } catch {
      offer = null;
    }
    this.fetching = undefined;
    if (this.selected === id) this.detail = offer;
  }

  /** The JSON-LD of every offer shown: the loaded list and the offer opened by a link, if not in it. */
  private postings(): Map<string, JobPostingJsonLd> {
    const out = new Map<string, JobPostingJsonLd>();
    const org = this.data.value?.organization;
    if (!org || this.data.state.kind !== 'ready') return out;
    const page = `${location.origin}${location.pathname}${location.search}`;
    const shown = this.detail ? [...this.offers, this.detail] : this.offers;
    for (const offer of shown) {
      out.set(
        offer.id,
        toJobPostingJsonLd(offer as unknown as CoreJobOffer, {
          organization: { name: org.name, ...(org.url ? { url: org.url } : {}) },
          url: `${page}#offer=${encodeURIComponent(offer.id)}`,
          locale: this.locale,
        }),
      );
    }
    return out;
  }

  private date(iso: string) {
    try {
      return formatDate(iso, this.locale, this.calendar);
    } catch {
      // A date beyond the Bikram Sambat table (an offer open until 2099, say) is shown as written.
      return iso;
    }
  }

  private wage(o: JobBoardOffer) {
    const { minMonthlyNpr: min, maxMonthlyNpr: max } = o.wage;
    return min === max
      ? this.t(m, 'wageOne', { min: this.formatNumber(min) })
      : this.t(m, 'wage', { min: this.formatNumber(min), max: this.formatNumber(max) });
  }

  private meta(o: JobBoardOffer) {
    const place = [o.locality, districtName(o.district, this.locale)].filter(Boolean).join(', ');
    return html`<p class="meta">
      ${place} · ${employmentTypeLabels.format(o.employmentType, this.locale)} · ${this.wage(o)}
    </p>
    <p class="meta">${o.validThrough ? this.t(m, 'closes', { date: this.date(o.validThrough) }) : this.t(m, 'noClosing')}</p>`;
  }

  private select<V extends string>(
    name: keyof JobBoardFilters,
    label: string,
    values: readonly V[],
    text: (v: V) => string,
    withAny = true,
  ) {
    const current = this.filters[name];
    return html`<label>${label}
      <select name=${name} @change=${(e: Event) => this.apply({ [name]: (e.target as HTMLSelectElement).value })}>
        ${withAny ? html`<option value="" ?selected=${current === ''}>${this.t(m, 'any')}</option>` : nothing}
        ${values.map((v) => html`<option value=${v} ?selected=${current === v}>${text(v)}</option>`)}
      </select>
    </label>`;
  }

  private filtersForm() {
    const l: Locale = this.locale;
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      const q = new FormData(e.target as HTMLFormElement).get('q');
      this.apply({ q: typeof q === 'string' ? q : '' });
    };
    return html`<form part="filters" role="search" @submit=${onSubmit}>
      <fieldset>
        <legend>${this.t(m, 'filters')}</legend>
        <label>${this.t(m, 'search')}<input type="search" name="q" .value=${this.filters.q}></label>
        ${this.select('district', this.t(m, 'district'), DISTRICT_NAMES, (d) => districtName(d, l))}
        ${this.select('trade', this.t(m, 'trade'), TRADES, (t) => tradeLabel(t, l))}
        ${this.select('employmentType', this.t(m, 'employmentType'), EMPLOYMENT_TYPES, (t) => employmentTypeLabels.format(t, l))}
        ${this.select('sort', this.t(m, 'sort'), SORTS, (s) => this.t(m, SORT_LABEL[s]), false)}
        <button type="submit">${this.t(m, 'apply')}</button>
      </fieldset>
    </form>`;
  }

  private list() {
    const state = this.data.state;
    const body =
      state.kind !== 'ready'
        ? renderState(state, this.locale, { onRetry: () => void this.data.run() })
        : this.offers.length === 0
          ? html`<p part="state state-empty">${this.t(m, 'none')}</p>`
          : html`<ul part="list">
              ${this.offers.map(
                (o) => html`<li part="offer" data-id=${o.id}>
                  <h3><a part="link" href=${`#offer=${encodeURIComponent(o.id)}`}>${o.title}</a></h3>
                  ${this.meta(o)}
                </li>`,
              )}
            </ul>
            ${
              this.hasMore || this.moreFailed
                ? html`${this.moreFailed ? html`<p role="alert">${this.t(m, 'moreFailed')}</p>` : nothing}
                  <button part="more" class="more" type="button" ?disabled=${this.busy} @click=${() => void this.more()}>
                    ${this.t(m, 'more')}
                  </button>`
                : nothing
            }`;
    return html`${this.filtersForm()}
      <p class="meta" role="status">${state.kind === 'ready' ? this.t(m, 'count', { count: this.formatNumber(this.offers.length) }) : ''}</p>
      ${body}`;
  }

  private detailView(id: string) {
    const o = this.offers.find((x) => x.id === id) ?? this.detail;
    const back = html`<p><a part="back" href="#">${this.t(m, 'back')}</a></p>`;
    if (o === undefined) return html`${back}${renderState({ kind: 'loading' }, this.locale)}`;
    if (o === null)
      return html`${back}<p part="state state-empty" role="status">${this.t(m, 'notFound')}</p>`;
    const perks = (['training', 'accommodation', 'transport'] as const).filter((p) => o[`${p}Provided`]);
    return html`${back}
      <article part="detail" aria-labelledby="detail-title">
        <h3 id="detail-title" tabindex="-1">${o.title}</h3>
        ${this.meta(o)}
        <p class="meta">${tradeLabel(o.trade, this.locale)} · ${this.t(m, 'openings', { count: this.formatNumber(o.openings) })}
          ${o.postedOn ? html` · ${this.t(m, 'posted', { date: this.date(o.postedOn) })}` : nothing}</p>
        ${o.warnings?.length ? html`<p class="warning">${this.t(m, 'belowMinimumWage')}</p>` : nothing}
        <p class="description">${o.description}</p>
        ${o.skills.length ? html`<h4>${this.t(m, 'skills')}</h4><p>${o.skills.join(', ')}</p>` : nothing}
        ${perks.length ? html`<h4>${this.t(m, 'benefits')}</h4><p>${perks.map((p) => this.t(m, p)).join(', ')}</p>` : nothing}
      </article>`;
  }

  private referral() {
    const loaded = this.data.value;
    const org = loaded?.organization;
    const contact = org?.email ?? org?.phone;
    return html`<section part="referral" aria-labelledby="referral-title">
      <h3 id="referral-title">${this.t(m, 'referralTitle')}</h3>
      <p>${this.t(m, 'referralText')}</p>
      ${
        loaded?.partners.length
          ? html`<h4>${this.t(m, 'partners')}</h4>
            <ul class="partners">${loaded.partners.map((p) => html`<li>${p.url ? html`<a href=${p.url} rel="noopener">${p.name}</a>` : p.name}</li>`)}</ul>`
          : nothing
      }
      ${contact ? html`<p>${this.t(m, 'contact', { contact })}</p>` : nothing}
      <p class="meta">${this.t(m, 'readOnly')}</p>
    </section>`;
  }

  override render() {
    const main = this.selected ? this.detailView(this.selected) : this.list();
    return html`<section part="board" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" tabindex="-1"><slot name="heading">${this.t(m, 'title')}</slot></h2>
      ${main}
      ${this.referral()}
    </section>`;
  }
}
