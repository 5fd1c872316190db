import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-impact-stats>`, in English and Nepali.
 *
 * @example
 * ```ts
 * impactStatsMessages.format('suppressed', 'ne'); // 'गोप्य राखिएको'
 * ```
 */
export const impactStatsMessages = defineElementMessages('elements.impact-stats', {
  title: { en: 'Our impact', ne: 'हाम्रो प्रभाव' },
  chartLabel: {
    en: 'Bar chart of the figures in the table',
    ne: 'तालिकाका सङ्ख्याहरूको स्तम्भ चित्र',
  },
  tableCaption: {
    en: 'From {from} to {to}',
    ne: '{from} देखि {to} सम्म',
  },
  indicator: { en: 'Figure', ne: 'विवरण' },
  count: { en: 'Number', ne: 'सङ्ख्या' },
  supported: { en: 'People supported', ne: 'सहयोग पाएका व्यक्ति' },
  rehabilitated: { en: 'Economically rehabilitated', ne: 'आर्थिक रूपमा पुनर्स्थापित' },
  retained6: {
    en: 'Jobs still held after 6 months',
    ne: '६ महिनापछि पनि कायम रोजगारी',
  },
  operating: { en: 'Enterprises operating', ne: 'सञ्चालनमा रहेका उद्यम' },
  suppressed: { en: 'withheld', ne: 'गोप्य राखिएको' },
  byDistrict: { en: 'By district', ne: 'जिल्लाअनुसार' },
  byProvince: { en: 'By province', ne: 'प्रदेशअनुसार' },
  district: { en: 'District', ne: 'जिल्ला' },
  province: { en: 'Province', ne: 'प्रदेश' },
  breakdownChartLabel: {
    en: 'Bar chart of people supported, with the numbers in the table below',
    ne: 'सहयोग पाएका व्यक्तिहरूको स्तम्भ चित्र, सङ्ख्या तलको तालिकामा',
  },
  hiddenDistricts: {
    en: 'Every figure is withheld in {count} other districts, which are not listed.',
    ne: 'अन्य {count} जिल्लामा सबै सङ्ख्या गोप्य राखिएकाले ती सूचीमा छैनन्।',
  },
  suppressedNote: {
    en: '"withheld": too few people to publish without risk of identifying someone.',
    ne: '"गोप्य राखिएको": सङ्ख्या सानो भएकाले कसैको पहिचान खुल्न सक्ने जोखिमका कारण प्रकाशित गरिएको छैन।',
  },
});
