import {
  createClient,
  errorText,
  type GetToken,
  isNayaBatoError,
  type JobOffer,
  type NayaBatoClient,
} from '@nayabato/client';
import {
  canTransitionJobOffer,
  DISTRICT_NAMES,
  districtName,
  EmploymentType,
  type FieldIssue,
  JobOfferStatus,
  type JobOfferStatusValue,
  type JobOfferWarning,
  type LocalizedText,
  TradeCode,
} from '@nayabato/core';
import { DataController, emit, NbElement, renderState, stateStyles, tokens } from '@nayabato/elements/base';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { type OfferCardData, renderOfferCard } from '../offer-card/offer-card.js';
import { jobOfferEditorMessages as m } from './job-offer-editor.messages.js';
import { jobOfferEditorStyles } from './job-offer-editor.styles.js';
import {
  byField,
  checkOfferForm,
  emptyOfferForm,
  firstInvalidField,
  fromOffer,
  type IssuesByField,
  type OfferField,
  type OfferForm,
  patchOf,
  toDraftInput,
} from './offer-form.js';

/** The moves the editor offers, each with core's target status and the event it fires. */
const MOVES = [
  { action: 'publish', to: 'open', event: 'nb-offer-published' },
  { action: 'pause', to: 'paused', event: 'nb-offer-paused' },
  { action: 'close', to: 'closed', event: 'nb-offer-closed' },
] as const;

/** Thrown by the editor's guard around `getToken` when the host hands it a secret key. */
class SecretKeyRefused extends Error {
  override readonly name = 'SecretKeyRefused';
}

type Notice = { readonly kind: 'status' | 'error'; readonly text: LocalizedText } | undefined;

/**
 * The HR editor of a company's CSR job offers: lists the company's own offers (every status) to pick one,
 * creates and edits them (`PATCH`), and publishes, pauses and closes them through core's status machine
 * (moves the machine forbids are disabled; the registry's `409 invalid-transition` is shown in English
 * and Nepali). The form is checked with core's validation (field messages in English and Nepali, focus to
 * the first error); core's minimum-wage warning shows while typing and the registry's after saving; a live
 * preview shows the offer as the job board does.
 *
 * Authenticates with a short-lived staff token from the host's `getToken` callback (the host's backend
 * issues it with the company's secret key); `getToken` is called again when the token expires (a 401).
 * A secret key (`sk_…`) is refused: nothing is sent and the editor says why.
 *
 * @customElement nb-job-offer-editor
 * @attr registry - the registry's base URL
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @attr calendar - how dates are shown in the preview: `bs` (default), `ad` or `both`
 * @fires nb-offer-saved - an offer was created or changed; `detail: { id, created }`
 * @fires nb-offer-published - an offer was opened to the public; `detail: { id }`
 * @fires nb-offer-paused - an offer was paused; `detail: { id }`
 * @fires nb-offer-closed - an offer was closed for good; `detail: { id }`
 * @slot heading - replaces the heading ("Job offers")
 * @csspart panel - the panel around everything
 * @csspart picker - the offer picker
 * @csspart form - the form
 * @csspart field - each field's wrapper
 * @csspart error - a field's error message
 * @csspart warning - a warning (the minimum wage)
 * @csspart notice - the status or error line after an action
 * @csspart actions - the buttons
 * @csspart button - each button
 * @csspart preview - the live preview
 * @csspart offer - the previewed offer card
 * @csspart state - the shared states (loading, forbidden, error…)
 * @cssprop --nb-color-surface - the panel's background
 * @cssprop --nb-color-border - borders
 * @cssprop --nb-color-danger - errors
 * @cssprop --nb-color-accent - the primary button
 * @cssprop --nb-radius - the corner radius
 * @cssprop --nb-space - spacing
 *
 * @example
 * ```html
 * <nb-job-offer-editor registry="https://registry.example.org"></nb-job-offer-editor>
 * <script type="module">
 *   document.querySelector('nb-job-offer-editor').getToken = async ({ forceRefresh }) =>
 *     (await fetch(`/hr/nayabato-token?refresh=${forceRefresh}`, { method: 'POST' })).text();
 * </script>
 * ```
 */
export class NbJobOfferEditor extends NbElement {
  static override styles = [tokens, stateStyles, jobOfferEditorStyles];

  /** The registry's base URL. */
  @property() registry: string | undefined;
  /**
   * Returns a staff token (`st_…`) from the host's backend; called before calls and again, with
   * `forceRefresh: true`, after a 401. Never give it a secret key: the editor refuses `sk_…`.
   */
  @property({ attribute: false }) getToken: GetToken | undefined;

