import type { ItemOf, NayaBatoClient } from '@nayabato/client';
import {
  ConsentMethod,
  type ConsentMethodValue,
  ConsentPurpose,
  type ConsentPurposeValue,
  ConsentScope,
  type ConsentScopeValue,
  consentScopeDescriptions,
  INFORMED_CONSENT_CHECKS,
  type InformedConsentChecks,
  PublicationItem,
  type PublicationItemValue,
} from '@nayabato/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../base/data-controller.js';
import { emit } from '../base/events.js';
import { formatDate } from '../base/format.js';
import { NbElement } from '../base/nayabato-element.js';
import { renderState, stateStyles } from '../base/states.js';
import { tokens } from '../base/theme.js';
import { consentManagerMessages as M } from './consent-manager.messages.js';
import { consentManagerStyles } from './consent-manager.styles.js';

/** A consent as the registry answers its recording NGO. */
export type ConsentRecord = ItemOf<'listConsents'>;
type Organization = ItemOf<'listOrganizations'>;

/** The `detail` of `nb-consent-given` and `nb-consent-withdrawn`: ids only, never what the consent says. */
export interface ConsentEventDetail {
  /** The consent's id (`cns_…`). */
  readonly consentId: string;
  /** The participant's pseudonymous id (`pt_…`). */
  readonly participantId: string;
}
/** The event `<nb-consent-manager>` fires after the registry recorded or withdrew a consent. */
export type ConsentEvent = CustomEvent<ConsentEventDetail>;

/** Where a consent stands now. */
export type ConsentStatus = 'active' | 'withdrawn' | 'expired';

/**
 * Where `consent` stands at `now`: withdrawn (whatever its expiry), expired, or active.
 *
 * @example
 * ```ts
 * consentStatus({ givenAt: '2026-01-01T00:00:00Z', withdrawnAt: '2026-02-01T00:00:00Z' }); // 'withdrawn'
 * ```
 */
export function consentStatus(
  consent: Pick<ConsentRecord, 'withdrawnAt' | 'expiresAt'>,
  now = Date.now(),
): ConsentStatus {
  if (consent.withdrawnAt) return 'withdrawn';
  if (consent.expiresAt && Date.parse(consent.expiresAt) <= now) return 'expired';
  return 'active';
}

const STATUS_KEY = {
  active: 'statusActive',
  withdrawn: 'statusWithdrawn',
  expired: 'statusExpired',
} as const;

/** Which organisations a purpose may name (the registry's rule: sharing names an NGO or an institution). */
const RECIPIENT_ROLES: Partial<Record<ConsentPurposeValue, readonly string[]>> = {
  sharing: ['ngo', 'training_institution'],
  employer_introduction: ['corporate'],
};

/** The form's fields that can carry an error, by the JSON pointer of core's issues. */
const FIELD_OF_POINTER: Record<string, string> = {
  '/recipientOrganizationId': 'recipient',
  '/scope': 'scope',
  '/publicationItems': 'items',
  '/checks': 'checks',
};

interface Loaded {
  readonly consents: ConsentRecord[];
  readonly organizations: Organization[];
}

/**
 * One participant's consents, for the NGO that registered them: per purpose, the consent in force and the
 * history of every consent given and withdrawn (a withdrawal never deletes). Records a new consent after
 * the six HTCDS informed-consent checks, with, for sharing, the scope read out item by item in plain words
 * (core's `consentScopeDescriptions`); withdraws one after a confirmation step, in the registry at once, so
 * any read it allowed is refused from the next request. Needs a staff client of the registering NGO
 * (`client`, or a `<nb-provider>` given one).
 *
 * @customElement nb-consent-manager
 * @attr participant - the participant's pseudonymous id (`pt_…`)
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @attr calendar - how dates are shown: `bs` (default), `ad` or `both`
 * @fires nb-consent-given - a consent was recorded; `detail`: `{ consentId, participantId }`
 * @fires nb-consent-withdrawn - a consent was withdrawn; `detail`: `{ consentId, participantId }`
 * @slot heading - replaces the heading ("Consents")
 * @csspart purposes - the list of purposes
 * @csspart purpose - one purpose with its status and history
 * @csspart record - one consent in a purpose's history
 * @csspart withdraw - a withdraw button
 * @csspart confirm - the withdrawal's confirmation step
 * @csspart form - the form that records a consent
 * @csspart status - the live message after a change
 * @csspart state - the shared states (also `state-loading`, `state-error`, `retry`, …)
 * @cssprop --nb-color-accent - buttons and focus
 * @cssprop --nb-color-danger - the withdrawal's confirmation
 * @cssprop --nb-color-border - borders
 * @cssprop --nb-space - spacing
 *
 * @example
 * ```html
 * <nb-consent-manager participant="pt_0123456789"></nb-consent-manager>
 * <script type="module">
 *   const manager = document.querySelector('nb-consent-manager');
 *   manager.client = createClient({ baseUrl, getToken }); // a staff token of the registering NGO
 *   manager.addEventListener('nb-consent-withdrawn', (e) => console.log(e.detail.consentId));
 * </script>
 * ```
 */
