import { defineMessages, type LocalizedText } from '@nayabato/core';
import type { NayaBatoError } from './nayabato-error.js';

/**
 * What to tell a person when a call fails, one text per error kind (namespace `client.error`), in
 * English and Nepali: a core message catalog (`format`, `localized`, `entries`). Error messages
 * themselves are for developers (English, with the route template); show these instead. Kept out of
 * `createClient`'s bundle unless you import it (it is pure, so bundlers drop it with core's i18n).
 *
 * @example
 * ```ts
 * clientErrorMessages.format('network', 'ne'); // 'रजिस्ट्रीसँग जडान छैन'
 * clientErrorMessages.localized('rate_limited'); // { en: 'Too many requests: …', ne: 'धेरै अनुरोधहरू: …' }
 * ```
 */
export const clientErrorMessages = /* @__PURE__ */ defineMessages('client.error', {
  validation: { en: 'Some fields need correcting', ne: 'केही क्षेत्रहरू सच्याउनुपर्छ' },
  authentication: { en: 'Please sign in again', ne: 'कृपया फेरि साइन इन गर्नुहोस्' },
  permission: { en: 'You are not allowed to do this', ne: 'तपाईंलाई यो गर्ने अनुमति छैन' },
  not_found: { en: 'Not found, or not visible to you', ne: 'भेटिएन, वा तपाईंले हेर्न मिल्दैन' },
  conflict: {
    en: 'This changed in the meantime, or is not allowed in its current state',
    ne: 'यो बीचमा परिवर्तन भयो, वा हालको अवस्थामा यो अनुमति छैन',
  },
  rate_limited: { en: 'Too many requests: please wait a moment', ne: 'धेरै अनुरोधहरू: कृपया केही बेर पर्खनुहोस्' },
  server: {
    en: 'The registry is having trouble: please try again later',
    ne: 'रजिस्ट्रीमा समस्या छ: कृपया पछि फेरि प्रयास गर्नुहोस्',
  },
  api: { en: 'Unexpected answer from the registry', ne: 'रजिस्ट्रीबाट अनपेक्षित जवाफ आयो' },
  network: { en: 'No connection to the registry', ne: 'रजिस्ट्रीसँग जडान छैन' },
  timeout: { en: 'The registry took too long to answer', ne: 'रजिस्ट्रीले जवाफ दिन धेरै समय लगायो' },
  configuration: { en: 'The application is not set up correctly', ne: 'एप्लिकेसन ठीकसँग मिलाइएको छैन' },
  webhook_signature: { en: 'Invalid webhook signature', ne: 'वेबहुकको हस्ताक्षर अमान्य छ' },
  webhook_timestamp: {
    en: 'Webhook too old, or dated in the future',
    ne: 'वेबहुक धेरै पुरानो छ, वा भविष्यको मितिको छ',
  },
  queue_tampered: {
    en: 'A saved entry could not be read and was set aside',
    ne: 'सुरक्षित गरिएको एउटा प्रविष्टि पढ्न सकिएन र छुट्टै राखियो',
  },
});

/**
 * The text to show a person for an error, in English and Nepali (by its `kind`). Kept out of
 * `createClient`'s bundle unless you import it.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof NayaBatoError) toast(errorText(error).ne);
 * }
 * ```
 */
export function errorText(error: NayaBatoError): LocalizedText {
  return clientErrorMessages.localized(error.kind);
}
