/**
 * `@nayabato/elements/story-gallery`: registers `<nb-story-gallery>` (safe to load twice, see `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { NbStoryGallery } from './story-gallery.component.js';

export { NbStoryGallery, type PublishedStoryItem } from './story-gallery.component.js';
export { storyGalleryMessages } from './story-gallery.messages.js';

define('nb-story-gallery', NbStoryGallery);

declare global {
  interface HTMLElementTagNameMap {
    'nb-story-gallery': NbStoryGallery;
  }
}
