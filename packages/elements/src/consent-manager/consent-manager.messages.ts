import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-consent-manager>`, in English and Nepali. The purposes, scopes, publication items and
 * methods are core's labels (`ConsentPurpose`, `ConsentScope`, …); what each scope reveals is core's
 * `consentScopeDescriptions`.
 *
 * @example
 * ```ts
 * consentManagerMessages.format('withdraw', 'ne'); // 'सहमति फिर्ता लिनुहोस्'
 * ```
 */
export const consentManagerMessages = defineElementMessages('elements.consent-manager', {
  title: { en: 'Consents', ne: 'सहमतिहरू' },
  participant: { en: 'Participant {id}', ne: 'सहभागी {id}' },
  noParticipant: {
    en: 'Choose a participant to see their consents.',
    ne: 'सहमति हेर्न एक सहभागी छान्नुहोस्।',
  },
  statusActive: { en: 'Given', ne: 'दिइएको' },
  statusWithdrawn: { en: 'Withdrawn', ne: 'फिर्ता लिइएको' },
  statusExpired: { en: 'Expired', ne: 'म्याद सकिएको' },
  statusNone: { en: 'Not given', ne: 'दिइएको छैन' },
  history: { en: 'History of this purpose', ne: 'यस प्रयोजनको इतिहास' },
  givenOn: { en: 'Given on {date}', ne: '{date} मा दिइएको' },
  withdrawnOn: { en: 'withdrawn on {date}', ne: '{date} मा फिर्ता लिइएको' },
  expiresOn: { en: 'until {date}', ne: '{date} सम्म' },
  sharedWith: { en: 'with {organization}', ne: '{organization} सँग' },
  shares: { en: 'Shares: {items}', ne: 'साझा हुने: {items}' },
  covers: { en: 'Covers: {items}', ne: 'समेटिने: {items}' },
  unknownOrganization: { en: 'an organisation', ne: 'एउटा संस्था' },
  withdraw: { en: 'Withdraw consent', ne: 'सहमति फिर्ता लिनुहोस्' },
  confirmWithdraw: {
    en: 'Withdraw this consent? It takes effect at once: whoever it let read the participant’s records stops reading them now. The record of the consent is kept.',
    ne: 'यो सहमति फिर्ता लिने हो? यो तुरुन्तै लागू हुन्छ: यसले अभिलेख पढ्न दिएको संस्थाले अबदेखि पढ्न पाउँदैन। सहमतिको अभिलेख भने राखिन्छ।',
  },
  confirm: { en: 'Yes, withdraw', ne: 'हो, फिर्ता लिनुहोस्' },
  cancel: { en: 'Keep it', ne: 'नलिनुहोस्' },
  withdrawn: { en: 'Consent withdrawn.', ne: 'सहमति फिर्ता लिइयो।' },
  given: { en: 'Consent recorded.', ne: 'सहमति अभिलेख गरियो।' },
  failed: {
    en: 'The registry did not accept this. Nothing was changed.',
    ne: 'रजिस्ट्रीले यो स्वीकार गरेन। केही परिवर्तन भएन।',
  },
  formTitle: { en: 'Record a consent', ne: 'सहमति अभिलेख गर्नुहोस्' },
  purpose: { en: 'Purpose', ne: 'प्रयोजन' },
  recipient: { en: 'Organisation it names', ne: 'तोकिएको संस्था' },
  chooseRecipient: { en: 'Choose an organisation', ne: 'संस्था छान्नुहोस्' },
  noRecipient: { en: 'No organisation', ne: 'कुनै संस्था होइन' },
  scope: { en: 'What is shared (read each out)', ne: 'के-के साझा हुन्छ (प्रत्येक पढेर सुनाउनुहोस्)' },
  items: { en: 'What may be published', ne: 'के-के प्रकाशन गर्न सकिन्छ' },
  method: { en: 'How consent was given', ne: 'सहमति कसरी दिइयो' },
  checks: {
    en: 'What the participant was told (all are required)',
    ne: 'सहभागीलाई के-के बताइयो (सबै आवश्यक छन्)',
  },
  purposeExplained: { en: 'The purpose was explained', ne: 'प्रयोजन बुझाइयो' },
  useExplained: {
    en: 'How the information is and may be used was explained',
    ne: 'जानकारी कसरी प्रयोग हुन्छ र हुन सक्छ भनेर बुझाइयो',
  },
  researchUseExplained: {
    en: 'The use of non-identifying information for research was explained',
    ne: 'पहिचान नखुल्ने जानकारी अनुसन्धानमा प्रयोग हुने कुरा बुझाइयो',
  },
  accessRightsExplained: {
    en: 'The right to ask for their information at any time was explained',
    ne: 'आफ्नो जानकारी जुनसुकै बेला माग्न पाउने अधिकार बुझाइयो',
  },
  retentionExplained: {
    en: 'How long the information is kept was explained',
    ne: 'जानकारी कति समय राखिन्छ भनेर बुझाइयो',
  },
  withdrawalExplained: {
    en: 'How to withdraw consent was explained',
    ne: 'सहमति कसरी फिर्ता लिने भनेर बुझाइयो',
  },
  checksMissing: {
    en: 'Explain every point and tick it before recording the consent.',
    ne: 'सहमति अभिलेख गर्नुअघि हरेक कुरा बुझाएर चिनो लगाउनुहोस्।',
  },
  submit: { en: 'Record consent', ne: 'सहमति अभिलेख गर्नुहोस्' },
});
