import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { todayBs } from '../base/bs-date.js';
import { emit } from '../base/events.js';
import { wipeLocalState } from '../base/form-wipe.js';
import { NbElement } from '../base/nayabato-element.js';
import { tokens } from '../base/theme.js';
import '../quick-exit/quick-exit.js';
import { INTAKE_DRAFT_DATABASE, IntakeDrafts } from './intake-form.drafts.js';
import type { Options } from './intake-form.fields.js';
import { renderStatus, renderStep, type StepContext } from './intake-form.steps.js';
import { intakeFormStyles } from './intake-form.styles.js';
import { intakeTexts as m } from './intake-form.texts.js';
import {
  emptyIntake,
  INTAKE_STEPS,
  type IntakeIssues,
  type IntakeValues,
  validateIntake,
  withInput,
} from './intake-model.js';
import { INTAKE_QUEUE_DATABASE, IntakeSender, type IntakeStatus } from './intake-sender.js';

/** The prefix of every database the form keeps (drafts, queue): what a shared-device wipe deletes. */
const PREFIX = 'nayabato-';

/**
 * The NGO's intake of a participant, in four steps: profile, documents, consent per purpose (with the
 * informed-consent checks and, for sharing, the scope of what is shared) and a needs assessment over the
 * counselling guideline's domains. Each step is validated by core's schemas with field-level messages in
 * the current language; focus moves to the step's heading, or to the first field in error.
 *
 * Drafts are saved on this device as the counsellor types, encrypted (AES-GCM, a non-extractable key in
 * IndexedDB), and restored after a reload. Submitting queues the participant, consents and assessment in
 * the client's encrypted offline queue with idempotency keys: without a connection the form says
 * "queued" and sends when the connection returns, and says "sent" only once the registry confirmed every
 * write.
 *
 * A form-associated element: inside a native `<form>` its value (under `name`) is the participant's
 * pseudonymous id once the registry confirmed the intake, and it is invalid until then, so the outer form
 * cannot be submitted with an intake that has not reached the registry. No field value ever goes into the
 * outer form, events or URLs.
 *
 * The English texts come with the element; the Nepali ones load (a dynamic `import()`, about 3 kB gzip) the
 * first time a form is shown in Nepali, and the form renders once they are there (`updateComplete` waits
 * for them). If they cannot be loaded, the form is shown in English.
 *
 * With `shared-device`, an "exit and wipe" button (and any `nb-exit` of a quick-exit control on the page)
 * deletes the form's IndexedDB databases (drafts, queue and their keys, even intakes not yet sent), clears
 * `localStorage` and `sessionStorage`, and the Cache Storage caches named `nayabato-…`.
 *
 * @customElement nb-intake-form
 * @attr name - the name of its value in an outer `<form>`
 * @attr draft-id - the draft's key on this device (several forms on one origin) @default 'intake'
 * @attr exit-href - a neutral page: shows `<nb-quick-exit>` leaving for it, and where "exit and wipe" goes
 * @attr shared-device - wipes local state on exit (see above)
 * @attr disabled - disables every control (also set by a disabled outer fieldset)
 * @attr lang - `en` or `ne`; unset, the page's `<html lang>`
 * @slot quick-exit - your own quick-exit control, instead of the built-in one
 * @fires {IntakeQueuedEvent} nb-intake-queued - the intake is stored, encrypted, in the offline queue
 * @fires {IntakeSubmittedEvent} nb-intake-submitted - the registry confirmed every write (ids only)
 * @fires {IntakeErrorEvent} nb-intake-error - a write was refused, or the form cannot reach storage or a registry
 * @fires {IntakeWipedEvent} nb-intake-wiped - shared-device wipe done
 * @csspart form - the inner form
 * @csspart error - a field's error text
 * @csspart status - the queue status
 * @cssprop --nb-color-accent - the primary buttons
 * @cssprop --nb-color-danger - errors
 * @cssprop --nb-radius - the corner radius
 *
 * @example
 * ```html
 * <nb-provider base-url="https://registry.example.org"></nb-provider>
 * <nb-intake-form shared-device exit-href="https://www.bbc.com/nepali"></nb-intake-form>
 * ```
 */
