/// <reference types="@vitest/browser-playwright" />
import { createClient, type NayaBatoClient } from '@nayabato/client';
import { DISTRICT_NAMES, type JobPostingJsonLd } from '@nayabato/core';
import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations, guardPage, until } from '../../../elements/src/base/browser.fixture.js';
import { NbJobBoard } from './job-board.js';
import { JSON_LD_ATTRIBUTE } from './job-posting-scripts.js';

// Against the real registry of the chromium project's global set-up (demo programme): a demo company
// publishes offers with a staff token issued from Node, and the board reads them with the company's
// publishable key, as a careers page does.

const registryUrl = inject('registryUrl');
const tag = `zq${Math.random().toString(36).slice(2, 8)}`;
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

let setup: Promise<{ org: string; pk: string; staff: NayaBatoClient; ids: string[] }> | undefined;

/** The demo company, and 7 offers of this run (searchable by `tag`), published once for the file. */
function company() {
  setup ??= (async () => {
    const { token, organizationId } = await commands.staffToken('corporate');
    const pk = inject('publicOrganizations').find((o) => o.id === organizationId)!.publishableKey;
    const staff = createClient({ baseUrl: registryUrl, apiKey: token });
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const offer = await staff.jobOffers.create(offerBody(i));
      await staff.jobOffers.publish(offer.id);
      ids.push(offer.id);
    }
    return { org: organizationId, pk, staff, ids };
  })();
  return setup;
}

/** The body of this run's offer `i`: a title searchable by `tag`, markup in the first one. */
function offerBody(i: number) {
  return {
    title: i === 0 ? `Cook ${tag} <b>bold</b>` : `Helper ${tag} ${i}`,
    description: i === 0 ? `Kitchen work.\n\n${MARKUP}` : `Work number ${i} for ${tag}.`,
    trade: i % 2 === 0 ? 'hospitality_cooking' : 'tailoring',
    skills: ['cleaning'],
    district: i < 4 ? 'Kaski' : 'Kathmandu',
    employmentType: i < 5 ? 'FULL_TIME' : 'PART_TIME',
    wage: { minMonthlyNpr: 20000 + i * 1000, maxMonthlyNpr: 25000 + i * 1000 },
    openings: 1 + i,
    trainingProvided: i === 0,
    accommodationProvided: false,
    transportProvided: true,
    validThrough: i === 6 ? '2099-01-31' : '2030-01-31',
  } as never;
}

async function board(
  attributes: string,
  client?: NayaBatoClient,
  parent: HTMLElement = document.body,
): Promise<NbJobBoard> {
  const { org, pk } = await company();
  const element = document.createElement('nb-job-board');
  element.setAttribute('organization', org);
  if (client) element.client = client;
  else {
    element.setAttribute('registry', registryUrl);
    element.setAttribute('publishable-key', pk);
  }
  for (const [name, value] of attributes
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => a.split('=')))
    element.setAttribute(name!, value ?? '');
  parent.append(element);
  await settled(element);
  return element;
}

async function settled(element: NbJobBoard) {
  const root = element.shadowRoot!;
  await until(
    () =>
      !!root.querySelector(
        '[part~="list"], [part~="state-empty"], [part~="state-error"], [part~="detail"]',
      ) && !root.querySelector('[part~="state-loading"]'),
    15_000,
  );
  await element.updateComplete;
}

const offerIds = (el: NbJobBoard) =>
  [...el.shadowRoot!.querySelectorAll('[part="offer"]')].map((li) => li.getAttribute('data-id')!);
const jsonLd = (el: NbJobBoard) =>
  [...el.querySelectorAll<HTMLScriptElement>(`script[${JSON_LD_ATTRIBUTE}]`)].map(
    (s) => [s.getAttribute(JSON_LD_ATTRIBUTE)!, JSON.parse(s.textContent!) as JobPostingJsonLd] as const,
  );

async function search(el: NbJobBoard, q: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q"]')!;
  input.value = q;
  el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
  // The load starts at once (its loading state is rendered by the next update), then settles.
  await el.updateComplete;
  await settled(el);
}

