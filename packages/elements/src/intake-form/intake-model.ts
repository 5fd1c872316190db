import {
  AssessmentDomain,
  type AssessmentDomainValue,
  type ConsentInput,
  ConsentInputSchema,
  type ConsentPurposeValue,
  type FieldIssue,
  type LocalizedText,
  type NeedsAssessmentInput,
  NeedsAssessmentInputSchema,
  newId,
  type ParticipantInput,
  ParticipantProfileInputSchema,
  participantRuleIssues,
  validate,
} from '@nayabato/core';
import { isoOfBsText } from '../base/bs-date.js';
import type { IntakeTextKey } from './intake-form.texts-en.js';

/** The steps of the intake, in order. */
export const INTAKE_STEPS = ['profile', 'documents', 'consent', 'needs'] as const;
/** One step of the intake. */
export type IntakeStep = (typeof INTAKE_STEPS)[number];

/**
 * What the counsellor has entered, as the form's controls hold it (strings, lists of checked values).
 * This is what a draft keeps, encrypted.
 */
export interface IntakeValues {
  category: string;
  traffickingStatus: string;
  gender: string;
  ageBand: string;
  birthYear: string;
  originDistrict: string;
  currentDistrict: string;
  educationLevel: string;
  languages: string[];
  dependants: string;
  shelterStatus: string;
  notes: string;
  citizenshipStatus: string;
  issuingDistrict: string;
  purposes: string[];
  method: string;
  checks: string[];
  recipient: string;
  scope: string[];
  publicationItems: string[];
  assessedOn: string;
  levels: Record<string, string>;
  goals: Record<string, string>;
}

/** Empty values; `assessedOn` is today's date in Bikram Sambat (as typed: `2083-08-20`). */
export function emptyIntake(today: string): IntakeValues {
  return {
    category: '',
    traffickingStatus: '',
    gender: '',
    ageBand: '',
    birthYear: '',
    originDistrict: '',
    currentDistrict: '',
    educationLevel: '',
    languages: [],
    dependants: '',
    shelterStatus: '',
    notes: '',
    citizenshipStatus: '',
    issuingDistrict: '',
    purposes: [],
    method: 'written',
    checks: [],
    recipient: '',
    scope: [],
    publicationItems: [],
    assessedOn: today,
    levels: {},
    goals: {},
  };
}

/**
 * The values after an input in one of the form's controls: a box of a group (`data-group`) ticked or
 * cleared, a domain's need level (`level:<domain>`) or goal (`goal:<domain>`), or any other named field.
 */
export function withInput(
  values: IntakeValues,
  control: Pick<HTMLInputElement, 'name' | 'value' | 'checked' | 'dataset'>,
): IntakeValues {
  const group = control.dataset.group;
  const v = { ...values } as IntakeValues & Record<string, unknown>;
  if (group) {
    const list = new Set(v[group] as string[]);
    if (control.checked) list.add(control.value);
    else list.delete(control.value);
    v[group] = [...list];
  } else if (control.name.startsWith('level:')) {
    v.levels = { ...v.levels, [control.name.slice(6)]: control.value };
  } else if (control.name.startsWith('goal:')) {
    v.goals = { ...v.goals, [control.name.slice(5)]: control.value };
  } else if (control.name) {
    v[control.name] = control.value;
  }
  return v;
}

/**
 * A field's problem: core's message in both languages, or the key of one of the form's own texts (shown in
 * the form's language; the Nepali texts load with the form's Nepali, not with validation).
 */
export type IntakeIssue = LocalizedText | IntakeTextKey;
/** Field-level problems, keyed by the form's field names. */
export type IntakeIssues = Record<string, IntakeIssue>;

/** Which step each field is on. */
const STEP_OF: Record<string, IntakeStep> = {
  citizenshipStatus: 'documents',
  issuingDistrict: 'documents',
  purposes: 'consent',
  method: 'consent',
  checks: 'consent',
  recipient: 'consent',
  scope: 'consent',
  publicationItems: 'consent',
  assessedOn: 'needs',
  domains: 'needs',
};

/** The step a field belongs to. */
export const stepOf = (field: string): IntakeStep => STEP_OF[field] ?? 'profile';

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
const integer = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));

/** The participant the values describe (undefined fields left out), as the registry takes it. */
export function participantInput(v: IntakeValues): ParticipantInput {
  const input: Record<string, unknown> = {
    category: text(v.category),
    traffickingStatus: text(v.traffickingStatus),
    gender: text(v.gender),
    ageBand: text(v.ageBand),
    birthYear: integer(v.birthYear),
    originDistrict: text(v.originDistrict),
    currentDistrict: text(v.currentDistrict),
    educationLevel: text(v.educationLevel),
    languages: v.languages,
    dependants: integer(v.dependants),
    shelterStatus: text(v.shelterStatus),
    notes: text(v.notes),
    citizenshipCertificate: {
      status: text(v.citizenshipStatus),
      issuingDistrict: text(v.issuingDistrict),
    },
  };
  return prune(input) as ParticipantInput;
}

