import { defineMessages } from '../i18n/catalog.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { District } from './district-schema.js';

// The Nepali names, keyed by canonical name, which is also the English label (so it is not written twice:
// the table ships in the one-tag job widget). Typed as a Record over District so that a missing district
// is a compile error.
const nepali: Record<District, string> = {
  Taplejung: 'ताप्लेजुङ',
  Panchthar: 'पाँचथर',
  Ilam: 'इलाम',
  Jhapa: 'झापा',
  Morang: 'मोरङ',
  Sunsari: 'सुनसरी',
  Dhankuta: 'धनकुटा',
  Terhathum: 'तेह्रथुम',
  Sankhuwasabha: 'सङ्खुवासभा',
  Bhojpur: 'भोजपुर',
  Solukhumbu: 'सोलुखुम्बु',
  Okhaldhunga: 'ओखलढुङ्गा',
  Khotang: 'खोटाङ',
  Udayapur: 'उदयपुर',
  Saptari: 'सप्तरी',
  Siraha: 'सिराहा',
  Dhanusha: 'धनुषा',
  Mahottari: 'महोत्तरी',
  Sarlahi: 'सर्लाही',
  Rautahat: 'रौतहट',
  Bara: 'बारा',
  Parsa: 'पर्सा',
  Sindhuli: 'सिन्धुली',
  Ramechhap: 'रामेछाप',
  Dolakha: 'दोलखा',
  Sindhupalchok: 'सिन्धुपाल्चोक',
  Kavrepalanchok: 'काभ्रेपलाञ्चोक',
  Lalitpur: 'ललितपुर',
  Bhaktapur: 'भक्तपुर',
  Kathmandu: 'काठमाडौँ',
  Nuwakot: 'नुवाकोट',
  Rasuwa: 'रसुवा',
  Dhading: 'धादिङ',
  Makwanpur: 'मकवानपुर',
  Chitwan: 'चितवन',
  Gorkha: 'गोरखा',
  Manang: 'मनाङ',
  Mustang: 'मुस्ताङ',
  Myagdi: 'म्याग्दी',
  Kaski: 'कास्की',
  Lamjung: 'लमजुङ',
  Tanahun: 'तनहुँ',
  Nawalpur: 'नवलपुर',
  Syangja: 'स्याङ्जा',
  Parbat: 'पर्वत',
  Baglung: 'बागलुङ',
  'Rukum East': 'रुकुम पूर्व',
  Rolpa: 'रोल्पा',
  Pyuthan: 'प्युठान',
  Gulmi: 'गुल्मी',
  Arghakhanchi: 'अर्घाखाँची',
  Palpa: 'पाल्पा',
  Parasi: 'परासी',
  Rupandehi: 'रुपन्देही',
  Kapilvastu: 'कपिलवस्तु',
  Dang: 'दाङ',
  Banke: 'बाँके',
  Bardiya: 'बर्दिया',
  Dolpa: 'डोल्पा',
  Mugu: 'मुगु',
  Humla: 'हुम्ला',
  Jumla: 'जुम्ला',
  Kalikot: 'कालिकोट',
  Dailekh: 'दैलेख',
  Jajarkot: 'जाजरकोट',
  'Rukum West': 'रुकुम पश्चिम',
  Salyan: 'सल्यान',
  Surkhet: 'सुर्खेत',
  Bajura: 'बाजुरा',
  Bajhang: 'बझाङ',
  Darchula: 'दार्चुला',
  Baitadi: 'बैतडी',
  Dadeldhura: 'डडेल्धुरा',
  Doti: 'डोटी',
  Achham: 'अछाम',
  Kailali: 'कैलाली',
  Kanchanpur: 'कञ्चनपुर',
};

/**
 * The English and Nepali names of the 77 districts, keyed by canonical name (namespace `geography.district`).
 *
 * @example
 * ```ts
 * districtLabels.format('Kathmandu', 'ne'); // 'काठमाडौँ'
 * ```
 */
export const districtLabels = defineMessages<District>(
  'geography.district',
  Object.fromEntries(Object.entries(nepali).map(([en, ne]) => [en, { en, ne }])) as Record<
    District,
    LocalizedText
  >,
);

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
