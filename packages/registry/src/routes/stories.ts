import type { PublishableStory, StoryInput } from '@nayabato/core';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams, RECORD_ID, updatedSinceParam } from '../contract/operation.js';
import { StoryBody, StoryPage, StoryRecord } from '../contract/stories.js';
import { bodyOf } from '../http/body.js';
import { encodeCursor } from '../http/pagination.js';
import { PHOTO_TYPES, uploadedPhoto } from '../http/photo-body.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller, requireRole } from '../policy/require.js';
import { photoPublished, publishedView } from '../policy/story-publication.js';
import { findVisibleParticipant } from '../store/participants.js';
import {
  deleteStoryPhoto,
  findOwnStory,
  findPublishedStory,
  findStoryPhoto,
  insertStory,
  isPublicationConsentOf,
  listOwnStories,
  listPublishedStories,
  type StoryRow,
  setPhotoRef,
  toStory,
  updateStory,
  upsertStoryPhoto,
} from '../store/stories.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Stories';
/** Public answers change the moment a consent is withdrawn: no one may keep a copy. */
const NO_STORE = 'no-store';
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

const entry = (row: StoryRow, action: 'create' | 'read' | 'list' | 'update', type = 'story') => ({
  action,
  resourceType: type,
  resourceId: row.id,
  participantId: row.participant_id,
});

/** The caller's own story (the registering NGO), else 404: existence does not leak. */
async function ownStory(c: Context<AppEnv>): Promise<StoryRow> {
  const who = caller(c);
  const row = await findOwnStory(c.var.db, who.orgId, param(c, 'id'));
  if (!row) throw new Problem('not-found', 'No such story is visible to you.');
  return row;
}

/** A story is written for a participant the caller registered, under one of its publication consents. */
async function checkStoryInput(c: Context<AppEnv>, input: Omit<StoryInput, 'photoRef'>): Promise<void> {
  const who = caller(c);
  const participant = await findVisibleParticipant(c.var.db, who, input.participantId);
  if (!participant) {
    throw new Problem('validation-failed', 'The participant is not visible to you.', {
      errors: [issue(['participantId'], 'unknown_reference')],
    });
  }
  if (participant.access !== 'owner')
    throw new Problem('forbidden', 'Only the registering organisation records a story.');
  const consentId = input.publication?.consentId;
  if (consentId && !(await isPublicationConsentOf(c.var.db, consentId, input.participantId))) {
    throw new Problem('validation-failed', 'The consent is not a publication consent of this participant.', {
      errors: [issue(['publication', 'consentId'], 'unknown_reference')],
    });
  }
}

