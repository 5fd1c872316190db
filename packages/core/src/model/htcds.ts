import type { Consent } from './consent.js';
import { consentCovers } from './consent-covers.js';
import type { ExploitationHistory } from './exploitation.js';
import {
  fromHtcdsName,
  HTCDS_EDUCATION,
  HTCDS_EXPLOITATION_TYPE,
  HTCDS_GENDER,
  HTCDS_METHOD_OF_CONTROL,
  HTCDS_RECRUITMENT_METHOD,
  HTCDS_RELATIONSHIP,
  HTCDS_SUPPORT_PLAN_TYPE,
  HTCDS_TRAFFICKING_STATUS,
} from './htcds-codes.js';
import type { LivelihoodPlan } from './livelihood-plan.js';
import type { Participant, ParticipantInput } from './participant.js';
import { LanguageCodeSchema } from './participant-enums.js';
import type { Referral } from './referral.js';

/** One HTCDS support plan (`spl_`) entry: one per goal of a livelihood plan. */
export interface HtcdsSupportPlan {
  readonly spl_Type: string;
  readonly spl_Objectives?: string;
  readonly spl_PlannedEndDate?: string;
  readonly spl_ActualEndDate?: string;
}

/** One HTCDS outgoing referral (`cas_`) entry. */
export interface HtcdsReferral {
  readonly cas_ReferringOrganisation: string;
  readonly cas_ReferredOrganisation: string;
  readonly cas_OutgoingReferralDate?: string;
  readonly cas_ReasonForOutgoingReferral: 'AdditionalServicesRequired';
}

/**
 * A participant in HTCDS v2.0 field names. Multiselect picklists are arrays. `nb_ParticipantId` is this
 * project's extension: the pseudonymous id, so that a re-import can be matched. Nothing identifying is
 * exported: the registry holds no name, birth date, identity number or contact details to begin with.
 */
export interface HtcdsRecord {
  readonly nb_ParticipantId: string;
  readonly prs_Gender: string;
  readonly prs_HighestLevelOfEducation?: string;
  readonly prs_PrimaryLanguage?: string;
  readonly prs_SecondaryLanguage?: string;
  readonly vic_TraffickingStatus?: string;
  readonly vic_TypeOfExploitation?: readonly string[];
  readonly vic_MethodsOfControl?: readonly string[];
  readonly vic_MethodOfRecruitment?: readonly string[];
  readonly vic_RelationshipToTrafficker?: string;
  readonly vic_AgeWhenTrafficked?: number;
  readonly con_Consent?: boolean;
  readonly referrals?: readonly HtcdsReferral[];
  readonly supportPlans?: readonly HtcdsSupportPlan[];
}

/** The case history {@link toHtcds} may add to a participant. */
export interface HtcdsHistory {
  /**
   * The participant's consents: `con_Consent` is whether a services consent of this participant covers `at`
   * (consents of anyone else are ignored).
   */
  readonly consents?: readonly Consent[];
  /** Referrals; drafts are left out. */
  readonly referrals?: readonly Referral[];
  /** Livelihood plans: one `spl_` entry per goal. */
  readonly plans?: readonly LivelihoodPlan[];
  /** The moment of the export, for consent; defaults to now. */
  readonly at?: string | Date;
  /**
   * Whether to include goal descriptions (free text) as `spl_Objectives`.
   * @default false
   */
  readonly includeFreeText?: boolean;
}

/**
 * Exports a participant and their case history in HTCDS v2.0 field names, for exchange with case-management
 * systems that use the standard. Pure. Free text is left out unless asked for; identity fields do not exist
 * in the registry, so none are exported. The birth year is not exported: HTCDS has only a full birth date.
 *
 * @example
 * ```ts
 * const record = toHtcds(participant, { consents, referrals, plans, at: '2026-06-01T00:00:00Z' });
 * record.vic_TraffickingStatus; // 'ActualVictimOfTrafficking'
 * ```
 */
