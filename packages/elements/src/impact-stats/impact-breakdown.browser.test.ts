import { createClient, type NayaBatoClient } from '@nayabato/client';
import { PROVINCES, provinceName } from '@nayabato/core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, guardPage, until } from '../base/browser.fixture.js';
import { type IndicatorsAnswer, impactBreakdown, type NbImpactStats } from './impact-stats.js';

// Against the real registry of the chromium project (demo programme), with a publishable key, as a
// company's public page reads it.

let client: NayaBatoClient;
let answer: IndicatorsAnswer;
const PERIOD = { from: '2020-01-01', to: '2030-12-31' };

beforeAll(async () => {
  client = createClient({ baseUrl: inject('registryUrl'), apiKey: inject('publishableKey') });
  answer = await client.indicators.get(PERIOD);
});

async function mounted(attributes: string, lang = 'en') {
  document.documentElement.lang = lang;
  const holder = document.createElement('main');
  holder.innerHTML = `<h1>Impact</h1><nb-impact-stats from="${PERIOD.from}" to="${PERIOD.to}" ${attributes}></nb-impact-stats>`;
  const element = holder.querySelector('nb-impact-stats')!;
  element.client = client;
  document.body.append(holder);
  await until(() => element.shadowRoot!.querySelector('[part="breakdown-table"]') !== null, 15_000);
  return element;
}

/** The breakdown table as text: area code → the four cells. */
const shownRows = (element: NbImpactStats) =>
  [...element.shadowRoot!.querySelectorAll('[part="breakdown-table"] tbody tr')].map((tr) => [
    tr.getAttribute('data-area'),
    [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
  ]);

const expectedRows = (by: 'district' | 'province', keep = (_: boolean) => true) =>
  impactBreakdown(answer, by)
    .filter((r) => keep(r.figures.some((f) => f.value !== undefined)))
    .map((r) => [
      r.area,
      r.figures.map((f) => (f.value === undefined ? 'withheld' : f.value.toLocaleString('en-IN'))),
    ]);

describe('<nb-impact-stats by>', () => {
  guardPage();

  it('breaks the figures down by province, each cell exactly as the registry published it', async () => {
    const element = await mounted('by="province"');
    const rows = shownRows(element);
    expect(rows.map(([area]) => area)).toEqual(answer.rehabilitation.groups);
    expect(rows).toHaveLength(PROVINCES.length);
    expect(rows).toEqual(expectedRows('province'));
    const names = [...element.shadowRoot!.querySelectorAll('[part="breakdown-table"] tbody th')].map(
      (th) => th.textContent,
    );
    expect(names).toEqual(answer.rehabilitation.groups.map((code) => provinceName(code as never, 'en')));
    // Where the registry published a province total, the cell is that number; where it withheld it, the
    // cell says so and holds no digit.
    const totals = answer.rehabilitation.groupTotals ?? [];
    answer.rehabilitation.groups.forEach((code, i) => {
      const cell = element.shadowRoot!.querySelector(`tr[data-area="${code}"] td[data-key="supported"]`)!;
      const count = totals[i]!;
      if (count.suppressed) expect(cell.textContent!.trim()).toBe('withheld');
      else expect(cell.textContent!.trim()).toBe(count.value.toLocaleString('en-IN'));
    });
  });

  it('lists only districts with something published, counts the rest, and draws bars for published counts only', async () => {
    const element = await mounted('by="district"');
    const listed = expectedRows('district', (any) => any);
    expect(shownRows(element)).toEqual(listed);
    const hidden = answer.rehabilitation.rows.length - listed.length;
    const notes = [...element.shadowRoot!.querySelectorAll('[part="note"]')].map((p) => p.textContent);
    if (hidden > 0) expect(notes.some((n) => n!.includes(`in ${hidden} other districts`))).toBe(true);
    const bars = [...element.shadowRoot!.querySelectorAll('[part="breakdown-chart"] rect.bar')].map((b) =>
      b.getAttribute('data-area'),
    );
    const published = impactBreakdown(answer, 'district')
      .filter((r) => r.figures[0]!.value !== undefined)
      .map((r) => r.area);
    expect(bars).toEqual(published);
  });

  it('shows no number the registry withheld: every withheld count is the word, never a figure', async () => {
    // Forcing withheld counts: one organisation's figures read by the public are national only, every
    // district and province count withheld (they could otherwise be subtracted from the programme's).
    const element = await mounted(`by="province" organization="${inject('organizationId')}"`);
    const own = await client.indicators.get({ ...PERIOD, organization: inject('organizationId') });
    expect(own.rehabilitation.groupTotals?.every((c) => c.suppressed)).toBe(true);
    for (const [, cells] of shownRows(element)) {
      expect(cells).toEqual(['withheld', 'withheld', 'withheld', 'withheld']);
    }
    expect(element.shadowRoot!.querySelector('[part="breakdown-chart"]')).toBeNull();
  });

  it('speaks Nepali: province names, headings and Nepali digits', async () => {
    const element = await mounted('by="province"', 'ne');
    expect(element.shadowRoot!.querySelector('#breakdown-title')!.textContent).toBe('प्रदेशअनुसार');
    const first = element.shadowRoot!.querySelector('[part="breakdown-table"] tbody th')!.textContent;
    expect(first).toBe(provinceName(answer.rehabilitation.groups[0] as never, 'ne'));
    const text = element.shadowRoot!.querySelector('[part="breakdown-table"]')!.textContent!;
    expect(text).not.toMatch(/[0-9]/);
  });

  it.each([
    ['en', 'province'],
    ['ne', 'district'],
    ['en', 'district'],
    ['ne', 'province'],
  ])('is axe-clean in %s by %s', async (lang, by) => {
    await mounted(`by="${by}"`, lang);
    expect(await axeViolations()).toEqual([]);
  });
});
