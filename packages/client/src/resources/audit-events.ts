import type { CallOptions } from '../options.js';
import type { Paginator } from '../pagination/paginator.js';
import type { Operations } from './operation.js';
import type { ItemOf, ListQuery } from './types.js';

/**
 * The audit trail: who read or changed what. An organisation reads its own actions and every access to
 * the participants it registered; the coordinator reads all. Events carry ids and codes, never a personal
 * value.
 */
export interface AuditEventsResource {
  /**
   * Audit events, oldest first, filtered by actor (`actorId`: a key or user), record (`recordId`),
   * `action` and period (`from` inclusive, `to` exclusive).
   * @example
   * ```ts
   * const reads = await client.auditEvents.list({ recordId: 'pt_0123456789', action: 'read' }).toArray({ limit: 100 });
   * ```
   */
  list(query?: ListQuery<'listAuditEvents'>, options?: CallOptions): Paginator<ItemOf<'listAuditEvents'>>;
}

/** Builds {@link AuditEventsResource} over the transport's operations. */
export function auditEvents(op: Operations): AuditEventsResource {
  return { list: op.list('/v1/audit-events') };
}
