import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-livelihood-plan>`, in plain English and Nepali (areas, statuses, progress, consent
 * methods and services come from core's enumerations).
 *
 * @example
 * ```ts
 * livelihoodPlanMessages.format('goals', 'ne'); // 'लक्ष्यहरू'
 * ```
 */
export const livelihoodPlanMessages = defineElementMessages('elements.livelihood-plan', {
  title: { en: 'Livelihood plan', ne: 'जीविकोपार्जन योजना' },
  participant: { en: 'Participant', ne: 'सहभागी' },
  goals: { en: 'Goals', ne: 'लक्ष्यहरू' },
  goal: { en: 'Goal {n}', ne: 'लक्ष्य {n}' },
  area: { en: 'Area', ne: 'क्षेत्र' },
  description: { en: 'What it is', ne: 'विवरण' },
  targetDate: { en: 'Hoped for by', ne: 'पूरा गर्ने लक्ष्य मिति' },
  status: { en: 'Status', ne: 'अवस्था' },
  addGoal: { en: 'Add a goal', ne: 'लक्ष्य थप्नुहोस्' },
  removeGoal: { en: 'Remove goal {n}', ne: 'लक्ष्य {n} हटाउनुहोस्' },
  actions: { en: 'Actions', ne: 'कामहरू' },
  action: { en: 'Action {n}', ne: 'काम {n}' },
  forGoal: { en: 'For goal', ne: 'कुन लक्ष्यका लागि' },
  service: { en: 'Service', ne: 'सेवा' },
  noService: { en: 'Not a service', ne: 'सेवा होइन' },
  responsible: { en: 'Responsible partner', ne: 'जिम्मेवार साझेदार' },
  choose: { en: 'Choose', ne: 'छान्नुहोस्' },
  startDate: { en: 'Starts', ne: 'सुरु मिति' },
  dueDate: { en: 'Due', ne: 'पूरा हुनुपर्ने मिति' },
  addAction: { en: 'Add an action', ne: 'काम थप्नुहोस्' },
  removeAction: { en: 'Remove action {n}', ne: 'काम {n} हटाउनुहोस्' },
  reviews: { en: 'Reviews', ne: 'समीक्षाहरू' },
  review: { en: 'Review {n}', ne: 'समीक्षा {n}' },
  reviewedOn: { en: 'Reviewed on', ne: 'समीक्षा मिति' },
  progress: { en: 'Progress', ne: 'प्रगति' },
  notes: { en: 'Notes', ne: 'टिप्पणी' },
  addReview: { en: 'Add a review', ne: 'समीक्षा थप्नुहोस्' },
  noReviews: { en: 'No review yet.', ne: 'अहिलेसम्म समीक्षा भएको छैन।' },
  noActions: { en: 'No action yet.', ne: 'अहिलेसम्म कुनै काम छैन।' },
  plannedEndDate: { en: 'Plan ends', ne: 'योजना सकिने मिति' },
  agreement: { en: 'The participant agreed', ne: 'सहभागीको सहमति' },
  notAgreed: { en: 'Not yet agreed', ne: 'सहमति भएको छैन' },
  agreedOn: { en: 'Agreed on {date} ({method})', ne: '{date} मा सहमति ({method})' },
  save: { en: 'Save the plan', ne: 'योजना सुरक्षित गर्नुहोस्' },
  print: { en: 'Print', ne: 'छाप्नुहोस्' },
  saving: { en: 'Saving…', ne: 'सुरक्षित गर्दै…' },
  saved: { en: 'Plan saved.', ne: 'योजना सुरक्षित भयो।' },
  invalid: {
    en: 'Please correct the fields marked below.',
    ne: 'कृपया तल चिन्ह लगाइएका क्षेत्रहरू सच्याउनुहोस्।',
  },
  failed: {
    en: 'The registry could not save this. Please try again.',
    ne: 'रजिस्ट्रीले यो सुरक्षित गर्न सकेन। कृपया फेरि प्रयास गर्नुहोस्।',
  },
  none: { en: 'not set', ne: 'तोकिएको छैन' },
});
