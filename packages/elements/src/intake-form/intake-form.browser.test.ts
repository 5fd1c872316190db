import { createClient, type NayaBatoClient } from '@nayabato/client';
import { districtName } from '@nayabato/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations, guardPage, mount, until } from '../base/browser.fixture.js';
import type { IntakeSubmittedDetail } from './intake-form.js';
import { NbIntakeForm } from './intake-form.js';

// "Exit and wipe" would leave the page and end the run: this subclass records where it would have gone.
class RecordingIntakeForm extends NbIntakeForm {
  left: string[] = [];
  protected override leave(href: string): void {
    this.left.push(href);
  }
}
customElements.define('nb-intake-form-recording', RecordingIntakeForm);

const NEUTRAL = 'https://www.example.com/weather';
let client: NayaBatoClient;

beforeAll(async () => {
  const { token, registryUrl } = await commands.staffToken('ngo');
  client = createClient({ baseUrl: registryUrl, apiKey: token });
});

/** A synthetic code, unique per run, written into the counsellor's notes to find the record again. */
const code = () => `SYN-INTAKE-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;

const root = (el: NbIntakeForm) => el.shadowRoot!;
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const field = <T extends HTMLElement = HTMLInputElement>(el: NbIntakeForm, id: string) =>
  root(el).querySelector<T>(`#${CSS.escape(`f-${id}`)}`)!;
const heading = (el: NbIntakeForm) => root(el).querySelector('h2 .title')!.textContent!.trim();
const errorOf = (el: NbIntakeForm, id: string) => root(el).querySelector(`#e-${CSS.escape(id)}`)?.textContent;

/** Presses Tab until `target` has focus (the keyboard path a user takes). */
async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 120 && deepActive() !== target; i++) await userEvent.keyboard('{Tab}');
  expect(deepActive()).toBe(target);
}

async function mountForm(markup = '<nb-intake-form></nb-intake-form>'): Promise<NbIntakeForm> {
  const element = await mount<NbIntakeForm>(markup);
  element.client = client;
  await until(() => !!root(element).querySelector('h2'));
  return element;
}

/** Fills the whole intake with the mouse-free helpers of Vitest (fast path for the tests that are not about the keyboard). */
async function fillAll(el: NbIntakeForm, notes: string): Promise<void> {
  const select = async (id: string, value: string) => {
    await userEvent.selectOptions(field<HTMLSelectElement>(el, id), value);
  };
  await select('category', 'survivor');
  await select('traffickingStatus', 'possible_victim');
  await select('gender', 'feminine');
  await select('ageBand', '18-20');
  await select('originDistrict', 'Sindhupalchok');
  await select('currentDistrict', 'Kathmandu');
  await userEvent.click(field(el, 'languages-ne'));
  await userEvent.fill(field(el, 'notes'), notes);
  await next(el);
  await select('citizenshipStatus', 'no');
  await next(el);
  for (const box of root(el).querySelectorAll<HTMLInputElement>('[data-group="checks"]'))
    await userEvent.click(box);
  await userEvent.click(field(el, 'purposes-services'));
  await next(el);
  await select('level:livelihood_and_income', 'high');
}

async function next(el: NbIntakeForm): Promise<void> {
  const before = heading(el);
  await userEvent.click(root(el).querySelector('button[type="submit"]')!);
  await until(() => heading(el) !== before);
}

async function submitted(el: NbIntakeForm): Promise<IntakeSubmittedDetail> {
  const detail = new Promise<IntakeSubmittedDetail>((resolve) =>
    el.addEventListener('nb-intake-submitted', (e) => resolve(e.detail), { once: true }),
  );
  await userEvent.click(root(el).querySelector('button[type="submit"]')!);
  return detail;
}

