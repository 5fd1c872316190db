import { provinceOfDistrict } from '../geography/index.js';
import { defineMessages } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import type { JobOffer } from './job-offer.js';
import type { EmploymentTypeValue } from './job-offer-enums.js';

/** The employer as the posting names it. Only what the employer itself publishes. */
export interface JobPostingOrganization {
  /** The employer's public name. */
  readonly name: string;
  /** The employer's website, emitted as `sameAs`. */
  readonly url?: string;
  /** An absolute URL of the employer's logo. */
  readonly logo?: string;
}

/** Options of {@link toJobPostingJsonLd}. */
export interface JobPostingOptions {
  /** The hiring organisation. */
  readonly organization: JobPostingOrganization;
  /**
   * The ISO date the offer was posted.
   * @default the offer's `postedOn`, else the date of `createdAt`
   */
  readonly datePosted?: string;
  /** The canonical URL of the page that shows the offer. */
  readonly url?: string;
  /**
   * The language of the generated `jobBenefits` text. Title and description are the employer's own.
   * @default 'en'
   */
  readonly locale?: Locale;
}

/**
 * A schema.org `JobPosting` as JSON-LD: every required property and every recommended one the offer
 * can fill (sources: docs/reference-data.md).
 */
export interface JobPostingJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'JobPosting';
  readonly title: string;
  /** The employer's description as HTML: escaped text in paragraphs, so markup in it stays inert. */
  readonly description: string;
  readonly datePosted: string;
  /** End of the `validThrough` day in Nepal time (+05:45). Absent when the offer never expires. */
  readonly validThrough?: string;
  readonly employmentType: EmploymentTypeValue;
  readonly hiringOrganization: {
    readonly '@type': 'Organization';
    readonly name: string;
    readonly sameAs?: string;
    readonly logo?: string;
  };
  readonly jobLocation: {
    readonly '@type': 'Place';
    readonly address: {
      readonly '@type': 'PostalAddress';
      readonly addressLocality: string;
      /** The province's English name, e.g. `Bagmati`. */
      readonly addressRegion: string;
      readonly addressCountry: 'NP';
    };
  };
  readonly baseSalary: {
    readonly '@type': 'MonetaryAmount';
    readonly currency: 'NPR';
    readonly value: {
      readonly '@type': 'QuantitativeValue';
      readonly minValue: number;
      readonly maxValue: number;
      readonly unitText: 'MONTH';
    };
  };
  readonly identifier: { readonly '@type': 'PropertyValue'; readonly name: string; readonly value: string };
  /** Always `false`: candidates are introduced by partner NGOs, never through the public page. */
  readonly directApply: false;
  readonly totalJobOpenings: number;
  readonly skills?: string;
  readonly jobBenefits?: string;
  readonly url?: string;
}

const benefits = defineMessages('job-offer.benefit', {
  training: { en: 'Training provided', ne: 'तालिम प्रदान गरिन्छ' },
  accommodation: { en: 'Accommodation provided', ne: 'बसोबासको व्यवस्था गरिन्छ' },
  transport: { en: 'Transport provided', ne: 'यातायातको व्यवस्था गरिन्छ' },
});

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text to inert HTML: escaped, blank-line separated paragraphs in `<p>`, line breaks as `<br>`. */
function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${p.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Builds the schema.org `JobPosting` JSON-LD of a job offer, with the address (district's province as
 * `addressRegion`, country `NP`), `employmentType`, `validThrough` and a monthly `baseSalary` in NPR:
 * the properties a widely used job-board embed leaves out. It is built only from the offer's public
 * fields and the employer's own details, so it never mentions participants or the programme.
 *
 * @example
 * ```ts
 * const jsonLd = toJobPostingJsonLd(offer, {
 *   organization: { name: 'Example Hotels Pvt. Ltd.', url: 'https://hotel.example' },
 *   url: 'https://hotel.example/careers/job_0123456789',
 * });
 * script.textContent = jobPostingScriptText(jsonLd);
 * ```
 */
export function toJobPostingJsonLd(offer: JobOffer, options: JobPostingOptions): JobPostingJsonLd {
  const locale = options.locale ?? 'en';
  const { organization } = options;
  const perks = [
    offer.trainingProvided && benefits.format('training', locale),
    offer.accommodationProvided && benefits.format('accommodation', locale),
    offer.transportProvided && benefits.format('transport', locale),
  ].filter((b): b is string => typeof b === 'string');
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: offer.title,
    description: textToHtml(offer.description),
    datePosted: options.datePosted ?? offer.postedOn ?? offer.createdAt.slice(0, 10),
    ...(offer.validThrough ? { validThrough: `${offer.validThrough}T23:59:59+05:45` } : {}),
    employmentType: offer.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: organization.name,
      ...(organization.url ? { sameAs: organization.url } : {}),
      ...(organization.logo ? { logo: organization.logo } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: offer.locality ?? offer.district,
        addressRegion: provinceOfDistrict(offer.district).name.en,
        addressCountry: 'NP',
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'NPR',
      value: {
        '@type': 'QuantitativeValue',
        minValue: offer.wage.minMonthlyNpr,
        maxValue: offer.wage.maxMonthlyNpr,
        unitText: 'MONTH',
      },
    },
    identifier: { '@type': 'PropertyValue', name: organization.name, value: offer.id },
    directApply: false,
    totalJobOpenings: offer.openings,
    ...(offer.skills.length > 0 ? { skills: offer.skills.join(', ') } : {}),
    ...(perks.length > 0 ? { jobBenefits: perks.join('; ') } : {}),
    ...(options.url ? { url: options.url } : {}),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element, escaping `<`, `>`, `&` and the
 * line separators U+2028/U+2029 so that no text in an offer can close the script element.
 *
 * @example
 * ```ts
 * jobPostingScriptText({ title: '</script>' }); // '{"title":"\\u003c/script\\u003e"}'
 * ```
 */
export function jobPostingScriptText(jsonLd: unknown): string {
  return JSON.stringify(jsonLd).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
