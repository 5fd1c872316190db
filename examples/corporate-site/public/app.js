// Dhaulagiri Threads (synthetic): the page's own script. It learns the registry and a demo publishable key
// from the sandbox (`/examples/_shared/demo.json`), gives them to <nb-provider>, and only then loads the
// elements (`/examples/_shared/elements.js`, bundled by `pnpm start` from the workspace), so every element
// starts connected. The language buttons set <html lang>, which the elements follow at run time.

/** The page's own texts (the elements carry theirs). */
const texts = {
  en: {
    title: 'Our commitment — Dhaulagiri Threads (synthetic)',
    synthetic: '(synthetic)',
    languageNav: 'Language',
    eyebrow: 'Corporate social responsibility',
    heroTitle: 'Skills, jobs and a fresh start',
    lede: 'Dhaulagiri Threads is a made-up garment company. With partner organisations, it trains people who are rebuilding their lives, offers them jobs on its cutting floor, and helps some start their own tailoring business. The figures and stories below come live from the programme’s shared registry.',
    numbersTitle: 'The programme in numbers',
    numbersIntro:
      'Figures for the whole programme, and for one partner organisation. A figure that would describe too few people to publish safely is withheld.',
    programmeHeading: 'The whole programme',
    partnerHeading: 'Our partner organisation',
    storiesTitle: 'In their own words',
    storiesIntro: 'Each story is shown only as far as its author agreed to publish it.',
    footer: 'Dhaulagiri Threads is fictional and every figure and story on this page is synthetic demo data.',
    connectionError: 'The figures and stories could not be loaded: the demo registry did not answer.',
    careersLink: 'Work with us: our openings',
  },
  ne: {
    title: 'हाम्रो प्रतिबद्धता — धौलागिरि थ्रेड्स (काल्पनिक)',
    synthetic: '(काल्पनिक)',
    languageNav: 'भाषा',
    eyebrow: 'संस्थागत सामाजिक उत्तरदायित्व',
    heroTitle: 'सीप, रोजगारी र नयाँ सुरुवात',
    lede: 'धौलागिरि थ्रेड्स एउटा काल्पनिक कपडा कम्पनी हो। साझेदार संस्थाहरूसँग मिलेर यसले जीवन पुनर्निर्माण गर्दै गरेका व्यक्तिहरूलाई तालिम दिन्छ, आफ्नो कारखानामा रोजगारी दिन्छ, र केहीलाई आफ्नै सिलाइ व्यवसाय सुरु गर्न सघाउँछ। तलका सङ्ख्या र कथाहरू कार्यक्रमको साझा रजिस्ट्रीबाट सीधै आउँछन्।',
    numbersTitle: 'सङ्ख्यामा कार्यक्रम',
    numbersIntro:
      'सम्पूर्ण कार्यक्रम र एउटा साझेदार संस्थाका सङ्ख्याहरू। सुरक्षित रूपमा प्रकाशित गर्न धेरै थोरै व्यक्तिलाई जनाउने सङ्ख्या गोप्य राखिन्छ।',
    programmeHeading: 'सम्पूर्ण कार्यक्रम',
    partnerHeading: 'हाम्रो साझेदार संस्था',
    storiesTitle: 'उहाँहरूकै शब्दमा',
    storiesIntro: 'हरेक कथा त्यसका लेखकले प्रकाशित गर्न सहमति दिएजति मात्र देखाइन्छ।',
    footer: 'धौलागिरि थ्रेड्स काल्पनिक हो र यस पृष्ठका सबै सङ्ख्या तथा कथाहरू काल्पनिक नमुना तथ्याङ्क हुन्।',
    connectionError: 'सङ्ख्या र कथाहरू लोड गर्न सकिएन: नमुना रजिस्ट्रीले जवाफ दिएन।',
    careersLink: 'हामीसँग काम गर्नुहोस्: हाम्रा अवसरहरू',
  },
};

/** Writes the page's texts in `lang` and sets <html lang> (the elements follow it). */
function setLanguage(lang) {
  const dictionary = texts[lang] ?? texts.en;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = dictionary[node.dataset.i18n];
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', dictionary[node.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

try {
  const response = await fetch('/examples/_shared/demo.json');
  if (!response.ok) throw new Error(`demo.json answered ${response.status}`);
  const demo = await response.json();
  const provider = document.getElementById('connection');
  provider.setAttribute('registry', demo.registry);
  provider.setAttribute('publishable-key', demo.publishableKey);
  for (const stats of document.querySelectorAll('nb-impact-stats')) {
    stats.setAttribute('from', demo.from);
    stats.setAttribute('to', demo.to);
  }
  if (demo.partner) document.getElementById('partner-stats').setAttribute('organization', demo.partner.id);
  else document.getElementById('partner-stats').remove();
} catch {
  const notice = document.getElementById('connection-error');
  notice.dataset.i18n = 'connectionError';
  notice.textContent = texts[document.documentElement.lang]?.connectionError ?? texts.en.connectionError;
  notice.hidden = false;
}
// The elements register themselves when this loads; <nb-quick-exit> works even without the registry.
await import('/examples/_shared/elements.js');
