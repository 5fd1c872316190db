import { problemHandler } from '@nayabato/client/testing';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { axeViolations, guardPage, mount, until } from '../base/browser.fixture.js';
import { BASE_URL, mockRegistry } from '../mock-registry.fixture.js';
import { impactFigures, NbImpactStats } from './impact-stats.js';

// Against the client's msw handlers, which compute the indicators with core's computeIndicators and
// publishIndicators over a synthetic programme, as the registry does.

const PERIOD = 'from="2025-01-01" to="2025-12-31"';

/** Mounts the element with the registry's client and waits for it to settle (anything but loading). */
async function stats(attributes = PERIOD, registry = mockRegistry()) {
  const element = await connected(attributes, registry);
  await settled(element);
  return { element, registry };
}

async function connected(attributes: string, registry: ReturnType<typeof mockRegistry>) {
  const holder = document.createElement('div');
  holder.innerHTML = `<nb-impact-stats ${attributes}></nb-impact-stats>`;
  const element = holder.firstElementChild as NbImpactStats;
  element.client = registry.client;
  document.body.append(holder);
  await element.updateComplete;
  return element;
}

async function settled(element: NbImpactStats) {
  await until(() => !element.shadowRoot!.querySelector('[part~="state-loading"]'), 10_000);
  await element.updateComplete;
}

const cells = (element: NbImpactStats) =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [
    row.getAttribute('data-key'),
    row.querySelector('td')!.textContent!.trim(),
  ]);

describe('<nb-impact-stats>', () => {
  guardPage();

  it('shows the public figures of the indicators answer, with the publishable key', async () => {
    expect(customElements.get('nb-impact-stats')).toBe(NbImpactStats);
    const { element, registry } = await stats();
    const answer = await registry.client.indicators.get({ from: '2025-01-01', to: '2025-12-31' });
    const expected = impactFigures(answer);
    expect(expected.filter((f) => f.value !== undefined).length).toBeGreaterThan(0);
    expect(cells(element)).toEqual(
      expected.map((f) => [f.key, f.value === undefined ? 'withheld' : f.value.toLocaleString('en-IN')]),
    );
    expect(registry.requests.every((r) => r.authorization === 'Bearer pk_test_public')).toBe(true);
    // One bar per published figure, the longest for the largest.
    const bars = [...element.shadowRoot!.querySelectorAll('rect.bar')];
    expect(bars.map((b) => b.getAttribute('data-key'))).toEqual(
      expected.filter((f) => f.value !== undefined).map((f) => f.key),
    );
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('People supported');
  });

  it('reads one organisation’s figures with organization=', async () => {
    const registry = mockRegistry();
    const org = registry.mock.store.participants.all()[0]!.organizationId;
    const { element } = await stats(`${PERIOD} organization="${org}"`, registry);
    expect(registry.requests.at(-1)!.url).toContain(`organization=${org}`);
    const answer = await registry.client.indicators.get({
      organization: org,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(cells(element).map(([, v]) => v)).toEqual(
      impactFigures(answer).map((f) =>
        f.value === undefined ? 'withheld' : f.value.toLocaleString('en-IN'),
      ),
    );
  });

  it('loads again when organization changes at run time', async () => {
    const registry = mockRegistry();
    const org = registry.mock.store.participants.all()[0]!.organizationId;
    const { element } = await stats(PERIOD, registry);
    const sent = registry.requests.length;
    element.organization = org;
    await until(() => registry.requests.length > sent);
    await settled(element);
    expect(registry.requests.at(-1)!.url).toContain(`organization=${org}`);
    expect(element.shadowRoot!.querySelector('table')).not.toBeNull();
  });

  it('shows a withheld figure as a word, never a number, and draws no bar for it', async () => {
    // A small programme: its counts fall under the threshold and are suppressed.
    const { element, registry } = await stats(PERIOD, mockRegistry(3));
    const answer = await registry.client.indicators.get({ from: '2025-01-01', to: '2025-12-31' });
    expect(answer.rehabilitation.grandTotal).toMatchObject({ suppressed: true });
    const row = element.shadowRoot!.querySelector('tr[data-key="supported"] td')!;
    expect(row.textContent!.trim()).toBe('withheld');
    expect(row.textContent).not.toMatch(/\d/);
    expect(element.shadowRoot!.querySelector('rect.bar[data-key="supported"]')).toBeNull();
    expect(element.shadowRoot!.querySelector('[part="note"]')).not.toBeNull();
    const label = element.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
    expect(label).toContain('People supported: withheld');
  });

  it('switches to Nepali (Nepali digits) at run time', async () => {
    const { element } = await stats();
    const before = cells(element);
    document.documentElement.lang = 'ne';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const after = cells(element);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).toContain('हाम्रो प्रभाव');
    const toNepali = (s: string) => s.replace(/\d/g, (d) => '०१२३४५६७८९'[Number(d)]!);
    for (const [i, [, value]] of before.entries()) {
      expect(after[i]![1]).toBe(value === 'withheld' ? 'गोप्य राखिएको' : toNepali(value!).replace(/,/g, ','));
      expect(after[i]![1]).not.toMatch(/[0-9]/);
    }
  });

  it('shows loading, then an error with the request id, and retries', async () => {
    const registry = mockRegistry();
    registry.before.push(problemHandler(BASE_URL, 'GET', '/v1/indicators', 500));
    const element = await connected(PERIOD, registry);
    expect(element.shadowRoot!.querySelector('[part~="state-loading"]')).not.toBeNull();
    await until(() => element.shadowRoot!.querySelector('[part~="state-error"]') !== null);
    expect(element.shadowRoot!.querySelector('[part~="state-error"]')!.textContent).toMatch(
      /Reference: req_mock/,
    );
    registry.before.length = 0;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => element.shadowRoot!.querySelector('table') !== null, 10_000);
  });

  it('shows forbidden for a 403, never the error text', async () => {
    const registry = mockRegistry(0);
    registry.before.push(
      problemHandler(BASE_URL, 'GET', '/v1/indicators', 403, { type: 'forbidden', detail: 'secret detail' }),
    );
    const { element } = await stats(PERIOD, registry);
    const state = element.shadowRoot!.querySelector('[part~="state-forbidden"]')!;
    expect(state).not.toBeNull();
    expect(state.textContent).not.toContain('secret detail');
  });

  it('keeps the skeleton while the registry is slow', async () => {
    const registry = mockRegistry(0);
    registry.before.push(
      http.get(`${BASE_URL}/v1/indicators`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const element = await connected('', registry);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot!.querySelector('[part~="state-loading"][aria-busy="true"]')).not.toBeNull();
  });

  it.each(['en', 'ne'])('is axe-clean in %s', async (lang) => {
    document.documentElement.lang = lang;
    const registry = mockRegistry();
    const holder = await mount<HTMLElement>(
      `<main><h1>Impact</h1><nb-impact-stats ${PERIOD}></nb-impact-stats></main>`,
    );
    const element = holder.querySelector('nb-impact-stats')!;
    element.client = registry.client;
    await until(() => element.shadowRoot!.querySelector('table') !== null, 10_000);
    expect(await axeViolations()).toEqual([]);
  });
});
