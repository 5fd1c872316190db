import { defineEnum, type EnumValue } from '../i18n/enumeration.js';

/**
 * The kinds of service partners offer and refer to: one shared list for organisations' services, referrals,
 * service deliveries, support requests and the services suggested from a needs assessment.
 *
 * @example
 * ```ts
 * ServiceType.schema.parse('legal_aid');
 * ServiceType.label('citizenship_documentation', 'ne'); // 'नागरिकता तथा कागजात सहयोग'
 * ```
 */
export const ServiceType = defineEnum('service.type', {
  counselling: { en: 'Counselling and psychosocial support', ne: 'परामर्श तथा मनोसामाजिक सहयोग' },
  legal_aid: { en: 'Legal aid', ne: 'कानुनी सहायता' },
  citizenship_documentation: { en: 'Citizenship and documentation support', ne: 'नागरिकता तथा कागजात सहयोग' },
  health: { en: 'Health care', ne: 'स्वास्थ्य उपचार' },
  shelter: { en: 'Shelter', ne: 'आश्रय' },
  vocational_training: { en: 'Vocational training', ne: 'व्यावसायिक तालिम' },
  job_placement: { en: 'Job placement', ne: 'रोजगारी नियुक्ति' },
  enterprise_support: { en: 'Enterprise support', ne: 'उद्यम सहयोग' },
  financial_literacy: { en: 'Financial literacy', ne: 'वित्तीय साक्षरता' },
  family_reintegration: { en: 'Family reintegration', ne: 'पारिवारिक पुनर्मिलन' },
  education: { en: 'Education', ne: 'शिक्षा' },
  other: { en: 'Other service', ne: 'अन्य सेवा' },
});

/** One of the {@link ServiceType} values, e.g. `legal_aid`. */
export type ServiceTypeValue = EnumValue<typeof ServiceType>;

/**
 * The zod/mini schema of a {@link ServiceTypeValue}.
 *
 * @example
 * ```ts
 * ServiceTypeSchema.parse('legal_aid'); // 'legal_aid'
 * ServiceTypeSchema.safeParse('lawyer').success; // false
 * ```
 */
export const ServiceTypeSchema = ServiceType.schema;
