import { problemHandler } from '@nayabato/client/testing';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, guardPage, until } from '../base/browser.fixture.js';
import { BASE_URL, type MockRegistry, mockRegistry } from '../mock-registry.fixture.js';
import { NbStoryGallery } from './story-gallery.js';

// Against the client's msw handlers over a synthetic programme: the stories route answers a publishable
// key with the published stories, each with only the items its publication consent covers (core's
// publishableStory), as the registry does.

/** A 1×1 PNG, stored as the photo of the one published story that has a photo. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function withPhotos(registry = mockRegistry()) {
  for (const story of registry.mock.store.stories.all()) {
    if (story.photoRef)
      registry.mock.store.storyPhotos.put({ id: story.id, contentType: 'image/png', bytes: PNG });
  }
  return registry;
}

async function gallery(registry: MockRegistry, attributes = '') {
  const holder = document.createElement('div');
  holder.innerHTML = `<nb-story-gallery ${attributes}></nb-story-gallery>`;
  const element = holder.firstElementChild as NbStoryGallery;
  element.client = registry.client;
  document.body.append(holder);
  const root = element.shadowRoot!;
  await until(
    () => !!root.querySelector('section, [part~="state"]') && !root.querySelector('[part~="state-loading"]'),
    10_000,
  );
  await element.updateComplete;
  return element;
}

const ids = (element: NbStoryGallery) =>
  [...element.shadowRoot!.querySelectorAll('[part="story"]')].map((li) => li.getAttribute('data-id'));

describe('<nb-story-gallery>', () => {
  guardPage();

  it('shows the published stories with only the items their consent names', async () => {
    expect(customElements.get('nb-story-gallery')).toBe(NbStoryGallery);
    const registry = withPhotos();
    const element = await gallery(registry);
    const published = await registry.client.stories.listPublished({ limit: 12 }).toArray({ limit: 12 });
    expect(published.length).toBeGreaterThan(1);
    expect(published.length).toBeLessThan(registry.mock.store.stories.all().length);
    expect(ids(element)).toEqual(published.map((s) => s.id));
    for (const story of published) {
      const card = element.shadowRoot!.querySelector(`[data-id="${story.id}"]`)!;
      expect(card.querySelector('[part="text"]')?.textContent ?? undefined).toBe(story.text);
      const byline = card.querySelector('[part="byline"]')?.textContent ?? '';
      if (story.alias) expect(byline).toContain(story.alias);
      if (story.district) expect(byline).toContain(story.district);
    }
    // Nothing but the published items: no participant id, no organisation.
    const text = element.shadowRoot!.textContent!;
    for (const story of registry.mock.store.stories.all()) {
      expect(text).not.toContain(story.participantId);
      expect(text).not.toContain(story.organizationId);
    }
  });

  it('shows a photo from a blob fetched with the publishable key, and revokes its URL when removed', async () => {
    const registry = withPhotos();
    const element = await gallery(registry);
    await until(() => element.shadowRoot!.querySelector('img') !== null, 10_000);
    const img = element.shadowRoot!.querySelector('img')!;
    expect(img.src).toMatch(/^blob:/);
    expect(img.alt).toMatch(/^Photo shared by /);
    await until(() => img.complete && img.naturalWidth === 1);
    const photoRequests = registry.requests.filter((r) => r.url.endsWith('/photo'));
    expect(photoRequests.length).toBe(1);
    expect(photoRequests[0]!.authorization).toBe('Bearer pk_test_public');
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    element.remove();
    expect(revoke).toHaveBeenCalledWith(img.src);
    revoke.mockRestore();
    await expect(fetch(img.src)).rejects.toThrow();
  });

  it('drops a story whose publication consent was withdrawn on reload', async () => {
    const registry = withPhotos();
    const element = await gallery(registry);
    const [first, ...rest] = ids(element);
    const story = registry.mock.store.stories.get(first!)!;
    const consent = registry.mock.store.consents.get(story.publication!.consentId)!;
    registry.mock.store.consents.put({ ...consent, withdrawnAt: new Date(Date.now() - 1000).toISOString() });
    await element.reload();
    await element.updateComplete;
    expect(ids(element)).toEqual(rest);
  });

  it('switches to Nepali at run time (heading, district names)', async () => {
    const element = await gallery(withPhotos());
    expect(element.shadowRoot!.querySelector('h2')!.textContent).toContain('Stories');
    element.lang = 'ne';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).toContain('कथाहरू');
    const bylines = [...element.shadowRoot!.querySelectorAll('[part="byline"]')].map((p) => p.textContent!);
    expect(bylines.some((b) => /काठमाडौं|काठमाडौँ|भक्तपुर/.test(b))).toBe(true);
    expect(bylines.every((b) => b.endsWith('बाट'))).toBe(true);
  });

  it('shows empty when nothing is published', async () => {
    const element = await gallery(mockRegistry(0));
    expect(element.shadowRoot!.querySelector('[part~="state-empty"]')).not.toBeNull();
  });

  it('shows an error with retry, and forbidden for a 401', async () => {
    const registry = withPhotos();
    registry.before.push(problemHandler(BASE_URL, 'GET', '/v1/stories', 500));
    const element = await gallery(registry);
    expect(element.shadowRoot!.querySelector('[part~="state-error"]')!.textContent).toMatch(
      /Reference: req_mock/,
    );
    registry.before.length = 0;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => ids(element).length > 0, 10_000);

    const locked = mockRegistry(0);
    locked.before.push(problemHandler(BASE_URL, 'GET', '/v1/stories', 401, { detail: 'key revoked xyz' }));
    const other = await gallery(locked);
    const state = other.shadowRoot!.querySelector('[part~="state-forbidden"]')!;
    expect(state).not.toBeNull();
    expect(state.textContent).not.toContain('xyz');
  });

  it('shows the skeleton while loading', async () => {
    const registry = mockRegistry(0);
    registry.before.push(
      http.get(`${BASE_URL}/v1/stories`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const holder = document.createElement('div');
    holder.innerHTML = '<nb-story-gallery></nb-story-gallery>';
    const element = holder.firstElementChild as NbStoryGallery;
    element.client = registry.client;
    document.body.append(holder);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot!.querySelector('[part~="state-loading"][aria-busy="true"]')).not.toBeNull();
  });

  it.each(['en', 'ne'])('is axe-clean in %s', async (lang) => {
    document.documentElement.lang = lang;
    const registry = withPhotos();
    const main = document.createElement('main');
    main.innerHTML = '<h1>Stories</h1>';
    document.body.append(main);
    const holder = document.createElement('div');
    holder.innerHTML = '<nb-story-gallery></nb-story-gallery>';
    const element = holder.firstElementChild as NbStoryGallery;
    element.client = registry.client;
    main.append(holder);
    await until(() => element.shadowRoot!.querySelector('img') !== null, 10_000);
    expect(await axeViolations()).toEqual([]);
  });
});