  @state() private current: JobOffer | undefined;
  @state() private form: OfferForm = emptyOfferForm();
  @state() private issues: IssuesByField = {};
  @state() private checked = false;
  @state() private busy = false;
  @state() private notice: Notice;
  @state() private refused = false;

  private staff: { client: NayaBatoClient; registry: string; getToken: GetToken } | undefined;

  private readonly offers = new DataController<JobOffer[]>(this, {
    load: (client, signal) => client.jobOffers.list({ limit: 100 }, { signal }).toArray({ limit: 500 }),
  });

  /** The client the editor uses: one over `registry` and `getToken`, else `client` or the provider's. */
  override get registryClient(): NayaBatoClient | undefined {
    const { registry, getToken } = this;
    if (!registry || !getToken) return super.registryClient;
    if (this.staff?.registry !== registry || this.staff.getToken !== getToken) {
      const guarded: GetToken = async (context) => {
        const token = await getToken(context);
        if (typeof token === 'string' && token.startsWith('sk_')) {
          this.refused = true;
          throw new SecretKeyRefused('secret key refused');
        }
        return token;
      };
      // Bodies are checked with core's schemas before they are sent (checkOfferForm), and the script
      // bundle leaves the client's own validation module out.
      const client = createClient({ baseUrl: registry, getToken: guarded, validate: false });
      this.staff = { client, registry, getToken };
    }
    return this.staff.client;
  }

  /** Loads the company's offers again. */
  reload(): Promise<void> {
    return this.offers.run();
  }

  private text(value: LocalizedText): string {
    return value[this.locale];
  }

  private pick(id: string): void {
    const offer = this.offers.value?.find((o) => o.id === id);
    this.current = offer;
    this.form = offer ? fromOffer(offer) : emptyOfferForm();
    this.issues = {};
    this.checked = false;
    this.notice = undefined;
  }

  private edit(field: OfferField, value: string | boolean): void {
    this.form = { ...this.form, [field]: value };
    if (this.checked) {
      const check = checkOfferForm(this.form);
      this.issues = check.ok ? {} : check.issues;
    }
  }

