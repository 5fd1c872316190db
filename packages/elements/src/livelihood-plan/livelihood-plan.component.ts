import type { NayaBatoClient } from '@nayabato/client';
import {
  ActionStatus,
  ConsentMethod,
  GoalStatus,
  LivelihoodPlanInputSchema,
  type LocalizedText,
  PlanProgress,
  ServiceType,
  SupportPlanType,
  validate,
} from '@nayabato/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isoOfBsText } from '../base/bs-date.js';
import { bsDateErrors, bsDateField } from '../base/bs-date-field.js';
import { DataController } from '../base/data-controller.js';
import { emit } from '../base/events.js';
import {
  describedBy,
  type FieldMessages,
  fieldError,
  fieldMessages,
  focusFirstError,
  invalid,
  validationIssuesOf,
} from '../base/form-issues.js';
import { formatDate } from '../base/format.js';
import { NbElement } from '../base/nayabato-element.js';
import { renderState, stateStyles } from '../base/states.js';
import { tokens } from '../base/theme.js';
import { livelihoodPlanMessages as m } from './livelihood-plan.messages.js';
import { livelihoodPlanStyles } from './livelihood-plan.styles.js';
import {
  bsDatesOf,
  draftOf,
  fieldOf,
  inputOf,
  newAction,
  newGoal,
  newReview,
  type PlanDraft,
} from './plan-draft.js';

type Organization = Awaited<ReturnType<NayaBatoClient['organizations']['get']>>;
type Plan = Awaited<ReturnType<NayaBatoClient['livelihoodPlans']['get']>>;

interface Loaded {
  readonly plan: Plan | undefined;
  readonly organizations: readonly Organization[];
}

/** The `detail` of `nb-plan-saved`: the plan's id, nothing else. */
export interface PlanSavedDetail {
  readonly id: string;
}
/** Fired when the plan was saved in the registry. */
export type PlanSavedEvent = CustomEvent<PlanSavedDetail>;

/** An enumeration of core, as the selects use it. */
interface Choices {
  readonly values: readonly string[];
  label(value: never, locale: 'en' | 'ne'): string;
}

/**
 * The livelihood plan a participant agreed with their NGO: goals (area, in their words, hoped-for date,
 * status), actions towards them (service, responsible partner from the directory, start and due dates,
 * status), reviews made at follow-ups, the planned end and the participant's agreement. The NGO edits and
 * saves it through the client (a staff token); core checks it first (field messages in English and
 * Nepali, focus on the first). Dates are entered in Bikram Sambat (year-month-day, as `<nb-intake-form>`
 * takes them) with the AD date shown beside the field.
 *
 * Printing (the Print button, or the browser's) gives a plain document in the element's language: every
 * goal, action and review written out, dates in Bikram Sambat (and AD with `calendar="both"`), no form
 * controls.
 *
 * @customElement nb-livelihood-plan
 * @attr participant - the participant's pseudonymous id (`pt_…`)
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @attr calendar - dates in the printed plan: `bs` (default), `ad` or `both`
 * @fires nb-plan-saved - the plan was saved; `detail: { id }`
 * @slot heading - replaces the heading ("Livelihood plan")
 * @csspart form - the editing form (hidden in print)
 * @csspart field-error - a field's error message
 * @csspart save - the save button
 * @csspart print-button - the print button
 * @csspart status - the save outcome, announced politely
 * @csspart print - the printable plan (shown only in print)
 * @csspart state - the shared states (also `state-loading`, `state-error`, `retry`, …)
 * @cssprop --nb-color-accent - buttons
 * @cssprop --nb-color-danger - error messages
 * @cssprop --nb-space - spacing
 *
 * @example
 * ```html
 * <nb-provider registry="https://registry.example.org">
 *   <nb-livelihood-plan participant="pt_0123456789" calendar="both"></nb-livelihood-plan>
 * </nb-provider>
 * ```
 */
export class NbLivelihoodPlan extends NbElement {
  static override styles = [tokens, stateStyles, livelihoodPlanStyles];

  /** The participant's pseudonymous id (`pt_…`). */
  @property({ reflect: true }) participant: string | undefined;

  @state() private draft: PlanDraft = draftOf(undefined);
  @state() private planId: string | undefined;
  @state() private errors: FieldMessages = new Map();
  @state() private status: 'saving' | 'saved' | 'invalid' | 'failed' | undefined;

  private loadedFor: string | undefined;

