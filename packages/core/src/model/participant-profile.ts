import * as z from 'zod/mini';
import { DistrictSchema } from '../geography/index.js';
import { defineMessages } from '../i18n/catalog.js';
import { duplicateIssues } from './common-rules.js';
import { type DomainIssue, domainChecks } from './domain-checks.js';
import {
  AgeBand,
  CitizenshipStatus,
  EducationLevel,
  Gender,
  LanguageCodeSchema,
  ParticipantCategory,
  ShelterStatus,
  TraffickingStatus,
} from './participant-enums.js';
import { FreeTextSchema } from './primitives.js';

/**
 * Messages of the participant rules.
 *
 * @example
 * ```ts
 * participantRuleMessages.format('age_required', 'en'); // 'Give a birth year or an age band'
 * ```
 */
export const participantRuleMessages = defineMessages('participant.rules', {
  age_required: { en: 'Give a birth year or an age band', ne: 'जन्म वर्ष वा उमेर समूह दिनुहोस्' },
  age_exclusive: {
    en: 'Give a birth year or an age band, not both',
    ne: 'जन्म वर्ष वा उमेर समूहमध्ये एउटा मात्र दिनुहोस्',
  },
  birth_year_future: { en: 'The birth year is in the future', ne: 'जन्म वर्ष भविष्यमा पर्यो' },
  trafficking_status_required: {
    en: 'A survivor needs the trafficking status actual or possible victim',
    ne: 'प्रभावितका लागि बेचबिखनको स्थिति पुष्टि भएको वा सम्भावित पीडित हुनुपर्छ',
  },
  trafficking_status_mismatch: {
    en: 'A person at risk cannot be an actual victim: record them as a survivor',
    ne: 'जोखिममा रहेको व्यक्ति पुष्टि भएको पीडित हुन सक्दैन: प्रभावितका रूपमा दर्ता गर्नुहोस्',
  },
  issuing_district_unexpected: {
    en: 'An issuing district is only recorded when a certificate exists or is being applied for',
    ne: 'प्रमाणपत्र भए वा निवेदन प्रक्रियामा भए मात्र जारी गर्ने जिल्ला राखिन्छ',
  },
});

/**
 * Whether the participant has a citizenship certificate and which district issued it (or is processing it).
 * The certificate number is deliberately not part of the model: it identifies a person.
 *
 * @example
 * ```ts
 * CitizenshipCertificateSchema.parse({ status: 'yes', issuingDistrict: 'Sindhupalchok' });
 * ```
 */
export const CitizenshipCertificateSchema = z.strictObject({
  /** Whether there is a certificate. */
  status: CitizenshipStatus.schema,
  /** The district that issued it, or where the application is in process. */
  issuingDistrict: z.optional(DistrictSchema),
});

/** A participant's citizenship certificate status. */
export type CitizenshipCertificate = z.infer<typeof CitizenshipCertificateSchema>;

/** @internal The fields of a participant's profile, shared with `participant.ts`. */
export const participantProfileShape = {
  /** Survivor or at risk. */
  category: ParticipantCategory.schema,
  /** The HTCDS trafficking status; required for survivors (actual or possible). */
  traffickingStatus: z.optional(TraffickingStatus.schema),
  /** Gender, in HTCDS terms. */
  gender: Gender.schema,
  /** The year of birth (AD), when known; never a date of birth. Exclusive with `ageBand`. */
  birthYear: z.optional(z.number().check(z.int(), z.minimum(1900), z.maximum(2100))),
  /** An age band, when the birth year is unknown or not to be recorded. Exclusive with `birthYear`. */
  ageBand: z.optional(AgeBand.schema),
  /** The district the participant comes from. */
  originDistrict: DistrictSchema,
  /** The district the participant lives in now. */
  currentDistrict: DistrictSchema,
  /** Citizenship certificate status; never its number. */
  citizenshipCertificate: CitizenshipCertificateSchema,
  /** The highest education level completed. */
  educationLevel: z.optional(EducationLevel.schema),
  /** The languages the participant speaks, as ISO 639 codes, the preferred one first. */
  languages: z.array(LanguageCodeSchema).check(z.minLength(1), z.maxLength(10)),
  /** How many people depend on the participant. */
  dependants: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(30))),
  /** Where the participant lives now. */
  shelterStatus: z.optional(ShelterStatus.schema),
  /** Counsellor's notes. Free text: never put names, phone numbers or addresses here. */
  notes: z.optional(FreeTextSchema),
};

type ParticipantRuleInput = z.infer<z.ZodMiniObject<typeof participantProfileShape>>;

/**
 * The cross-field rules of a participant, as field issues: exactly one of birth year and age band, a birth
 * year not in the future (at `now`), a trafficking status that fits the category, an issuing district only
 * with a certificate, no language twice.
 *
 * @param now - the instant "now" is, for the birth-year rule
 * @example
 * ```ts
 * participantRuleIssues({ ...input, birthYear: 1999, ageBand: '24-26' }); // [{ code: 'age_exclusive', ... }]
 * ```
 */
export function participantRuleIssues(p: ParticipantRuleInput, now: Date = new Date()): DomainIssue[] {
  const m = participantRuleMessages;
  const out: DomainIssue[] = [];
  const issue = (path: string[], code: keyof typeof m.entries) =>
    out.push({ path, code, message: m.localized(code) });
  if (p.birthYear === undefined && p.ageBand === undefined) issue(['ageBand'], 'age_required');
  if (p.birthYear !== undefined && p.ageBand !== undefined) issue(['ageBand'], 'age_exclusive');
  if (p.birthYear !== undefined && p.birthYear > now.getUTCFullYear())
    issue(['birthYear'], 'birth_year_future');
  if (
    p.category === 'survivor' &&
    p.traffickingStatus !== 'actual_victim' &&
    p.traffickingStatus !== 'possible_victim'
  )
    issue(['traffickingStatus'], 'trafficking_status_required');
  if (p.category === 'at_risk' && p.traffickingStatus === 'actual_victim')
    issue(['traffickingStatus'], 'trafficking_status_mismatch');
  if (p.citizenshipCertificate.status === 'no' && p.citizenshipCertificate.issuingDistrict !== undefined)
    issue(['citizenshipCertificate', 'issuingDistrict'], 'issuing_district_unexpected');
  out.push(...duplicateIssues(p.languages, ['languages']));
  return out;
}

/** @internal The participant rules as a zod check, shared with `participant.ts`. */
export const participantRules = domainChecks<ParticipantRuleInput>((p) => participantRuleIssues(p));

/**
 * A participant's profile as an intake form registers it: {@link ParticipantInputSchema} without the
 * exploitation history (which the intake does not ask for), with the same fields, checks and rules. A
 * body it accepts is accepted by {@link ParticipantInputSchema}; it lives in a module of its own so that a
 * form validating with it does not bundle the exploitation schema and its enumerations.
 *
 * @example
 * ```ts
 * validate(ParticipantProfileInputSchema, {
 *   category: 'at_risk', gender: 'feminine', ageBand: '18-20', originDistrict: 'Sindhupalchok',
 *   currentDistrict: 'Kathmandu', citizenshipCertificate: { status: 'in_process' }, languages: ['ne'],
 * });
 * ```
 */
export const ParticipantProfileInputSchema = z.strictObject(participantProfileShape).check(participantRules);

/** The body of a participant without exploitation history (see {@link ParticipantProfileInputSchema}). */
export type ParticipantProfileInput = z.infer<typeof ParticipantProfileInputSchema>;