function prune(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? prune(v as Record<string, unknown>) : v;
  }
  return out;
}

/** The consents the values record, one per purpose, for `participantId` (a queue ref at submission). */
export function consentInputs(v: IntakeValues, participantId: unknown, givenAt: string): ConsentInput[] {
  const checks = {
    purposeExplained: v.checks.includes('purposeExplained'),
    useExplained: v.checks.includes('useExplained'),
    researchUseExplained: v.checks.includes('researchUseExplained'),
    accessRightsExplained: v.checks.includes('accessRightsExplained'),
    retentionExplained: v.checks.includes('retentionExplained'),
    withdrawalExplained: v.checks.includes('withdrawalExplained'),
  };
  return v.purposes.map(
    (purpose) =>
      prune({
        participantId,
        purpose: purpose as ConsentPurposeValue,
        recipientOrganizationId: purpose === 'sharing' ? text(v.recipient) : undefined,
        // An empty list is left out, so that core says plainly what is missing.
        scope: purpose === 'sharing' && v.scope.length > 0 ? v.scope : undefined,
        publicationItems:
          purpose === 'publication' && v.publicationItems.length > 0 ? v.publicationItems : undefined,
        method: text(v.method),
        givenAt,
        checks,
      }) as unknown as ConsentInput,
  );
}

/** The assessed-on date as an ISO (AD) date, or undefined when the BS text is not a date. */
export function assessedOnIso(v: IntakeValues): string | undefined {
  return isoOfBsText(v.assessedOn);
}

/** The needs assessment the values record: the domains given a level, in the guideline's order. */
export function assessmentInput(v: IntakeValues, participantId: unknown): NeedsAssessmentInput {
  const domains = AssessmentDomain.values
    .filter((d: AssessmentDomainValue) => v.levels[d])
    .map((domain) => prune({ domain, needLevel: v.levels[domain], goals: text(v.goals[domain] ?? '') }));
  return prune({ participantId, assessedOn: assessedOnIso(v), domains }) as unknown as NeedsAssessmentInput;
}

/** Maps a core issue's path to the form field it is about. */
function fieldOf(issue: FieldIssue, prefix: string): string {
  const [first, second] = issue.path;
  if (first === 'citizenshipCertificate')
    return second === 'issuingDistrict' ? 'issuingDistrict' : 'citizenshipStatus';
  if (first === 'recipientOrganizationId') return 'recipient';
  if (first === 'checks') return 'checks';
  if (prefix === 'needs' && first === 'domains') return 'domains';
  return String(first ?? prefix);
}

function collect(into: IntakeIssues, issues: readonly FieldIssue[], prefix: string): void {
  for (const issue of issues) {
    const field = fieldOf(issue, prefix);
    into[field] ??= issue.message;
  }
}

/**
 * Validates the values of one step (or all, without `step`) with core's schemas and rules, plus the
 * intake's own rules (a consent needs every informed-consent check and at least one purpose; the
 * assessment at least one domain). Returns the problems per field, empty when the step is valid.
 */
export function validateIntake(v: IntakeValues, step?: IntakeStep): IntakeIssues {
  const issues: IntakeIssues = {};
  const wants = (s: IntakeStep) => step === undefined || step === s;
  if (wants('profile') || wants('documents')) {
    const input = participantInput(v);
    const result = validate(ParticipantProfileInputSchema, input);
    if (!result.ok) {
      collect(issues, result.issues, 'profile');
      // Core's rules run only once the shape is valid; run them now too, so every problem shows at once.
      const rules = participantRuleIssues(input);
      collect(
        issues,
        rules.map((r) => ({ path: r.path, pointer: '', code: r.code, message: r.message })),
        'profile',
      );
    }
    // The documents step is reached before its own values are entered: report it only there.
    if (step === 'profile') {
      delete issues.citizenshipStatus;
      delete issues.issuingDistrict;
    }
  }
  if (wants('consent')) {
    if (v.purposes.length === 0) issues.purposes = 'purposeRequired';
    else if (v.checks.length < 6) issues.checks = 'checksRequired';
    const placeholder = newId('participant');
    for (const consent of consentInputs(v, placeholder, new Date().toISOString())) {
      const result = validate(ConsentInputSchema, consent);
      if (!result.ok) collect(issues, result.issues, 'consent');
    }
  }
  if (wants('needs')) {
    if (!assessedOnIso(v)) issues.assessedOn = 'bsDateInvalid';
    const result = validate(NeedsAssessmentInputSchema, assessmentInput(v, newId('participant')));
    if (!result.ok) collect(issues, result.issues, 'needs');
    if (!Object.values(v.levels).some(Boolean)) issues.domains = 'domainRequired';
  }
  if (step === undefined) return issues;
  return Object.fromEntries(Object.entries(issues).filter(([field]) => stepOf(field) === step));
}