  private readonly data = new DataController<Loaded | null>(this, {
    load: async (client, signal) => {
      this.loadedFor = this.participant;
      if (!this.participant) return null;
      const participantId = this.participant;
      const [plans, organizations] = await Promise.all([
        client.livelihoodPlans.list({ participantId }, { signal }).toArray({ limit: 100 }),
        client.organizations.list({}, { signal }).toArray({ limit: 500 }),
      ]);
      const plan = [...plans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      this.draft = draftOf(plan as Parameters<typeof draftOf>[0]);
      this.planId = plan?.id;
      this.errors = new Map();
      this.status = undefined;
      return { plan, organizations };
    },
    isEmpty: (value) => value === null,
  });

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.loadedFor !== undefined && this.loadedFor !== this.participant) void this.data.run();
  }

  /** Loads the participant's plan again (unsaved edits are dropped). */
  reload(): Promise<void> {
    return this.data.run();
  }

  /** Opens the browser's print dialog on the printable plan. */
  print(): void {
    globalThis.print?.();
  }

  /** Checks the plan with core's schema and saves it (creates it, or replaces the loaded plan). */
  async save(): Promise<void> {
    const client = this.registryClient;
    if (!this.participant) return;
    if (this.draft.agreement.method && !this.draft.agreement.agreedAt)
      this.draft = {
        ...this.draft,
        agreement: { ...this.draft.agreement, agreedAt: new Date().toISOString() },
      };
    const input = inputOf(this.participant, this.draft);
    const checked = validate(LivelihoodPlanInputSchema, input);
    const dateErrors = bsDateErrors(bsDatesOf(this.draft));
    if (!checked.ok || dateErrors.size > 0)
      return this.showIssues(checked.ok ? [] : checked.issues, dateErrors);
    if (!client) return;
    this.errors = new Map();
    this.status = 'saving';
    try {
      const saved = this.planId
        ? await client.livelihoodPlans.update(this.planId, input)
        : await client.livelihoodPlans.create(input);
      this.planId = saved.id;
      this.status = 'saved';
      emit(this, 'nb-plan-saved', { id: saved.id });
    } catch (error) {
      const issues = validationIssuesOf(error);
      if (issues) return this.showIssues(issues);
      this.status = 'failed';
    }
  }

  private async showIssues(
    issues: Parameters<typeof fieldMessages>[0],
    dateErrors: ReadonlyMap<string, LocalizedText> = new Map(),
  ) {
    // A date that is not a BS date says so, rather than what core says of the date it could not send.
    this.errors = new Map([...fieldMessages(issues, fieldOf, 'form'), ...dateErrors]);
    this.status = 'invalid';
    await this.updateComplete;
    focusFirstError(this.renderRoot);
  }

  /** Replaces item `i` of list `list` with its edited copy. */
  private edit<L extends 'goals' | 'actions' | 'reviews'>(
    list: L,
    i: number,
    change: Partial<PlanDraft[L][number]>,
  ) {
    const items = [...this.draft[list]] as PlanDraft[L][number][];
    items[i] = { ...items[i], ...change } as PlanDraft[L][number];
    this.draft = { ...this.draft, [list]: items };
  }

  private removeItem(list: 'goals' | 'actions' | 'reviews', i: number) {
    this.draft = { ...this.draft, [list]: this.draft[list].filter((_, j) => j !== i) };
  }

  private date(iso: string) {
    return formatDate(iso, this.locale, this.calendar);
  }

  private field(id: string, label: string, control: TemplateResult) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control}
      ${fieldError(this.errors, id, this.locale)}
    </div>`;
  }

  /** A date field, entered in Bikram Sambat with its AD date beside (see `bsDateField`). */
  private dateInput(id: string, label: string, value: string, set: (v: string) => void) {
    return html`<div class="field">
      ${bsDateField({ id, label, value, errors: this.errors, locale: this.locale, onInput: set })}
    </div>`;
  }

  private textarea(id: string, label: string, value: string, set: (v: string) => void) {
    return this.field(
      id,
      label,
      html`<textarea id=${id} rows="2" autocomplete="off" .value=${value}
        aria-describedby=${describedBy(this.errors, id)} aria-invalid=${invalid(this.errors, id)}
        @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>`,
    );
  }

  private select(
    id: string,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
    set: (v: string) => void,
  ) {
    return this.field(
      id,
      label,
      html`<select id=${id} aria-describedby=${describedBy(this.errors, id)} aria-invalid=${invalid(this.errors, id)}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>`,
    );
  }

  private choices(enumeration: Choices, empty?: string): (readonly [string, string])[] {
    const list = enumeration.values.map((v) => [v, enumeration.label(v as never, this.locale)] as const);
    return empty === undefined ? list : [['', empty], ...list];
  }

  private goalName(key: string) {
    const i = this.draft.goals.findIndex((g) => g.key === key);
    const goal = this.draft.goals[i];
    const n = this.formatNumber(i + 1);
    return goal ? `${this.t(m, 'goal', { n })}${goal.description ? `: ${goal.description}` : ''}` : key;
  }

  private goals() {
    return this.draft.goals.map((g, i) => {
      const n = this.formatNumber(i + 1);
      const id = (f: string) => `goals-${i}-${f}`;
      return html`<fieldset data-goal=${g.key}>
        <legend>${this.t(m, 'goal', { n })}</legend>
        ${this.select(id('area'), this.t(m, 'area'), this.choices(SupportPlanType), g.area, (v) => this.edit('goals', i, { area: v as never }))}
        ${this.textarea(id('description'), this.t(m, 'description'), g.description, (v) => this.edit('goals', i, { description: v }))}
        ${this.dateInput(id('targetDate'), this.t(m, 'targetDate'), g.targetDate, (v) => this.edit('goals', i, { targetDate: v }))}
        ${this.select(id('status'), this.t(m, 'status'), this.choices(GoalStatus), g.status, (v) => this.edit('goals', i, { status: v as never }))}
        ${this.draft.goals.length > 1 ? html`<button type="button" class="secondary" data-remove="goals-${i}" @click=${() => this.removeItem('goals', i)}>${this.t(m, 'removeGoal', { n })}</button>` : nothing}
      </fieldset>`;
    });
  }

  private actions(organizations: readonly Organization[]) {
    const partners = [
      ['', this.t(m, 'choose')] as const,
      ...organizations.map((o) => [o.id, o.name] as const),
    ];
    const goals = this.draft.goals.map((g) => [g.key, this.goalName(g.key)] as const);
    return this.draft.actions.map((a, i) => {
      const n = this.formatNumber(i + 1);
      const id = (f: string) => `actions-${i}-${f}`;
      const set = (change: Partial<PlanDraft['actions'][number]>) => this.edit('actions', i, change);
      return html`<fieldset>
        <legend>${this.t(m, 'action', { n })}</legend>
        ${this.select(id('goalKey'), this.t(m, 'forGoal'), goals, a.goalKey, (v) => set({ goalKey: v }))}
        ${this.textarea(id('description'), this.t(m, 'description'), a.description, (v) => set({ description: v }))}
        ${this.select(id('serviceType'), this.t(m, 'service'), this.choices(ServiceType, this.t(m, 'noService')), a.serviceType, (v) => set({ serviceType: v }))}
        ${this.select(id('responsibleOrganizationId'), this.t(m, 'responsible'), partners, a.responsibleOrganizationId, (v) => set({ responsibleOrganizationId: v }))}
        ${this.dateInput(id('startDate'), this.t(m, 'startDate'), a.startDate, (v) => set({ startDate: v }))}
        ${this.dateInput(id('dueDate'), this.t(m, 'dueDate'), a.dueDate, (v) => set({ dueDate: v }))}
        ${this.select(id('status'), this.t(m, 'status'), this.choices(ActionStatus), a.status, (v) => set({ status: v as never }))}
        <button type="button" class="secondary" @click=${() => this.removeItem('actions', i)}>${this.t(m, 'removeAction', { n })}</button>
      </fieldset>`;
    });
  }

  private reviews() {
    return this.draft.reviews.map((r, i) => {
      const id = (f: string) => `reviews-${i}-${f}`;
      const set = (change: Partial<PlanDraft['reviews'][number]>) => this.edit('reviews', i, change);
      return html`<fieldset>
        <legend>${this.t(m, 'review', { n: this.formatNumber(i + 1) })}</legend>
        ${this.dateInput(id('reviewedOn'), this.t(m, 'reviewedOn'), r.reviewedOn, (v) => set({ reviewedOn: v }))}
        ${this.select(id('progress'), this.t(m, 'progress'), this.choices(PlanProgress), r.progress, (v) => set({ progress: v as never }))}
        ${this.textarea(id('notes'), this.t(m, 'notes'), r.notes, (v) => set({ notes: v }))}
      </fieldset>`;
    });
  }

  private form(loaded: Loaded) {
    const general = this.errors.get('form');
    const add = (list: 'goals' | 'actions' | 'reviews') => () => {
      const item =
        list === 'goals'
          ? newGoal(this.draft.goals)
          : list === 'actions'
            ? newAction(this.draft.goals[0]?.key ?? '')
            : newReview();
      this.draft = { ...this.draft, [list]: [...this.draft[list], item] };
    };
    return html`<form part="form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      void this.save();
    }}>
      ${general ? html`<p part="field-error" class="field-error" role="alert">${general[this.locale]}</p>` : nothing}
      <h3>${this.t(m, 'goals')}</h3>
      ${this.goals()}
      <button type="button" class="secondary" data-add="goals" @click=${add('goals')}>${this.t(m, 'addGoal')}</button>
      <h3>${this.t(m, 'actions')}</h3>
      ${this.actions(loaded.organizations)}
      <button type="button" class="secondary" data-add="actions" @click=${add('actions')}>${this.t(m, 'addAction')}</button>
      <h3>${this.t(m, 'reviews')}</h3>
      ${this.reviews()}
      <button type="button" class="secondary" data-add="reviews" @click=${add('reviews')}>${this.t(m, 'addReview')}</button>
      <h3>${this.t(m, 'plannedEndDate')}</h3>
      ${this.dateInput('plannedEndDate', this.t(m, 'plannedEndDate'), this.draft.plannedEndDate, (v) => {
        this.draft = { ...this.draft, plannedEndDate: v };
      })}
      ${this.select(
        'agreement',
        this.t(m, 'agreement'),
        this.choices(ConsentMethod, this.t(m, 'notAgreed')),
        this.draft.agreement.method,
        (v) => {
          this.draft = {
            ...this.draft,
            agreement: { method: v, agreedAt: v ? this.draft.agreement.agreedAt : '' },
          };
        },
      )}
      <div class="buttons">
        <button part="save" type="submit" ?disabled=${this.status === 'saving'}>${this.t(m, 'save')}</button>
        <button part="print-button" type="button" class="secondary" @click=${() => this.print()}>${this.t(m, 'print')}</button>
      </div>
      <p part="status" class="status" role="status">${this.status ? this.t(m, this.status) : nothing}</p>
    </form>`;
  }

  /** The plan written out for print: what was typed, in plain sentences and tables, nothing to click. */
  private printed(loaded: Loaded) {
    const d = this.draft;
    const orgName = (id: string) => loaded.organizations.find((o) => o.id === id)?.name ?? id;
    const when = (bs: string) => {
      const iso = isoOfBsText(bs);
      return iso ? this.date(iso) : this.t(m, 'none');
    };
    const agreement = d.agreement.method
      ? this.t(m, 'agreedOn', {
          date: d.agreement.agreedAt ? this.date(d.agreement.agreedAt) : this.t(m, 'none'),
          method: ConsentMethod.label(d.agreement.method as never, this.locale),
        })
      : this.t(m, 'notAgreed');
    return html`<article part="print" class="print-view" lang=${this.locale}>
      <p>${this.t(m, 'participant')}: ${this.participant}</p>
      <h3>${this.t(m, 'goals')}</h3>
      <ol>${d.goals.map(
        (g) => html`<li data-goal=${g.key}>
        <strong>${SupportPlanType.label(g.area, this.locale)}</strong>: ${g.description}.
        ${this.t(m, 'targetDate')}: ${when(g.targetDate)}. ${this.t(m, 'status')}: ${GoalStatus.label(g.status, this.locale)}.
      </li>`,
      )}</ol>
      <h3>${this.t(m, 'actions')}</h3>
      ${
        d.actions.length === 0
          ? html`<p>${this.t(m, 'noActions')}</p>`
          : html`<ol>${d.actions.map(
              (a) => html`<li>
        ${a.description} (${this.goalName(a.goalKey)}).
        ${a.serviceType ? html`${this.t(m, 'service')}: ${ServiceType.label(a.serviceType as never, this.locale)}. ` : nothing}
        ${this.t(m, 'responsible')}: ${orgName(a.responsibleOrganizationId)}.
        ${this.t(m, 'startDate')}: ${when(a.startDate)}. ${this.t(m, 'dueDate')}: ${when(a.dueDate)}.
        ${this.t(m, 'status')}: ${ActionStatus.label(a.status, this.locale)}.
      </li>`,
            )}</ol>`
      }
      <h3>${this.t(m, 'reviews')}</h3>
      ${
        d.reviews.length === 0
          ? html`<p>${this.t(m, 'noReviews')}</p>`
          : html`<ol>${d.reviews.map(
              (r) => html`<li>
        ${when(r.reviewedOn)}: ${PlanProgress.label(r.progress, this.locale)}${r.notes ? html`. ${r.notes}` : nothing}
      </li>`,
            )}</ol>`
      }
      <p>${this.t(m, 'plannedEndDate')}: ${when(d.plannedEndDate)}</p>
      <p>${agreement}</p>
    </article>`;
  }

  override render() {
    const loaded = this.data.value;
    if (this.data.state.kind !== 'ready' || !loaded) {
      return renderState(this.data.state, this.locale, { onRetry: () => void this.data.run() });
    }
    return html`<section part="panel" class="panel" lang=${this.locale} aria-labelledby="title">
      <h2 id="title"><slot name="heading">${this.t(m, 'title')}</slot></h2>
      ${this.form(loaded)} ${this.printed(loaded)}
    </section>`;
  }
}
