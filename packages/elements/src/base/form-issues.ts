import type { FieldIssue, Locale, LocalizedText } from '@nayabato/core';
import { html, nothing } from 'lit';

/**
 * Field messages of a form, by the form's own field id, in English and Nepali (core's texts), so a
 * language switch re-renders them without validating again.
 */
export type FieldMessages = ReadonlyMap<string, LocalizedText>;

/**
 * The field issues a failed save carries: the client's validation errors (checked before sending, or the
 * registry's 422) have `kind: 'validation'` and `issues`. Read structurally, so the element does not load
 * the client's error classes.
 *
 * @param error - what the client threw
 * @returns the issues, or `undefined` when it is no validation error
 * @example
 * ```ts
 * const issues = validationIssuesOf(error) ?? [];
 * ```
 */
export function validationIssuesOf(error: unknown): readonly FieldIssue[] | undefined {
  const { kind, issues } = (error ?? {}) as { kind?: unknown; issues?: unknown };
  return kind === 'validation' && Array.isArray(issues) ? (issues as FieldIssue[]) : undefined;
}

/**
 * Maps issues to field ids with `fieldOf(path)` (the first issue of a field wins; an issue no field
 * claims goes to `fallback`).
 *
 * @example
 * ```ts
 * fieldMessages(issues, (path) => path.join('-'), 'form');
 * ```
 */
export function fieldMessages(
  issues: readonly FieldIssue[],
  fieldOf: (path: readonly (string | number)[]) => string | undefined,
  fallback: string,
): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  for (const issue of issues) {
    const id = fieldOf(issue.path) ?? fallback;
    if (!out.has(id)) out.set(id, issue.message);
  }
  return out;
}

/**
 * The message of field `id` under its control, with the id that `aria-describedby` names (`<id>-error`).
 *
 * @example
 * ```ts
 * html`<input id="x" aria-describedby=${describedBy(errors, 'x')}>${fieldError(errors, 'x', locale)}`;
 * ```
 */
export function fieldError(errors: FieldMessages, id: string, locale: Locale) {
  const message = errors.get(id);
  return message
    ? html`<p part="field-error" class="field-error" id="${id}-error">${message[locale]}</p>`
    : nothing;
}

/** `aria-describedby` of field `id` while it has an error; otherwise unset. */
export const describedBy = (errors: FieldMessages, id: string) => (errors.has(id) ? `${id}-error` : nothing);

/** `aria-invalid` of field `id`. */
export const invalid = (errors: FieldMessages, id: string) => (errors.has(id) ? 'true' : nothing);

/**
 * Moves focus to the first control marked invalid in `root`, after the render that marked it.
 *
 * @example
 * ```ts
 * await this.updateComplete; focusFirstError(this.renderRoot);
 * ```
 */
export function focusFirstError(root: ParentNode): void {
  root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
