import { createClient, type GetToken } from '@nayabato/client';
import { MINIMUM_WAGE } from '@nayabato/core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations, guardPage, until } from '../../../elements/src/base/browser.fixture.js';
import '../job-board/job-board.js';
import { NbJobOfferEditor } from './job-offer-editor.js';

// Against the real registry of the chromium project's global set-up: HR's staff token is issued from
// Node with the demo company's secret key (commands.staffToken); the page only ever holds the token.

type Staff = Awaited<ReturnType<typeof commands.staffToken>>;

let mounted: NbJobOfferEditor[] = [];
afterEach(() => {
  mounted = [];
});

async function editor(getToken: GetToken, registry: string, page = false): Promise<NbJobOfferEditor> {
  const holder = document.createElement('div');
  // As a page would hold it (a main landmark and a level-one heading), for axe-core's page rules.
  holder.innerHTML = page
    ? '<main><h1>HR</h1><nb-job-offer-editor lang="en"></nb-job-offer-editor></main>'
    : '<nb-job-offer-editor lang="en"></nb-job-offer-editor>';
  const element = holder.querySelector('nb-job-offer-editor') as NbJobOfferEditor;
  element.registry = registry;
  element.getToken = getToken;
  document.body.append(holder);
  mounted.push(element);
  await until(() => {
    const root = element.shadowRoot;
    return !!root?.querySelector(
      'form, [part~="notice"][role="alert"], [part~="state"]:not([part~="state-loading"])',
    );
  }, 15_000);
  await element.updateComplete;
  return element;
}

const root = (e: NbJobOfferEditor) => e.shadowRoot!;
const field = (e: NbJobOfferEditor, name: string) =>
  root(e).querySelector<HTMLInputElement & HTMLSelectElement>(`[name="${name}"]`)!;

async function type(e: NbJobOfferEditor, values: Record<string, string | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = field(e, name);
    if (typeof value === 'boolean') {
      input.checked = value;
      input.dispatchEvent(new Event('change'));
    } else if (input.tagName === 'SELECT') {
      input.value = value;
      input.dispatchEvent(new Event('change'));
    } else {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  }
  await e.updateComplete;
}

const button = (e: NbJobOfferEditor, action: string) =>
  root(e).querySelector<HTMLButtonElement>(
    action === 'save' ? 'button[type="submit"]' : `[data-action="${action}"]`,
  )!;
const notice = (e: NbJobOfferEditor) => root(e).querySelector('[part~="notice"]')?.textContent?.trim() ?? '';

function validOffer(title: string) {
  return {
    title,
    description: 'Prepare vegetables and keep the kitchen clean. <script>alert(1)</script>',
    trade: 'hospitality_cooking',
    skills: 'chopping\nhygiene',
    employmentType: 'FULL_TIME',
    district: 'Kaski',
    locality: 'Pokhara',
    wageMin: String(MINIMUM_WAGE.monthly + 1500),
    wageMax: String(MINIMUM_WAGE.monthly + 5000),
    openings: '2',
    trainingProvided: true,
  };
}

const tokenOf =
  (staff: Staff): GetToken =>
  () =>
    staff.token;
