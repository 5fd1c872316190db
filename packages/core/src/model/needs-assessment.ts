import * as z from 'zod/mini';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';
import { duplicateIssues } from './common-rules.js';
import { domainChecks } from './domain-checks.js';
import { idSchema } from './ids.js';
import { FreeTextSchema, IsoDateSchema, IsoDateTimeSchema } from './primitives.js';
import type { FieldSensitivity } from './sensitivity.js';

/**
 * The areas of life a needs assessment looks at, following the intent of counselling guidelines: identify
 * needs and potentials in each.
 *
 * @example
 * ```ts
 * AssessmentDomain.label('legal_and_documentation', 'ne'); // 'कानुनी तथा कागजात'
 * ```
 */
export const AssessmentDomain = defineEnum('needs_assessment.domain', {
  safety: { en: 'Safety', ne: 'सुरक्षा' },
  physical_health: { en: 'Physical health', ne: 'शारीरिक स्वास्थ्य' },
  psychosocial_wellbeing: { en: 'Psychosocial wellbeing', ne: 'मनोसामाजिक अवस्था' },
  family_and_social_relations: { en: 'Family and social relations', ne: 'पारिवारिक तथा सामाजिक सम्बन्ध' },
  legal_and_documentation: { en: 'Legal and documentation', ne: 'कानुनी तथा कागजात' },
  education_and_skills: { en: 'Education and skills', ne: 'शिक्षा तथा सीप' },
  livelihood_and_income: { en: 'Livelihood and income', ne: 'जीविकोपार्जन तथा आय' },
  housing: { en: 'Housing', ne: 'बासस्थान' },
});
/** One of the {@link AssessmentDomain} values. */
export type AssessmentDomainValue = EnumValue<typeof AssessmentDomain>;

/**
 * How much support a domain needs, from none to urgent.
 *
 * @example
 * ```ts
 * NeedLevel.label('urgent', 'en'); // 'Urgent'
 * ```
 */
export const NeedLevel = defineEnum('needs_assessment.need_level', {
  none: { en: 'No need', ne: 'आवश्यकता छैन' },
  low: { en: 'Low', ne: 'न्यून' },
  moderate: { en: 'Moderate', ne: 'मध्यम' },
  high: { en: 'High', ne: 'उच्च' },
  urgent: { en: 'Urgent', ne: 'अत्यावश्यक' },
});
/** One of the {@link NeedLevel} values. */
export type NeedLevelValue = EnumValue<typeof NeedLevel>;

/**
 * The assessment of one domain: the need level, the person's strengths (potentials) and their goals.
 *
 * @example
 * ```ts
 * DomainAssessmentSchema.parse({ domain: 'housing', needLevel: 'high', strengths: 'Has a supportive aunt' });
 * ```
 */
export const DomainAssessmentSchema = z.strictObject({
  /** Which domain. */
  domain: AssessmentDomain.schema,
  /** How much support it needs. */
  needLevel: NeedLevel.schema,
  /** Strengths and potentials in this domain (free text). */
  strengths: z.optional(FreeTextSchema),
  /** What the participant wants to achieve in this domain (free text). */
  goals: z.optional(FreeTextSchema),
});
/** The assessment of one domain. */
export type DomainAssessment = z.infer<typeof DomainAssessmentSchema>;

const needsAssessmentInputShape = {
  /** Who was assessed. */
  participantId: idSchema('participant'),
  /** The day of the assessment. */
  assessedOn: IsoDateSchema,
  /** The counsellor who assessed. */
  assessedByUserId: z.optional(idSchema('user')),
  /** One entry per domain assessed (each domain at most once). */
  domains: z.array(DomainAssessmentSchema).check(z.minLength(1), z.maxLength(8)),
  /** Overall notes (free text). */
  notes: z.optional(FreeTextSchema),
};

const serverShape = {
  /** The assessment's id. */
  id: idSchema('needsAssessment'),
  /** The organisation that assessed. */
  organizationId: idSchema('organization'),
  /** When the registry stored it. */
  createdAt: IsoDateTimeSchema,
  /** When it last changed. */
  updatedAt: IsoDateTimeSchema,
};

const needsAssessmentRules = domainChecks<{ domains: readonly DomainAssessment[] }>((a) =>
  duplicateIssues(a.domains, ['domains'], (d) => (d as DomainAssessment).domain),
);

/**
 * What a client sends to record a needs assessment: {@link NeedsAssessmentSchema} without `id`,
 * `organizationId`, `createdAt`, `updatedAt`.
 *
 * @example
 * ```ts
 * validate(NeedsAssessmentInputSchema, {
 *   participantId: 'pt_0123456789', assessedOn: '2026-03-01',
 *   domains: [{ domain: 'livelihood_and_income', needLevel: 'high' }],
 * });
 * ```
 */
export const NeedsAssessmentInputSchema = z
  .strictObject(needsAssessmentInputShape)
  .check(needsAssessmentRules);

/**
 * A needs assessment as stored: needs and strengths domain by domain. {@link suggestServices} turns it
 * into suggested referrals.
 *
 * @example
 * ```ts
 * const a: NeedsAssessment = assertValid(NeedsAssessmentSchema, record);
 * suggestServices(a);
 * ```
 */
export const NeedsAssessmentSchema = z
  .strictObject({ ...serverShape, ...needsAssessmentInputShape })
  .check(needsAssessmentRules);

/** A stored needs assessment. */
export type NeedsAssessment = z.infer<typeof NeedsAssessmentSchema>;
/** The body that records a needs assessment. */
export type NeedsAssessmentInput = z.infer<typeof NeedsAssessmentInputSchema>;

/**
 * The sensitivity of every needs-assessment field.
 *
 * @example
 * ```ts
 * redact(assessment, needsAssessmentFieldSensitivity, 'internal');
 * ```
 */
export const needsAssessmentFieldSensitivity: FieldSensitivity<NeedsAssessment> = {
  id: 'internal',
  organizationId: 'internal',
  participantId: 'internal',
  assessedOn: 'internal',
  assessedByUserId: 'internal',
  // The per-domain entries hold strengths and goals in the participant's own words.
  domains: 'free_text',
  notes: 'free_text',
  createdAt: 'internal',
  updatedAt: 'internal',
};
