import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { BodyOf, ItemOf, ListQuery, ResponseOf, SearchBody } from './types.js';

/**
 * Participants, known only by pseudonymous ids. Registered by NGOs; others see what the access policy
 * and consents allow.
 */
export interface ParticipantsResource {
  /**
   * Registers a participant (NGO). The body is checked against core's schema before it is sent.
   * @example
   * ```ts
   * const participant = await client.participants.create(input);
   * ```
   */
  create(body: BodyOf<'createParticipant'>, options?: CallOptions): Promise<ResponseOf<'createParticipant'>>;
  /**
   * One participant, as the caller may see it.
   * @example
   * ```ts
   * const view = await client.participants.get('pt_0123456789');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<ResponseOf<'getParticipant'>>;
  /**
   * Replaces a participant's record (the registering NGO).
   * @example
   * ```ts
   * await client.participants.update(id, { ...input, shelterStatus: 'left_shelter' } as never);
   * ```
   */
  update(
    id: string,
    body: BodyOf<'updateParticipant'>,
    options?: CallOptions,
  ): Promise<ResponseOf<'updateParticipant'>>;
  /**
   * The participants visible to the caller. Filters on personal attributes are only in {@link search}.
   * @example
   * ```ts
   * const recent = await client.participants.list({ updatedSince: '2026-01-01T00:00:00Z' }).toArray({ limit: 100 });
   * ```
   */
  list(query?: ListQuery<'listParticipants'>, options?: CallOptions): Paginator<ItemOf<'listParticipants'>>;
  /**
   * Searches by attributes, sent in a POST body so that they never appear in a URL or a log.
   * @example
   * ```ts
   * for await (const p of client.participants.search({ currentDistrict: 'sindhupalchok', gender: 'female' })) console.log(p.id);
   * ```
   */
  search(
    body?: SearchBody<'searchParticipants'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'searchParticipants'>>;
}

/** Builds {@link ParticipantsResource} over the transport's operations. */
export function participants(op: Operations): ParticipantsResource {
  const search = op.search<SearchBody<'searchParticipants'>, ItemOf<'searchParticipants'>>(
    '/v1/participants/search',
  );
  return {
    create: op.create('/v1/participants'),
    get: op.get('/v1/participants/{id}'),
    update: op.change('PUT', '/v1/participants/{id}'),
    list: op.list('/v1/participants'),
    search: (body, o) => search(body ?? {}, o),
  };
}
