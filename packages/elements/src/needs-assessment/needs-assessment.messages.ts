import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-needs-assessment>`, in English and Nepali (domain, level and service names come from
 * core's enumerations).
 *
 * @example
 * ```ts
 * needsAssessmentMessages.format('save', 'ne'); // 'सुरक्षित गर्नुहोस्'
 * ```
 */
export const needsAssessmentMessages = defineElementMessages('elements.needs-assessment', {
  title: { en: 'Needs assessment', ne: 'आवश्यकता मूल्याङ्कन' },
  assessedOn: { en: 'Date of the assessment', ne: 'मूल्याङ्कन मिति' },
  needLevel: { en: 'Level of need', ne: 'आवश्यकताको स्तर' },
  notAssessed: { en: 'Not assessed', ne: 'मूल्याङ्कन गरिएको छैन' },
  strengths: { en: 'Strengths', ne: 'क्षमता' },
  goals: { en: 'Goals', ne: 'लक्ष्य' },
  notes: { en: 'Notes', ne: 'टिप्पणी' },
  save: { en: 'Save the assessment', ne: 'मूल्याङ्कन सुरक्षित गर्नुहोस्' },
  saving: { en: 'Saving…', ne: 'सुरक्षित गर्दै…' },
  saved: { en: 'Assessment saved.', ne: 'मूल्याङ्कन सुरक्षित भयो।' },
  invalid: {
    en: 'Please correct the fields marked below.',
    ne: 'कृपया तल चिन्ह लगाइएका क्षेत्रहरू सच्याउनुहोस्।',
  },
  failed: {
    en: 'The registry could not save this. Please try again.',
    ne: 'रजिस्ट्रीले यो सुरक्षित गर्न सकेन। कृपया फेरि प्रयास गर्नुहोस्।',
  },
  suggestions: { en: 'Suggested services', ne: 'सुझाव गरिएका सेवाहरू' },
  noSuggestions: {
    en: 'No service is suggested: no domain has a need yet.',
    ne: 'कुनै सेवा सुझाव गरिएको छैन: कुनै क्षेत्रमा आवश्यकता छैन।',
  },
  organization: { en: 'Refer to', ne: 'प्रेषण गर्ने संस्था' },
  chooseOrganization: { en: 'Choose an organisation', ne: 'संस्था छान्नुहोस्' },
  noOrganization: {
    en: 'No organisation in the directory offers this service.',
    ne: 'निर्देशिकामा यो सेवा दिने कुनै संस्था छैन।',
  },
  servesDistrict: { en: 'serves {district}', ne: '{district}मा सेवा दिन्छ' },
  onlyDistrict: {
    en: 'Only organisations serving {district}',
    ne: '{district}मा सेवा दिने संस्था मात्र',
  },
  draftReferral: { en: 'Draft a referral', ne: 'प्रेषणको मस्यौदा बनाउनुहोस्' },
  drafted: {
    en: 'Draft referral created. Nothing is shared until it is sent.',
    ne: 'प्रेषणको मस्यौदा बन्यो। पठाइएसम्म केही पनि साझा हुँदैन।',
  },
  pickFirst: { en: 'Choose an organisation first.', ne: 'पहिले संस्था छान्नुहोस्।' },
});
