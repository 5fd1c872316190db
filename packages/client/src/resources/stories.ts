import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Transport } from '../transport/transport.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf, Schemas } from './types.js';

/** The media types a story photo is uploaded and served as. */
export type StoryPhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * Participants' stories, recorded by the registering NGO and published item by item (text, photo,
 * alias, district) only while a publication consent covers each item. The photo is uploaded as the raw
 * request body (not multipart), its media type as `Content-Type`; the registry re-encodes it without any
 * metadata.
 */
export interface StoriesResource {
  /**
   * Records a story (the registering NGO).
   * @example
   * ```ts
   * const story = await client.stories.create({ participantId, text, publication: { consentId, items: ['text'] } });
   * ```
   */
  create(body: BodyOf<'createStory'>, options?: CallOptions): Promise<ResponseOf<'createStory'>>;
  /**
   * One story in full (the registering NGO).
   * @example
   * ```ts
   * const story = await client.stories.get(id);
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getStory'>>;
  /**
   * Replaces a story; its photo stays.
   * @example
   * ```ts
   * await client.stories.update(id, { ...input, text: 'New text' });
   * ```
   */
  update(id: string, body: BodyOf<'updateStory'>, options?: CallOptions): Promise<ResponseOf<'updateStory'>>;
  /**
   * The caller's own stories (an NGO's secret key or staff token).
   * @example
   * ```ts
   * for await (const story of client.stories.list({ participantId })) console.log(story.id);
   * ```
   */
  list(query?: ListQuery<'listStories'>, options?: CallOptions): Paginator<ItemOf<'listStories'>>;
  /**
   * The published stories, each with only its consented items (with a publishable key).
   * @example
   * ```ts
   * const cards = await client.stories.listPublished({ organization: 'org_0123456789' }).toArray();
   * ```
   */
  listPublished(
    query?: Pick<ListQuery<'listStories'>, 'organization' | 'limit'>,
    options?: CallOptions,
  ): Paginator<Schemas['PublishedStory']>;
  /**
   * Uploads or replaces the photo: the image's bytes (a `Blob`, `File`, `ArrayBuffer` or `Uint8Array`)
   * as the request body, in `type`. Answers the story with its new `photoRef`.
   * @example
   * ```ts
   * await client.stories.uploadPhoto(id, file, 'image/jpeg');
   * ```
   */
  uploadPhoto(
    id: string,
    photo: Blob | ArrayBuffer | Uint8Array,
    type: StoryPhotoType,
    options?: CallOptions,
  ): Promise<ResponseOf<'uploadStoryPhoto'>>;
  /**
   * The photo, as a `Blob`, while it is published (or always for the registering NGO).
   * @example
   * ```ts
   * const url = URL.createObjectURL(await client.stories.getPhoto(id));
   * ```
   */
  getPhoto(id: string, options?: CallOptions): Promise<Blob>;
  /**
   * Removes the photo.
   * @example
   * ```ts
   * await client.stories.deletePhoto(id);
   * ```
   */
  deletePhoto(id: string, options?: CallOptions): Promise<ResponseOf<'deleteStoryPhoto'>>;
}

/** Builds {@link StoriesResource} over the transport's operations (and the transport, for bytes). */
export function stories(op: Operations, t: Transport): StoriesResource {
  const photo = '/v1/stories/{id}/photo';
  return {
    create: op.call('POST', '/v1/stories'),
    get: op.call('GET', '/v1/stories/{id}'),
    update: op.call('PUT', '/v1/stories/{id}'),
    list: op.list('/v1/stories'),
    // The same route: a publishable key gets the published form.
    listPublished: op.list('/v1/stories'),
    uploadPhoto: (id, data, type, o) =>
      t.request({ method: 'PUT', route: photo, path: { id }, bytes: { data, type } }, o),
    getPhoto: (id, o) => t.request({ method: 'GET', route: photo, path: { id }, binaryResponse: true }, o),
    deletePhoto: op.call('DELETE', photo),
  };
}