export class NbConsentManager extends NbElement {
  static override styles = [tokens, stateStyles, consentManagerStyles];

  /** The participant's pseudonymous id (`pt_…`). */
  @property({ reflect: true }) participant: string | undefined;

  @state() private confirming: string | undefined;
  @state() private busy = false;
  @state() private message: { key: 'withdrawn' | 'given' | 'failed'; error: boolean } | undefined;
  @state() private purpose: ConsentPurposeValue = 'sharing';
  @state() private errors: Record<string, string> = {};
  private focusAfterRender: string | undefined;
  /** The participant the data was last loaded for (a load may run before `participant` is set). */
  private loadedFor: string | undefined;

  private readonly data = new DataController<Loaded>(this, {
    load: async (client, signal) => {
      this.loadedFor = this.participant;
      if (!this.participant) return { consents: [], organizations: [] };
      const [consents, organizations] = await Promise.all([
        client.consents.list({ participantId: this.participant }, { signal }).toArray({ limit: 500 }),
        client.organizations.list({}, { signal }).toArray({ limit: 500 }),
      ]);
      return { consents, organizations };
    },
  });

  /** Loads the participant's consents again now. */
  reload(): Promise<void> {
    return this.data.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('participant') && this.hasUpdated && this.participant !== this.loadedFor) {
      this.confirming = undefined;
      this.message = undefined;
      this.errors = {};
      void this.data.run();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      (this.renderRoot.querySelector(this.focusAfterRender) as HTMLElement | null)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  /**
   * Reads the participant's consents again after a change, keeping the form and focus in place (a full
   * `reload()` would show the loading state). Never a local edit: the registry's answer is what is shown.
   */
  private async refresh(client: NayaBatoClient, participantId: string) {
    const consents = await client.consents.list({ participantId }).toArray({ limit: 500 });
    if (participantId !== this.participant) return;
    this.data.value = { consents, organizations: this.data.value?.organizations ?? [] };
    this.requestUpdate();
  }

  private date(iso: string) {
    return formatDate(iso, this.locale, this.calendar);
  }

  private orgName(id: string | undefined, organizations: readonly Organization[]) {
    return organizations.find((o) => o.id === id)?.name ?? this.t(M, 'unknownOrganization');
  }

  private async withdraw(consent: ConsentRecord) {
    const client = this.registryClient;
    if (!client || this.busy) return;
    this.busy = true;
    try {
      await client.consents.withdraw(consent.id);
      this.confirming = undefined;
      // The change is made: a failed re-read must not say otherwise, so it falls back to a full load.
      await this.refresh(client, consent.participantId).catch(() => this.data.run());
      this.message = { key: 'withdrawn', error: false };
      emit(this, 'nb-consent-withdrawn', { consentId: consent.id, participantId: consent.participantId });
      this.focusAfterRender = '[part~="status"]';
    } catch {
      this.message = { key: 'failed', error: true };
    } finally {
      this.busy = false;
    }
  }

  private async give(event: SubmitEvent) {
    event.preventDefault();
    const client = this.registryClient;
    const participantId = this.participant;
    if (!client || !participantId || this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const checks = Object.fromEntries(
      INFORMED_CONSENT_CHECKS.map((k) => [k, data.get(k) === 'on']),
    ) as unknown as InformedConsentChecks;
    if (!INFORMED_CONSENT_CHECKS.every((k) => checks[k])) {
      return this.showErrors({ checks: this.t(M, 'checksMissing') });
    }
    const purpose = this.purpose;
    const recipient = String(data.get('recipient') ?? '');
    const scope = data.getAll('scope') as ConsentScopeValue[];
    const items = data.getAll('items') as PublicationItemValue[];
    this.busy = true;
    try {
      const consent = await client.consents.create({
        participantId,
        purpose,
        ...(recipient ? { recipientOrganizationId: recipient } : {}),
        ...(purpose === 'sharing' && scope.length ? { scope } : {}),
        ...(purpose === 'publication' && items.length ? { publicationItems: items } : {}),
        method: String(data.get('method')) as ConsentMethodValue,
        givenAt: new Date().toISOString(),
        checks,
      });
      form.reset();
      this.errors = {};
      await this.refresh(client, participantId).catch(() => this.data.run());
      this.message = { key: 'given', error: false };
      emit(this, 'nb-consent-given', { consentId: consent.id, participantId });
      this.focusAfterRender = '[part~="status"]';
    } catch (error) {
      const issues = (error as { issues?: { pointer: string; message: { en: string; ne: string } }[] })
        .issues;
      const errors: Record<string, string> = {};
      for (const issue of issues ?? []) {
        const field = FIELD_OF_POINTER[issue.pointer] ?? FIELD_OF_POINTER[`/${issue.pointer.split('/')[1]}`];
        if (field) errors[field] ??= issue.message[this.locale];
      }
      if (Object.keys(errors).length) this.showErrors(errors);
      else this.message = { key: 'failed', error: true };
    } finally {
      this.busy = false;
    }
  }

  private showErrors(errors: Record<string, string>) {
    this.errors = errors;
    this.message = undefined;
    const first = ['recipient', 'scope', 'items', 'checks'].find((f) => errors[f]);
    this.focusAfterRender = first === 'recipient' ? '#recipient' : `#${first} input`;
  }

  private error(field: string) {
    const text = this.errors[field];
    return text ? html`<p class="error" id="${field}-error">${text}</p>` : nothing;
  }

  private record(consent: ConsentRecord, organizations: readonly Organization[]) {
    const status = consentStatus(consent);
    const l = this.locale;
    const parts = [this.t(M, 'givenOn', { date: this.date(consent.givenAt) })];
    if (consent.recipientOrganizationId)
      parts.push(
        this.t(M, 'sharedWith', {
          organization: this.orgName(consent.recipientOrganizationId, organizations),
        }),
      );
    if (consent.expiresAt && status !== 'withdrawn')
      parts.push(this.t(M, 'expiresOn', { date: this.date(consent.expiresAt) }));
    if (consent.withdrawnAt) parts.push(this.t(M, 'withdrawnOn', { date: this.date(consent.withdrawnAt) }));
    const confirming = this.confirming === consent.id;
    return html`<li part="record" data-id=${consent.id} data-status=${status}>
      <p>
        <strong>${this.t(M, STATUS_KEY[status])}</strong>:
        ${parts.join(', ')}${consent.method ? ` (${ConsentMethod.label(consent.method, l)})` : ''}
      </p>
      ${
        consent.scope?.length
          ? html`<p>${this.t(M, 'shares', { items: consent.scope.map((s) => ConsentScope.label(s, l)).join(', ') })}</p>`
          : nothing
      }
      ${
        consent.publicationItems?.length
          ? html`<p>${this.t(M, 'covers', { items: consent.publicationItems.map((s) => PublicationItem.label(s, l)).join(', ') })}</p>`
          : nothing
      }
      ${
        status !== 'active'
          ? nothing
          : confirming
            ? html`<div part="confirm" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">${this.t(M, 'confirmWithdraw')}</p>
                <button type="button" class="danger" id="confirm-withdraw" ?disabled=${this.busy}
                  @click=${() => void this.withdraw(consent)}>${this.t(M, 'confirm')}</button>
                <button type="button" @click=${() => {
                  this.confirming = undefined;
                  this.focusAfterRender = `[data-id="${consent.id}"] [part~="withdraw"]`;
                }}>${this.t(M, 'cancel')}</button>
              </div>`
            : html`<button type="button" part="withdraw" @click=${() => {
                this.confirming = consent.id;
                this.message = undefined;
                this.focusAfterRender = '#confirm-withdraw';
              }}>${this.t(M, 'withdraw')}</button>`
      }
    </li>`;
  }

  private purposeBlock(purpose: ConsentPurposeValue, loaded: Loaded) {
    const history = loaded.consents
      .filter((c) => c.purpose === purpose)
      .sort((a, b) => b.givenAt.localeCompare(a.givenAt));
    const active = history.filter((c) => consentStatus(c) === 'active').length;
    const id = `purpose-${purpose}`;
    return html`<li part="purpose" data-purpose=${purpose}>
      <h3 id=${id}>${ConsentPurpose.label(purpose, this.locale)}</h3>
      <p class="summary">
        ${active ? this.t(M, 'statusActive') : history.length ? this.t(M, STATUS_KEY[consentStatus(history[0]!)]) : this.t(M, 'statusNone')}
      </p>
      ${
        history.length
          ? html`<ol part="history" aria-label=${`${this.t(M, 'history')}: ${ConsentPurpose.label(purpose, this.locale)}`}>
              ${history.map((c) => this.record(c, loaded.organizations))}
            </ol>`
          : nothing
      }
    </li>`;
  }

  private choices<V extends string>(
    name: string,
    values: readonly V[],
    label: (v: V) => string,
    describe?: (v: V) => string,
  ) {
    return html`<fieldset id=${name} aria-describedby=${this.errors[name] ? `${name}-error` : nothing}>
      <legend>${this.t(M, name as 'scope' | 'items' | 'checks')}</legend>
      ${values.map(
        (v) => html`<div class="choice">
          <input type="checkbox" name=${name === 'checks' ? v : name} value=${name === 'checks' ? 'on' : v}
            id=${`${name}-${v}`} aria-describedby=${describe ? `${name}-${v}-hint` : nothing}
            aria-invalid=${this.errors[name] ? 'true' : nothing}>
          <label for=${`${name}-${v}`}>${label(v)}</label>
          ${describe ? html`<p class="hint" id=${`${name}-${v}-hint`}>${describe(v)}</p>` : nothing}
        </div>`,
      )}
      ${this.error(name)}
    </fieldset>`;
  }

  private form(loaded: Loaded) {
    const l = this.locale;
    const roles = RECIPIENT_ROLES[this.purpose];
    const recipients = roles ? loaded.organizations.filter((o) => roles.includes(o.role)) : [];
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${this.give}>
      <h3 id="form-title">${this.t(M, 'formTitle')}</h3>
      <div class="field">
        <label for="purpose">${this.t(M, 'purpose')}</label>
        <select id="purpose" name="purpose" .value=${this.purpose} @change=${(e: Event) => {
          this.purpose = (e.target as HTMLSelectElement).value as ConsentPurposeValue;
          this.errors = {};
        }}>
          ${ConsentPurpose.values.map(
            (p) =>
              html`<option value=${p} ?selected=${p === this.purpose}>${ConsentPurpose.label(p, l)}</option>`,
          )}
        </select>
      </div>
      ${
        roles
          ? html`<div class="field">
              <label for="recipient">${this.t(M, 'recipient')}</label>
              <select id="recipient" name="recipient" aria-describedby=${this.errors.recipient ? 'recipient-error' : nothing}
                aria-invalid=${this.errors.recipient ? 'true' : nothing}>
                <option value="">${this.t(M, this.purpose === 'sharing' ? 'chooseRecipient' : 'noRecipient')}</option>
                ${recipients.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
              </select>
              ${this.error('recipient')}
            </div>`
          : nothing
      }
      ${
        this.purpose === 'sharing'
          ? this.choices(
              'scope',
              ConsentScope.values,
              (v) => ConsentScope.label(v, l),
              (v) => consentScopeDescriptions.format(v, l),
            )
          : nothing
      }
      ${
        this.purpose === 'publication'
          ? this.choices('items', PublicationItem.values, (v) => PublicationItem.label(v, l))
          : nothing
      }
      <div class="field">
        <label for="method">${this.t(M, 'method')}</label>
        <select id="method" name="method">
          ${ConsentMethod.values.map((m) => html`<option value=${m}>${ConsentMethod.label(m, l)}</option>`)}
        </select>
      </div>
      ${this.choices('checks', INFORMED_CONSENT_CHECKS, (k) => this.t(M, k))}
      <button type="submit" ?disabled=${this.busy}>${this.t(M, 'submit')}</button>
    </form>`;
  }

  override render() {
    if (!this.participant) {
      return html`<p class="state" part="state state-empty">${this.t(M, 'noParticipant')}</p>`;
    }
    const loaded = this.data.value;
    if (this.data.state.kind !== 'ready' || !loaded) {
      return renderState(this.data.state, this.locale, { onRetry: () => void this.data.run() });
    }
    return html`<section lang=${this.locale} aria-labelledby="title">
      <h2 id="title"><slot name="heading">${this.t(M, 'title')}</slot></h2>
      <p class="participant">${this.t(M, 'participant', { id: this.participant })}</p>
      <p part="status" tabindex="-1" role="status" class=${this.message?.error ? 'error' : ''}>
        ${this.message ? this.t(M, this.message.key) : nothing}
      </p>
      <ul part="purposes">${ConsentPurpose.values.map((p) => this.purposeBlock(p, loaded))}</ul>
      ${this.form(loaded)}
    </section>`;
  }
}
