import { type Consent, newId, publishableStory, type Story } from '@nayabato/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { callerOf, type MockCallers } from './callers.js';
import { mockRequestId } from './problem.js';
import type { MockRoutes } from './referral-handlers.js';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The type the first bytes announce (magic numbers), as the registry checks it. */
function sniff(bytes: Uint8Array): string | undefined {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

/** What the story handlers need beyond {@link MockRoutes}. */
export interface StoryMockOptions {
  readonly callers: MockCallers;
  /** The organisation of credentials not in `callers`. */
  readonly organizationId: string;
  /** @default 5 MiB, as the registry */
  readonly maxPhotoBytes?: number;
}

/**
 * The story routes, like the registry: the registering NGO creates, reads, replaces and lists its
 * stories; a publishable key (a bearer starting `pk_`) lists the published ones, each with only the
 * items its publication consent covers now (core's `publishableStory`); photos are checked by type and
 * magic bytes and size (413), stored as sent (the mock does not re-encode), and served only to the owner
 * or while published (404 otherwise). Every answer is `Cache-Control: no-store`.
 */
export function storyHandlers(routes: MockRoutes, options: StoryMockOptions): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const maxBytes = options.maxPhotoBytes ?? 5 * 1024 * 1024;
  const now = () => new Date().toISOString();
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const isPublishable = (request: Request) => /^Bearer pk_/.test(request.headers.get('authorization') ?? '');
  const noStore = (response: Response) => {
    response.headers.set('cache-control', 'no-store');
    return response;
  };
  const own = (id: string, org: string) => {
    const story = store.stories.get(id) as Story | undefined;
    return story && story.organizationId === org ? story : undefined;
  };
  const published = (story: Story) =>
    publishableStory(
      story,
      store.consents.all().filter((c) => c.participantId === story.participantId) as unknown as Consent[],
      new Date(),
    );
  /** 422 or 403 for a story input the registry would refuse. */
  const refuse = (request: Request, body: Record<string, unknown>, org: string): Response | undefined => {
    const participant = store.participants.get(String(body.participantId));
    if (!participant || participant.organizationId !== org) {
      return problem(request, {
        status: 422,
        options: {
          type: 'validation-failed',
          title: 'Validation failed',
          errors: [
            {
              path: ['participantId'],
              pointer: '/participantId',
              code: 'unknown_reference',
              message: { en: 'No such record is visible to you', ne: 'तपाईंले हेर्न मिल्ने यस्तो अभिलेख छैन' },
            },
          ],
        },
      });
    }
    const consentId = (body.publication as { consentId?: string } | undefined)?.consentId;
    const consent = consentId ? store.consents.get(consentId) : undefined;
    if (
      consentId &&
      (!consent || consent.participantId !== body.participantId || consent.purpose !== 'publication')
    ) {
      return problem(request, {
        status: 422,
        options: {
          type: 'validation-failed',
          title: 'Validation failed',
          errors: [
            {
              path: ['publication', 'consentId'],
              pointer: '/publication/consentId',
              code: 'unknown_reference',
              message: { en: 'No such record is visible to you', ne: 'तपाईंले हेर्न मिल्ने यस्तो अभिलेख छैन' },
            },
          ],
        },
      });
    }
    return undefined;
  };
  const callerOrg = (request: Request) =>
    callerOf(request.headers.get('authorization') ?? '', options.callers, options.organizationId)
      .organizationId;

  const photoRoute = '/v1/stories/{id}/photo';
  return [
    http.get(
      path('/v1/stories'),
      handle('GET /v1/stories', (request, _params, _body, caller) => {
        const url = new URL(request.url);
        const organization = url.searchParams.get('organization');
        const limit = routes.limitOf(url);
        const cursor = url.searchParams.get('cursor');
        if (isPublishable(request)) {
          const page = store.stories.page(
            (s) =>
              (!organization || s.organizationId === organization) && published(s as Story) !== undefined,
            cursor,
            limit,
          );
          return noStore(json({ ...page, items: page.items.map((s) => published(s as Story)) }));
        }
        const participantId = url.searchParams.get('participantId');
        return noStore(
          json(
            store.stories.page(
              (s) =>
                s.organizationId === caller.organizationId &&
                (!organization || s.organizationId === organization) &&
                (!participantId || s.participantId === participantId),
              cursor,
              limit,
            ),
          ),
        );
      }),
    ),
    http.post(
      path('/v1/stories'),
      handle('POST /v1/stories', (request, _params, body, caller) => {
        if (isPublishable(request))
          return problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } });
        const input = (body ?? {}) as Record<string, unknown>;
        const refused = refuse(request, input, caller.organizationId);
        if (refused) return refused;
        const at = now();
        const story = {
          ...input,
          id: newId('story'),
          organizationId: caller.organizationId,
          createdAt: at,
          updatedAt: at,
        };
        return json(store.stories.put(story as unknown as Story), 201);
      }),
    ),
    http.get(
      path('/v1/stories/{id}'),
      handle('GET /v1/stories/{id}', (request, params, _body, caller) => {
        const story = own(params.id ?? '', caller.organizationId);
        return story && !isPublishable(request) ? noStore(json(story)) : notFound(request);
      }),
    ),
    http.put(
      path('/v1/stories/{id}'),
      handle('PUT /v1/stories/{id}', (request, params, body, caller) => {
        const story = own(params.id ?? '', caller.organizationId);
        if (!story || isPublishable(request)) return notFound(request);
        const input = (body ?? {}) as Record<string, unknown>;
        const refused = refuse(request, input, caller.organizationId);
        if (refused) return refused;
        const { id, organizationId, createdAt, photoRef } = story;
        const next = {
          ...input,
          id,
          organizationId,
          createdAt,
          updatedAt: now(),
          ...(photoRef ? { photoRef } : {}),
        };
        return json(store.stories.put(next as unknown as Story));
      }),
    ),
    // The upload's body is binary: not through `handle`, which parses JSON.
    http.put(path(photoRoute), async ({ request, params }) => {
      if (!/^Bearer \S+$/.test(request.headers.get('authorization') ?? ''))
        return problem(request, {
          status: 401,
          options: { type: 'unauthenticated', title: 'Authentication required' },
        });
      if (isPublishable(request))
        return problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } });
      const story = own(String(params.id), callerOrg(request));
      if (!story) return notFound(request);
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.byteLength > maxBytes)
        return problem(request, {
          status: 413,
          options: { type: 'payload-too-large', title: 'Request body too large' },
        });
      if (!PHOTO_TYPES.includes(type) || sniff(bytes) !== type)
        return problem(request, {
          status: 415,
          options: { type: 'unsupported-media-type', title: 'Unsupported media type' },
        });
      const previous = story.photoRef ? Number(/\/(\d+)\.\w+$/.exec(story.photoRef)?.[1] ?? 0) : 0;
      store.storyPhotos.put({ id: story.id, contentType: type, bytes });
      const photoRef = `photos/${story.id}/${previous + 1}.${EXTENSION[type]}`;
      return json(store.stories.put({ ...story, photoRef, updatedAt: now() }));
    }),
    http.delete(
      path(photoRoute),
      handle(`DELETE ${photoRoute}`, (request, params, _body, caller) => {
        const story = own(params.id ?? '', caller.organizationId);
        if (!story || isPublishable(request)) return notFound(request);
        store.storyPhotos.delete(story.id);
        const { photoRef: _dropped, ...rest } = story;
        return json(store.stories.put({ ...rest, updatedAt: now() } as Story));
      }),
    ),
    http.get(
      path(photoRoute),
      handle(`GET ${photoRoute}`, (request, params, _body, caller) => {
        const id = params.id ?? '';
        const mine = isPublishable(request) ? undefined : own(id, caller.organizationId);
        const story = store.stories.get(id) as Story | undefined;
        const visible = mine ?? (story && published(story)?.items.includes('photo') ? story : undefined);
        const photo = visible && store.storyPhotos.get(id);
        if (!photo) return notFound(request);
        return new HttpResponse(photo.bytes as BodyInit, {
          headers: {
            'content-type': photo.contentType,
            'cache-control': 'no-store',
            'x-request-id': mockRequestId(),
          },
        });
      }),
    ),
  ];
}
