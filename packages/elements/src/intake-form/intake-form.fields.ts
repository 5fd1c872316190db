import type { Locale } from '@nayabato/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { IntakeIssue, IntakeIssues } from './intake-model.js';

/** What the field templates need from the form: the language, the problems, the values. */
export interface FieldContext {
  readonly locale: Locale;
  readonly issues: IntakeIssues;
  /** The text of a problem in the form's language. */
  readonly issueText: (issue: IntakeIssue) => string;
}

/** A field's options: value and label. */
export type Options = readonly (readonly [value: string, label: string])[];

const describedBy = (name: string, ctx: FieldContext, hint?: string) =>
  [hint ? `h-${name}` : '', ctx.issues[name] ? `e-${name}` : ''].filter(Boolean).join(' ') || nothing;

/** The error text of a field, tied to it by id (`e-<name>`). */
export function fieldError(name: string, ctx: FieldContext): TemplateResult | typeof nothing {
  const issue = ctx.issues[name];
  return issue ? html`<p class="error" part="error" id="e-${name}">${ctx.issueText(issue)}</p>` : nothing;
}

function hintOf(name: string, hint?: string) {
  return hint ? html`<p class="hint" id="h-${name}">${hint}</p>` : nothing;
}

/**
 * A labelled `<select>`. Every control has `autocomplete="off"`: what it holds is sensitive, and a shared
 * browser must not offer it to the next person.
 */
export function selectField(
  ctx: FieldContext,
  name: string,
  label: string,
  value: string,
  options: Options,
  choose: string,
  hint?: string,
): TemplateResult {
  return html`<div class="field">
    <label for="f-${name}">${label}</label>${hintOf(name, hint)}
    <select id="f-${name}" name=${name} autocomplete="off" aria-invalid=${ctx.issues[name] ? 'true' : 'false'}
      aria-describedby=${describedBy(name, ctx, hint)}>
      <option value="" ?selected=${value === ''}>${choose}</option>
      ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>
    ${fieldError(name, ctx)}
  </div>`;
}

/** A labelled text (or number) input. */
export function inputField(
  ctx: FieldContext,
  name: string,
  label: string,
  value: string,
  options: { readonly type?: string; readonly hint?: string; readonly inputmode?: string } = {},
): TemplateResult {
  return html`<div class="field">
    <label for="f-${name}">${label}</label>${hintOf(name, options.hint)}
    <input id="f-${name}" name=${name} type=${options.type ?? 'text'} inputmode=${options.inputmode ?? nothing}
      autocomplete="off" spellcheck="false" .value=${value}
      aria-invalid=${ctx.issues[name] ? 'true' : 'false'} aria-describedby=${describedBy(name, ctx, options.hint)} />
    ${fieldError(name, ctx)}
  </div>`;
}

/** A labelled multi-line text. */
export function textField(
  ctx: FieldContext,
  name: string,
  label: string,
  value: string,
  hint?: string,
): TemplateResult {
  return html`<div class="field">
    <label for="f-${name}">${label}</label>${hintOf(name, hint)}
    <textarea id="f-${name}" name=${name} rows="3" autocomplete="off" spellcheck="false" .value=${value}
      aria-invalid=${ctx.issues[name] ? 'true' : 'false'} aria-describedby=${describedBy(name, ctx, hint)}></textarea>
    ${fieldError(name, ctx)}
  </div>`;
}

/**
 * A group of checkboxes in a fieldset with a legend; its values are a list (`data-group`). A description
 * per option (e.g. what a sharing scope reveals) is tied to its checkbox.
 */
export function checkboxGroup(
  ctx: FieldContext,
  name: string,
  legend: string,
  checked: readonly string[],
  options: Options,
  descriptions?: Readonly<Record<string, string>>,
): TemplateResult {
  return html`<fieldset class="group" id="f-${name}" aria-describedby=${describedBy(name, ctx)}>
    <legend>${legend}</legend>
    ${options.map(
      ([v, l]) => html`<div class="check">
        <input type="checkbox" id="f-${name}-${v}" data-group=${name} value=${v} autocomplete="off"
          .checked=${checked.includes(v)} aria-describedby=${descriptions?.[v] ? `d-${name}-${v}` : nothing} />
        <label for="f-${name}-${v}">${l}</label>
        ${descriptions?.[v] ? html`<p class="hint" id="d-${name}-${v}">${descriptions[v]}</p>` : nothing}
      </div>`,
    )}
    ${fieldError(name, ctx)}
  </fieldset>`;
}