export function toHtcds(participant: Participant, history: HtcdsHistory = {}): HtcdsRecord {
  const h: ExploitationHistory | undefined = participant.exploitationHistory;
  const education = participant.educationLevel ? HTCDS_EDUCATION[participant.educationLevel] : undefined;
  const record: Record<string, unknown> = {
    nb_ParticipantId: participant.id,
    prs_Gender: HTCDS_GENDER[participant.gender],
    prs_HighestLevelOfEducation: education,
    prs_PrimaryLanguage: participant.languages[0],
    prs_SecondaryLanguage: participant.languages[1],
    vic_TraffickingStatus:
      participant.traffickingStatus && HTCDS_TRAFFICKING_STATUS[participant.traffickingStatus],
    vic_TypeOfExploitation: h?.types.map((v) => HTCDS_EXPLOITATION_TYPE[v]),
    vic_MethodsOfControl: h?.methodsOfControl.map((v) => HTCDS_METHOD_OF_CONTROL[v]),
    vic_MethodOfRecruitment: h?.recruitmentMethods.map((v) => HTCDS_RECRUITMENT_METHOD[v]),
    vic_RelationshipToTrafficker:
      h?.relationshipToTrafficker && HTCDS_RELATIONSHIP[h.relationshipToTrafficker],
    vic_AgeWhenTrafficked: h?.ageWhenTrafficked,
  };
  if (history.consents) {
    const at = history.at ?? new Date();
    record.con_Consent = consentCovers({
      participantId: participant.id,
      consents: history.consents,
      purpose: 'services',
      at,
    }).covered;
  }
  if (history.referrals) {
    record.referrals = history.referrals
      .filter((r) => r.participantId === participant.id && r.status !== 'draft')
      .map((r) => ({
        cas_ReferringOrganisation: r.fromOrganizationId,
        cas_ReferredOrganisation: r.toOrganizationId,
        cas_OutgoingReferralDate: r.sentAt?.slice(0, 10),
        cas_ReasonForOutgoingReferral: 'AdditionalServicesRequired',
      }));
  }
  if (history.plans) {
    record.supportPlans = history.plans
      .filter((p) => p.participantId === participant.id)
      .flatMap((p) =>
        p.goals.map((g) => ({
          spl_Type: HTCDS_SUPPORT_PLAN_TYPE[g.area],
          spl_Objectives: history.includeFreeText ? g.description : undefined,
          spl_PlannedEndDate: g.targetDate ?? p.plannedEndDate,
          spl_ActualEndDate: p.actualEndDate,
        })),
      );
  }
  return withoutUndefined(record) as unknown as HtcdsRecord;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = withoutUndefined(v);
  return out;
}

/**
 * The HTCDS fields {@link fromHtcds} drops because they identify or locate a person: names, birth date (its
 * year is kept), identity number, phones, email, mailing address and position.
 *
 * @example
 * ```ts
 * HTCDS_IDENTIFYING_FIELDS.includes('prs_MobilePhone'); // true
 * ```
 */
export const HTCDS_IDENTIFYING_FIELDS: readonly string[] = Object.freeze([
  'prs_Salutation',
  'prs_FirstName',
  'prs_MiddleName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_IdentityNumber',
  'prs_Title',
  'prs_Email',
  'prs_HomePhone',
  'prs_MobilePhone',
  'prs_MailingCity',
  'prs_MailingCountry',
  'prs_MailingState',
  'prs_MailingStreet',
  'prs_MailingPostalCode',
  'prs_MailingLongitude',
  'prs_MailingLatitude',
]);

/** What {@link fromHtcds} returns. Field names only: never a dropped value. */
export interface HtcdsImport {
  /** The participant fields that could be mapped; complete and validate with `ParticipantInputSchema`. */
  readonly participant: Partial<ParticipantInput>;
  /** Identifying fields that were present and dropped (the birth date's year is kept as `birthYear`). */
  readonly dropped: readonly string[];
  /** Present fields this import does not map (kept out, not an error). */
  readonly ignored: readonly string[];
  /** Mapped fields whose value was not a known HTCDS value (left out). */
  readonly invalid: readonly string[];
}

