import type { Locale, LocalizedText } from '@nayabato/core';
import { html, type TemplateResult } from 'lit';
import { isoOfBsText, todayBs } from './bs-date.js';
import { bsDateFieldMessages as m } from './bs-date-field.messages.js';
import { type FieldMessages, fieldError, invalid } from './form-issues.js';
import { formatDate } from './format.js';

/** What {@link bsDateField} shows and where it reports what is typed. */
export interface BsDateFieldOptions {
  /** The control's id (its error is `<id>-error`, its hint `<id>-hint`). */
  readonly id: string;
  /** The field's label. */
  readonly label: string;
  /** The date as typed: Bikram Sambat, year-month-day (`''` for none). */
  readonly value: string;
  /** The form's field messages. */
  readonly errors: FieldMessages;
  /** The language of the hint and the error. */
  readonly locale: Locale;
  /** Called with the text on every input. */
  readonly onInput: (value: string) => void;
}

/**
 * A date field of the NGO forms, entered in Bikram Sambat (year-month-day, Latin or Devanagari digits) as
 * `<nb-intake-form>` takes its assessment date: a plain text field, so the keyboard works as everywhere,
 * with a hint naming the format and, once the text is a date, the AD date it stands for. Label, hint and
 * error are tied to the control (`for`, `aria-describedby`).
 *
 * @example
 * ```ts
 * bsDateField({ id: 'assessedOn', label, value: '2082-01-01', errors, locale: 'en', onInput: (v) => { this.date = v; } });
 * ```
 */
export function bsDateField(o: BsDateFieldOptions): TemplateResult {
  const iso = isoOfBsText(o.value);
  const ad = iso ? ` — ${m.format('adEquivalent', o.locale, { date: formatDate(iso, o.locale, 'ad') })}` : '';
  const describedBy = o.errors.has(o.id) ? `${o.id}-hint ${o.id}-error` : `${o.id}-hint`;
  return html`<label for=${o.id}>${o.label}</label>
    <span class="date" id="${o.id}-hint">${m.format('bsHint', o.locale, { example: todayBs() })}${ad}</span>
    <input id=${o.id} type="text" autocomplete="off" spellcheck="false" .value=${o.value}
      aria-describedby=${describedBy} aria-invalid=${invalid(o.errors, o.id)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}>
    ${fieldError(o.errors, o.id, o.locale)}`;
}

/**
 * The message of each date field whose text is not a Bikram Sambat date (an empty field is left to the
 * schema, which says whether the date is required), keyed by field id.
 *
 * @example
 * ```ts
 * bsDateErrors({ assessedOn: '2082-13-01' }); // Map { 'assessedOn' => { en: 'Enter a Bikram Sambat date…', ne: '…' } }
 * ```
 */
export function bsDateErrors(fields: Readonly<Record<string, string>>): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  for (const [id, text] of Object.entries(fields)) {
    if (text.trim() !== '' && !isoOfBsText(text)) out.set(id, m.localized('bsDateInvalid'));
  }
  return out;
}
