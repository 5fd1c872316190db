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
  /**
   * Everything the registry holds about a participant, as one versioned JSON document
   * (`format: 'nayabato.participant-export/1'`), for the registering NGO to hand over to the participant.
   * Audited; the registry marks it `no-store`: keep it only as long as the handover needs.
   * @example
   * ```ts
   * const document = await client.participants.export('pt_0123456789');
   * ```
   */
  export(id: string, options?: CallOptions): Promise<ResponseOf<'exportParticipant'>>;
  /**
   * Erases a participant's identifying data on their request (the registering NGO). The pseudonymous
   * record and what counts and indicators read stay; stories go. Idempotent: a repeat answers the first
   * erasure's instant.
   * @example
   * ```ts
   * const { erasedAt } = await client.participants.erase('pt_0123456789');
   * ```
   */
  erase(id: string, options?: CallOptions): Promise<ResponseOf<'eraseParticipant'>>;
}

/** Builds {@link ParticipantsResource} over the transport's operations. */
export function participants(op: Operations): ParticipantsResource {
  const erase = op.call<ResponseOf<'eraseParticipant'>>('POST', '/v1/participants/{id}/erasure');
  return {
    create: op.call('POST', '/v1/participants'),
    get: op.call('GET', '/v1/participants/{id}'),
    update: op.call('PUT', '/v1/participants/{id}'),
    list: op.list('/v1/participants'),
    search: op.search('/v1/participants/search'),
    export: op.call('GET', '/v1/participants/{id}/export'),
    erase: (id, o) => erase(id, {}, o),
  };
}
