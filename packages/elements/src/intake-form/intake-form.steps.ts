import {
  AgeBand,
  AssessmentDomain,
  CitizenshipStatus,
  ConsentMethod,
  ConsentPurpose,
  ConsentScope,
  consentScopeDescriptions,
  DISTRICT_NAMES,
  EducationLevel,
  Gender,
  INFORMED_CONSENT_CHECKS,
  Language,
  type Locale,
  type MessageParams,
  NeedLevel,
  ParticipantCategory,
  PublicationItem,
  ShelterStatus,
  TraffickingStatus,
} from '@nayabato/core';
import { html, nothing, type TemplateResult } from 'lit';
import { todayBs } from '../base/bs-date.js';
import { formatDate } from '../base/format.js';
import {
  checkboxGroup,
  type FieldContext,
  inputField,
  type Options,
  selectField,
  textField,
} from './intake-form.fields.js';
import { intakeTexts } from './intake-form.texts.js';
import type { IntakeTextKey } from './intake-form.texts-en.js';
import { assessedOnIso, type IntakeStep, type IntakeValues } from './intake-model.js';
import type { IntakeStatus } from './intake-sender.js';

/** What the steps' templates read of the form: the field context, its texts, what was entered. */
export interface StepContext extends FieldContext {
  /** A text of the form in its language. */
  readonly t: (key: IntakeTextKey, params?: MessageParams) => string;
  readonly values: IntakeValues;
  /** The organisations a sharing consent may name (loaded when sharing is ticked). */
  readonly organizations: Options;
}

/** An enumeration of core as options, labelled in `locale`. */
function enumOptions(
  e: { values: readonly string[]; label(v: never, l: Locale): string },
  locale: Locale,
): Options {
  return e.values.map((v) => [v, e.label(v as never, locale)] as const);
}

function districtOptions(locale: Locale): Options {
  // A district's English name is the district itself; the Nepali names come with the Nepali texts.
  const nepali = locale === 'ne' ? intakeTexts.nepali?.districtNamesNe : undefined;
  return DISTRICT_NAMES.map((d) => [d, nepali?.[d] ?? d] as const);
}

function profile(ctx: StepContext) {
  const { t, values: v, locale } = ctx;
  const optional = (k: IntakeTextKey) => `${t(k)} ${t('optional')}`;
  return html`
      ${selectField(ctx, 'category', t('category'), v.category, enumOptions(ParticipantCategory, locale), t('choose'))}
      ${selectField(ctx, 'traffickingStatus', t('traffickingStatus'), v.traffickingStatus, enumOptions(TraffickingStatus, locale), t('choose'))}
      ${selectField(ctx, 'gender', t('gender'), v.gender, enumOptions(Gender, locale), t('choose'))}
      ${selectField(ctx, 'ageBand', t('ageBand'), v.ageBand, enumOptions(AgeBand, locale), t('choose'), t('ageHint'))}
      ${inputField(ctx, 'birthYear', optional('birthYear'), v.birthYear, { inputmode: 'numeric' })}
      ${selectField(ctx, 'originDistrict', t('originDistrict'), v.originDistrict, districtOptions(locale), t('choose'))}
      ${selectField(ctx, 'currentDistrict', t('currentDistrict'), v.currentDistrict, districtOptions(locale), t('choose'))}
      ${selectField(ctx, 'educationLevel', optional('educationLevel'), v.educationLevel, enumOptions(EducationLevel, locale), t('choose'))}
      ${checkboxGroup(ctx, 'languages', t('languages'), v.languages, enumOptions(Language, locale))}
      ${inputField(ctx, 'dependants', optional('dependants'), v.dependants, { inputmode: 'numeric' })}
      ${selectField(ctx, 'shelterStatus', optional('shelterStatus'), v.shelterStatus, enumOptions(ShelterStatus, locale), t('choose'))}
      ${textField(ctx, 'notes', optional('notes'), v.notes, t('notesHint'))}`;
}

function documents(ctx: StepContext) {
  const { t, values: v, locale } = ctx;
  return html`
      ${selectField(ctx, 'citizenshipStatus', t('citizenshipStatus'), v.citizenshipStatus, enumOptions(CitizenshipStatus, locale), t('choose'))}
      ${selectField(ctx, 'issuingDistrict', `${t('issuingDistrict')} ${t('optional')}`, v.issuingDistrict, districtOptions(locale), t('choose'))}`;
}