/** Stories: recorded by the registering NGO; published item by item under a publication consent. */
export function storyRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/stories',
    {
      id: 'createStory',
      tag,
      summary: 'Record a story of a participant (the registering NGO)',
      body: StoryBody,
      status: 201,
      response: StoryRecord,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], 'record stories');
      const input = bodyOf(c, StoryBody);
      await checkStoryInput(c, input);
      const row = await insertStory(c.var.db, who.orgId, input);
      await audit(c, 'story.create', [entry(row, 'create')]);
      c.header('location', `/v1/stories/${row.id}`);
      return c.json(toStory(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/stories',
    {
      id: 'listStories',
      tag,
      summary: 'List stories: the published ones (publishable key) or the NGO’s own',
      description:
        'With a publishable key: the published stories of the whole programme, each with only the items its publication consent covers at this moment (`Cache-Control: no-store`: a withdrawal removes an item from the very next answer). With an NGO’s secret key or staff token: its own stories in full. Other roles use their publishable key.',
      publishable: true,
      params: [
        ...pageParams,
        {
          name: 'organization',
          in: 'query',
          description: 'Only stories of this organisation (an `org_…` id).',
          schema: { type: 'string', pattern: RECORD_ID.source },
        },
        { ...updatedSinceParam, description: `${updatedSinceParam.description} Own stories only.` },
        {
          name: 'participantId',
          in: 'query',
          description: 'Own stories only: those of this participant (a pseudonymous id).',
        },
      ],
      response: StoryPage,
    },
    async (c) => {
      const who = caller(c, ['secret', 'staff', 'publishable']);
      const { limit, after, updatedSince } = listQuery(c);
      const organization = c.req.query('organization');
      if (organization !== undefined && !RECORD_ID.test(organization)) {
        throw new Problem('bad-request', 'The query parameter organization is not a record id.', {
          errors: [issue(['organization'], 'invalid_id')],
        });
      }
      c.header('cache-control', NO_STORE);
      if (who.kind === 'publishable') {
        const rows = await listPublishedStories(c.var.db, organization, { after, limit });
        const now = new Date();
        const items = rows
          .slice(0, limit)
          .map((row) => publishedView(row, now))
          .filter((s): s is PublishableStory => s !== undefined);
        const last = rows.slice(0, limit).at(-1);
        return c.json({
          items,
          nextCursor: rows.length > limit && last ? encodeCursor({ seq: Number(last.seq) }) : null,
        });
      }
      requireRole(who, ['ngo'], 'list stories with a secret key (use the publishable key)');
      const rows = await listOwnStories(
        c.var.db,
        who.orgId,
        { updatedSince, participantId: c.req.query('participantId'), organizationId: organization },
        { after, limit },
      );
      const own = rows.slice(0, limit);
      await audit(
        c,
        'story.list',
        own.map((row) => entry(row, 'list')),
      );
      const last = own.at(-1);
      return c.json({
        items: own.map(toStory),
        nextCursor: rows.length > limit && last ? encodeCursor({ seq: Number(last.seq) }) : null,
      });
    },
  );

  route(
    app,
    'get',
    '/v1/stories/:id',
    {
      id: 'getStory',
      tag,
      summary: 'One story, in full (the registering NGO)',
      params: [idParam()],
      errors: [404],
      response: StoryRecord,
    },
    async (c) => {
      const row = await ownStory(c);
      await audit(c, 'story.read', [entry(row, 'read')]);
      c.header('cache-control', NO_STORE);
      return c.json(toStory(row));
    },
  );

  route(
    app,
    'put',
    '/v1/stories/:id',
    {
      id: 'updateStory',
      tag,
      summary: 'Replace a story (the registering NGO); its photo stays',
      params: [idParam()],
      body: StoryBody,
      errors: [404],
      response: StoryRecord,
    },
    async (c) => {
      const existing = await ownStory(c);
      const input = bodyOf(c, StoryBody);
      if (input.participantId !== existing.participant_id) {
        throw new Problem('validation-failed', 'A story cannot move to another participant.', {
          errors: [issue(['participantId'], 'other_participant')],
        });
      }
      await checkStoryInput(c, input);
      const photoRef = existing.data.photoRef;
      const row = await updateStory(c.var.db, existing.id, { ...input, ...(photoRef ? { photoRef } : {}) });
      await audit(c, 'story.update', [entry(row, 'update')]);
      return c.json(toStory(row));
    },
  );

  route(
    app,
    'put',
    '/v1/stories/:id/photo',
    {
      id: 'uploadStoryPhoto',
      tag,
      summary: 'Upload or replace the photo of a story (the registering NGO)',
      description:
        'The body is the image itself (JPEG, PNG or WebP, at most `maxPhotoBytes`, 5 MiB by default), with its media type as `Content-Type`; the bytes must be of that type. The registry decodes it and stores a re-encoded copy, scaled to at most 2048 pixels a side, without any metadata (EXIF, GPS, XMP, IPTC, ICC profile, comments, PNG text). Answers the story with its new `photoRef`.',
      params: [idParam()],
      binaryBody: PHOTO_TYPES,
      errors: [404],
      response: StoryRecord,
    },
    async (c) => {
      const existing = await ownStory(c);
      // Read and re-encoded before the transaction opened (`photoUploads`).
      const clean = uploadedPhoto(c);
      const version = await upsertStoryPhoto(c.var.db, existing.id, clean);
      const row = await setPhotoRef(
        c.var.db,
        existing.id,
        `photos/${existing.id}/${version}.${EXTENSION[clean.contentType]}`,
      );
      await audit(c, 'story.photo.upload', [entry(row, 'update', 'story_photo')]);
      return c.json(toStory(row));
    },
  );

  route(
    app,
    'delete',
    '/v1/stories/:id/photo',
    {
      id: 'deleteStoryPhoto',
      tag,
      summary: 'Remove the photo of a story (the registering NGO)',
      params: [idParam()],
      errors: [404],
      response: StoryRecord,
    },
    async (c) => {
      const existing = await ownStory(c);
      await deleteStoryPhoto(c.var.db, existing.id);
      const row = (await findOwnStory(c.var.db, existing.org_id, existing.id))!;
      await audit(c, 'story.photo.delete', [entry(row, 'update', 'story_photo')]);
      return c.json(toStory(row));
    },
  );

  route(
    app,
    'get',
    '/v1/stories/:id/photo',
    {
      id: 'getStoryPhoto',
      tag,
      summary: 'The photo of a story, while its publication consent covers it',
      description:
        'For anyone (a publishable key too) while the story’s publication consent covers its photo at this moment; for the registering NGO (secret key or staff token) always. Otherwise 404, as for a story without a photo. `Cache-Control: no-store`.',
      publishable: true,
      params: [idParam()],
      errors: [404],
      binaryResponse: PHOTO_TYPES,
    },
    async (c) => {
      const who = caller(c, ['secret', 'staff', 'publishable']);
      const id = param(c, 'id');
      const own = who.kind === 'publishable' ? undefined : await findOwnStory(c.var.db, who.orgId, id);
      if (!own) {
        const published = await findPublishedStory(c.var.db, id);
        if (!published || !photoPublished(published, new Date()))
          throw new Problem('not-found', 'No such photo is published.');
      }
      const photo = await findStoryPhoto(c.var.db, id);
      if (!photo) throw new Problem('not-found', 'No such photo is published.');
      if (own) await audit(c, 'story.photo.read', [entry(own, 'read', 'story_photo')]);
      return c.body(new Uint8Array(photo.bytes), 200, {
        'content-type': photo.content_type,
        'cache-control': NO_STORE,
        'x-content-type-options': 'nosniff',
      });
    },
  );
}
