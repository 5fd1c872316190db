import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistrictError } from '../geography/index.js';
import * as arb from './arbitraries.fixture.js';
import type { JobOffer } from './job-offer.js';
import { jobPostingScriptText, toJobPostingJsonLd } from './job-posting.js';
import { jobOffer } from './records.fixture.js';

const organization = {
  name: 'Example Hotels Pvt. Ltd.',
  url: 'https://hotel.example',
  logo: 'https://hotel.example/logo.png',
};
const REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'];
const RECOMMENDED = ['validThrough', 'employmentType', 'baseSalary', 'identifier', 'directApply'];

describe('toJobPostingJsonLd', () => {
  it('throws a typed DistrictError for a stored offer whose district is not canonical', () => {
    const stale = jobOffer({ district: 'Kavre' as JobOffer['district'] });
    expect(() => toJobPostingJsonLd(stale, { organization })).toThrow(DistrictError);
  });

  it('gives every required and recommended property of a complete offer', () => {
    const ld = toJobPostingJsonLd(jobOffer(), { organization, url: 'https://hotel.example/careers/1' });
    for (const key of [...REQUIRED, ...RECOMMENDED]) expect(ld).toHaveProperty(key);
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Kitchen assistant',
      description: '<p>Prepare vegetables and help the chefs.</p><p>Morning shift, six days a week.</p>',
      datePosted: '2026-01-10',
      validThrough: '2026-03-31T23:59:59+05:45',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Example Hotels Pvt. Ltd.',
        sameAs: 'https://hotel.example',
        logo: 'https://hotel.example/logo.png',
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Pokhara',
          addressRegion: 'Gandaki',
          addressCountry: 'NP',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'NPR',
        value: { '@type': 'QuantitativeValue', minValue: 20_000, maxValue: 24_000, unitText: 'MONTH' },
      },
      identifier: { '@type': 'PropertyValue', name: 'Example Hotels Pvt. Ltd.', value: 'job_0000000001' },
      directApply: false,
      totalJobOpenings: 3,
      skills: 'Food hygiene, Knife skills',
      jobBenefits: 'Training provided; Accommodation provided',
      url: 'https://hotel.example/careers/1',
    });
  });

  it('falls back to the district and the creation date, and takes an explicit datePosted', () => {
    const offer = jobOffer({
      locality: undefined,
      postedOn: undefined,
      validThrough: undefined,
      district: 'Rukum West',
    });
    const ld = toJobPostingJsonLd(offer, { organization: { name: 'Example Co.' } });
    expect(ld.jobLocation.address).toMatchObject({ addressLocality: 'Rukum West', addressRegion: 'Karnali' });
    expect(ld.datePosted).toBe('2026-01-05');
    expect(ld).not.toHaveProperty('validThrough');
    expect(ld.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Example Co.' });
    expect(toJobPostingJsonLd(offer, { organization, datePosted: '2026-02-02' }).datePosted).toBe(
      '2026-02-02',
    );
  });

  it('writes benefits in Nepali on request', () => {
    const ld = toJobPostingJsonLd(jobOffer(), { organization, locale: 'ne' });
    expect(ld.jobBenefits).toMatch(/[\u0900-\u097F]/);
  });

  it('keeps markup in the description inert', () => {
    const ld = toJobPostingJsonLd(jobOffer({ description: 'Good pay <script>alert(1)</script> & "meals"' }), {
      organization,
    });
    expect(ld.description).toBe(
      '<p>Good pay &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;meals&quot;</p>',
    );
    const text = jobPostingScriptText(
      toJobPostingJsonLd(jobOffer({ title: '</script><b>x' }), { organization }),
    );
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<');
    expect(JSON.parse(text).title).toBe('</script><b>x');
  });

  it('never mentions participants or the programme, for any offer', () => {
    fc.assert(
      fc.property(arb.jobOffer, (offer) => {
        const ld = toJobPostingJsonLd(offer as JobOffer, { organization: { name: 'Example Co.' } });
        const text = JSON.stringify(ld).toLowerCase();
        for (const word of ['participant', 'traffick', 'survivor', 'pt_', 'plc-'])
          expect(text).not.toContain(word);
        for (const key of [...REQUIRED, ...RECOMMENDED.filter((k) => k !== 'validThrough')])
          expect(ld).toHaveProperty(key);
        expect(ld.baseSalary.value.minValue).toBeLessThanOrEqual(ld.baseSalary.value.maxValue);
      }),
      { numRuns: 50 },
    );
  });
});
