// Dhaulagiri Threads (synthetic): the HR page's own script. The editor gets a short-lived staff token from
// the company's own backend (here `POST /examples/corporate-site/session`, mounted by `pnpm start`), which
// issues it with the company's secret key: the page never holds a secret key. The registry's URL comes
// from the sandbox (`/examples/_shared/demo.json`). `<nb-job-offer-editor>` is registered by the one-tag
// script `/examples/_shared/job-widget.js`. A classic script, as the page's CSP allows no inline code.

/** The page's own texts (the editor carries its own). */
const texts = {
  en: {
    title: 'Job offers (HR) — Dhaulagiri Threads (synthetic)',
    synthetic: '(synthetic)',
    languageNav: 'Language',
    heading: 'Job offers: HR desk',
    intro:
      'Write, publish, pause and close the company’s CSR job offers. Candidates are introduced by partner organisations, never through the public page.',
    publicLink: 'See the public careers page',
    footer: 'Dhaulagiri Threads is fictional and every offer on this page is synthetic demo data.',
    connectionError: 'The editor could not connect: the demo registry did not answer.',
  },
  ne: {
    title: 'रोजगार प्रस्ताव (मानव संसाधन) — धौलागिरि थ्रेड्स (काल्पनिक)',
    synthetic: '(काल्पनिक)',
    languageNav: 'भाषा',
    heading: 'रोजगार प्रस्ताव: मानव संसाधन डेस्क',
    intro:
      'कम्पनीका CSR रोजगार प्रस्तावहरू लेख्नुहोस्, प्रकाशित गर्नुहोस्, रोक्नुहोस् र बन्द गर्नुहोस्। उम्मेदवारहरू साझेदार संस्थाहरूमार्फत मात्र आउँछन्, सार्वजनिक पृष्ठबाट कहिल्यै होइन।',
    publicLink: 'सार्वजनिक रोजगार पृष्ठ हेर्नुहोस्',
    footer: 'धौलागिरि थ्रेड्स काल्पनिक हो र यस पृष्ठका सबै प्रस्तावहरू काल्पनिक नमुना तथ्याङ्क हुन्।',
    connectionError: 'सम्पादक जोडिन सकेन: नमुना रजिस्ट्रीले जवाफ दिएन।',
  },
};

/** Writes the page's texts in `lang` and sets <html lang> (the editor follows it). */
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

/** Asks the company's backend for a staff token (again after a 401: the editor passes `forceRefresh`). */
async function getToken() {
  const response = await fetch('/examples/corporate-site/session', { method: 'POST' });
  if (!response.ok) throw new Error(`the session route answered ${response.status}`);
  return (await response.json()).token;
}

fetch('/examples/_shared/demo.json')
  .then((response) => {
    if (!response.ok) throw new Error(`demo.json answered ${response.status}`);
    return response.json();
  })
  .then((demo) => {
    const editor = document.getElementById('editor');
    editor.getToken = getToken;
    editor.setAttribute('registry', demo.registry);
  })
  .catch(() => {
    const notice = document.getElementById('connection-error');
    notice.dataset.i18n = 'connectionError';
    notice.textContent = texts[document.documentElement.lang]?.connectionError ?? texts.en.connectionError;
    notice.hidden = false;
  });
