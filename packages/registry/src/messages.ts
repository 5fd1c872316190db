import { defineMessages } from '@nayabato/core';

/** The registry's own field-issue messages (beyond core's validation messages). */
export const registryMessages = defineMessages('registry.rules', {
  unknown_reference: {
    en: 'No such record is visible to you',
    ne: 'तपाईंले हेर्न मिल्ने यस्तो अभिलेख छैन',
  },
  not_owner: {
    en: 'Only the organisation that registered the participant may do this',
    ne: 'सहभागी दर्ता गर्ने संस्थाले मात्र यो गर्न सक्छ',
  },
  other_participant: {
    en: 'This record belongs to another participant',
    ne: 'यो अभिलेख अर्कै सहभागीको हो',
  },
  future_instant: { en: 'This time is in the future', ne: 'यो समय भविष्यमा पर्छ' },
  before_given: {
    en: 'A consent cannot be withdrawn before it was given',
    ne: 'सहमति दिनुअघिको समयमा फिर्ता लिन मिल्दैन',
  },
  instant_out_of_range: {
    en: 'This time is outside the range the registry stores',
    ne: 'यो समय रजिस्ट्रीले राख्न सक्ने दायराबाहिर छ',
  },
  invalid_id: {
    en: 'This is not a record id (a prefix, an underscore and 10 to 32 lowercase letters or digits)',
    ne: 'यो अभिलेख परिचय होइन (उपसर्ग, अन्डरस्कोर र १० देखि ३२ वटा साना अक्षर वा अङ्क)',
  },
  invalid_encoding: {
    en: 'The body is not valid UTF-8',
    ne: 'अनुरोधको मुख्य भाग मान्य UTF-8 होइन',
  },
  invalid_limit: {
    en: 'The page size must be a whole number from 1 to {maximum}',
    ne: 'पृष्ठको आकार १ देखि {maximum} सम्मको पूर्ण सङ्ख्या हुनुपर्छ',
  },
  invalid_cursor: {
    en: 'This cursor was not issued by this registry',
    ne: 'यो कर्सर यस रजिस्ट्रीले दिएको होइन',
  },
  unknown_value: {
    en: 'This value is not one of the allowed values',
    ne: 'यो मान अनुमति दिइएका मानहरूमध्ये एक होइन',
  },
  recipient_role: {
    en: 'Referrals and sharing consents go to an NGO or a training institution only',
    ne: 'प्रेषण र साझा गर्ने सहमति गैरसरकारी संस्था वा तालिम संस्थालाई मात्र हुन्छ',
  },
  recipient_not_government: {
    en: 'A support request goes to a government organisation only',
    ne: 'सहयोग अनुरोध सरकारी निकायलाई मात्र पठाइन्छ',
  },
  override_user: {
    en: 'An override is recorded by the user of the staff token, who needs the override permission',
    ne: 'अपवाद स्टाफ टोकनकै प्रयोगकर्ताले अभिलेख गर्छ, जसलाई अपवादको अनुमति चाहिन्छ',
  },
  invalid_image: {
    en: 'The photo cannot be read as a JPEG, PNG or WebP image',
    ne: 'तस्बिरलाई JPEG, PNG वा WebP चित्रका रूपमा पढ्न सकिएन',
  },
  image_too_large: {
    en: 'The photo has more pixels than the registry accepts ({maximum})',
    ne: 'तस्बिरमा रजिस्ट्रीले स्वीकार गर्नेभन्दा बढी पिक्सेल छन् ({maximum})',
  },
  referral_required: {
    en: 'An enrolment comes from a referral to your organisation: name it',
    ne: 'भर्ना तपाईंको संस्थालाई आएको प्रेषणबाट हुन्छ: त्यो प्रेषण उल्लेख गर्नुहोस्',
  },
  referral_not_accepted: {
    en: 'The referral must be accepted (or in progress, or completed) and its consent still valid',
    ne: 'प्रेषण स्वीकृत (वा सञ्चालनमा वा सम्पन्न) र त्यसको सहमति अझै मान्य हुनुपर्छ',
  },
  not_provider: {
    en: 'A training institution records only the programmes it runs',
    ne: 'तालिम संस्थाले आफूले सञ्चालन गर्ने कार्यक्रम मात्र अभिलेख गर्छ',
  },
  buyer_role: {
    en: 'A market linkage names a corporate partner',
    ne: 'बजार सम्बन्धमा कर्पोरेट साझेदार उल्लेख हुनुपर्छ',
  },
  fixed_field: {
    en: 'This field cannot change once the record exists',
    ne: 'अभिलेख बनेपछि यो क्षेत्र बदल्न मिल्दैन',
  },
  referral_not_active: {
    en: 'The referral must be one you sent that was accepted, is in progress or completed',
    ne: 'प्रेषण तपाईंले पठाएको र स्वीकार गरिएको, चलिरहेको वा पूरा भएको हुनुपर्छ',
  },
  offer_not_open: {
    en: 'The job offer must be open or paused',
    ne: 'रोजगार प्रस्ताव खुला वा रोकिएको अवस्थामा हुनुपर्छ',
  },
  checkpoint_not_due: {
    en: 'This retention checkpoint is not due yet (due on {dueOn})',
    ne: 'यो कायम रहेको जाँच अझै बाँकी छैन ({dueOn} मा हुन्छ)',
  },
  invalid_period: {
    en: 'The period is two dates (YYYY-MM-DD), from on or before to',
    ne: 'अवधि दुई मिति (YYYY-MM-DD) हो, सुरु मिति अन्त्य मितिभन्दा अघि वा सोही दिन',
  },
  webhook_url_scheme: {
    en: 'A webhook URL must use https (http only to a loopback host, where private targets are allowed)',
    ne: 'वेबहुक URL ले https प्रयोग गर्नुपर्छ (निजी लक्ष्य अनुमति भएमा मात्र लूपब्याक होस्टमा http)',
  },
  webhook_target_private: {
    en: 'This host resolves to a private, loopback, link-local, multicast or unique-local address',
    ne: 'यो होस्ट निजी, लूपब्याक, लिङ्क-लोकल, मल्टिकास्ट वा युनिक-लोकल ठेगानामा पुग्छ',
  },
  webhook_target_unresolvable: {
    en: 'This host name does not resolve',
    ne: 'यो होस्टको नाम ठेगानामा बदलिँदैन',
  },
});

/**
 * A field issue with one of the registry's own codes.
 *
 * @example
 * ```ts
 * throw new Problem('validation-failed', 'Unknown participant.', { errors: [issue(['participantId'], 'unknown_reference')] });
 * ```
 */
export function issue(
  path: (string | number)[],
  code: keyof typeof registryMessages.entries,
  params?: Record<string, string | number>,
) {
  return {
    path,
    pointer: path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
    code,
    message: registryMessages.localized(code, params),
  };
}