// Salesforce exports multiselect picklists as `A;B`; JSON exports as arrays.
function multi(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string')
    return value
      .split(';')
      .map((v) => v.trim())
      .filter(Boolean);
  return undefined;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** Options of {@link fromHtcds}. */
export interface FromHtcdsOptions {
  /** The moment of the import: a birth year after its year is rejected. Defaults to now. */
  readonly now?: Date;
}

/**
 * Imports a participant from an HTCDS v2.0 record, dropping everything that identifies a person (see
 * {@link HTCDS_IDENTIFYING_FIELDS}) and reporting the names of the fields dropped, ignored or invalid,
 * never their values. From `prs_Birthdate` only the year is kept, and only when it is from 1900 to the year of
 * `options.now`: another year is reported in `invalid` (and dropped) here rather than failing validation
 * later. Pure but for the default of `options.now`.
 *
 * @example
 * ```ts
 * const { participant, dropped } = fromHtcds({ prs_FirstName: 'Example', prs_Birthdate: '2001-05-04', prs_Gender: 'Feminine' });
 * // participant: { birthYear: 2001, gender: 'feminine' }, dropped: ['prs_FirstName', 'prs_Birthdate']
 * ```
 */
export function fromHtcds(
  record: Readonly<Record<string, unknown>>,
  options: FromHtcdsOptions = {},
): HtcdsImport {
  // The same bound as `participantRuleIssues` (`birth_year_future`): the UTC year of the moment.
  const latestBirthYear = (options.now ?? new Date()).getUTCFullYear();
  const out: Record<string, unknown> = {};
  const history: Record<string, unknown> = {};
  const dropped: string[] = [];
  const ignored: string[] = [];
  const invalid: string[] = [];
  const one = <K extends string>(field: string, table: Readonly<Partial<Record<K, string>>>) => {
    const value = fromHtcdsName(table, record[field]);
    if (value === undefined) invalid.push(field);
    return value;
  };
  const many = <K extends string>(field: string, table: Readonly<Record<K, string>>) => {
    const names = multi(record[field]) ?? [];
    const values = names.map((n) => fromHtcdsName(table, n));
    if (values.some((v) => v === undefined) || multi(record[field]) === undefined) invalid.push(field);
    return [...new Set(values.filter((v): v is K => v !== undefined))];
  };
  const languages: string[] = [];

  for (const field of Object.keys(record)) {
    const value = record[field];
    if (!present(value)) continue;
    if (HTCDS_IDENTIFYING_FIELDS.includes(field)) {
      dropped.push(field);
      if (field === 'prs_Birthdate') {
        const year = typeof value === 'string' ? /^(\d{4})-\d{2}-\d{2}/.exec(value)?.[1] : undefined;
        if (year && Number(year) >= 1900 && Number(year) <= latestBirthYear) out.birthYear = Number(year);
        else invalid.push(field);
      }
      continue;
    }
    switch (field) {
      case 'prs_Gender':
        out.gender = one(field, HTCDS_GENDER);
        break;
      case 'prs_HighestLevelOfEducation':
        out.educationLevel = one(field, HTCDS_EDUCATION);
        break;
      case 'prs_PrimaryLanguage':
      case 'prs_SecondaryLanguage': {
        const code = typeof value === 'string' ? value.trim().toLowerCase() : '';
        if (LanguageCodeSchema.safeParse(code).success) {
          if (field === 'prs_PrimaryLanguage') languages.unshift(code);
          else languages.push(code);
        } else invalid.push(field);
        break;
      }
      case 'vic_TraffickingStatus': {
        const status = one(field, HTCDS_TRAFFICKING_STATUS);
        if (status) {
          out.traffickingStatus = status;
          out.category = status === 'not_a_victim' ? 'at_risk' : 'survivor';
        }
        break;
      }
      case 'vic_TypeOfExploitation':
        history.types = many(field, HTCDS_EXPLOITATION_TYPE);
        break;
      case 'vic_MethodsOfControl':
        history.methodsOfControl = many(field, HTCDS_METHOD_OF_CONTROL);
        break;
      case 'vic_MethodOfRecruitment':
        history.recruitmentMethods = many(field, HTCDS_RECRUITMENT_METHOD);
        break;
      case 'vic_RelationshipToTrafficker':
        history.relationshipToTrafficker = one(field, HTCDS_RELATIONSHIP);
        break;
      case 'vic_AgeWhenTrafficked':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 120)
          history.ageWhenTrafficked = value;
        else invalid.push(field);
        break;
      default:
        ignored.push(field);
    }
  }
  if (languages.length > 0) out.languages = [...new Set(languages)];
  const types = history.types as string[] | undefined;
  if (types && types.length > 0) {
    out.exploitationHistory = withoutUndefined({
      methodsOfControl: [],
      recruitmentMethods: [],
      ...history,
    });
  } else if (Object.keys(history).length > 0) {
    // An exploitation history needs at least one type; without it the other vic_ fields cannot be kept.
    for (const f of [
      'vic_MethodsOfControl',
      'vic_MethodOfRecruitment',
      'vic_RelationshipToTrafficker',
      'vic_AgeWhenTrafficked',
    ])
      if (present(record[f]) && !invalid.includes(f)) ignored.push(f);
  }
  return {
    participant: withoutUndefined(out) as Partial<ParticipantInput>,
    dropped,
    ignored,
    invalid,
  };
}
