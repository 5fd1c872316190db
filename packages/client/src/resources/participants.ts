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
   * await client.participants.update(id, { ...input, shelterStatus: 'with_family' });
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
   * for await (const p of client.participants.search({ currentDistrict: 'Sindhupalchok', gender: 'feminine' })) console.log(p.id);
   * ```
   */
  search(
    body?: SearchBody<'searchParticipants'>,
    options?: CallOptions,
  ): Paginator<ItemOf<'searchParticipants'>>;
}

/** Builds {@link ParticipantsResource} over the transport's operations. */
export function participants(op: Operations): ParticipantsResource {
  return {
    create: op.call('POST', '/v1/participants'),
    get: op.call('GET', '/v1/participants/{id}'),
    update: op.call('PUT', '/v1/participants/{id}'),
    list: op.list('/v1/participants'),
    search: op.search('/v1/participants/search'),
  };
}
