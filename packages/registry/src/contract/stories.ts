import { PublishableStorySchema, StoryInputSchema, StorySchema } from '@nayabato/core';
import * as z from 'zod/mini';
import { named } from './registry.js';
import { pageOf } from './schemas.js';

/** A stored story, as its registering NGO reads it. */
export const StoryRecord = named('Story', StorySchema);

/**
 * What the NGO sends to record or replace a story: core's story input without `photoRef`, which the
 * registry sets when a photo is uploaded (`PUT /v1/stories/{id}/photo`).
 */
export const StoryBody = named(
  'StoryInput',
  z.omit(StoryInputSchema, { photoRef: true }),
  'A story of a participant of the caller. `publication` names the participant’s publication consent and the items to publish; what is published is decided at each read by that consent. The photo is uploaded separately.',
);

/** The public form of a story: only the items a valid publication consent covers now. */
export const PublishedStory = named(
  'PublishedStory',
  PublishableStorySchema,
  'A published story: its id and only the items (text, photo, alias, district) that its publication consent covers at the moment of the request. Never the participant. The photo is `GET /v1/stories/{id}/photo`.',
);

/** A page of stories: the caller's own (NGO) or the published ones (publishable key). */
export const StoryPage = pageOf(
  'StoryPage',
  named(
    'StoryListItem',
    z.union([StoryRecord, PublishedStory]),
    'With a publishable key, a `PublishedStory`; for the registering NGO, its own `Story`.',
  ),
);
