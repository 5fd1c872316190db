// Core's catalogs directly (not the elements' base, which would bring Lit into the messages entry).
import { defineMessages } from '@nayabato/core';

/**
 * The texts of `<nb-job-offer-editor>`, in English and Nepali. Field messages come from core's validation
 * and warnings, already in both languages.
 *
 * @example
 * ```ts
 * jobOfferEditorMessages.format('publish', 'ne'); // 'प्रकाशित गर्नुहोस्'
 * ```
 */
export const jobOfferEditorMessages = defineMessages('job-widget.job-offer-editor', {
  heading: { en: 'Job offers', ne: 'रोजगार प्रस्तावहरू' },
  pick: { en: 'Offer to edit', ne: 'सम्पादन गर्ने प्रस्ताव' },
  newOffer: { en: 'New offer', ne: 'नयाँ प्रस्ताव' },
  noOffers: { en: 'No offers yet: write the first one below.', ne: 'अहिलेसम्म कुनै प्रस्ताव छैन: तल पहिलो लेख्नुहोस्।' },
  optionLabel: { en: '{title} ({status})', ne: '{title} ({status} अवस्थामा)' },
  details: { en: 'The offer', ne: 'प्रस्ताव' },
  title: { en: 'Job title', ne: 'पदको नाम' },
  description: { en: 'Description', ne: 'विवरण' },
  trade: { en: 'Trade', ne: 'पेशा' },
  skills: { en: 'Skills (one per line)', ne: 'सीपहरू (प्रत्येक लाइनमा एउटा)' },
  employmentType: { en: 'Employment type', ne: 'रोजगारीको प्रकार' },
  place: { en: 'Workplace', ne: 'कार्यस्थल' },
  district: { en: 'District', ne: 'जिल्ला' },
  locality: { en: 'Town or municipality (optional)', ne: 'नगर वा पालिका (ऐच्छिक)' },
  pay: { en: 'Pay and openings', ne: 'पारिश्रमिक र पद सङ्ख्या' },
  wageMin: { en: 'Lowest monthly wage (NPR)', ne: 'सबैभन्दा कम मासिक ज्याला (रु.)' },
  wageMax: { en: 'Highest monthly wage (NPR)', ne: 'सबैभन्दा बढी मासिक ज्याला (रु.)' },
  openings: { en: 'Openings', ne: 'पद सङ्ख्या' },
  validThrough: { en: 'Last day to apply (optional)', ne: 'आवेदनको अन्तिम दिन (ऐच्छिक)' },
  provided: { en: 'The employer provides', ne: 'रोजगारदाताले उपलब्ध गराउने' },
  trainingProvided: { en: 'Training', ne: 'तालिम' },
  accommodationProvided: { en: 'Accommodation', ne: 'आवास' },
  transportProvided: { en: 'Transport', ne: 'यातायात' },
  choose: { en: 'Choose…', ne: 'छान्नुहोस्…' },
  create: { en: 'Save as draft', ne: 'मस्यौदाको रूपमा सुरक्षित गर्नुहोस्' },
  save: { en: 'Save changes', ne: 'परिवर्तन सुरक्षित गर्नुहोस्' },
  publish: { en: 'Publish', ne: 'प्रकाशित गर्नुहोस्' },
  pause: { en: 'Pause', ne: 'रोक्नुहोस्' },
  close: { en: 'Close for good', ne: 'सधैँका लागि बन्द गर्नुहोस्' },
  status: { en: 'Status: {status}', ne: 'अवस्था: {status}' },
  saved: { en: 'Saved.', ne: 'सुरक्षित गरियो।' },
  moved: { en: 'The offer is now: {status}.', ne: 'प्रस्ताव अब: {status}।' },
  invalid: {
    en: 'Please correct the fields marked below ({count}).',
    ne: 'कृपया तल चिन्ह लगाइएका क्षेत्रहरू सच्याउनुहोस् ({count})।',
  },
  warning: { en: 'Warning:', ne: 'चेतावनी:' },
  preview: { en: 'Preview, as the job board shows it', ne: 'पूर्वावलोकन, रोजगार बोर्डमा देखिने जस्तै' },
  previewEmpty: { en: 'The preview appears as you write.', ne: 'लेख्दै जाँदा पूर्वावलोकन देखिन्छ।' },
  secretKeyRefused: {
    en: 'A secret key (sk_…) was given to the page. It must stay on your server: give the editor a staff token from your backend (getToken) instead. Nothing was sent.',
    ne: 'पृष्ठलाई गोप्य कुञ्जी (sk_…) दिइयो। यो तपाईंको सर्भरमै रहनुपर्छ: बरु आफ्नो ब्याकइन्डबाट स्टाफ टोकन (getToken) दिनुहोस्। केही पठाइएन।',
  },
  unconnected: {
    en: 'The editor is not connected: set its registry and getToken.',
    ne: 'सम्पादक जोडिएको छैन: registry र getToken राख्नुहोस्।',
  },
  failed: {
    en: 'That did not work. Please try again.',
    ne: 'त्यो काम भएन। कृपया फेरि प्रयास गर्नुहोस्।',
  },
  forbidden: {
    en: 'Only the company’s HR staff may write offers: this sign-in cannot.',
    ne: 'कम्पनीका मानव संसाधन कर्मचारीले मात्र प्रस्ताव लेख्न सक्छन्: यो पहुँचले सक्दैन।',
  },
});
