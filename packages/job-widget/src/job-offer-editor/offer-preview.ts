import { EmploymentType, type Locale, TradeCode } from '@nayabato/core';
import { formatDate, formatNumber } from '@nayabato/elements/base';
import { html, nothing, type TemplateResult } from 'lit';
import { jobOfferEditorMessages as m } from './job-offer-editor.messages.js';

/** What the preview shows: the parts of a draft input that are filled so far. */
export interface PreviewOffer {
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly trade?: string | undefined;
  readonly district?: string | undefined;
  readonly locality?: string | undefined;
  readonly employmentType?: string | undefined;
  readonly wage?: { readonly minMonthlyNpr?: number | undefined; readonly maxMonthlyNpr?: number | undefined };
  readonly openings?: number | undefined;
  readonly validThrough?: string | undefined;
}

const tradeLabel = (trade: string, locale: Locale) =>
  TradeCode.is(trade) ? TradeCode.label(trade, locale) : trade.replace(/^other:/, '').replace(/-/g, ' ');

/**
 * The offer as a card, for the editor's live preview. Text is bound through Lit, so markup in an offer
 * stays inert. (To be replaced by the job board's own offer card, so the preview matches it exactly.)
 *
 * @example
 * ```ts
 * html`${renderOfferPreview(offer, 'ne', 'bs')}`;
 * ```
 */
export function renderOfferPreview(
  offer: PreviewOffer,
  locale: Locale,
  calendar: 'bs' | 'ad' | 'both',
): TemplateResult {
  const t = (key: Parameters<typeof m.format>[0], params?: Record<string, string>) =>
    m.format(key, locale, params);
  const n = (value: number) => formatNumber(value, locale);
  const wage = offer.wage;
  const place = [offer.locality, offer.district].filter(Boolean).join(', ');
  return html`<article part="offer" class="offer" lang=${locale}>
    <h3 part="offer-title">${offer.title || '…'}</h3>
    <p part="offer-meta" class="meta">
      ${offer.trade ? html`<span>${tradeLabel(offer.trade, locale)}</span>` : nothing}
      ${offer.employmentType && EmploymentType.is(offer.employmentType) ? html`<span>${EmploymentType.label(offer.employmentType, locale)}</span>` : nothing}
      ${place ? html`<span>${place}</span>` : nothing}
    </p>
    ${
      wage?.minMonthlyNpr !== undefined && wage.maxMonthlyNpr !== undefined
        ? html`<p part="offer-wage">${t('perMonth', { min: n(wage.minMonthlyNpr), max: n(wage.maxMonthlyNpr) })}</p>`
        : nothing
    }
    ${offer.openings ? html`<p>${t('openingsCount', { count: n(offer.openings) })}</p>` : nothing}
    ${offer.validThrough ? html`<p>${t('closesOn', { date: formatDate(offer.validThrough, locale, calendar) })}</p>` : nothing}
    ${offer.description ? html`<p part="offer-description" class="description">${offer.description}</p>` : nothing}
  </article>`;
}