function consent(ctx: StepContext) {
  const { t, values: v, locale } = ctx;
  const scopeDescriptions = Object.fromEntries(
    ConsentScope.values.map((s) => [s, consentScopeDescriptions.format(s, locale)]),
  );
  return html`
      ${checkboxGroup(
        ctx,
        'checks',
        t('checks'),
        v.checks,
        INFORMED_CONSENT_CHECKS.map((c) => [c, t(c)] as const),
      )}
      ${checkboxGroup(ctx, 'purposes', t('purposes'), v.purposes, enumOptions(ConsentPurpose, locale))}
      ${selectField(ctx, 'method', t('method'), v.method, enumOptions(ConsentMethod, locale), t('choose'))}
      ${
        v.purposes.includes('sharing')
          ? html`${selectField(ctx, 'recipient', t('recipient'), v.recipient, ctx.organizations, t('choose'))}
            ${checkboxGroup(ctx, 'scope', t('scope'), v.scope, enumOptions(ConsentScope, locale), scopeDescriptions)}`
          : nothing
      }
      ${
        v.purposes.includes('publication')
          ? checkboxGroup(
              ctx,
              'publicationItems',
              t('publicationItems'),
              v.publicationItems,
              enumOptions(PublicationItem, locale),
            )
          : nothing
      }`;
}

function needs(ctx: StepContext) {
  const { t, values: v, locale } = ctx;
  const iso = assessedOnIso(v);
  const hint = `${t('bsHint', { example: todayBs() })}${
    iso ? ` — ${t('adEquivalent', { date: formatDate(iso, locale, 'ad') })}` : ''
  }`;
  return html`
      ${inputField(ctx, 'assessedOn', t('assessedOn'), v.assessedOn, { hint })}
      <fieldset class="group" id="f-domains" aria-describedby=${ctx.issues.domains ? 'e-domains h-domains' : 'h-domains'}>
        <legend>${t('domains')}</legend>
        <p class="hint" id="h-domains">${t('domainsHint')}</p>
        ${AssessmentDomain.values.map((d) => {
          const label = AssessmentDomain.label(d, locale);
          return html`<div class="domain">
            ${selectField(ctx, `level:${d}`, t('needLevel', { domain: label }), v.levels[d] ?? '', enumOptions(NeedLevel, locale), t('choose'))}
            ${inputField(ctx, `goal:${d}`, `${t('goals', { domain: label })} ${t('optional')}`, v.goals[d] ?? '')}
          </div>`;
        })}
        ${ctx.issues.domains ? html`<p class="error" part="error" id="e-domains">${ctx.issueText(ctx.issues.domains)}</p>` : nothing}
      </fieldset>`;
}

const STEPS: Record<IntakeStep, (ctx: StepContext) => TemplateResult> = {
  profile,
  documents,
  consent,
  needs,
};

/**
 * The fields of one step of the intake: profile, documents, consent per purpose (with the informed-consent
 * checks and, for sharing, the recipient and scope), or the needs assessment over the guideline's domains.
 */
export function renderStep(step: IntakeStep, ctx: StepContext): TemplateResult {
  return STEPS[step](ctx);
}

/**
 * The status line of a submitted intake (queued, sending, sent, failed, not connected), announced by its
 * role (`alert` for a failure, else `status`); nothing while the form is being filled in.
 */
export function renderStatus(s: IntakeStatus, t: StepContext['t']): TemplateResult | typeof nothing {
  if (s.state === 'editing') return nothing;
  const text =
    s.state === 'queued'
      ? t('queued')
      : s.state === 'sending'
        ? t('sending')
        : s.state === 'sent'
          ? t('sent')
          : s.state === 'failed'
            ? t('failed', { code: s.code })
            : t('notConnected');
  const urgent = s.state === 'failed' || s.state === 'error';
  return html`<div part="status" class="status" tabindex="-1" role=${urgent ? 'alert' : 'status'}
      data-state=${s.state}>${text}</div>`;
}
