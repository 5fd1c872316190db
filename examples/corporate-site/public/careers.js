// Dhaulagiri Threads (synthetic), careers page: learns the registry, the company's id and its publishable
// key from the sandbox (`/examples/_shared/demo.json`) and gives them to <nb-job-board>, which the one-tag
// script `/examples/_shared/job-widget.js` registers. A classic script, as the page's CSP allows no inline code.

const texts = {
  en: {
    title: 'Careers — Dhaulagiri Threads (synthetic)',
    synthetic: '(synthetic)',
    languageNav: 'Language',
    home: 'Our commitment',
    heroTitle: 'Work with us',
    lede: 'Our openings, live from the programme’s shared registry. Candidates are introduced by our partner organisations.',
    footer: 'Dhaulagiri Threads is fictional and every offer on this page is synthetic demo data.',
  },
  ne: {
    title: 'रोजगारी — धौलागिरि थ्रेड्स (काल्पनिक)',
    synthetic: '(काल्पनिक)',
    languageNav: 'भाषा',
    home: 'हाम्रो प्रतिबद्धता',
    heroTitle: 'हामीसँग काम गर्नुहोस्',
    lede: 'कार्यक्रमको साझा रजिस्ट्रीबाट सीधै आएका हाम्रा अवसरहरू। उम्मेदवारलाई हाम्रा साझेदार संस्थाहरूले परिचय गराउँछन्।',
    footer: 'धौलागिरि थ्रेड्स काल्पनिक हो र यस पृष्ठका सबै अवसरहरू काल्पनिक नमुना तथ्याङ्क हुन्।',
  },
};

function setLanguage(lang) {
  const dictionary = texts[lang] ?? texts.en;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]'))
    node.textContent = dictionary[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]'))
    node.setAttribute('aria-label', dictionary[node.dataset.i18nLabel]);
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

fetch('/examples/_shared/demo.json')
  .then((response) => response.json())
  .then((demo) => {
    const board = document.getElementById('jobs');
    board.setAttribute('organization', demo.organization.id);
    board.setAttribute('registry', demo.registry);
    board.setAttribute('publishable-key', demo.publishableKey);
  });
