import type { NayaBatoClient } from '@nayabato/client';
import { districtName } from '@nayabato/core';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../base/data-controller.js';
import { NbElement } from '../base/nayabato-element.js';
import { renderState, stateStyles } from '../base/states.js';
import { tokens } from '../base/theme.js';
import { storyGalleryMessages } from './story-gallery.messages.js';
import { storyGalleryStyles } from './story-gallery.styles.js';

/** A published story as the registry answers a publishable key: only the items its consent names. */
export type PublishedStoryItem = Awaited<
  ReturnType<ReturnType<NayaBatoClient['stories']['listPublished']>['toArray']>
>[number];

/**
 * Published stories from the registry, read with a publishable key: for each, only what the story's
 * publication consent names (its text, the person's first name, their district, a photo), nothing else.
 * A story whose consent was withdrawn is no longer in the registry's answer, so it is gone on the next load
 * (`reload()`, or the page's next visit: the answer is never cached). Photos are fetched through the
 * client (so the key is sent) and shown from object URLs, which are revoked when the element leaves the
 * page or loads again.
 *
 * Loads with its `client` or the nearest `<nb-provider>`'s, and shows the shared states (loading, empty,
 * offline, forbidden, error with retry) until it has stories.
 *
 * @customElement nb-story-gallery
 * @attr organization - one organisation's stories only (`org_…`); unset, every organisation's
 * @attr limit - how many stories at most (default 12)
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @slot heading - replaces the heading ("Stories")
 * @csspart list - the list of stories
 * @csspart story - one story's card
 * @csspart photo - a story's photo
 * @csspart text - a story's text
 * @csspart byline - the first name and district under a story
 * @csspart state - the shared states (also `state-loading`, `state-empty`, `state-error`, `retry`, …)
 * @cssprop --nb-story-gallery-card-width - the smallest width of a card (default `16rem`)
 * @cssprop --nb-color-surface - the cards' background
 * @cssprop --nb-color-border - the cards' borders
 * @cssprop --nb-radius - the corner radius
 * @cssprop --nb-space - the cards' padding and the gap between them
 *
 * @example
 * ```html
 * <nb-provider registry="https://registry.example.org" publishable-key="pk_live_…">
 *   <nb-story-gallery limit="6"></nb-story-gallery>
 * </nb-provider>
 * ```
 */
export class NbStoryGallery extends NbElement {
  static override styles = [tokens, stateStyles, storyGalleryStyles];

  /** One organisation's stories only (`org_…`); unset, every organisation's. */
  @property({ reflect: true }) organization: string | undefined;
  /** How many stories at most. */
  @property({ type: Number }) limit = 12;

  /** Object URLs of the photos loaded, by story id. */
  @state() private photos = new Map<string, string>();
  private loadedQuery: string | undefined;

  private get query() {
    return { limit: this.limit, ...(this.organization ? { organization: this.organization } : {}) };
  }

  private readonly data = new DataController<PublishedStoryItem[]>(this, {
    load: async (client, signal) => {
      this.loadedQuery = JSON.stringify(this.query);
      const items = await client.stories.listPublished(this.query, { signal }).toArray({ limit: this.limit });
      void this.loadPhotos(client, items, signal);
      return items;
    },
    isEmpty: (items) => items.length === 0,
  });

  /** Loads the stories again now: a withdrawn story is gone. */
  reload(): Promise<void> {
    return this.data.run();
  }

  private async loadPhotos(client: NayaBatoClient, items: PublishedStoryItem[], signal: AbortSignal) {
    this.revokePhotos();
    const photos = new Map<string, string>();
    await Promise.all(
      items
        .filter((s) => s.items.includes('photo') && s.photoRef)
        .map(async (s) => {
          try {
            const blob = await client.stories.getPhoto(s.id, { signal });
            if (signal.aborted) return;
            photos.set(s.id, URL.createObjectURL(blob));
          } catch {
            // A photo that cannot load (withdrawn since the list, offline) is left out: the story stands.
          }
        }),
    );
    if (signal.aborted || !this.isConnected) {
      for (const url of photos.values()) URL.revokeObjectURL(url);
      return;
    }
    this.photos = photos;
  }

  private revokePhotos() {
    for (const url of this.photos.values()) URL.revokeObjectURL(url);
    this.photos = new Map();
  }

  override disconnectedCallback(): void {
    this.revokePhotos();
    super.disconnectedCallback();
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.loadedQuery !== undefined && this.loadedQuery !== JSON.stringify(this.query))
      void this.data.run();
  }

  private story(s: PublishedStoryItem) {
    const photo = this.photos.get(s.id);
    const name = s.items.includes('alias') ? s.alias : undefined;
    const district =
      s.items.includes('district') && s.district ? districtName(s.district, this.locale) : undefined;
    const byline = [name, district ? this.t(storyGalleryMessages, 'from', { district }) : undefined]
      .filter(Boolean)
      .join(' ');
    const alt = name
      ? this.t(storyGalleryMessages, 'photoOf', { name })
      : this.t(storyGalleryMessages, 'photo');
    return html`<li part="story" data-id=${s.id}>
      ${photo ? html`<img part="photo" src=${photo} alt=${alt}>` : nothing}
      ${s.items.includes('text') && s.text ? html`<blockquote part="text">${s.text}</blockquote>` : nothing}
      ${byline ? html`<p part="byline">${byline}</p>` : nothing}
    </li>`;
  }

  override render() {
    const items = this.data.value;
    if (this.data.state.kind !== 'ready' || !items) {
      return renderState(this.data.state, this.locale, { onRetry: () => void this.data.run() });
    }
    return html`<section lang=${this.locale} aria-labelledby="title">
      <h2 id="title"><slot name="heading">${this.t(storyGalleryMessages, 'title')}</slot></h2>
      <ul part="list">${items.map((s) => this.story(s))}</ul>
    </section>`;
  }
}
