// Core's catalogs directly (not the elements' base, which would bring Lit into the messages entry).
import { defineMessages } from '@nayabato/core';

/**
 * The texts of `<nb-job-board>`, in English and Nepali.
 *
 * @example
 * ```ts
 * jobBoardMessages.format('title', 'ne'); // 'रोजगारीका अवसरहरू'
 * ```
 */
export const jobBoardMessages = defineMessages('job-widget.job-board', {
  title: { en: 'Job openings', ne: 'रोजगारीका अवसरहरू' },
  filters: { en: 'Find an opening', ne: 'अवसर खोज्नुहोस्' },
  search: { en: 'Search', ne: 'खोज्नुहोस्' },
  district: { en: 'District', ne: 'जिल्ला' },
  trade: { en: 'Trade', ne: 'पेसा' },
  employmentType: { en: 'Kind of work', ne: 'कामको प्रकार' },
  sort: { en: 'Sort by', ne: 'क्रमबद्ध गर्नुहोस्' },
  sortNewest: { en: 'Newest first', ne: 'नयाँ पहिले' },
  sortClosing: { en: 'Closing soonest', ne: 'चाँडै बन्द हुने पहिले' },
  sortWage: { en: 'Highest wage', ne: 'उच्च पारिश्रमिक पहिले' },
  any: { en: 'Any', ne: 'सबै' },
  apply: { en: 'Show openings', ne: 'अवसरहरू देखाउनुहोस्' },
  count: { en: '{count} openings shown', ne: '{count} अवसर देखाइएको' },
  none: { en: 'No opening matches these filters.', ne: 'यी छनोटसँग मिल्ने कुनै अवसर छैन।' },
  more: { en: 'More openings', ne: 'थप अवसरहरू' },
  moreFailed: {
    en: 'The next openings could not be loaded. Try again.',
    ne: 'थप अवसरहरू लोड गर्न सकिएन। फेरि प्रयास गर्नुहोस्।',
  },
  details: { en: 'Details of {title}', ne: '{title} को विवरण' },
  back: { en: 'All openings', ne: 'सबै अवसरहरू' },
  wage: { en: 'NPR {min}–{max} a month', ne: 'मासिक रु. {min}–{max}' },
  wageOne: { en: 'NPR {min} a month', ne: 'मासिक रु. {min}' },
  openings: { en: 'Openings: {count}', ne: 'पद संख्या: {count}' },
  closes: { en: 'Apply by {date}', ne: '{date} सम्म' },
  noClosing: { en: 'Open until filled', ne: 'पदपूर्ति नभएसम्म खुला' },
  posted: { en: 'Posted {date}', ne: '{date} मा प्रकाशित' },
  skills: { en: 'Skills', ne: 'सीपहरू' },
  benefits: { en: 'What the employer provides', ne: 'रोजगारदाताले दिने सुविधा' },
  training: { en: 'Training', ne: 'तालिम' },
  accommodation: { en: 'Accommodation', ne: 'बसोबास' },
  transport: { en: 'Transport', ne: 'यातायात' },
  belowMinimumWage: {
    en: 'The wage offered is below the legal minimum wage.',
    ne: 'प्रस्तावित पारिश्रमिक कानुनी न्यूनतम पारिश्रमिकभन्दा कम छ।',
  },
  notFound: {
    en: 'This opening is no longer open.',
    ne: 'यो अवसर अब खुला छैन।',
  },
  referralTitle: { en: 'How candidates are referred', ne: 'उम्मेदवार कसरी सिफारिस हुन्छन्' },
  referralText: {
    en: 'These openings are filled through partner organisations: they introduce candidates they support, with each candidate’s consent. There is no application form here and this page collects no personal information.',
    ne: 'यी अवसरहरू साझेदार संस्थामार्फत भरिन्छन्: उनीहरूले सहयोग गरिरहेका उम्मेदवारलाई, उम्मेदवारको सहमतिमा, परिचय गराउँछन्। यहाँ आवेदन फारम छैन र यो पृष्ठले कुनै व्यक्तिगत जानकारी सङ्कलन गर्दैन।',
  },
  partners: { en: 'Partner organisations', ne: 'साझेदार संस्थाहरू' },
  contact: { en: 'Questions about an opening: {contact}', ne: 'अवसरबारे प्रश्न: {contact}' },
  noOrganization: {
    en: 'This job board is not set up: it needs the organisation’s id.',
    ne: 'यो रोजगारी सूची मिलाइएको छैन: संस्थाको परिचय चाहिन्छ।',
  },
  readOnly: {
    en: 'This job board can only show offers. Offers are created by the company’s staff when signed in.',
    ne: 'यो रोजगारी सूचीले अवसर देखाउन मात्र सक्छ। अवसरहरू कम्पनीका कर्मचारीले साइन इन गरेर बनाउँछन्।',
  },
});
