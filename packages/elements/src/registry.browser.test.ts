import { createClient } from '@nayabato/client';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, guardPage, until } from './base/browser.fixture.js';
import { impactFigures, type NbImpactStats } from './impact-stats/impact-stats.js';
import { NbStoryGallery } from './story-gallery/story-gallery.js';

// Against the real registry the chromium project's global set-up started (demo programme, port 0),
// read with a publishable key over HTTP and CORS, as a company's page would.

const client = () => createClient({ baseUrl: inject('registryUrl'), apiKey: inject('publishableKey') });

async function place<E extends HTMLElement & { updateComplete: Promise<unknown> }>(markup: string) {
  const holder = document.createElement('main');
  holder.innerHTML = `<h1>Page</h1>${markup}`;
  const element = holder.querySelector('nb-impact-stats, nb-story-gallery') as unknown as E & {
    client: unknown;
  };
  element.client = client();
  document.body.append(holder);
  await element.updateComplete;
  const root = element.shadowRoot!;
  await until(
    () => !!root.querySelector('section, [part~="state"]') && !root.querySelector('[part~="state-loading"]'),
    20_000,
  );
  await element.updateComplete;
  return element as E;
}

describe('the public components against a running registry', () => {
  guardPage();

  it('<nb-impact-stats> shows the registry’s public figures, withheld ones as a word', async () => {
    expect(inject('registryUrl')).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    const element = await place<NbImpactStats>(
      '<nb-impact-stats from="2025-01-01" to="2025-12-31"></nb-impact-stats>',
    );
    const answer = await client().indicators.get({ from: '2025-01-01', to: '2025-12-31' });
    const figures = impactFigures(answer);
    expect(figures.some((f) => f.value !== undefined)).toBe(true);
    const shown = [...element.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(shown).toEqual(
      figures.map((f) => (f.value === undefined ? 'withheld' : f.value.toLocaleString('en-IN'))),
    );
    document.documentElement.lang = 'ne';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const nepali = [...element.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent!);
    for (const text of nepali) expect(text).not.toMatch(/[0-9]/);
    expect(await axeViolations()).toEqual([]);
  });

  it('<nb-impact-stats organization> shows one organisation’s figures', async () => {
    const organization = inject('organizationId');
    const element = await place<NbImpactStats>(
      `<nb-impact-stats organization="${organization}" from="2025-01-01" to="2025-12-31"></nb-impact-stats>`,
    );
    const answer = await client().indicators.get({ organization, from: '2025-01-01', to: '2025-12-31' });
    const shown = [...element.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(shown).toEqual(
      impactFigures(answer).map((f) =>
        f.value === undefined ? 'withheld' : f.value.toLocaleString('en-IN'),
      ),
    );
  });

  it('<nb-story-gallery> shows the registry’s published stories and nothing else', async () => {
    expect(customElements.get('nb-story-gallery')).toBe(NbStoryGallery);
    const element = await place<NbStoryGallery>('<nb-story-gallery></nb-story-gallery>');
    const published = await client().stories.listPublished({ limit: 12 }).toArray({ limit: 12 });
    expect(published.length).toBeGreaterThan(0);
    const ids = [...element.shadowRoot!.querySelectorAll('[part="story"]')].map((li) =>
      li.getAttribute('data-id'),
    );
    expect(ids).toEqual(published.map((s) => s.id));
    for (const story of published) {
      const card = element.shadowRoot!.querySelector(`[data-id="${story.id}"]`)!;
      expect(card.querySelector('[part="text"]')?.textContent ?? undefined).toBe(story.text);
    }
    expect(await axeViolations()).toEqual([]);
  });
});

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the registry the chromium project's global set-up started. */
    registryUrl: string;
    /** A publishable key of one of its demo organisations. */
    publishableKey: string;
    /** That organisation's id. */
    organizationId: string;
  }
}