export class NbIntakeForm extends NbElement {
  static override styles = [tokens, intakeFormStyles];
  /** Takes part in native forms (`ElementInternals`). */
  static formAssociated = true;

  /** The name of the value in an outer `<form>`. */
  @property({ reflect: true }) name = '';
  /** The draft's key on this device. @default 'intake' */
  @property({ attribute: 'draft-id' }) draftId = 'intake';
  /** A neutral page for the quick exit and for "exit and wipe". */
  @property({ attribute: 'exit-href' }) exitHref = '';
  /** Wipe local state on exit. */
  @property({ type: Boolean, attribute: 'shared-device', reflect: true }) sharedDevice = false;
  /** Disables every control. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private step = 0;
  @state() private values: IntakeValues = emptyIntake(todayBs());
  @state() private issues: IntakeIssues = {};
  @state() private status: IntakeStatus = { state: 'editing' };
  @state() private restored = false;
  @state() private organizations: Options = [];
  @state() private formDisabled = false;

  private readonly internals: ElementInternals;
  private readonly drafts = new IntakeDrafts();
  private sender: IntakeSender | undefined;
  private focusAfterUpdate: 'heading' | 'error' | 'status' | undefined;
  private wiping = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The participant's id once the registry confirmed the intake (the form value), else `''`. */
  get value(): string {
    return this.status.state === 'sent' ? this.status.participantId : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('nb-exit', this.onQuickExit);
    void this.restoreDraft();
  }

  override disconnectedCallback(): void {
    globalThis.removeEventListener('nb-exit', this.onQuickExit);
    void this.sender?.close();
    this.sender = undefined;
    void this.drafts.close();
    super.disconnectedCallback();
  }

  /** @internal Native forms: reset clears the form and its draft. */
  formResetCallback(): void {
    void this.startOver();
  }

