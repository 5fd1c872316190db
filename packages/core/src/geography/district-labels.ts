import { defineMessages } from '../i18n/catalog.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { District } from './district-schema.js';

// Typed as a Record over District so that a missing district is a compile error.
const labels: Record<District, LocalizedText> = {
  Taplejung: { en: 'Taplejung', ne: 'ताप्लेजुङ' },
  Panchthar: { en: 'Panchthar', ne: 'पाँचथर' },
  Ilam: { en: 'Ilam', ne: 'इलाम' },
  Jhapa: { en: 'Jhapa', ne: 'झापा' },
  Morang: { en: 'Morang', ne: 'मोरङ' },
  Sunsari: { en: 'Sunsari', ne: 'सुनसरी' },
  Dhankuta: { en: 'Dhankuta', ne: 'धनकुटा' },
  Terhathum: { en: 'Terhathum', ne: 'तेह्रथुम' },
  Sankhuwasabha: { en: 'Sankhuwasabha', ne: 'सङ्खुवासभा' },
  Bhojpur: { en: 'Bhojpur', ne: 'भोजपुर' },
  Solukhumbu: { en: 'Solukhumbu', ne: 'सोलुखुम्बु' },
  Okhaldhunga: { en: 'Okhaldhunga', ne: 'ओखलढुङ्गा' },
  Khotang: { en: 'Khotang', ne: 'खोटाङ' },
  Udayapur: { en: 'Udayapur', ne: 'उदयपुर' },
  Saptari: { en: 'Saptari', ne: 'सप्तरी' },
  Siraha: { en: 'Siraha', ne: 'सिराहा' },
  Dhanusha: { en: 'Dhanusha', ne: 'धनुषा' },
  Mahottari: { en: 'Mahottari', ne: 'महोत्तरी' },
  Sarlahi: { en: 'Sarlahi', ne: 'सर्लाही' },
  Rautahat: { en: 'Rautahat', ne: 'रौतहट' },
  Bara: { en: 'Bara', ne: 'बारा' },
  Parsa: { en: 'Parsa', ne: 'पर्सा' },
  Sindhuli: { en: 'Sindhuli', ne: 'सिन्धुली' },
  Ramechhap: { en: 'Ramechhap', ne: 'रामेछाप' },
  Dolakha: { en: 'Dolakha', ne: 'दोलखा' },
  Sindhupalchok: { en: 'Sindhupalchok', ne: 'सिन्धुपाल्चोक' },
  Kavrepalanchok: { en: 'Kavrepalanchok', ne: 'काभ्रेपलाञ्चोक' },
  Lalitpur: { en: 'Lalitpur', ne: 'ललितपुर' },
  Bhaktapur: { en: 'Bhaktapur', ne: 'भक्तपुर' },
  Kathmandu: { en: 'Kathmandu', ne: 'काठमाडौँ' },
  Nuwakot: { en: 'Nuwakot', ne: 'नुवाकोट' },
  Rasuwa: { en: 'Rasuwa', ne: 'रसुवा' },
  Dhading: { en: 'Dhading', ne: 'धादिङ' },
  Makwanpur: { en: 'Makwanpur', ne: 'मकवानपुर' },
  Chitwan: { en: 'Chitwan', ne: 'चितवन' },
  Gorkha: { en: 'Gorkha', ne: 'गोरखा' },
  Manang: { en: 'Manang', ne: 'मनाङ' },
  Mustang: { en: 'Mustang', ne: 'मुस्ताङ' },
  Myagdi: { en: 'Myagdi', ne: 'म्याग्दी' },
  Kaski: { en: 'Kaski', ne: 'कास्की' },
  Lamjung: { en: 'Lamjung', ne: 'लमजुङ' },
  Tanahun: { en: 'Tanahun', ne: 'तनहुँ' },
  Nawalpur: { en: 'Nawalpur', ne: 'नवलपुर' },
  Syangja: { en: 'Syangja', ne: 'स्याङ्जा' },
  Parbat: { en: 'Parbat', ne: 'पर्वत' },
  Baglung: { en: 'Baglung', ne: 'बागलुङ' },
  'Rukum East': { en: 'Rukum East', ne: 'रुकुम पूर्व' },
  Rolpa: { en: 'Rolpa', ne: 'रोल्पा' },
  Pyuthan: { en: 'Pyuthan', ne: 'प्युठान' },
  Gulmi: { en: 'Gulmi', ne: 'गुल्मी' },
  Arghakhanchi: { en: 'Arghakhanchi', ne: 'अर्घाखाँची' },
  Palpa: { en: 'Palpa', ne: 'पाल्पा' },
  Parasi: { en: 'Parasi', ne: 'परासी' },
  Rupandehi: { en: 'Rupandehi', ne: 'रुपन्देही' },
  Kapilvastu: { en: 'Kapilvastu', ne: 'कपिलवस्तु' },
  Dang: { en: 'Dang', ne: 'दाङ' },
  Banke: { en: 'Banke', ne: 'बाँके' },
  Bardiya: { en: 'Bardiya', ne: 'बर्दिया' },
  Dolpa: { en: 'Dolpa', ne: 'डोल्पा' },
  Mugu: { en: 'Mugu', ne: 'मुगु' },
  Humla: { en: 'Humla', ne: 'हुम्ला' },
  Jumla: { en: 'Jumla', ne: 'जुम्ला' },
  Kalikot: { en: 'Kalikot', ne: 'कालिकोट' },
  Dailekh: { en: 'Dailekh', ne: 'दैलेख' },
  Jajarkot: { en: 'Jajarkot', ne: 'जाजरकोट' },
  'Rukum West': { en: 'Rukum West', ne: 'रुकुम पश्चिम' },
  Salyan: { en: 'Salyan', ne: 'सल्यान' },
  Surkhet: { en: 'Surkhet', ne: 'सुर्खेत' },
  Bajura: { en: 'Bajura', ne: 'बाजुरा' },
  Bajhang: { en: 'Bajhang', ne: 'बझाङ' },
  Darchula: { en: 'Darchula', ne: 'दार्चुला' },
  Baitadi: { en: 'Baitadi', ne: 'बैतडी' },
  Dadeldhura: { en: 'Dadeldhura', ne: 'डडेल्धुरा' },
  Doti: { en: 'Doti', ne: 'डोटी' },
  Achham: { en: 'Achham', ne: 'अछाम' },
  Kailali: { en: 'Kailali', ne: 'कैलाली' },
  Kanchanpur: { en: 'Kanchanpur', ne: 'कञ्चनपुर' },
};

/**
 * The English and Nepali names of the 77 districts, keyed by canonical name (namespace `geography.district`).
 *
 * @example
 * ```ts
 * districtLabels.format('Kathmandu', 'ne'); // 'काठमाडौँ'
 * ```
 */
export const districtLabels = defineMessages<District>('geography.district', labels);

/**
 * The name of a district in a locale.
 *
 * @example
 * ```ts
 * districtName('Rukum West', 'ne'); // 'रुकुम पश्चिम'
 * districtName('Rukum West', 'en'); // 'Rukum West'
 * ```
 */
export function districtName(district: District, locale: Locale): string {
  return districtLabels.format(district, locale);
}
