import type { NayaBatoClient } from '@nayabato/client';
import {
  AssessmentDomain,
  type AssessmentDomainValue,
  type District,
  type DomainAssessment,
  districtName,
  type LocalizedText,
  NeedLevel,
  type NeedLevelValue,
  type NeedsAssessmentInput,
  NeedsAssessmentInputSchema,
  type ServiceSuggestion,
  ServiceType,
  type ServiceTypeValue,
  suggestServices,
  validate,
} from '@nayabato/core';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bsTextOf, isoOfBsText, todayBs } from '../base/bs-date.js';
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
import { NbElement } from '../base/nayabato-element.js';
import { renderState, stateStyles } from '../base/states.js';
import { tokens } from '../base/theme.js';
import { needsAssessmentMessages as m } from './needs-assessment.messages.js';
import { needsAssessmentStyles } from './needs-assessment.styles.js';

type Organization = Awaited<ReturnType<NayaBatoClient['organizations']['get']>>;
type Assessment = Awaited<ReturnType<NayaBatoClient['needsAssessments']['get']>>;

/** What the element loads: the latest assessment (if any), the participant's district, the directory. */
interface Loaded {
  readonly assessment: Assessment | undefined;
  readonly district: District | undefined;
  readonly organizations: readonly Organization[];
}

/** One domain's entry in the form: no level means "not assessed" (left out of the record). */
interface Entry {
  needLevel: NeedLevelValue | '';
  strengths: string;
  goals: string;
}

/** The `detail` of `nb-assessment-saved`: the assessment's id, nothing else. */
export interface AssessmentSavedDetail {
  readonly id: string;
}
/** The `detail` of `nb-referral-drafted`: the draft referral's id, nothing else. */
export interface ReferralDraftedDetail {
  readonly id: string;
}
/** Fired when the assessment was saved in the registry. */
export type AssessmentSavedEvent = CustomEvent<AssessmentSavedDetail>;
/** Fired when a suggestion became a draft referral in the registry. */
export type ReferralDraftedEvent = CustomEvent<ReferralDraftedDetail>;

/** Roles the registry accepts as a referral's receiver (see the referral rules). */
const RECEIVERS = new Set(['ngo', 'training_institution']);

const emptyEntry = (): Entry => ({ needLevel: '', strengths: '', goals: '' });

/**
 * The directory's organisations a referral for `service` may go to: NGOs and training institutions that
 * offer it, those serving `district` only when `district` is given.
 *
 * @example
 * ```ts
 * referralReceivers(organizations, 'shelter', 'Kathmandu');
 * ```
 */
export function referralReceivers(
  organizations: readonly Organization[],
  service: ServiceTypeValue,
  district?: District,
): Organization[] {
  return organizations.filter(
    (o) =>
      RECEIVERS.has(o.role) &&
      o.servicesOffered.includes(service) &&
      (!district || o.districtsServed.includes(district)),
  );
}

/**
 * A participant's needs assessment, following the counselling guideline: for each domain of life the level
 * of need, the person's strengths and goals; the date (entered in Bikram Sambat, its AD date shown beside)
 * and notes. Loads the participant's latest
 * assessment (or starts a new one), checks the form with core's schema (field messages in English and
 * Nepali, focus moved to the first) and saves it through the client (staff token of the registering NGO).
 *
 * Beside the form, core's suggested services for the needs entered so far; each can become a **draft**
 * referral in one step, to an NGO or training institution of the directory that offers the service
 * (serving the participant's district unless unticked). A draft shares nothing until it is sent.
 *
 * @customElement nb-needs-assessment
 * @attr participant - the participant's pseudonymous id (`pt_…`)
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @fires nb-assessment-saved - the assessment was saved; `detail: { id }`
 * @fires nb-referral-drafted - a suggestion became a draft referral; `detail: { id }`
 * @slot heading - replaces the heading ("Needs assessment")
 * @csspart form - the assessment form
 * @csspart domain - one domain's fieldset
 * @csspart field-error - a field's error message
 * @csspart save - the save button
 * @csspart status - the save or draft outcome, announced politely
 * @csspart suggestions - the list of suggested services
 * @csspart draft - a suggestion's "draft a referral" button
 * @csspart state - the shared states (also `state-loading`, `state-error`, `retry`, …)
 * @cssprop --nb-color-accent - buttons
 * @cssprop --nb-color-danger - error messages
 * @cssprop --nb-space - spacing
 *
 * @example
 * ```html
 * <nb-provider registry="https://registry.example.org">
 *   <nb-needs-assessment participant="pt_0123456789"></nb-needs-assessment>
 * </nb-provider>
 * ```
 */