  private get dirty(): boolean {
    if (!this.current) return true;
    const check = checkOfferForm(this.form);
    return !check.ok || Object.keys(patchOf(this.current, check.value)).length > 0;
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const field = firstInvalidField(this.issues);
    const target = field
      ? this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)
      : this.renderRoot.querySelector<HTMLElement>('[part~="notice"]');
    target?.focus();
  }

  private showFailure(error: unknown): void {
    if (error instanceof SecretKeyRefused || this.refused) {
      this.refused = true;
      return;
    }
    const issues: readonly FieldIssue[] = isNayaBatoError(error) ? (error.problem?.errors ?? []) : [];
    if (isNayaBatoError(error) && error.kind === 'validation' && issues.length > 0) {
      this.issues = byField(issues);
      this.notice = { kind: 'error', text: m.localized('invalid', { count: String(issues.length) }) };
    } else if (isNayaBatoError(error) && issues[0]) {
      // e.g. 409 invalid-transition: core's own message, in both languages.
      this.notice = { kind: 'error', text: issues[0].message };
    } else if (isNayaBatoError(error) && error.kind === 'permission') {
      this.notice = { kind: 'error', text: m.localized('forbidden') };
    } else {
      this.notice = {
        kind: 'error',
        text: isNayaBatoError(error) ? errorText(error) : m.localized('failed'),
      };
    }
  }

  /** Saves the form (creates or patches); resolves to the stored offer, or undefined when it could not. */
  private async save(): Promise<JobOffer | undefined> {
    const client = this.registryClient;
    if (!client) return undefined;
    const check = checkOfferForm(this.form, this.current ?? {});
    this.checked = true;
    if (!check.ok) {
      this.issues = check.issues;
      const count = Object.values(check.issues).reduce((sum, list) => sum + (list?.length ?? 0), 0);
      this.notice = { kind: 'error', text: m.localized('invalid', { count: this.formatNumber(count) }) };
      void this.focusFirstError();
      return undefined;
    }
    this.issues = {};
    const current = this.current;
    if (current && Object.keys(patchOf(current, check.value)).length === 0) return current;
    const saved = current
      ? await client.jobOffers.update(current.id, patchOf(current, check.value))
      : await client.jobOffers.create(check.value);
    this.adopt(saved);
    this.notice = { kind: 'status', text: m.localized('saved') };
    emit(this, 'nb-offer-saved', { id: saved.id, created: !current });
    return saved;
  }

  private adopt(offer: JobOffer): void {
    this.current = offer;
    this.form = fromOffer(offer);
    const list = this.offers.value ?? [];
    const rest = list.filter((o) => o.id !== offer.id);
    this.offers.value = [offer, ...rest];
    if (this.offers.state.kind === 'empty') this.offers.state = { kind: 'ready' };
  }

  private async run(task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = undefined;
    try {
      await task();
    } catch (error) {
      this.showFailure(error);
      if (!this.refused) void this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.run(async () => {
      await this.save();
    });
  }

  private move(move: (typeof MOVES)[number]): void {
    void this.run(async () => {
      const saved = await this.save();
      const client = this.registryClient;
      if (!saved || !client) return;
      let moved: JobOffer;
      try {
        moved = await client.jobOffers[move.action](saved.id);
      } catch (error) {
        // Moved elsewhere meanwhile (409): show the offer as it now is, so the buttons tell the truth.
        if (isNayaBatoError(error) && error.kind === 'conflict') {
          const fresh = await client.jobOffers.get(saved.id).catch(() => undefined);
          if (fresh) this.adopt(fresh);
        }
        throw error;
      }
      this.adopt(moved);
      const status = JobOfferStatus.labels.localized(moved.status);
      this.notice = {
        kind: 'status',
        text: {
          en: m.format('moved', 'en', { status: status.en }),
          ne: m.format('moved', 'ne', { status: status.ne }),
        },
      };
      emit(this, move.event, { id: moved.id });
    });
  }

  private fieldIssues(field: OfferField): readonly FieldIssue[] {
    return this.issues[field] ?? [];
  }

  private describedBy(field: OfferField, warnings: readonly JobOfferWarning[] = []): string | typeof nothing {
    const ids = [
      ...(this.fieldIssues(field).length ? [`${field}-error`] : []),
      ...(warnings.length ? [`${field}-warning`] : []),
    ];
    return ids.length ? ids.join(' ') : nothing;
  }

  private messagesOf(field: OfferField, warnings: readonly JobOfferWarning[] = []): TemplateResult {
    const issues = this.fieldIssues(field);
    return html`${issues.length ? html`<p part="error" class="error" id="${field}-error">${issues.map((i) => this.text(i.message)).join(' ')}</p>` : nothing}
      ${warnings.length ? html`<p part="warning" class="warning" id="${field}-warning"><strong>${this.t(m, 'warning')}</strong> ${warnings.map((w) => this.text(w.message)).join(' ')}</p>` : nothing}`;
  }

  private input(
    field: OfferField,
    type: 'text' | 'number' | 'date',
    warnings: readonly JobOfferWarning[] = [],
  ) {
    return html`<div part="field" class="field">
      <label for=${field}>${this.t(m, field as Parameters<typeof m.format>[0])}</label>
      <input id=${field} name=${field} type=${type} .value=${live(String(this.form[field]))}
        inputmode=${type === 'number' ? 'numeric' : nothing} min=${type === 'number' ? '0' : nothing}
        aria-invalid=${this.fieldIssues(field).length ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, warnings)}
        @input=${(e: Event) => this.edit(field, (e.target as HTMLInputElement).value)} />
      ${this.messagesOf(field, warnings)}
    </div>`;
  }

  private select(field: OfferField, options: readonly { value: string; label: string }[]) {
    return html`<div part="field" class="field">
      <label for=${field}>${this.t(m, field as Parameters<typeof m.format>[0])}</label>
      <select id=${field} name=${field} aria-invalid=${this.fieldIssues(field).length ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field)}
        @change=${(e: Event) => this.edit(field, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.form[field] === ''}>${this.t(m, 'choose')}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${this.form[field] === o.value}>${o.label}</option>`)}
      </select>
      ${this.messagesOf(field)}
    </div>`;
  }

  private checkbox(field: 'trainingProvided' | 'accommodationProvided' | 'transportProvided') {
    return html`<label class="check"><input type="checkbox" name=${field} .checked=${live(this.form[field])}
      @change=${(e: Event) => this.edit(field, (e.target as HTMLInputElement).checked)} />
      ${this.t(m, field)}</label>`;
  }

  private picker(offers: readonly JobOffer[]) {
    const status = (s: JobOfferStatusValue) => JobOfferStatus.label(s, this.locale);
    return html`<div part="picker" class="picker">
      <label for="pick">${this.t(m, 'pick')}</label>
      <select id="pick" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!this.current}>${this.t(m, 'newOffer')}</option>
        ${offers.map((o) => html`<option value=${o.id} ?selected=${this.current?.id === o.id}>${this.t(m, 'optionLabel', { title: o.title, status: status(o.status) })}</option>`)}
      </select>
      ${offers.length === 0 ? html`<p>${this.t(m, 'noOffers')}</p>` : nothing}
    </div>`;
  }

  override render() {
    if (this.refused) {
      return html`<section part="panel" lang=${this.locale}><p part="notice" class="error" role="alert">${this.t(m, 'secretKeyRefused')}</p></section>`;
    }
    const kind = this.offers.state.kind;
    if (kind !== 'ready' && kind !== 'empty') {
      if (kind === 'unconnected')
        return html`<section part="panel"><p part="notice" role="status">${this.t(m, 'unconnected')}</p></section>`;
      return renderState(this.offers.state, this.locale, { onRetry: () => void this.offers.run() });
    }
    const check = checkOfferForm(this.form, this.current ?? {});
    // Core's warnings while typing; the registry's (computed on its side) for the stored offer as it is.
    const warnings = this.current && !this.dirty ? this.current.warnings : check.warnings;
    const wageWarnings = warnings.filter((w) => w.pointer === '/wage/minMonthlyNpr');
    const currentStatus = this.current?.status ?? 'draft';
    const options = (values: readonly string[], label: (v: string) => string) =>
      values.map((value) => ({ value, label: label(value) }));
    const preview: OfferCardData = {
      ...(toDraftInput(this.form) as OfferCardData),
      postedOn: this.current?.postedOn,
      warnings,
    };
    return html`<section part="panel" lang=${this.locale} aria-labelledby="heading">
      <h2 id="heading"><slot name="heading">${this.t(m, 'heading')}</slot></h2>
      ${this.picker(this.offers.value ?? [])}
      <div class="layout">
        <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${this.busy ? 'true' : 'false'}>
          <p class="status">${this.t(m, 'status', { status: JobOfferStatus.label(currentStatus, this.locale) })}</p>
          <fieldset><legend>${this.t(m, 'details')}</legend>
            ${this.input('title', 'text')}
            <div part="field" class="field">
              <label for="description">${this.t(m, 'description')}</label>
              <textarea id="description" name="description" rows="5" .value=${live(this.form.description)}
                aria-invalid=${this.fieldIssues('description').length ? 'true' : 'false'}
                aria-describedby=${this.describedBy('description')}
                @input=${(e: Event) => this.edit('description', (e.target as HTMLTextAreaElement).value)}></textarea>
              ${this.messagesOf('description')}
            </div>
            ${this.select(
              'trade',
              options(TradeCode.values, (v) => TradeCode.label(v as never, this.locale)),
            )}
            <div part="field" class="field">
              <label for="skills">${this.t(m, 'skills')}</label>
              <textarea id="skills" name="skills" rows="3" .value=${live(this.form.skills)}
                aria-invalid=${this.fieldIssues('skills').length ? 'true' : 'false'}
                aria-describedby=${this.describedBy('skills')}
                @input=${(e: Event) => this.edit('skills', (e.target as HTMLTextAreaElement).value)}></textarea>
              ${this.messagesOf('skills')}
            </div>
            ${this.select(
              'employmentType',
              options(EmploymentType.values, (v) => EmploymentType.label(v as never, this.locale)),
            )}
          </fieldset>
          <fieldset><legend>${this.t(m, 'place')}</legend>
            ${this.select(
              'district',
              options(DISTRICT_NAMES, (v) => districtName(v as never, this.locale)),
            )}
            ${this.input('locality', 'text')}
          </fieldset>
          <fieldset><legend>${this.t(m, 'pay')}</legend>
            ${this.input('wageMin', 'number', wageWarnings)}
            ${this.input('wageMax', 'number')}
            ${this.input('openings', 'number')}
            ${this.input('validThrough', 'date')}
          </fieldset>
          <fieldset><legend>${this.t(m, 'provided')}</legend>
            ${this.checkbox('trainingProvided')} ${this.checkbox('accommodationProvided')} ${this.checkbox('transportProvided')}
          </fieldset>
          ${this.issues.form?.length ? html`<p part="error" class="error">${this.issues.form.map((i) => this.text(i.message)).join(' ')}</p>` : nothing}
          <p part="notice" class=${this.notice?.kind ?? ''} tabindex="-1" role=${this.notice?.kind === 'error' ? 'alert' : 'status'}>${this.notice ? this.text(this.notice.text) : ''}</p>
          <div part="actions" class="actions">
            <button part="button" type="submit" class="primary" ?disabled=${this.busy || currentStatus === 'closed'}>${this.t(m, this.current ? 'save' : 'create')}</button>
            ${MOVES.map(
              (move) => html`<button part="button" type="button" data-action=${move.action}
                ?disabled=${this.busy || !canTransitionJobOffer(currentStatus, move.to)}
                @click=${() => this.move(move)}>${this.t(m, move.action)}</button>`,
            )}
          </div>
        </form>
        <aside part="preview" class="preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading">${this.t(m, 'preview')}</h3>
          ${this.form.title || this.form.description ? renderOfferCard(preview, this.locale, { calendar: this.calendar }) : html`<p>${this.t(m, 'previewEmpty')}</p>`}
        </aside>
      </div>
    </section>`;
  }
}
