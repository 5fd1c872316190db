import * as z from 'zod/mini';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';

/**
 * Why a person is in the programme: a survivor of trafficking, or a person at risk of it.
 *
 * @example
 * ```ts
 * ParticipantCategory.label('at_risk', 'ne'); // 'जोखिममा रहेको'
 * ```
 */
export const ParticipantCategory = defineEnum('participant.category', {
  survivor: { en: 'Survivor of trafficking', ne: 'मानव बेचबिखनबाट प्रभावित' },
  at_risk: { en: 'At risk of trafficking', ne: 'जोखिममा रहेको' },
});
/** One of the {@link ParticipantCategory} values. */
export type ParticipantCategoryValue = EnumValue<typeof ParticipantCategory>;

/**
 * The HTCDS v2.0 trafficking status (`vic_TraffickingStatus`). A survivor is an actual or possible victim.
 *
 * @example
 * ```ts
 * TraffickingStatus.schema.parse('possible_victim');
 * ```
 */
export const TraffickingStatus = defineEnum('participant.trafficking_status', {
  actual_victim: { en: 'Actual victim of trafficking', ne: 'मानव बेचबिखनको पुष्टि भएको पीडित' },
  possible_victim: { en: 'Possible victim of trafficking', ne: 'मानव बेचबिखनको सम्भावित पीडित' },
  not_a_victim: { en: 'Not a victim of trafficking', ne: 'मानव बेचबिखनको पीडित होइन' },
});
/** One of the {@link TraffickingStatus} values. */
export type TraffickingStatusValue = EnumValue<typeof TraffickingStatus>;

/**
 * Gender as HTCDS v2.0 records it (`prs_Gender`).
 *
 * @example
 * ```ts
 * Gender.label('transgender_feminine', 'en'); // 'Transgender feminine'
 * ```
 */
export const Gender = defineEnum('participant.gender', {
  feminine: { en: 'Feminine', ne: 'महिला' },
  masculine: { en: 'Masculine', ne: 'पुरुष' },
  transgender_feminine: { en: 'Transgender feminine', ne: 'पारलैंगिक महिला' },
  transgender_masculine: { en: 'Transgender masculine', ne: 'पारलैंगिक पुरुष' },
  non_conforming: { en: 'Non-conforming', ne: 'लैंगिक रूपमा फरक पहिचान' },
  not_specified: { en: 'Not specified or unknown', ne: 'नखुलेको वा थाहा नभएको' },
});
/** One of the {@link Gender} values. */
export type GenderValue = EnumValue<typeof Gender>;

/**
 * Age bands, the ones the Counter Trafficking Data Collaborative publishes, for when the birth year is
 * not known or should not be recorded. A date of birth is never stored.
 *
 * @example
 * ```ts
 * AgeBand.label('18-20', 'ne'); // '१८–२० वर्ष'
 * ```
 */
export const AgeBand = defineEnum('participant.age_band', {
  '0-8': { en: '0–8 years', ne: '०–८ वर्ष' },
  '9-17': { en: '9–17 years', ne: '९–१७ वर्ष' },
  '18-20': { en: '18–20 years', ne: '१८–२० वर्ष' },
  '21-23': { en: '21–23 years', ne: '२१–२३ वर्ष' },
  '24-26': { en: '24–26 years', ne: '२४–२६ वर्ष' },
  '27-29': { en: '27–29 years', ne: '२७–२९ वर्ष' },
  '30-38': { en: '30–38 years', ne: '३०–३८ वर्ष' },
  '39-47': { en: '39–47 years', ne: '३९–४७ वर्ष' },
  '48+': { en: '48 years or older', ne: '४८ वर्ष वा माथि' },
});
/** One of the {@link AgeBand} values. */
export type AgeBandValue = EnumValue<typeof AgeBand>;

/**
 * Whether the participant holds a Nepali citizenship certificate (नागरिकता). Its number is never stored.
 *
 * @example
 * ```ts
 * CitizenshipStatus.label('in_process', 'en'); // 'Application in process'
 * ```
 */
export const CitizenshipStatus = defineEnum('participant.citizenship_status', {
  yes: { en: 'Has a citizenship certificate', ne: 'नागरिकता प्रमाणपत्र छ' },
  no: { en: 'No citizenship certificate', ne: 'नागरिकता प्रमाणपत्र छैन' },
  in_process: { en: 'Application in process', ne: 'निवेदन प्रक्रियामा छ' },
});
/** One of the {@link CitizenshipStatus} values. */
export type CitizenshipStatusValue = EnumValue<typeof CitizenshipStatus>;

/**
 * The highest level of education completed, by ISCED 2011 level (HTCDS `prs_HighestLevelOfEducation`),
 * with `none` for no formal schooling.
 *
 * @example
 * ```ts
 * EducationLevel.label('lower_secondary', 'en'); // 'Lower secondary (ISCED 2)'
 * ```
 */
