import { defineMessages } from '../i18n/catalog.js';
import { defineEnum, type EnumValue } from '../i18n/enumeration.js';

// The job offer's enumerations apart from its schemas (`job-offer.ts`), and their labels apart from the
// enumerations: a module that only lists or labels the values, such as the job board, then leaves the
// schemas and zod out of its bundle (an enumeration's schema getter keeps zod's enum in any bundle that
// reaches the enumeration).

/**
 * The labels of {@link EmploymentType}: the same catalog as `EmploymentType.labels`, for code that only
 * lists or labels the values and should not bundle zod.
 *
 * @example
 * ```ts
 * employmentTypeLabels.format('PER_DIEM', 'en'); // 'Paid by the day'
 * Object.keys(employmentTypeLabels.entries); // ['FULL_TIME', 'PART_TIME', …]
 * ```
 */
export const employmentTypeLabels = defineMessages('job-offer.employment-type', {
  FULL_TIME: { en: 'Full time', ne: 'पूर्णकालीन' },
  PART_TIME: { en: 'Part time', ne: 'आंशिक समय' },
  CONTRACTOR: { en: 'Contractor', ne: 'ठेकेदार' },
  TEMPORARY: { en: 'Temporary', ne: 'अस्थायी' },
  INTERN: { en: 'Internship', ne: 'इन्टर्नसिप' },
  VOLUNTEER: { en: 'Volunteer', ne: 'स्वयंसेवक' },
  PER_DIEM: { en: 'Paid by the day', ne: 'दैनिक ज्यालादारी' },
  OTHER: { en: 'Other', ne: 'अन्य' },
});
/**
 * The kind of employment, with schema.org `JobPosting.employmentType` values so that JSON-LD needs no
 * mapping.
 *
 * @example
 * ```ts
 * EmploymentType.label('FULL_TIME', 'ne'); // 'पूर्णकालीन'
 * ```
 */
export const EmploymentType = /* @__PURE__ */ defineEnum(employmentTypeLabels);
/** One of the {@link EmploymentType} values. */
export type EmploymentTypeValue = EnumValue<typeof EmploymentType>;

/**
 * The status of a job offer. Only `open` offers are public. Moves between statuses are governed by
 * `transitionJobOffer`.
 *
 * @example
 * ```ts
 * JobOfferStatus.label('filled', 'en'); // 'Filled'
 * ```
 */
export const JobOfferStatus = /* @__PURE__ */ defineEnum('job-offer.status', {
  draft: { en: 'Draft', ne: 'मस्यौदा' },
  open: { en: 'Open', ne: 'खुला' },
  paused: { en: 'Paused', ne: 'रोकिएको' },
  filled: { en: 'Filled', ne: 'पदपूर्ति भएको' },
  closed: { en: 'Closed', ne: 'बन्द' },
});
/** One of the {@link JobOfferStatus} values. */
export type JobOfferStatusValue = EnumValue<typeof JobOfferStatus>;
