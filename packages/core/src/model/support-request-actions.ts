import { defineEnum, type EnumValue } from '../i18n/enumeration.js';

/**
 * What may be done to a support request. The requesting NGO withdraws; the addressed government desk
 * acknowledges, starts, fulfils or declines.
 *
 * @example
 * ```ts
 * SupportRequestAction.label('acknowledge', 'ne'); // 'प्राप्त भएको जनाउने'
 * ```
 */
export const SupportRequestAction = defineEnum('support_request.action', {
  acknowledge: { en: 'Acknowledge', ne: 'प्राप्त भएको जनाउने' },
  start: { en: 'Start work', ne: 'काम सुरु गर्ने' },
  fulfil: { en: 'Fulfil', ne: 'पूरा गर्ने' },
  decline: { en: 'Decline', ne: 'अस्वीकार गर्ने' },
  withdraw: { en: 'Withdraw', ne: 'फिर्ता लिने' },
});
/** One of the {@link SupportRequestAction} values. */
export type SupportRequestActionValue = EnumValue<typeof SupportRequestAction>;

/**
 * The two parties to a support request: the NGO that raised it (`requester`) and the government
 * organisation it is addressed to (`desk`).
 *
 * @example
 * ```ts
 * SupportRequestParty.label('desk', 'en'); // 'Government desk addressed'
 * ```
 */
export const SupportRequestParty = defineEnum('support_request.party', {
  requester: { en: 'Requesting organisation', ne: 'अनुरोध गर्ने संस्था' },
  desk: { en: 'Government desk addressed', ne: 'सम्बोधित सरकारी डेस्क' },
});
/** One of the {@link SupportRequestParty} values. */
export type SupportRequestPartyValue = EnumValue<typeof SupportRequestParty>;
