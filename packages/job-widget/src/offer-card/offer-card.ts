import {
  DISTRICT_NAMES,
  type District,
  districtName,
  EmploymentType,
  type Locale,
  type Trade,
  tradeLabel,
} from '@nayabato/core';
import { type CalendarChoice, formatDate, formatNumber } from '@nayabato/elements/base';
import { html, nothing, type TemplateResult } from 'lit';
import { jobBoardMessages as m } from '../job-board/job-board.messages.js';

/**
 * What an offer card shows: a stored offer, or an offer being written (the editor's live preview), whose
 * fields may still be missing.
 */
export interface OfferCardData {
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly trade?: string | undefined;
  readonly skills?: readonly string[] | undefined;
  readonly district?: string | undefined;
  readonly locality?: string | undefined;
  readonly employmentType?: string | undefined;
  readonly wage?: {
    readonly minMonthlyNpr?: number | undefined;
    readonly maxMonthlyNpr?: number | undefined;
  };
  readonly openings?: number | undefined;
  readonly validThrough?: string | undefined;
  readonly postedOn?: string | undefined;
  readonly trainingProvided?: boolean | undefined;
  readonly accommodationProvided?: boolean | undefined;
  readonly transportProvided?: boolean | undefined;
  /** Core's warnings (the minimum wage); the card only says that there is one. */
  readonly warnings?: readonly unknown[] | undefined;
}

/** Options of {@link renderOfferCard}. */
export interface OfferCardOptions {
  /** How dates are shown. @default 'bs' */
  readonly calendar?: CalendarChoice;
  /** The article's part name. @default 'offer' */
  readonly part?: string;
  /** An id for the title, which then labels the article and can take focus (the board's detail view). */
  readonly headingId?: string;
}

const isDistrict = (d: string | undefined): d is District => DISTRICT_NAMES.includes(d as District);

/**
 * One offer as the job board shows it in its detail view: title, place, employment type and wage, closing
 * date, trade, openings and posting date, the minimum-wage note, description, skills and what the
 * employer provides. Shared by `<nb-job-board>` and the editor's live preview, so that HR sees what the
 * public will. Text is bound through Lit, so markup in an offer stays inert.
 *
 * @param offer - the offer (fields may be missing while it is written)
 * @param locale - the language
 * @example
 * ```ts
 * html`${renderOfferCard(offer, this.locale, { calendar: this.calendar, part: 'detail', headingId: 'detail-title' })}`;
 * ```
 */
export function renderOfferCard(
  offer: OfferCardData,
  locale: Locale,
  options: OfferCardOptions = {},
): TemplateResult {
  const { calendar = 'bs', part = 'offer', headingId } = options;
  const t = (key: Parameters<typeof m.format>[0], params?: Record<string, string>) =>
    m.format(key, locale, params);
  const n = (value: number) => formatNumber(value, locale);
  const date = (iso: string) => {
    try {
      return formatDate(iso, locale, calendar);
    } catch {
      return iso; // half-typed in the editor
    }
  };
  const { minMonthlyNpr: min, maxMonthlyNpr: max } = offer.wage ?? {};
  const wage =
    min === undefined || Number.isNaN(min)
      ? ''
      : max === undefined || max === min || Number.isNaN(max)
        ? t('wageOne', { min: n(min) })
        : t('wage', { min: n(min), max: n(max) });
  const place = [offer.locality, isDistrict(offer.district) ? districtName(offer.district, locale) : '']
    .filter(Boolean)
    .join(', ');
  const kind =
    offer.employmentType && EmploymentType.is(offer.employmentType)
      ? EmploymentType.label(offer.employmentType, locale)
      : '';
  const facts = (parts: readonly string[]) => parts.filter(Boolean).join(' · ');
  const perks = (['training', 'accommodation', 'transport'] as const).filter((p) => offer[`${p}Provided`]);
  return html`<article part=${part} class="offer" lang=${locale} aria-labelledby=${headingId ?? nothing}>
    <h3 part="offer-title" id=${headingId ?? nothing} tabindex=${headingId ? '-1' : nothing}>${offer.title ?? ''}</h3>
    <p class="meta">${facts([place, kind, wage])}</p>
    <p class="meta">${offer.validThrough ? t('closes', { date: date(offer.validThrough) }) : t('noClosing')}</p>
    <p class="meta">${facts([
      offer.trade ? tradeLabel(offer.trade as Trade, locale) : '',
      offer.openings ? t('openings', { count: n(offer.openings) }) : '',
      offer.postedOn ? t('posted', { date: date(offer.postedOn) }) : '',
    ])}</p>
    ${offer.warnings?.length ? html`<p class="warning">${t('belowMinimumWage')}</p>` : nothing}
    <p part="offer-description" class="description">${offer.description ?? ''}</p>
    ${offer.skills?.length ? html`<h4>${t('skills')}</h4><p>${offer.skills.join(', ')}</p>` : nothing}
    ${perks.length ? html`<h4>${t('benefits')}</h4><p>${perks.map((p) => t(p)).join(', ')}</p>` : nothing}
  </article>`;
}
