/**
 * The Nepali half of `<nb-intake-form>`'s texts, loaded with a dynamic `import()` only when the form is
 * shown in Nepali, together with the districts' Nepali names (English district names are the districts
 * themselves). The keys are the English texts' keys (see `intake-form.texts-en.ts`). Nothing here imports
 * code: the chunk is data only.
 *
 * @packageDocumentation
 */
import type { IntakeTextKey } from './intake-form.texts-en.js';

export { districtNamesNe } from './district-names-ne.js';

/** The Nepali texts, under the English texts' keys. */
export const texts: Readonly<Record<IntakeTextKey, string>> = {
  title: 'सहभागी दर्ता',
  stepOf: 'चरण {step}/{total}',
  steps: 'दर्ताका चरणहरू',
  profile: 'व्यक्तिगत विवरण',
  documents: 'कागजात',
  consent: 'सहमति',
  needs: 'आवश्यकता लेखाजोखा',
  choose: 'छान्नुहोस्…',
  optional: '(ऐच्छिक)',
  category: 'वर्ग',
  traffickingStatus: 'बेचबिखनको स्थिति',
  gender: 'लिङ्ग',
  ageHint: 'उमेर समूह दिनुहोस्, वा सहभागीलाई थाहा भए जन्म वर्ष (दुवै होइन)।',
  ageBand: 'उमेर समूह',
  birthYear: 'जन्म वर्ष (ई.सं.)',
  originDistrict: 'उत्पत्तिको जिल्ला',
  currentDistrict: 'बसोबासको जिल्ला',
  educationLevel: 'शिक्षा',
  languages: 'बोल्ने भाषा',
  dependants: 'आश्रित सङ्ख्या',
  shelterStatus: 'आवास',
  notes: 'परामर्शदाताका टिप्पणी',
  notesHint: 'नाम, फोन नम्बर वा ठेगाना नलेख्नुहोस्: रजिस्ट्रीले सहभागीलाई छद्म परिचय नम्बरले मात्र चिन्छ।',
  citizenshipStatus: 'नागरिकता प्रमाणपत्र',
  issuingDistrict: 'जारी गर्ने जिल्ला',
  purposes: 'सहभागीले दिएका सहमति',
  method: 'सहमति दिने तरिका',
  checks: 'सहभागीलाई बुझाइएका कुरा',
  purposeExplained: 'जानकारी किन सङ्कलन गरिन्छ',
  useExplained: 'यो कसरी प्रयोग हुन्छ',
  researchUseExplained: 'अनुसन्धानमा प्रयोग हुन सक्छ कि सक्दैन',
  accessRightsExplained: 'आफ्नाबारे राखिएको जानकारी हेर्ने अधिकार',
  retentionExplained: 'कति समय राखिन्छ',
  withdrawalExplained: 'जुनसुकै बेला सहमति फिर्ता लिन सकिन्छ',
  recipient: 'जानकारी पाउने संस्था',
  scope: 'के-के साझा गरिन्छ',
  publicationItems: 'के प्रकाशन गर्न सकिन्छ',
  assessedOn: 'लेखाजोखाको मिति (वि.सं.)',
  bsHint: 'साल-महिना-गते, जस्तै {example}',
  adEquivalent: 'ई.सं.मा: {date}',
  domains: 'प्रत्येक क्षेत्रमा आवश्यकता',
  domainsHint: 'छलफल नभएको क्षेत्र खाली छोड्नुहोस्; कम्तीमा एउटा भर्नुहोस्।',
  needLevel: '{domain}: आवश्यकताको स्तर',
  goals: '{domain}: लक्ष्य',
  back: 'पछाडि',
  next: 'अर्को',
  submit: 'दर्ता पठाउनुहोस्',
  newIntake: 'नयाँ दर्ता सुरु गर्नुहोस्',
  discardDraft: 'मस्यौदा हटाउनुहोस्',
  draftRestored: 'सुरक्षित मस्यौदा फर्काइयो। यो यस उपकरणमा गोप्य रूपमा (इन्क्रिप्ट गरी) राखिएको छ।',
  errorSummary: 'चिन्ह लगाइएका क्षेत्रहरू सच्याउनुहोस् ({count})।',
  purposeRequired: 'कम्तीमा एउटा सहमति राख्नुहोस्',
  checksRequired: 'सहमति राख्नुअघि सबै छ वटा कुरा बुझाउनुहोस्',
  bsDateInvalid: 'वि.सं. मिति साल-महिना-गते ढाँचामा लेख्नुहोस्',
  domainRequired: 'कम्तीमा एउटा क्षेत्रको आवश्यकता भर्नुहोस्',
  queued: 'लाइनमा राखियो, इन्टरनेट फर्केपछि पठाइनेछ। नपठाइएसम्म यो उपकरण नछोड्नुहोस्।',
  sending: 'पठाउँदै…',
  sent: 'पठाइयो: सहभागी दर्ता भयो।',
  failed: 'रजिस्ट्रीले दर्ता अस्वीकार गर्‍यो ({code})। यो यस उपकरणमा राखिएको छ; प्रशासकलाई सम्पर्क गर्नुहोस्।',
  notConnected: 'यो फारम रजिस्ट्रीसँग जोडिएको छैन।',
  notSubmitted: 'पहिले दर्ता पठाउनुहोस्; यो रजिस्ट्रीमा पुग्नुपर्छ।',
  exitWipe: 'बाहिर निस्कनुहोस् र यो उपकरण सफा गर्नुहोस्',
  exitWipeHint: 'यस उपकरणबाट मस्यौदा र नपठाइएका सबै कुरा हटाउँछ।',
};