export const EducationLevel = defineEnum('participant.education_level', {
  none: { en: 'No formal education', ne: 'औपचारिक शिक्षा नभएको' },
  early_childhood: { en: 'Early childhood (ISCED 0)', ne: 'प्रारम्भिक बाल शिक्षा (ISCED ०)' },
  primary: { en: 'Primary (ISCED 1)', ne: 'प्राथमिक शिक्षा (ISCED १)' },
  lower_secondary: { en: 'Lower secondary (ISCED 2)', ne: 'निम्न माध्यमिक शिक्षा (ISCED २)' },
  upper_secondary: { en: 'Upper secondary (ISCED 3)', ne: 'उच्च माध्यमिक शिक्षा (ISCED ३)' },
  post_secondary_non_tertiary: {
    en: 'Post-secondary non-tertiary (ISCED 4)',
    ne: 'माध्यमिकपछिको गैर-उच्च शिक्षा (ISCED ४)',
  },
  short_cycle_tertiary: { en: 'Short-cycle tertiary (ISCED 5)', ne: 'छोटो अवधिको उच्च शिक्षा (ISCED ५)' },
  bachelor: { en: "Bachelor's or equivalent (ISCED 6)", ne: 'स्नातक वा सो सरह (ISCED ६)' },
  master: { en: "Master's or equivalent (ISCED 7)", ne: 'स्नातकोत्तर वा सो सरह (ISCED ७)' },
  doctoral: { en: 'Doctoral or equivalent (ISCED 8)', ne: 'विद्यावारिधि वा सो सरह (ISCED ८)' },
});
/** One of the {@link EducationLevel} values. */
export type EducationLevelValue = EnumValue<typeof EducationLevel>;

/**
 * Where the participant lives now.
 *
 * @example
 * ```ts
 * ShelterStatus.label('in_shelter', 'ne'); // 'आश्रय गृहमा'
 * ```
 */
export const ShelterStatus = defineEnum('participant.shelter_status', {
  in_shelter: { en: 'In a shelter', ne: 'आश्रय गृहमा' },
  with_family: { en: 'With family', ne: 'परिवारसँग' },
  with_relatives_or_friends: { en: 'With relatives or friends', ne: 'आफन्त वा साथीसँग' },
  independent: { en: 'Living independently', ne: 'स्वतन्त्र रूपमा बसोबास' },
  no_stable_housing: { en: 'No stable housing', ne: 'स्थिर बासस्थान छैन' },
});
/** One of the {@link ShelterStatus} values. */
export type ShelterStatusValue = EnumValue<typeof ShelterStatus>;

/**
 * Labels for the languages most often spoken by participants, keyed by ISO 639 code. Participants' languages
 * are stored as ISO 639 codes ({@link LanguageCodeSchema}), so a language not listed here can still be recorded.
 *
 * @example
 * ```ts
 * Language.label('mai', 'ne'); // 'मैथिली'
 * ```
 */
export const Language = defineEnum('participant.language', {
  ne: { en: 'Nepali', ne: 'नेपाली' },
  mai: { en: 'Maithili', ne: 'मैथिली' },
  bho: { en: 'Bhojpuri', ne: 'भोजपुरी' },
  thl: { en: 'Tharu', ne: 'थारू' },
  taj: { en: 'Tamang', ne: 'तामाङ' },
  new: { en: 'Nepal Bhasa (Newari)', ne: 'नेपाल भाषा (नेवारी)' },
  vjk: { en: 'Bajjika', ne: 'बज्जिका' },
  mgp: { en: 'Magar', ne: 'मगर' },
  dty: { en: 'Doteli', ne: 'डोटेली' },
  ur: { en: 'Urdu', ne: 'उर्दू' },
  awa: { en: 'Awadhi', ne: 'अवधी' },
  lif: { en: 'Limbu', ne: 'लिम्बू' },
  gvr: { en: 'Gurung', ne: 'गुरुङ' },
  bap: { en: 'Bantawa (Rai)', ne: 'बान्तवा (राई)' },
  xsr: { en: 'Sherpa', ne: 'शेर्पा' },
  hi: { en: 'Hindi', ne: 'हिन्दी' },
  en: { en: 'English', ne: 'अङ्ग्रेजी' },
});
/** One of the labelled {@link Language} codes. */
export type LanguageValue = EnumValue<typeof Language>;

/**
 * An ISO 639-1 or 639-2/3 language code in lower case, e.g. `ne`, `mai`.
 *
 * @example
 * ```ts
 * LanguageCodeSchema.safeParse('mai').success; // true
 * LanguageCodeSchema.safeParse('Nepali').success; // false
 * ```
 */
export const LanguageCodeSchema = z.string().check(z.regex(/^[a-z]{2,3}$/, 'ISO 639'));