describe('<nb-job-board> against the registry', () => {
  guardPage();

  it('shows the company’s open offers, searched and paged with "more"', async () => {
    expect(customElements.get('nb-job-board')).toBe(NbJobBoard);
    const { ids } = await company();
    const el = await board('page-size=3');
    expect(offerIds(el).length).toBe(3);
    await search(el, tag);
    expect(offerIds(el)).toHaveLength(3);
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');
    while (more()) {
      const before = offerIds(el).length;
      more()!.click();
      await until(() => offerIds(el).length > before || !more(), 10_000);
      await el.updateComplete;
    }
    expect(new Set(offerIds(el))).toEqual(new Set(ids));
    // The newest first: the last published is on top.
    expect(offerIds(el)[0]).toBe(ids.at(-1));
  });

  it('sorts, and filters by district, trade and kind of work', async () => {
    const { ids } = await company();
    const el = await board('page-size=50');
    await search(el, tag);
    const choose = async (name: string, value: string) => {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      expect((el.filters as unknown as Record<string, string>)[name]).toBe(value);
      await el.updateComplete;
      await settled(el);
    };
    await choose('sort', 'wage');
    // The highest minimum wage first: this run's last offer pays the most.
    expect(offerIds(el)[0]).toBe(ids[6]);
    await choose('sort', 'newest');
    await choose('district', 'Kathmandu');
    expect(new Set(offerIds(el))).toEqual(new Set(ids.slice(4)));
    await choose('employmentType', 'PART_TIME');
    expect(new Set(offerIds(el))).toEqual(new Set(ids.slice(5)));
    await choose('trade', 'hospitality_cooking');
    expect(offerIds(el)).toEqual([ids[6]]);
    await choose('district', 'Jumla');
    expect(offerIds(el)).toEqual([]);
    expect(el.shadowRoot!.querySelector('[part~="state-empty"]')?.textContent).toContain('No opening');
    // Every district is offered, with its Nepali name in Nepali.
    expect(el.shadowRoot!.querySelectorAll('select[name="district"] option')).toHaveLength(
      DISTRICT_NAMES.length + 1,
    );
  });

  it('writes valid JobPosting JSON-LD for every offer shown, kept in sync and removed with the board', async () => {
    const { ids } = await company();
    const el = await board('page-size=50');
    await search(el, tag);
    const scripts = jsonLd(el);
    expect(scripts.map(([id]) => id).sort()).toEqual([...ids].sort());
    for (const [id, posting] of scripts) {
      const offer = await (await company()).staff.jobOffers.get(id);
      expect(posting['@context']).toBe('https://schema.org');
      expect(posting['@type']).toBe('JobPosting');
      expect(posting.title).toBe(offer.title);
      expect(posting.description).not.toContain('<img');
      expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(posting.validThrough).toBe(`${offer.validThrough}T23:59:59+05:45`);
      expect(posting.employmentType).toBe(offer.employmentType);
      expect(posting.hiringOrganization.name.length).toBeGreaterThan(0);
      expect(posting.jobLocation.address).toMatchObject({
        '@type': 'PostalAddress',
        addressLocality: offer.district,
        addressCountry: 'NP',
      });
      expect(posting.jobLocation.address.addressRegion.length).toBeGreaterThan(0);
      expect(posting.baseSalary).toEqual({
        '@type': 'MonetaryAmount',
        currency: 'NPR',
        value: {
          '@type': 'QuantitativeValue',
          minValue: offer.wage.minMonthlyNpr,
          maxValue: offer.wage.maxMonthlyNpr,
          unitText: 'MONTH',
        },
      });
      expect(posting.directApply).toBe(false);
      expect(posting.identifier.value).toBe(id);
      expect(posting.totalJobOpenings).toBe(offer.openings);
      expect(posting.url).toBe(`${location.origin}${location.pathname}${location.search}#offer=${id}`);
      // The registry's own mapping of the offer says the same (but for the page's URL).
      const served = await (await company()).staff.jobOffers.jobPosting(id);
      const { url: _url, ...mine } = posting;
      const { url: _servedUrl, ...theirs } = served as JobPostingJsonLd;
      expect(mine).toEqual(theirs);
    }
    await search(el, `${tag} Cook`);
    expect(jsonLd(el).map(([id]) => id)).toEqual([ids[0]]);
    el.remove();
    expect(document.querySelectorAll(`script[${JSON_LD_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('renders markup in an offer as text, in the list, the detail view and the JSON-LD', async () => {
    const { ids } = await company();
    location.hash = `offer=${ids[0]}`;
    try {
      const el = await board('');
      const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
      expect(detail.querySelector('h3')!.textContent).toBe(`Cook ${tag} <b>bold</b>`);
      expect(detail.querySelector('.description')!.textContent).toContain(MARKUP);
      expect(el.shadowRoot!.querySelector('img, b, script')).toBeNull();
      expect((window as { __pwned?: number }).__pwned).toBeUndefined();
      // The opened offer may sit beyond the first page (other tests add offers for the same company): its
      // JSON-LD then follows the detail fetched by the link, one update later.
      const selector = `script[${JSON_LD_ATTRIBUTE}="${ids[0]}"]`;
      await until(() => !!el.querySelector(selector), 10_000);
      const text = el.querySelector(selector)!.textContent!;
      expect(text).not.toMatch(/<\/?script/i);
      expect(JSON.parse(text).description).toContain('&lt;img src=x');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('opens an offer from its link, keeps it across a reload (the hash) and goes back', async () => {
    const { ids } = await company();
    const el = await board('page-size=50');
    await search(el, tag);
    try {
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-id="${ids[2]}"] a`)!;
      link.click();
      await until(() => !!el.shadowRoot!.querySelector('[part="detail"]'));
      expect(location.hash).toBe(`#offer=${ids[2]}`);
      expect(el.shadowRoot!.activeElement?.id).toBe('detail-title');
      // A new board on the same URL (as after a reload) opens the same offer.
      const again = await board('');
      expect(again.shadowRoot!.querySelector('[part="detail"] h3')!.textContent).toBe(`Helper ${tag} 2`);
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!.click();
      await until(() => !!el.shadowRoot!.querySelector('[part="list"]'));
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('says plainly that it only shows offers: a publishable key cannot create one', async () => {
    const { pk } = await company();
    const el = await board('');
    const reader = createClient({ baseUrl: registryUrl, publishableKey: pk });
    // A complete, valid offer: the registry itself refuses it (403), not the client's validation.
    await expect(reader.jobOffers.create(offerBody(1))).rejects.toMatchObject({ status: 403 });
    expect(el.shadowRoot!.querySelector('[part="referral"]')!.textContent).toContain(
      'This job board can only show offers',
    );
  });

  it('shows a friendly state while the registry is down and recovers with retry', async () => {
    const { pk } = await company();
    let down = true;
    const client = createClient({
      baseUrl: registryUrl,
      publishableKey: pk,
      retry: false,
      fetch: (input, init) => (down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const el = await board('', client);
    const error = el.shadowRoot!.querySelector('[part~="state-error"]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toMatch(/\S/);
    down = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => !!el.shadowRoot!.querySelector('[part="list"]'), 15_000);
    expect(offerIds(el).length).toBeGreaterThan(0);
  });

  it('is accessible in English and Nepali (axe-core), with Nepali texts and digits', async () => {
    // On a page as a site has it: a main landmark and a heading of its own.
    const main = document.createElement('main');
    main.innerHTML = '<h1>Careers</h1>';
    document.body.append(main);
    const el = await board('page-size=3', undefined, main);
    expect(await axeViolations()).toEqual([]);
    document.documentElement.lang = 'ne';
    await until(() => el.shadowRoot!.querySelector('h2')!.textContent!.includes('रोजगारी'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="offer"] .meta')!.textContent).toMatch(/[०-९]/);
    expect(await axeViolations()).toEqual([]);
  });
});
