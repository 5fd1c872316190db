// The intranet page's own script. It signs in through the intranet's backend (`POST session`, a route that
// `pnpm start` mounts: it issues a staff token with the NGO's secret key, which never reaches this page),
// gives <nb-provider> a client that asks that route for a token again when it runs out, then loads the
// elements. The participant picker sets the selected participant on every element; the referral form
// refers through the same client. The language buttons set <html lang>, which the elements follow.

/** The page's own texts (the elements carry theirs). */
const texts = {
  en: {
    title: 'Case desk — intranet (synthetic)',
    brand: 'Case desk',
    synthetic: '(synthetic)',
    languageNav: 'Language',
    signedIn: 'Signed in as {user}, {organization}',
    heading: 'Participants',
    intro:
      'Participants are known here by their pseudonymous code only. Names and contact details stay in the organisation’s own files.',
    pickerTitle: 'Choose a participant',
    pickerLabel: 'Participant (pseudonymous code)',
    pickerLoading: 'Loading participants…',
    pickerChoose: 'Choose a participant',
    intakeTitle: 'Register a new participant',
    referralTitle: 'Refer to a training institution or an NGO',
    referralIntro:
      'A referral is sent only when the participant’s sharing consent names the organisation. Companies are not referred to: they see placements under a code, never who a participant is.',
    referralTo: 'Organisation',
    referralService: 'Service',
    referralReason: 'Reason (the receiver reads it only while a sharing consent names it)',
    serviceVocational: 'Vocational training',
    serviceCounselling: 'Counselling and psychosocial support',
    serviceJob: 'Job placement',
    referralSubmit: 'Refer',
    referralSent: 'Referral sent ({id}).',
    referralNeedsConsent:
      'Not sent: no valid sharing consent names this organisation. Record one under Consents first.',
    referralFailed: 'The referral could not be sent. Nothing was shared.',
    assessmentTitle: 'Needs assessment',
    planTitle: 'Livelihood plan',
    footer:
      'A demonstration intranet: the organisation, its staff and every participant are synthetic demo data.',
    connectionError: 'Could not sign in: the demo registry did not answer.',
  },
  ne: {
    title: 'केस डेस्क — इन्ट्रानेट (काल्पनिक)',
    brand: 'केस डेस्क',
    synthetic: '(काल्पनिक)',
    languageNav: 'भाषा',
    signedIn: '{organization} का {user} का रूपमा भित्र',
    heading: 'सहभागीहरू',
    intro: 'सहभागीहरूलाई यहाँ छद्म सङ्केतले मात्र चिनिन्छ। नाम र सम्पर्क विवरण संस्थाकै फाइलमा रहन्छन्।',
    pickerTitle: 'सहभागी छान्नुहोस्',
    pickerLabel: 'सहभागी (छद्म सङ्केत)',
    pickerLoading: 'सहभागीहरू लोड हुँदैछन्…',
    pickerChoose: 'सहभागी छान्नुहोस्',
    intakeTitle: 'नयाँ सहभागी दर्ता गर्नुहोस्',
    referralTitle: 'तालिम संस्था वा गैरसरकारी संस्थामा प्रेषण',
    referralIntro:
      'सहभागीको साझा गर्ने सहमतिले संस्था तोकेको बेला मात्र प्रेषण पठाइन्छ। कम्पनीमा प्रेषण हुँदैन: उनीहरूले सङ्केतमा नियुक्ति मात्र देख्छन्, सहभागी को हो कहिल्यै देख्दैनन्।',
    referralTo: 'संस्था',
    referralService: 'सेवा',
    referralReason: 'कारण (साझा गर्ने सहमतिले तोकेसम्म मात्र पाउने संस्थाले पढ्छ)',
    serviceVocational: 'व्यावसायिक तालिम',
    serviceCounselling: 'परामर्श तथा मनोसामाजिक सहयोग',
    serviceJob: 'रोजगारी नियुक्ति',
    referralSubmit: 'प्रेषण गर्नुहोस्',
    referralSent: 'प्रेषण पठाइयो ({id})।',
    referralNeedsConsent: 'पठाइएन: यो संस्था तोक्ने मान्य साझा गर्ने सहमति छैन। पहिले सहमतिहरूमा एउटा अभिलेख गर्नुहोस्।',
    referralFailed: 'प्रेषण पठाउन सकिएन। केही साझा भएन।',
    assessmentTitle: 'आवश्यकता लेखाजोखा',
    planTitle: 'जीविकोपार्जन योजना',
    footer: 'नमुना इन्ट्रानेट: संस्था, कर्मचारी र सबै सहभागी काल्पनिक नमुना तथ्याङ्क हुन्।',
    connectionError: 'भित्र पस्न सकिएन: नमुना रजिस्ट्रीले जवाफ दिएन।',
  },
};