/** Everything stored in IndexedDB, localStorage and sessionStorage, as text (bytes decoded as UTF-8). */
async function storedText(): Promise<string> {
  const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
  const decoder = new TextDecoder();
  const text = (value: unknown): string => {
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) return decoder.decode(value);
    if (value && typeof value === 'object') return Object.values(value).map(text).join(' ');
    return String(value);
  };
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of db.objectStoreNames) {
      const all = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      parts.push(...all.map(text));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('<nb-intake-form>', () => {
  guardPage();
  afterEach(async () => {
    // Each test starts from a device with no draft and no queue (the forms close their databases first).
    document.body.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const { name } of await indexedDB.databases()) {
      if (name?.startsWith('nayabato-')) {
        await new Promise((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = resolve;
        });
      }
    }
  });

  it('is registered by its module, form-associated, with sensitive fields unremembered', async () => {
    expect(customElements.get('nb-intake-form')).toBe(NbIntakeForm);
    expect(NbIntakeForm.formAssociated).toBe(true);
    const el = await mountForm();
    const controls = [...root(el).querySelectorAll('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(control.getAttribute('autocomplete')).toBe('off');
    expect(heading(el)).toBe('Profile');
  });

  it('registers a participant end to end by keyboard alone', async () => {
    const el = await mountForm();
    const notes = code();
    const tabType = async (id: string, keys: string) => {
      await tabTo(field(el, id));
      await userEvent.keyboard(keys);
    };
    await tabType('category', 'Survivor');
    await tabType('traffickingStatus', 'Possible');
    await tabType('gender', 'Feminine');
    await tabType('ageBand', '18');
    await tabType('originDistrict', 'Sindhupalchok');
    await tabType('currentDistrict', 'Kathmandu');
    await tabType('languages-ne', ' ');
    await tabType('notes', notes);
    await tabTo(root(el).querySelector('button[type="submit"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => heading(el) === 'Documents');
    // Focus moved to the new step's heading.
    expect(deepActive()).toBe(root(el).querySelector('h2'));
    await tabType('citizenshipStatus', 'Application');
    await tabTo(root(el).querySelector('button[type="submit"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => heading(el) === 'Consent');
    for (const check of [
      'purposeExplained',
      'useExplained',
      'researchUseExplained',
      'accessRightsExplained',
      'retentionExplained',
      'withdrawalExplained',
    ])
      await tabType(`checks-${check}`, ' ');
    await tabType('purposes-services', ' ');
    await tabType('purposes-reporting', ' ');
    await tabTo(root(el).querySelector('button[type="submit"]')!);
    await userEvent.keyboard('{Enter}');
    await until(() => heading(el) === 'Needs assessment');
    await tabType('level:livelihood_and_income', 'High');
    await tabType('goal:livelihood_and_income', 'Tailoring course');
    const detail = new Promise<IntakeSubmittedDetail>((resolve) =>
      el.addEventListener('nb-intake-submitted', (e) => resolve(e.detail), { once: true }),
    );
    await tabTo(root(el).querySelector('button[type="submit"]')!);
    await userEvent.keyboard('{Enter}');
    const { participantId, intakeId } = await detail;
    expect(participantId).toMatch(/^pt_/);
    expect(Object.keys(await detail)).toEqual(['intakeId', 'participantId']);
    expect(intakeId).toMatch(/^[0-9a-f]{16}$/);
    await until(() => root(el).querySelector('[part~="status"]')?.getAttribute('data-state') === 'sent');
    expect(root(el).querySelector('[part~="status"]')!.textContent).toContain('Sent');

    const participant = await client.participants.get(participantId);
    expect(participant).toMatchObject({
      category: 'survivor',
      traffickingStatus: 'possible_victim',
      gender: 'feminine',
      ageBand: '18-20',
      originDistrict: 'Sindhupalchok',
      currentDistrict: 'Kathmandu',
      languages: ['ne'],
      notes,
      citizenshipCertificate: { status: 'in_process' },
    });
    const consents = await client.consents.list({ participantId }).toArray({ limit: 10 });
    expect(consents.map((c) => c.purpose).sort()).toEqual(['reporting', 'services']);
    expect(consents.every((c) => c.checks.withdrawalExplained && c.method === 'written')).toBe(true);
    const assessments = await client.needsAssessments.list({ participantId }).toArray({ limit: 10 });
    expect(assessments).toHaveLength(1);
    expect(assessments[0]!.domains).toEqual([
      { domain: 'livelihood_and_income', needLevel: 'high', goals: 'Tailoring course' },
    ]);
  });

  it('in Nepali, renders Nepali from its first render (texts and district names loaded on demand)', async () => {
    document.documentElement.lang = 'ne';
    const el = await mount<NbIntakeForm>('<nb-intake-form></nb-intake-form>');
    // updateComplete waited for the Nepali texts: the first thing shown is Nepali, never English.
    expect(heading(el)).toBe('व्यक्तिगत विवरण');
    expect(root(el).querySelector('button[type="submit"]')!.textContent!.trim()).toBe('अर्को');
    const origin = field<HTMLSelectElement>(el, 'originDistrict');
    expect(origin.querySelector('option[value="Kathmandu"]')!.textContent).toBe(
      districtName('Kathmandu', 'ne'),
    );
    expect(origin.querySelector('option[value="Rukum West"]')!.textContent).toBe('रुकुम पश्चिम');
    // Back to English at run time: the English texts and district names.
    document.documentElement.lang = 'en';
    await until(() => heading(el) === 'Profile');
    expect(origin.querySelector('option[value="Rukum West"]')!.textContent).toBe('Rukum West');
  });

  it('shows core’s field messages in the current language and focuses the first error', async () => {
    const el = await mountForm();
    await userEvent.click(root(el).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(el, 'category'));
    expect(heading(el)).toBe('Profile');
    expect(deepActive()).toBe(field(el, 'category'));
    expect(errorOf(el, 'category')).toBe('This field is required');
    expect(errorOf(el, 'ageBand')).toBe('Give a birth year or an age band');
    expect(field(el, 'category').getAttribute('aria-invalid')).toBe('true');
    expect(field(el, 'category').getAttribute('aria-describedby')).toBe('e-category');
    document.documentElement.lang = 'ne';
    await until(() => errorOf(el, 'category') === 'यो क्षेत्र आवश्यक छ');
    expect(errorOf(el, 'ageBand')).toBe('जन्म वर्ष वा उमेर समूह दिनुहोस्');
    expect(heading(el)).toBe('व्यक्तिगत विवरण');
    // A survivor who is "not a victim" is refused by core's rule, in Nepali.
    await userEvent.selectOptions(field<HTMLSelectElement>(el, 'category'), 'survivor');
    await userEvent.selectOptions(field<HTMLSelectElement>(el, 'traffickingStatus'), 'not_a_victim');
    await userEvent.click(root(el).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(el, 'traffickingStatus'));
    expect(errorOf(el, 'traffickingStatus')).toBe(
      'प्रभावितका लागि बेचबिखनको स्थिति पुष्टि भएको वा सम्भावित पीडित हुनुपर्छ',
    );
    expect(errorOf(el, 'category')).toBeUndefined();
  });

  it('asks for the informed-consent checks, and for sharing the recipient and scope, said plainly', async () => {
    const el = await mountForm();
    await fillAll(el, code());
    await userEvent.click(root(el).querySelector('button.back')!); // Back to consent
    await until(() => heading(el) === 'Consent');
    await userEvent.click(field(el, 'checks-retentionExplained'));
    await userEvent.click(field(el, 'purposes-sharing'));
    await until(() => !!root(el).querySelector('#f-scope'));
    expect(root(el).querySelector('#d-scope-notes')!.textContent).toContain('free-text notes');
    await userEvent.click(root(el).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(el, 'checks'));
    expect(errorOf(el, 'checks')).toBe('Explain all six points before recording consent');
    await userEvent.click(field(el, 'checks-retentionExplained'));
    await userEvent.click(root(el).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(el, 'recipient'));
    expect(errorOf(el, 'recipient')).toBe('Sharing consent must name the receiving organisation');
    expect(errorOf(el, 'scope')).toBe('A sharing consent must name what it shares (its scope)');
    expect(deepActive()).toBe(field(el, 'recipient'));
    // The recipients are the registry's organisations.
    await until(() => field<HTMLSelectElement>(el, 'recipient').options.length > 2);
  });

  it('keeps the draft encrypted: no field value is readable in storage, and a new copy restores it', async () => {
    const el = await mountForm();
    const notes = code();
    await userEvent.selectOptions(field<HTMLSelectElement>(el, 'originDistrict'), 'Sindhupalchok');
    await userEvent.fill(field(el, 'notes'), notes);
    await el.saveNow();
    const stored = await storedText();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(notes);
    expect(stored).not.toContain('Sindhupalchok');
    expect(stored).not.toContain('SYN-INTAKE');
    el.remove();
    const again = await mountForm();
    await until(() => field<HTMLTextAreaElement>(again, 'notes').value === notes);
    expect(field<HTMLSelectElement>(again, 'originDistrict').value).toBe('Sindhupalchok');
    expect(root(again).textContent).toContain('Your saved draft was restored');
  });

  it('shows and takes the assessment date in Bikram Sambat, with AD beside', async () => {
    const el = await mountForm();
    await fillAll(el, code());
    const date = field(el, 'assessedOn');
    await userEvent.fill(date, '2082-01-01');
    await until(() => root(el).querySelector('#h-assessedOn')!.textContent!.includes('14 April 2025'));
    await userEvent.fill(date, '2082-13-01');
    await userEvent.click(root(el).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(el, 'assessedOn'));
    expect(errorOf(el, 'assessedOn')).toBe('Enter a Bikram Sambat date as year-month-day');
    await userEvent.fill(date, '२०८२-०१-०१');
    const { participantId } = await submitted(el);
    const [assessment] = await client.needsAssessments.list({ participantId }).toArray({ limit: 1 });
    expect(assessment!.assessedOn).toBe('2025-04-14');
  });

  it('inside a native <form>: invalid until the registry confirmed the intake, then submits the participant id', async () => {
    await mount(
      '<form id="outer"><nb-intake-form name="participant"></nb-intake-form><button>Save</button></form>',
    );
    const form = document.querySelector<HTMLFormElement>('#outer')!;
    const el = form.querySelector<NbIntakeForm>('nb-intake-form')!;
    el.client = client;
    await el.updateComplete;
    expect(form.checkValidity()).toBe(false);
    expect(new FormData(form).get('participant')).toBeNull();
    await fillAll(el, code());
    const { participantId } = await submitted(el);
    await until(() => form.checkValidity());
    const submittedData = new Promise<FormData>((resolve) =>
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        resolve(new FormData(form));
      }),
    );
    form.requestSubmit();
    expect((await submittedData).get('participant')).toBe(participantId);
    form.reset();
    await until(() => !form.checkValidity());
    expect(new FormData(form).get('participant')).toBeNull();
  });

  it('is disabled with a disabled fieldset around it', async () => {
    await mount('<form><fieldset disabled><nb-intake-form></nb-intake-form></fieldset></form>');
    const el = document.querySelector<NbIntakeForm>('nb-intake-form')!;
    await until(() => !!root(el).querySelector('fieldset.all[disabled]'));
    expect(field<HTMLSelectElement>(el, 'category').matches(':disabled')).toBe(true);
  });

  it('on a shared device, "exit and wipe" leaves nothing in IndexedDB, localStorage, sessionStorage or Cache Storage', async () => {
    const el = await mountForm(
      `<nb-intake-form-recording shared-device exit-href="${NEUTRAL}"></nb-intake-form-recording>`,
    );
    await fillAll(el, code());
    await submitted(el);
    // The next participant's intake, left as a draft.
    await userEvent.click(root(el).querySelector('button.new')!);
    await until(() => !root(el).querySelector('form')!.hidden);
    await userEvent.fill(field(el, 'notes'), 'a second draft');
    await (el as RecordingIntakeForm).saveNow();
    localStorage.setItem('nayabato-intake-hint', 'x');
    sessionStorage.setItem('nayabato-intake-step', '2');
    await (await caches.open('nayabato-intake')).put('/nayabato-test', new Response('x'));
    const names = async () =>
      (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('nayabato-'));
    expect((await names()).sort()).toEqual(['nayabato-intake-drafts', 'nayabato-intake-queue']);
    const wiped = new Promise((resolve) => el.addEventListener('nb-intake-wiped', resolve, { once: true }));
    await userEvent.click(root(el).querySelector('[part="wipe"]')!);
    await wiped;
    await until(() => (el as RecordingIntakeForm).left.length === 1);
    expect((el as RecordingIntakeForm).left).toEqual([NEUTRAL]);
    expect(await names()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect((await caches.keys()).filter((n) => n.startsWith('nayabato-'))).toEqual([]);
  });

  it('on a shared device, the quick exit wipes too', async () => {
    const el = await mountForm(`<nb-intake-form shared-device exit-href="${NEUTRAL}"></nb-intake-form>`);
    await userEvent.fill(field(el, 'notes'), code());
    await el.saveNow();
    const wiped = new Promise((resolve) => el.addEventListener('nb-intake-wiped', resolve, { once: true }));
    // The quick exit's event, as it fires it just before leaving (leaving would end the run).
    root(el)
      .querySelector('nb-quick-exit')!
      .dispatchEvent(
        new CustomEvent('nb-exit', {
          detail: { href: NEUTRAL, trigger: 'escape' },
          bubbles: true,
          composed: true,
        }),
      );
    await wiped;
    expect((await indexedDB.databases()).filter((d) => d.name?.startsWith('nayabato-'))).toEqual([]);
  });

  it.each(['en', 'ne'])('is axe-clean in %s, errors and sharing scope shown', async (lang) => {
    document.documentElement.lang = lang;
    await mount(
      `<main><h1>Intake</h1><nb-intake-form shared-device exit-href="${NEUTRAL}"></nb-intake-form></main>`,
    );
    const form = document.querySelector<NbIntakeForm>('nb-intake-form')!;
    form.client = client;
    await form.updateComplete;
    await userEvent.click(root(form).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(form, 'category'));
    expect(await axeViolations()).toEqual([]);
    await fillAll(form, code());
    await userEvent.click(root(form).querySelector('button.back')!);
    await until(() => !!root(form).querySelector('#f-purposes-sharing'));
    await userEvent.click(field(form, 'purposes-sharing'));
    await userEvent.click(field(form, 'purposes-publication'));
    await userEvent.click(root(form).querySelector('button[type="submit"]')!);
    await until(() => !!errorOf(form, 'recipient'));
    expect(await axeViolations()).toEqual([]);
  });
});