export class NbNeedsAssessment extends NbElement {
  static override styles = [tokens, stateStyles, needsAssessmentStyles];

  /** The participant's pseudonymous id (`pt_…`). */
  @property({ reflect: true }) participant: string | undefined;

  @state() private entries = new Map<AssessmentDomainValue, Entry>();
  /** The assessment date as typed, in Bikram Sambat. */
  @state() private assessedOn = todayBs();
  @state() private notes = '';
  @state() private assessmentId: string | undefined;
  @state() private errors: FieldMessages = new Map();
  @state() private status: 'saving' | 'saved' | 'invalid' | 'failed' | undefined;
  @state() private chosen = new Map<ServiceTypeValue, string>();
  @state() private drafted = new Map<ServiceTypeValue, string>();
  @state() private localOnly = true;

  private loadedFor: string | undefined;

  private readonly data = new DataController<Loaded | null>(this, {
    load: async (client, signal) => {
      this.loadedFor = this.participant;
      if (!this.participant) return null;
      const participantId = this.participant;
      const [assessments, participant, organizations] = await Promise.all([
        client.needsAssessments.list({ participantId }, { signal }).toArray({ limit: 100 }),
        client.participants.get(participantId, { signal }),
        client.organizations.list({}, { signal }).toArray({ limit: 500 }),
      ]);
      const latest = [...assessments].sort(
        (a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.updatedAt.localeCompare(a.updatedAt),
      )[0];
      const district = (participant as { currentDistrict?: District }).currentDistrict;
      this.fill(latest);
      return { assessment: latest, district, organizations };
    },
    isEmpty: (value) => value === null,
  });

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.loadedFor !== undefined && this.loadedFor !== this.participant) void this.data.run();
  }

  /** Loads the participant's latest assessment again (unsaved edits are dropped). */
  reload(): Promise<void> {
    return this.data.run();
  }

  private fill(assessment: Assessment | undefined): void {
    this.entries = new Map(
      (assessment?.domains ?? []).map((d) => [
        d.domain,
        { needLevel: d.needLevel, strengths: d.strengths ?? '', goals: d.goals ?? '' },
      ]),
    );
    this.assessedOn = assessment?.assessedOn ? bsTextOf(assessment.assessedOn) : todayBs();
    this.notes = assessment?.notes ?? '';
    this.assessmentId = assessment?.id;
    this.errors = new Map();
    this.status = undefined;
    this.drafted = new Map();
  }

  private entry(domain: AssessmentDomainValue): Entry {
    return this.entries.get(domain) ?? emptyEntry();
  }

  private edit(domain: AssessmentDomainValue, change: Partial<Entry>): void {
    this.entries = new Map(this.entries).set(domain, { ...this.entry(domain), ...change });
  }

  /** The assessed domains, in the guideline's order: what is validated, saved and suggested from. */
  private domains(): DomainAssessment[] {
    return AssessmentDomain.values.flatMap((domain) => {
      const e = this.entries.get(domain);
      if (!e?.needLevel) return [];
      return [
        {
          domain,
          needLevel: e.needLevel,
          ...(e.strengths.trim() ? { strengths: e.strengths } : {}),
          ...(e.goals.trim() ? { goals: e.goals } : {}),
        },
      ];
    });
  }

  private input(): NeedsAssessmentInput {
    // An empty (or not BS) date field is a missing date: core then says "required", not "invalid format".
    const assessedOn = isoOfBsText(this.assessedOn);
    return {
      participantId: this.participant ?? '',
      ...(assessedOn ? { assessedOn } : {}),
      domains: this.domains(),
      ...(this.notes.trim() ? { notes: this.notes } : {}),
    } as NeedsAssessmentInput;
  }

  /** The form's field id of an issue's path (`/domains/2/goals` → that domain's goals field). */
  private fieldOf(domains: readonly DomainAssessment[]) {
    return (path: readonly (string | number)[]): string | undefined => {
      const [head, index, field] = path;
      if (head === 'assessedOn' || head === 'notes') return head;
      if (head !== 'domains') return undefined;
      const domain = typeof index === 'number' ? domains[index]?.domain : undefined;
      if (!domain) return 'domains';
      return `${domain}-${field === 'strengths' || field === 'goals' ? field : 'needLevel'}`;
    };
  }

  private async showIssues(
    issues: Parameters<typeof fieldMessages>[0],
    domains: DomainAssessment[],
    dateErrors: ReadonlyMap<string, LocalizedText> = new Map(),
  ) {
    // A date that is not a BS date says so, rather than core's "required" for the date it could not send.
    this.errors = new Map([...fieldMessages(issues, this.fieldOf(domains), 'domains'), ...dateErrors]);
    this.status = 'invalid';
    await this.updateComplete;
    focusFirstError(this.renderRoot);
  }

  /** Checks the form with core's schema and saves it (creates, or replaces the loaded assessment). */
  async save(): Promise<void> {
    const client = this.registryClient;
    const input = this.input();
    const checked = validate(NeedsAssessmentInputSchema, input);
    const dateErrors = bsDateErrors({ assessedOn: this.assessedOn });
    if (!checked.ok || dateErrors.size > 0)
      return this.showIssues(checked.ok ? [] : checked.issues, input.domains, dateErrors);
    if (!client) return;
    this.errors = new Map();
    this.status = 'saving';
    try {
      const saved = this.assessmentId
        ? await client.needsAssessments.update(this.assessmentId, input)
        : await client.needsAssessments.create(input);
      this.assessmentId = saved.id;
      this.status = 'saved';
      emit(this, 'nb-assessment-saved', { id: saved.id });
    } catch (error) {
      const issues = validationIssuesOf(error);
      if (issues) return this.showIssues(issues, input.domains);
      this.status = 'failed';
    }
  }

  /** Turns a suggestion into a draft referral to the organisation chosen for it. */
  async draftReferral(suggestion: ServiceSuggestion): Promise<void> {
    const client = this.registryClient;
    const to = this.chosen.get(suggestion.serviceType);
    const field = `org-${suggestion.serviceType}`;
    if (!to) {
      this.errors = new Map(this.errors).set(field, m.localized('pickFirst'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
      return;
    }
    if (!client || !this.participant) return;
    const errors = new Map(this.errors);
    errors.delete(field);
    this.errors = errors;
    try {
      const referral = await client.referrals.create({
        participantId: this.participant,
        toOrganizationId: to,
        serviceType: suggestion.serviceType,
        reason: suggestion.reason[this.locale],
        ...(this.assessmentId ? { needsAssessmentId: this.assessmentId } : {}),
      });
      this.drafted = new Map(this.drafted).set(suggestion.serviceType, referral.id);
      emit(this, 'nb-referral-drafted', { id: referral.id });
    } catch (error) {
      const issue = validationIssuesOf(error)?.[0];
      this.errors = new Map(this.errors).set(field, issue?.message ?? m.localized('failed'));
    }
  }

  private select(domain: AssessmentDomainValue) {
    const id = `${domain}-needLevel`;
    const value = this.entry(domain).needLevel;
    return html`<label for=${id}>${this.t(m, 'needLevel')}</label>
      <select id=${id} aria-describedby=${describedBy(this.errors, id)} aria-invalid=${invalid(this.errors, id)}
        @change=${(e: Event) => this.edit(domain, { needLevel: (e.target as HTMLSelectElement).value as NeedLevelValue })}>
        <option value="" ?selected=${value === ''}>${this.t(m, 'notAssessed')}</option>
        ${NeedLevel.values.map((level) => html`<option value=${level} ?selected=${value === level}>${NeedLevel.label(level, this.locale)}</option>`)}
      </select>
      ${fieldError(this.errors, id, this.locale)}`;
  }

  private text(domain: AssessmentDomainValue, field: 'strengths' | 'goals') {
    const id = `${domain}-${field}`;
    return html`<label for=${id}>${this.t(m, field)}</label>
      <textarea id=${id} rows="2" autocomplete="off" .value=${this.entry(domain)[field]}
        aria-describedby=${describedBy(this.errors, id)} aria-invalid=${invalid(this.errors, id)}
        @input=${(e: Event) => this.edit(domain, { [field]: (e.target as HTMLTextAreaElement).value })}></textarea>
      ${fieldError(this.errors, id, this.locale)}`;
  }

  private form() {
    const domainsError = this.errors.get('domains');
    return html`<form part="form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      void this.save();
    }}>
      <div class="field">
        ${bsDateField({
          id: 'assessedOn',
          label: this.t(m, 'assessedOn'),
          value: this.assessedOn,
          errors: this.errors,
          locale: this.locale,
          onInput: (value) => {
            this.assessedOn = value;
          },
        })}
      </div>
      ${domainsError ? html`<p part="field-error" class="field-error" id="domains-error" role="alert">${domainsError[this.locale]}</p>` : nothing}
      ${AssessmentDomain.values.map(
        (domain) => html`<fieldset part="domain" data-domain=${domain}>
          <legend>${AssessmentDomain.label(domain, this.locale)}</legend>
          ${this.select(domain)} ${this.text(domain, 'strengths')} ${this.text(domain, 'goals')}
        </fieldset>`,
      )}
      <div class="field">
        <label for="notes">${this.t(m, 'notes')}</label>
        <textarea id="notes" rows="3" autocomplete="off" .value=${this.notes}
          aria-describedby=${describedBy(this.errors, 'notes')} aria-invalid=${invalid(this.errors, 'notes')}
          @input=${(e: Event) => {
            this.notes = (e.target as HTMLTextAreaElement).value;
          }}></textarea>
        ${fieldError(this.errors, 'notes', this.locale)}
      </div>
      <button part="save" type="submit" ?disabled=${this.status === 'saving'}>${this.t(m, 'save')}</button>
      <p part="status" class="status" role="status">${this.status ? this.t(m, this.status) : nothing}</p>
    </form>`;
  }

  private suggestion(s: ServiceSuggestion, loaded: Loaded) {
    const id = `org-${s.serviceType}`;
    const district = this.localOnly ? loaded.district : undefined;
    const options = referralReceivers(loaded.organizations, s.serviceType, district);
    const referralId = this.drafted.get(s.serviceType);
    const chosen = this.chosen.get(s.serviceType);
    return html`<li data-service=${s.serviceType}>
      <h4>${ServiceType.label(s.serviceType, this.locale)}</h4>
      <p class="reason">${s.reason[this.locale]}</p>
      ${
        options.length === 0
          ? html`<p class="muted">${this.t(m, 'noOrganization')}</p>`
          : html`<label for=${id}>${this.t(m, 'organization')}</label>
            <select id=${id} aria-describedby=${describedBy(this.errors, id)} aria-invalid=${invalid(this.errors, id)}
              @change=${(e: Event) => {
                this.chosen = new Map(this.chosen).set(s.serviceType, (e.target as HTMLSelectElement).value);
              }}>
              <option value="" ?selected=${!chosen}>${this.t(m, 'chooseOrganization')}</option>
              ${options.map((o) => html`<option value=${o.id} ?selected=${chosen === o.id}>${o.name}</option>`)}
            </select>
            ${fieldError(this.errors, id, this.locale)}
            <button part="draft" type="button" ?disabled=${referralId !== undefined}
              @click=${() => void this.draftReferral(s)}>${this.t(m, 'draftReferral')}</button>`
      }
      <p class="status" role="status">${referralId ? this.t(m, 'drafted') : nothing}</p>
    </li>`;
  }

  private suggestions(loaded: Loaded) {
    const list = suggestServices({ domains: this.domains() });
    return html`<section class="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">${this.t(m, 'suggestions')}</h3>
      ${
        loaded.district
          ? html`<label class="check"><input type="checkbox" .checked=${this.localOnly}
              @change=${(e: Event) => {
                this.localOnly = (e.target as HTMLInputElement).checked;
              }}> ${this.t(m, 'onlyDistrict', { district: districtName(loaded.district, this.locale) })}</label>`
          : nothing
      }
      ${
        list.length === 0
          ? html`<p class="muted">${this.t(m, 'noSuggestions')}</p>`
          : html`<ul part="suggestions">${list.map((s) => this.suggestion(s, loaded))}</ul>`
      }
    </section>`;
  }

  override render() {
    const loaded = this.data.value;
    if (this.data.state.kind !== 'ready' || !loaded) {
      return renderState(this.data.state, this.locale, { onRetry: () => void this.data.run() });
    }
    return html`<section part="panel" class="panel" lang=${this.locale} aria-labelledby="title">
      <h2 id="title"><slot name="heading">${this.t(m, 'title')}</slot></h2>
      <div class="layout">${this.form()} ${this.suggestions(loaded)}</div>
    </section>`;
  }
}