const unique = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 8)}`;

describe('<nb-job-offer-editor>', () => {
  guardPage();

  it('lets HR create and publish an offer, which the company’s publishable key then reads', async () => {
    expect(customElements.get('nb-job-offer-editor')).toBe(NbJobOfferEditor);
    const staff = await commands.staffToken('corporate');
    const element = await editor(tokenOf(staff), staff.registryUrl);
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['nb-offer-saved', 'nb-offer-published'])
      element.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    const title = unique('Kitchen assistant');
    await type(element, validOffer(title));
    // The live preview shows the text inert, as written.
    const preview = root(element).querySelector('[part~="preview"]')!;
    expect(preview.querySelector('[part~="offer-title"]')?.textContent).toBe(title);
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelector('[part~="offer-description"]')?.textContent).toContain('<script>');

    expect(button(element, 'pause').disabled).toBe(true); // a new offer cannot be paused
    button(element, 'save').click();
    await until(() => events.length === 1, 10_000);
    const id = (events[0]!.detail as { id: string }).id;
    expect(events[0]).toEqual({ type: 'nb-offer-saved', detail: { id, created: true } });
    expect(id).toMatch(/^job_/);
    expect(notice(element)).toBe('Saved.');
    expect(button(element, 'publish').disabled).toBe(false);
    expect(button(element, 'pause').disabled).toBe(true);

    button(element, 'publish').click();
    await until(() => events.length === 2, 10_000);
    expect(events[1]).toEqual({ type: 'nb-offer-published', detail: { id } });
    await element.updateComplete;
    expect(notice(element)).toBe('The offer is now: Open.');
    expect(button(element, 'publish').disabled).toBe(true);
    expect(button(element, 'pause').disabled).toBe(false);
    // Listed in the picker with its status.
    const option = root(element).querySelector<HTMLOptionElement>(`#pick option[value="${id}"]`);
    expect(option?.textContent).toBe(`${title} (Open)`);

    const publishableKey = inject('publicOrganizations').find(
      (o) => o.id === staff.organizationId,
    )!.publishableKey;
    const publicClient = createClient({ baseUrl: staff.registryUrl, publishableKey });
    const published = await publicClient.jobOffers.get(id);
    expect(published).toMatchObject({ title, status: 'open', organizationId: staff.organizationId });
    const open = await publicClient.jobOffers.list({ q: title.split(' ').at(-1)! }).toArray({ limit: 10 });
    expect(open.map((o) => o.id)).toContain(id);

    // And the company's job board shows it, searched by its title's last word.
    const jobs = document.createElement('nb-job-board');
    jobs.setAttribute('organization', staff.organizationId);
    jobs.setAttribute('registry', staff.registryUrl);
    jobs.setAttribute('publishable-key', publishableKey);
    document.body.append(jobs);
    const board = jobs.shadowRoot!;
    await until(() => !!board.querySelector('input[name="q"]'), 15_000);
    board.querySelector<HTMLInputElement>('input[name="q"]')!.value = title.split(' ').at(-1)!;
    board.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => !!board.querySelector(`[part="offer"][data-id="${id}"]`), 15_000);
    expect(board.querySelector(`[part="offer"][data-id="${id}"] h3`)?.textContent?.trim()).toBe(title);
  });

  it('edits an offer picked from the company’s list with a PATCH of what changed', async () => {
    const staff = await commands.staffToken('corporate');
    const client = createClient({ baseUrl: staff.registryUrl, getToken: tokenOf(staff) });
    const title = unique('Tailor');
    const stored = await client.jobOffers.create({
      title,
      description: 'Sewing uniforms.',
      trade: 'tailoring',
      skills: [],
      district: 'Kathmandu',
      employmentType: 'PART_TIME',
      wage: { minMonthlyNpr: MINIMUM_WAGE.monthly, maxMonthlyNpr: MINIMUM_WAGE.monthly + 2000 },
      openings: 1,
      trainingProvided: false,
      accommodationProvided: false,
      transportProvided: false,
    });
    const element = await editor(tokenOf(staff), staff.registryUrl);
    const pick = root(element).querySelector<HTMLSelectElement>('#pick')!;
    pick.value = stored.id;
    pick.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(field(element, 'title').value).toBe(title);
    expect(field(element, 'district').value).toBe('Kathmandu');
    await type(element, { openings: '4' });
    const saved = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('nb-offer-saved', (e) => resolve(e), { once: true }),
    );
    button(element, 'save').click();
    expect((await saved).detail).toEqual({ id: stored.id, created: false });
    const after = await client.jobOffers.get(stored.id);
    expect(after).toMatchObject({ openings: 4, title, status: 'draft', district: 'Kathmandu' });
  });

  it('shows core’s field messages in English and Nepali and moves focus to the first error', async () => {
    const staff = await commands.staffToken('corporate');
    const element = await editor(tokenOf(staff), staff.registryUrl);
    await type(element, { wageMin: '30000', wageMax: '25000', openings: '' });
    button(element, 'save').click();
    await until(() => root(element).querySelectorAll('[part~="error"]').length > 0);
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('name')).toBe('title');
    const title = field(element, 'title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-error');
    const error = (name: string) => root(element).querySelector(`#${name}-error`)?.textContent ?? '';
    expect(error('title')).toMatch(/required/i);
    expect(error('wageMax')).toMatch(/.+/);
    expect(error('openings')).toMatch(/required/i);
    expect(notice(element)).toMatch(/^Please correct the fields marked below/);
    element.lang = 'ne';
    await element.updateComplete;
    expect(error('title')).toMatch(/[\u0900-\u097F]/);
    expect(error('title')).not.toMatch(/required/i);
    expect(notice(element)).toMatch(/^कृपया/);
    // Correcting a field clears its message as the user types.
    await type(element, { title: 'Cook' });
    expect(root(element).querySelector('#title-error')).toBeNull();
  });

  it('warns about a wage below the minimum wage while typing and after saving (the registry’s warning)', async () => {
    const staff = await commands.staffToken('corporate');
    const element = await editor(tokenOf(staff), staff.registryUrl);
    const low = MINIMUM_WAGE.monthly - 2000;
    await type(element, {
      ...validOffer(unique('Helper')),
      wageMin: String(low),
      wageMax: String(low + 500),
    });
    const warning = () => root(element).querySelector('#wageMin-warning')?.textContent ?? '';
    expect(warning()).toContain('below the minimum wage');
    expect(field(element, 'wageMin').getAttribute('aria-describedby')).toBe('wageMin-warning');
    const saved = new Promise<void>((resolve) =>
      element.addEventListener('nb-offer-saved', () => resolve(), { once: true }),
    );
    button(element, 'save').click(); // a warning never blocks saving
    await saved;
    await element.updateComplete;
    expect(warning()).toContain('below the minimum wage');
    element.lang = 'ne';
    await element.updateComplete;
    expect(warning()).toContain('न्यूनतम पारिश्रमिक');
  });

  it('disables moves core forbids and shows the registry’s 409 invalid-transition in English and Nepali', async () => {
    const staff = await commands.staffToken('corporate');
    const element = await editor(tokenOf(staff), staff.registryUrl);
    await type(element, validOffer(unique('Guard')));
    const saved = new Promise<CustomEvent<{ id: string }>>((resolve) =>
      element.addEventListener('nb-offer-saved', (e) => resolve(e), { once: true }),
    );
    button(element, 'save').click();
    const { id } = (await saved).detail;
    // Closed meanwhile elsewhere (another HR tab): the editor still believes it is a draft.
    const other = createClient({ baseUrl: staff.registryUrl, getToken: tokenOf(staff) });
    await other.jobOffers.close(id);
    await element.updateComplete;
    expect(button(element, 'publish').disabled).toBe(false);
    button(element, 'publish').click();
    await until(() => notice(element).startsWith('A job offer'), 10_000);
    expect(notice(element)).toBe('A job offer cannot move from closed to open');
    // The editor read the offer again: it is closed, and nothing more can be done with it.
    await until(() => button(element, 'publish').disabled);
    expect(root(element).querySelector('.status')?.textContent).toBe('Status: Closed');
    for (const action of ['save', 'publish', 'pause', 'close'])
      expect(button(element, action).disabled).toBe(true);
    expect(root(element).querySelector('[part~="notice"]')?.getAttribute('role')).toBe('alert');
    element.lang = 'ne';
    await element.updateComplete;
    expect(notice(element)).toBe('रोजगार प्रस्तावलाई closed बाट open मा लैजान मिल्दैन');
  });

  it('refuses a secret key: nothing is sent and it says why', async () => {
    const staff = await commands.staffToken('corporate');
    const before = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.startsWith(staff.registryUrl)).length;
    const element = await editor(() => 'sk_test_0123456789abcdef', staff.registryUrl);
    expect(notice(element)).toContain('secret key (sk_…)');
    expect(root(element).querySelector('form')).toBeNull();
    const after = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.startsWith(staff.registryUrl)).length;
    expect(after).toBe(before);
  });

  it('asks getToken again after a 401 (an expired token) and carries on', async () => {
    const staff = await commands.staffToken('corporate');
    const calls: boolean[] = [];
    const getToken: GetToken = ({ forceRefresh }) => {
      calls.push(forceRefresh);
      return forceRefresh ? staff.token : 'st_expired0000000000000000';
    };
    const element = await editor(getToken, staff.registryUrl);
    expect(root(element).querySelector('form')).not.toBeNull();
    expect(calls).toEqual([false, true]);
  });

  it('has no axe-core violations in English and Nepali, errors and warning shown', async () => {
    const staff = await commands.staffToken('corporate');
    const element = await editor(tokenOf(staff), staff.registryUrl, true);
    await type(element, { wageMin: String(MINIMUM_WAGE.monthly - 1), title: 'Cook' });
    button(element, 'save').click();
    await until(() => root(element).querySelectorAll('[part~="error"]').length > 0);
    expect(await axeViolations()).toEqual([]);
    element.lang = 'ne';
    await element.updateComplete;
    expect(await axeViolations()).toEqual([]);
  });
});