const lang = () => (texts[document.documentElement.lang] ? document.documentElement.lang : 'en');
const say = (key, params = {}) =>
  texts[lang()][key].replace(/\{(\w+)\}/g, (_, name) => params[name] ?? `{${name}}`);

/** The session the intranet's backend gave this page: a staff token and who it acts as. */
let session;
/** The last message of the referral form, kept as a key so a language switch rewrites it. */
let referralMessage;

function renderSignedIn() {
  const node = document.getElementById('signed-in');
  node.textContent = session
    ? say('signedIn', { user: session.user.displayName, organization: session.organization.name })
    : '';
}

function renderReferralMessage() {
  const node = document.getElementById('referral-status');
  node.textContent = referralMessage ? say(referralMessage.key, referralMessage.params) : '';
  node.className = referralMessage?.error ? 'error' : '';
}

/** Writes the page's texts in `lang` and sets <html lang> (the elements follow it). */
function setLanguage(next) {
  document.documentElement.lang = next;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = say(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]'))
    node.setAttribute('aria-label', say(node.dataset.i18nLabel));
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === next));
  renderSignedIn();
  renderReferralMessage();
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

/** Asks the intranet's backend for a staff token (same origin, JSON: the route refuses anything else). */
async function signIn() {
  const response = await fetch('session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`the session route answered ${response.status}`);
  session = await response.json();
  renderSignedIn();
  return session;
}

/** The selected participant goes to every element that works on one participant. */
function select(participantId) {
  for (const id of ['consents', 'assessment', 'plan']) {
    const element = document.getElementById(id);
    if (participantId) element.setAttribute('participant', participantId);
    else element.removeAttribute('participant');
  }
  document.getElementById('referral-submit').disabled = !participantId;
  referralMessage = undefined;
  renderReferralMessage();
}

function option(value, text) {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = text;
  return node;
}

async function fillPicker(client) {
  const picker = document.getElementById('participant-picker');
  const participants = await client.participants.list({ limit: 100 }).toArray({ limit: 100 });
  const first = option('', say('pickerChoose'));
  first.dataset.i18n = 'pickerChoose';
  picker.replaceChildren(first, ...participants.map((p) => option(p.id, p.id)));
  picker.disabled = false;
}

/** A participant the intake form registered joins the picker, selected, ready to be referred. */
function followIntake(client) {
  const picker = document.getElementById('participant-picker');
  picker.addEventListener('change', () => select(picker.value));
  document.querySelector('nb-intake-form')?.addEventListener('nb-intake-submitted', async (event) => {
    await fillPicker(client);
    const { participantId } = event.detail;
    if (![...picker.options].some((o) => o.value === participantId)) {
      picker.append(option(participantId, participantId));
    }
    picker.value = participantId;
    select(participantId);
  });
}

async function fillReferralTargets(client) {
  const organizations = await client.organizations.list({}).toArray({ limit: 500 });
  const targets = organizations.filter(
    (o) => o.role === 'training_institution' || (o.role === 'ngo' && o.id !== session.organization.id),
  );
  document.getElementById('referral-to').replaceChildren(...targets.map((o) => option(o.id, o.name)));
}

function referrals(client) {
  const form = document.getElementById('referral-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const participantId = document.getElementById('participant-picker').value;
    if (!participantId) return;
    const button = document.getElementById('referral-submit');
    button.disabled = true;
    let draft;
    try {
      draft = await client.referrals.create({
        participantId,
        toOrganizationId: form.elements.to.value,
        serviceType: form.elements.service.value,
        reason: form.elements.reason.value,
      });
      const sent = await client.referrals.send(draft.id);
      referralMessage = { key: 'referralSent', params: { id: sent.id } };
    } catch (error) {
      // A draft that could not be sent shares nothing; cancel it so no stale draft is left behind.
      if (draft) await client.referrals.cancel(draft.id).catch(() => undefined);
      referralMessage = {
        key: error?.code === 'consent-required' ? 'referralNeedsConsent' : 'referralFailed',
        error: true,
      };
    } finally {
      button.disabled = false;
      renderReferralMessage();
    }
  });
}

try {
  const { createClient } = await import('/examples/_shared/elements.js');
  await signIn();
  const client = createClient({
    baseUrl: session.registry,
    // Called before each request: a new token shortly before this one runs out, or after a 401.
    getToken: async ({ forceRefresh }) => {
      if (forceRefresh || Date.parse(session.expiresAt) - Date.now() < 60_000) await signIn();
      return session.token;
    },
  });
  document.getElementById('connection').client = client;
  referrals(client);
  followIntake(client);
  await Promise.all([fillPicker(client), fillReferralTargets(client)]);
} catch {
  const notice = document.getElementById('connection-error');
  notice.dataset.i18n = 'connectionError';
  notice.textContent = say('connectionError');
  notice.hidden = false;
}
