import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-intake-form>`, in English and Nepali. Labels of the domain's values (gender, districts,
 * consent purposes, need levels…) come from core's enumerations.
 *
 * @example
 * ```ts
 * intakeFormMessages.format('submit', 'ne'); // 'दर्ता पठाउनुहोस्'
 * ```
 */
export const intakeFormMessages = defineElementMessages('elements.intake-form', {
  title: { en: 'Register a participant', ne: 'सहभागी दर्ता' },
  stepOf: { en: 'Step {step} of {total}', ne: 'चरण {step}/{total}' },
  steps: { en: 'Steps of the intake', ne: 'दर्ताका चरणहरू' },
  profile: { en: 'Profile', ne: 'व्यक्तिगत विवरण' },
  documents: { en: 'Documents', ne: 'कागजात' },
  consent: { en: 'Consent', ne: 'सहमति' },
  needs: { en: 'Needs assessment', ne: 'आवश्यकता लेखाजोखा' },
  choose: { en: 'Choose…', ne: 'छान्नुहोस्…' },
  optional: { en: '(optional)', ne: '(ऐच्छिक)' },
  category: { en: 'Category', ne: 'वर्ग' },
  traffickingStatus: { en: 'Trafficking status', ne: 'बेचबिखनको स्थिति' },
  gender: { en: 'Gender', ne: 'लिङ्ग' },
  ageHint: {
    en: 'Give an age band, or a birth year if the participant knows it (not both).',
    ne: 'उमेर समूह दिनुहोस्, वा सहभागीलाई थाहा भए जन्म वर्ष (दुवै होइन)।',
  },
  ageBand: { en: 'Age band', ne: 'उमेर समूह' },
  birthYear: { en: 'Birth year (AD)', ne: 'जन्म वर्ष (ई.सं.)' },
  originDistrict: { en: 'District of origin', ne: 'उत्पत्तिको जिल्ला' },
  currentDistrict: { en: 'District of residence', ne: 'बसोबासको जिल्ला' },
  educationLevel: { en: 'Education', ne: 'शिक्षा' },
  languages: { en: 'Languages spoken', ne: 'बोल्ने भाषा' },
  dependants: { en: 'Dependants', ne: 'आश्रित सङ्ख्या' },
  shelterStatus: { en: 'Shelter', ne: 'आवास' },
  notes: { en: 'Counsellor’s notes', ne: 'परामर्शदाताका टिप्पणी' },
  notesHint: {
    en: 'No name, phone number or address: the registry knows the participant by a pseudonymous id.',
    ne: 'नाम, फोन नम्बर वा ठेगाना नलेख्नुहोस्: रजिस्ट्रीले सहभागीलाई छद्म परिचय नम्बरले मात्र चिन्छ।',
  },
  citizenshipStatus: { en: 'Citizenship certificate', ne: 'नागरिकता प्रमाणपत्र' },
  issuingDistrict: { en: 'Issuing district', ne: 'जारी गर्ने जिल्ला' },
  purposes: { en: 'Consents the participant gives', ne: 'सहभागीले दिएका सहमति' },
  method: { en: 'How consent was given', ne: 'सहमति दिने तरिका' },
  checks: { en: 'Explained to the participant', ne: 'सहभागीलाई बुझाइएका कुरा' },
  purposeExplained: { en: 'Why the information is collected', ne: 'जानकारी किन सङ्कलन गरिन्छ' },
  useExplained: { en: 'How it will be used', ne: 'यो कसरी प्रयोग हुन्छ' },
  researchUseExplained: { en: 'Whether it may be used for research', ne: 'अनुसन्धानमा प्रयोग हुन सक्छ कि सक्दैन' },
  accessRightsExplained: {
    en: 'Their right to see what is held about them',
    ne: 'आफ्नाबारे राखिएको जानकारी हेर्ने अधिकार',
  },
  retentionExplained: { en: 'How long it is kept', ne: 'कति समय राखिन्छ' },
  withdrawalExplained: {
    en: 'That they may withdraw consent at any time',
    ne: 'जुनसुकै बेला सहमति फिर्ता लिन सकिन्छ',
  },
  recipient: { en: 'Organisation it is shared with', ne: 'जानकारी पाउने संस्था' },
  scope: { en: 'What is shared', ne: 'के-के साझा गरिन्छ' },
  publicationItems: { en: 'What may be published', ne: 'के प्रकाशन गर्न सकिन्छ' },
  assessedOn: { en: 'Date of the assessment (Bikram Sambat)', ne: 'लेखाजोखाको मिति (वि.सं.)' },
  bsHint: { en: 'Year-month-day, e.g. {example}', ne: 'साल-महिना-गते, जस्तै {example}' },
  adEquivalent: { en: 'In AD: {date}', ne: 'ई.सं.मा: {date}' },
  domains: { en: 'Need in each area', ne: 'प्रत्येक क्षेत्रमा आवश्यकता' },
  domainsHint: {
    en: 'Leave an area unset if it was not discussed; set at least one.',
    ne: 'छलफल नभएको क्षेत्र खाली छोड्नुहोस्; कम्तीमा एउटा भर्नुहोस्।',
  },
  needLevel: { en: '{domain}: level of need', ne: '{domain}: आवश्यकताको स्तर' },
  goals: { en: '{domain}: goals', ne: '{domain}: लक्ष्य' },
  back: { en: 'Back', ne: 'पछाडि' },
  next: { en: 'Next', ne: 'अर्को' },
  submit: { en: 'Submit the intake', ne: 'दर्ता पठाउनुहोस्' },
  newIntake: { en: 'Start a new intake', ne: 'नयाँ दर्ता सुरु गर्नुहोस्' },
  discardDraft: { en: 'Discard the draft', ne: 'मस्यौदा हटाउनुहोस्' },
  draftRestored: {
    en: 'Your saved draft was restored. It is kept encrypted on this device.',
    ne: 'सुरक्षित मस्यौदा फर्काइयो। यो यस उपकरणमा गोप्य रूपमा (इन्क्रिप्ट गरी) राखिएको छ।',
  },
  errorSummary: {
    en: 'Please correct the marked fields ({count}).',
    ne: 'चिन्ह लगाइएका क्षेत्रहरू सच्याउनुहोस् ({count})।',
  },
  purposeRequired: { en: 'Record at least one consent', ne: 'कम्तीमा एउटा सहमति राख्नुहोस्' },
  checksRequired: {
    en: 'Explain all six points before recording consent',
    ne: 'सहमति राख्नुअघि सबै छ वटा कुरा बुझाउनुहोस्',
  },
  bsDateInvalid: {
    en: 'Enter a Bikram Sambat date as year-month-day',
    ne: 'वि.सं. मिति साल-महिना-गते ढाँचामा लेख्नुहोस्',
  },
  domainRequired: { en: 'Set the need in at least one area', ne: 'कम्तीमा एउटा क्षेत्रको आवश्यकता भर्नुहोस्' },
  queued: {
    en: 'Queued, will send when the connection returns. Keep this device until it is sent.',
    ne: 'लाइनमा राखियो, इन्टरनेट फर्केपछि पठाइनेछ। नपठाइएसम्म यो उपकरण नछोड्नुहोस्।',
  },
  sending: { en: 'Sending…', ne: 'पठाउँदै…' },
  sent: { en: 'Sent: the participant is registered.', ne: 'पठाइयो: सहभागी दर्ता भयो।' },
  failed: {
    en: 'The registry refused the intake ({code}). It is kept on this device; contact your administrator.',
    ne: 'रजिस्ट्रीले दर्ता अस्वीकार गर्‍यो ({code})। यो यस उपकरणमा राखिएको छ; प्रशासकलाई सम्पर्क गर्नुहोस्।',
  },
  notConnected: {
    en: 'This form is not connected to the registry.',
    ne: 'यो फारम रजिस्ट्रीसँग जोडिएको छैन।',
  },
  notSubmitted: {
    en: 'Submit the intake first; it must reach the registry.',
    ne: 'पहिले दर्ता पठाउनुहोस्; यो रजिस्ट्रीमा पुग्नुपर्छ।',
  },
  exitWipe: { en: 'Exit and wipe this device', ne: 'बाहिर निस्कनुहोस् र यो उपकरण सफा गर्नुहोस्' },
  exitWipeHint: {
    en: 'Removes drafts and anything not yet sent from this device.',
    ne: 'यस उपकरणबाट मस्यौदा र नपठाइएका सबै कुरा हटाउँछ।',
  },
});