  /** @internal Native forms: a disabled fieldset around the element disables it. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private async restoreDraft(): Promise<void> {
    try {
      const draft = await this.drafts.load(this.draftId);
      if (!draft) return;
      this.values = { ...emptyIntake(todayBs()), ...draft.values };
      this.step = Math.min(Math.max(draft.step, 0), INTAKE_STEPS.length - 1);
      this.restored = true;
    } catch {
      emit(this, 'nb-intake-error', { kind: 'storage', code: 'draft-unavailable' });
    }
  }

  private saveDraft(): void {
    this.drafts.saveSoon(() => this.saveNow());
  }

  /** Stores the draft now (encrypted), instead of after the short pause while typing. */
  async saveNow(): Promise<void> {
    await this.drafts.save(this.draftId, { step: this.step, values: this.values });
  }

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.group === 'purposes' && target.value === 'sharing' && target.checked)
      void this.loadOrganizations();
    this.values = withInput(this.values, target);
    this.saveDraft();
  };

  private async loadOrganizations(): Promise<void> {
    const client = this.registryClient;
    if (!client || this.organizations.length > 0) return;
    try {
      const list = await client.organizations.list().toArray({ limit: 200 });
      this.organizations = list.map((o) => [o.id, o.name] as const);
    } catch {
      // The select stays empty and validation says a recipient is required.
    }
  }

  private goTo(step: number): void {
    this.step = step;
    this.issues = {};
    this.focusAfterUpdate = 'heading';
    void this.saveNow();
  }

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    const name = INTAKE_STEPS[this.step] ?? 'profile';
    const issues = validateIntake(this.values, name);
    if (Object.keys(issues).length > 0) {
      this.issues = issues;
      this.focusAfterUpdate = 'error';
      return;
    }
    if (this.step < INTAKE_STEPS.length - 1) this.goTo(this.step + 1);
    else void this.submit();
  };

  /**
   * Validates every step and queues the intake (participant, consents, assessment) for the registry.
   * Resolves once the intake is stored in the encrypted queue; `nb-intake-submitted` follows when the
   * registry confirmed it.
   */
  async submit(): Promise<void> {
    // Back to the first step with a problem (a draft restored from an older version may have one).
    const wrong = INTAKE_STEPS.findIndex((s) => Object.keys(validateIntake(this.values, s)).length > 0);
    if (wrong >= 0) {
      this.step = wrong;
      this.issues = validateIntake(this.values, INTAKE_STEPS[wrong]);
      this.focusAfterUpdate = 'error';
      return;
    }
    const client = this.registryClient;
    if (!client) {
      this.status = { state: 'error', code: 'not-connected' };
      emit(this, 'nb-intake-error', { kind: 'not-connected', code: 'not-connected' });
      return;
    }
    this.sender ??= new IntakeSender(client, (status) => this.onStatus(status));
    const intakeId = await this.sender.send(this.values);
    await this.drafts.remove(this.draftId);
    this.values = emptyIntake(todayBs());
    this.step = 0;
    this.restored = false;
    this.focusAfterUpdate = 'status';
    emit(this, 'nb-intake-queued', { intakeId });
  }

  private onStatus(status: IntakeStatus): void {
    // Announced by the status region (role status/alert); focus stays where the counsellor is.
    this.status = status;
    if (status.state === 'sent') {
      emit(this, 'nb-intake-submitted', { intakeId: status.intakeId, participantId: status.participantId });
    } else if (status.state === 'failed') {
      emit(this, 'nb-intake-error', { intakeId: status.intakeId, kind: status.kind, code: status.code });
    }
  }

  /** Clears the form, its draft and its status, for the next participant. */
  async startOver(): Promise<void> {
    this.drafts.cancel();
    this.values = emptyIntake(todayBs());
    this.step = 0;
    this.issues = {};
    this.restored = false;
    this.status = { state: 'editing' };
    this.focusAfterUpdate = 'heading';
    await this.drafts.remove(this.draftId);
  }

  private readonly onQuickExit = () => {
    if (this.sharedDevice) void this.wipe();
  };

  /**
   * Deletes what the form keeps on this device: drafts, the offline queue (intakes not yet sent included)
   * and their keys, `localStorage`, `sessionStorage`, and Cache Storage caches named `nayabato-…`.
   */
  async wipe(): Promise<void> {
    this.wiping = true;
    try {
      await this.wipeNow();
    } finally {
      this.wiping = false;
    }
    emit(this, 'nb-intake-wiped', {});
  }

  private async wipeNow(): Promise<void> {
    const closing = [this.sender?.close(), this.drafts.close()];
    this.sender = undefined;
    await Promise.all(closing);
    await wipeLocalState(PREFIX, [INTAKE_DRAFT_DATABASE, INTAKE_QUEUE_DATABASE]);
    this.values = emptyIntake(todayBs());
    this.step = 0;
    this.issues = {};
    this.restored = false;
    this.status = { state: 'editing' };
  }

  private readonly onExitWipe = async () => {
    await this.wipe();
    if (this.exitHref) this.leave(this.exitHref);
  };

  /** Leaves for `href` (replacing the page); a subclass may override it, e.g. in a test. */
  protected leave(href: string): void {
    globalThis.location.replace(href);
  }

  /** Renders only once the texts of its language are there (loading the Nepali ones first if needed). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (m.ready(this.locale)) return super.shouldUpdate(changed);
    void m.load().then(() => this.requestUpdate());
    return false;
  }

  /** Also waits for the Nepali texts, when the form waits for them to render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (m.ready(this.locale)) return done;
    await m.load();
    return this.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const client = this.registryClient;
    if (client && !this.sender && !this.wiping) {
      this.sender = new IntakeSender(client, (status) => this.onStatus(status));
      void this.sender.resume().catch(() => undefined);
    }
    this.syncFormValue();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    const root = this.shadowRoot;
    if (!focus || !root) return;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else if (focus === 'status') root.querySelector<HTMLElement>('[part~="status"]')?.focus();
    else {
      const field = Object.keys(this.issues)[0];
      const target = root.querySelector<HTMLElement>(`#${CSS.escape(`f-${field}`)}`);
      (target?.tagName === 'FIELDSET' ? target.querySelector<HTMLElement>('input') : target)?.focus();
    }
  }

  private syncFormValue(): void {
    const value = this.value;
    this.internals.setFormValue(value || null);
    const anchor = this.shadowRoot?.querySelector<HTMLElement>('button[type="submit"]') ?? undefined;
    if (value) this.internals.setValidity({});
    else this.internals.setValidity({ valueMissing: true }, this.t(m, 'notSubmitted'), anchor);
  }

  override render() {
    // An object's arrow functions, not a local one: the manifest analyzer would list a local as a declaration.
    const ctx: StepContext = {
      locale: this.locale,
      issues: this.issues,
      issueText: (issue) => (typeof issue === 'string' ? this.t(m, issue) : issue[this.locale]),
      t: (key, params) => this.t(m, key, params),
      values: this.values,
      organizations: this.organizations,
    };
    const name = INTAKE_STEPS[this.step] ?? 'profile';
    const last = this.step === INTAKE_STEPS.length - 1;
    const errorCount = Object.keys(this.issues).length;
    const body = renderStep(name, ctx);
    return html`<div class="top" lang=${this.locale}>
        <slot name="quick-exit">${this.exitHref ? html`<nb-quick-exit href=${this.exitHref} lang=${this.locale}></nb-quick-exit>` : nothing}</slot>
        ${
          this.sharedDevice
            ? html`<button type="button" part="wipe" aria-describedby="wipe-hint" @click=${this.onExitWipe}>${this.t(m, 'exitWipe')}</button>
              <span id="wipe-hint" class="hint">${this.t(m, 'exitWipeHint')}</span>`
            : nothing
        }
      </div>
      ${renderStatus(this.status, ctx.t)}
      ${
        this.restored
          ? html`<div role="status" class="restored">${this.t(m, 'draftRestored')}
            <button type="button" @click=${() => void this.startOver()}>${this.t(m, 'discardDraft')}</button></div>`
          : nothing
      }
      ${
        this.status.state === 'sent' || this.status.state === 'queued'
          ? html`<button type="button" class="primary new" @click=${() => void this.startOver()}>${this.t(m, 'newIntake')}</button>`
          : nothing
      }
      <form part="form" novalidate autocomplete="off" lang=${this.locale} aria-labelledby="title"
        ?hidden=${this.status.state === 'sent' || this.status.state === 'queued' || this.status.state === 'sending'}
        @input=${this.onInput} @change=${this.onInput} @submit=${this.onSubmit}>
        <p id="title"><strong>${this.t(m, 'title')}</strong></p>
        <nav aria-label=${this.t(m, 'steps')}>
          <ol class="steps">
            ${INTAKE_STEPS.map((s, i) => html`<li aria-current=${i === this.step ? 'step' : nothing}>${this.t(m, s)}</li>`)}
          </ol>
        </nav>
        <fieldset class="all" ?disabled=${this.disabled || this.formDisabled}>
          <h2 tabindex="-1"><span class="title">${this.t(m, name)}</span>
            <span class="hint">(${this.t(m, 'stepOf', { step: this.formatNumber(this.step + 1), total: this.formatNumber(INTAKE_STEPS.length) })})</span></h2>
          ${errorCount > 0 ? html`<p class="error" role="alert">${this.t(m, 'errorSummary', { count: this.formatNumber(errorCount) })}</p>` : nothing}
          ${body}
          <div class="actions">
            ${this.step > 0 ? html`<button type="button" class="back" @click=${() => this.goTo(this.step - 1)}>${this.t(m, 'back')}</button>` : nothing}
            <button type="submit" class="primary">${last ? this.t(m, 'submit') : this.t(m, 'next')}</button>
          </div>
        </fieldset>
      </form>`;
  }
}
