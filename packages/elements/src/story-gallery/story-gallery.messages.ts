import { defineElementMessages } from '../base/element-messages.js';

/**
 * The texts of `<nb-story-gallery>`, in English and Nepali.
 *
 * @example
 * ```ts
 * storyGalleryMessages.format('title', 'ne'); // 'कथाहरू'
 * ```
 */
export const storyGalleryMessages = defineElementMessages('elements.story-gallery', {
  title: { en: 'Stories', ne: 'कथाहरू' },
  photo: { en: 'Photo shared with this story', ne: 'यो कथासँग बाँडिएको तस्बिर' },
  photoOf: { en: 'Photo shared by {name}', ne: '{name} ले बाँडेको तस्बिर' },
  from: { en: 'from {district}', ne: '{district} बाट' },
  anonymous: { en: 'A participant', ne: 'एक सहभागी' },
});
