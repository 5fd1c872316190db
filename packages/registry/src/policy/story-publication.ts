import { type PublishableStory, publishableStory } from '@nayabato/core';
import { consentOf, type PublishedStoryRow, toStory } from '../store/stories.js';

/**
 * What of a story the public sees at `at`: core's `publishableStory` over the publication consent read
 * in the same query as the story, so a withdrawal is seen at once. Undefined when nothing is covered.
 *
 * @example
 * ```ts
 * const card = publishedView(row, new Date()); // { id, items: ['text'], text } or undefined
 * ```
 */
export function publishedView(row: PublishedStoryRow, at: Date): PublishableStory | undefined {
  return publishableStory(toStory(row), [consentOf(row)], at);
}

/** Whether the public may fetch the story's photo at `at`: its photo item is published now. */
export function photoPublished(row: PublishedStoryRow, at: Date): boolean {
  return publishedView(row, at)?.items.includes('photo') ?? false;
}
