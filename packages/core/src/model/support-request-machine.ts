import * as z from 'zod/mini';
import { FreeTextSchema, IsoDateTimeSchema } from './primitives.js';
import {
  type SupportRequest,
  SupportRequestStatus,
  type SupportRequestStatusValue,
} from './support-request.js';
import type { SupportRequestActionValue, SupportRequestPartyValue } from './support-request-actions.js';
import { SupportRequestTransitionError } from './support-request-transition-error.js';

/** One allowed move of a support request. */
export interface SupportRequestTransition {
  readonly from: SupportRequestStatusValue;
  readonly action: SupportRequestActionValue;
  readonly to: SupportRequestStatusValue;
  /** The party that may take it. */
  readonly by: SupportRequestPartyValue;
}

const t = (
  from: SupportRequestStatusValue,
  action: SupportRequestActionValue,
  to: SupportRequestStatusValue,
  by: SupportRequestPartyValue,
) => Object.freeze({ from, action, to, by });

/**
 * Every allowed (status, action) pair, where it leads and who may take it. Any pair not listed is illegal.
 * `fulfilled`, `declined` and `withdrawn` are final. The desk may start work without acknowledging first
 * (a request it can act on at once), and may fulfil a request it only acknowledged (a document issued on
 * the spot); the NGO may withdraw until the desk has closed it.
 *
 * @example
 * ```ts
 * SUPPORT_REQUEST_TRANSITIONS.filter((x) => x.from === 'submitted').map((x) => x.action);
 * // ['acknowledge', 'start', 'decline', 'withdraw']
 * ```
 */
export const SUPPORT_REQUEST_TRANSITIONS: readonly SupportRequestTransition[] = Object.freeze([
  t('submitted', 'acknowledge', 'acknowledged', 'desk'),
  t('submitted', 'start', 'in_progress', 'desk'),
  t('submitted', 'decline', 'declined', 'desk'),
  t('submitted', 'withdraw', 'withdrawn', 'requester'),
  t('acknowledged', 'start', 'in_progress', 'desk'),
  t('acknowledged', 'fulfil', 'fulfilled', 'desk'),
  t('acknowledged', 'decline', 'declined', 'desk'),
  t('acknowledged', 'withdraw', 'withdrawn', 'requester'),
  t('in_progress', 'fulfil', 'fulfilled', 'desk'),
  t('in_progress', 'decline', 'declined', 'desk'),
  t('in_progress', 'withdraw', 'withdrawn', 'requester'),
]);

/**
 * The statuses no action leaves.
 *
 * @example
 * ```ts
 * SUPPORT_REQUEST_FINAL_STATUSES; // ['fulfilled', 'declined', 'withdrawn']
 * ```
 */
export const SUPPORT_REQUEST_FINAL_STATUSES: readonly SupportRequestStatusValue[] = Object.freeze(
  SupportRequestStatus.values.filter((s) => !SUPPORT_REQUEST_TRANSITIONS.some((x) => x.from === s)),
);

/**
 * The allowed move for (status, action), or `undefined` when the pair is illegal.
 *
 * @example
 * ```ts
 * findSupportRequestTransition('submitted', 'acknowledge'); // { from: 'submitted', action: 'acknowledge', to: 'acknowledged', by: 'desk' }
 * ```
 */
export function findSupportRequestTransition(
  from: SupportRequestStatusValue,
  action: SupportRequestActionValue,
): SupportRequestTransition | undefined {
  return SUPPORT_REQUEST_TRANSITIONS.find((x) => x.from === from && x.action === action);
}

/**
 * The parties an organisation is to a support request: `requester` (the NGO that raised it), `desk`
 * (the government organisation addressed), or none.
 *
 * @example
 * ```ts
 * supportRequestParties(request, request.toOrganizationId); // ['desk']
 * ```
 */
export function supportRequestParties(
  request: Pick<SupportRequest, 'organizationId' | 'toOrganizationId'>,
  organizationId: string,
): SupportRequestPartyValue[] {
  const parties: SupportRequestPartyValue[] = [];
  if (request.organizationId === organizationId) parties.push('requester');
  if (request.toOrganizationId === organizationId) parties.push('desk');
  return parties;
}

/**
 * The actions an organisation may take on a support request now: what a desk's inbox shows as buttons.
 *
 * @example
 * ```ts
 * allowedSupportRequestActions(request, deskId); // e.g. ['acknowledge', 'start', 'decline']
 * ```
 */
export function allowedSupportRequestActions(
  request: Pick<SupportRequest, 'status' | 'organizationId' | 'toOrganizationId'>,
  organizationId: string,
): SupportRequestActionValue[] {
  const parties = supportRequestParties(request, organizationId);
  return SUPPORT_REQUEST_TRANSITIONS.filter((x) => x.from === request.status && parties.includes(x.by)).map(
    (x) => x.action,
  );
}

/** What {@link transitionSupportRequest} needs besides the request and the action. */
export interface SupportRequestTransitionContext {
  /** The organisation acting. */
  readonly actorOrganizationId: string;
  /** When (ISO instant with offset); becomes `updatedAt`, and `respondedAt` for the desk's actions. */
  readonly at: string;
  /** The desk's answer (free text): required to decline, optional otherwise; ignored for `withdraw`. */
  readonly response?: string;
}

const ResponseText = FreeTextSchema.check(z.trim(), z.minLength(1));

/**
 * Moves a support request by one action, purely: returns the new request or throws a
 * {@link SupportRequestTransitionError} (never anything else). Checks, in order: the (status, action)
 * pair is in {@link SUPPORT_REQUEST_TRANSITIONS} (`illegal_transition`); the acting organisation is the
 * party that may take it (`not_permitted`); `at` is a valid instant (`invalid_context`); a `decline`
 * carries an answer (`response_required`); an answer given is valid free text (`invalid_context`).
 * Each desk action sets `respondedAt`, and its answer, when given, replaces `response`: the NGO reads the
 * desk's latest word.
 *
 * @example
 * ```ts
 * const acknowledged = transitionSupportRequest(request, 'acknowledge', { actorOrganizationId: request.toOrganizationId, at: now });
 * const declined = transitionSupportRequest(acknowledged, 'decline', { actorOrganizationId: request.toOrganizationId, at: later, response: 'No shelter places this month' });
 * ```
 */
export function transitionSupportRequest(
  request: SupportRequest,
  action: SupportRequestActionValue,
  context: SupportRequestTransitionContext,
): SupportRequest {
  const from = request.status;
  const move = findSupportRequestTransition(from, action);
  if (!move) throw new SupportRequestTransitionError({ code: 'illegal_transition', from, action });
  const fail = (code: 'not_permitted' | 'response_required' | 'invalid_context') =>
    new SupportRequestTransitionError({ code, from, to: move.to, action, role: move.by });
  if (!supportRequestParties(request, context.actorOrganizationId).includes(move.by))
    throw fail('not_permitted');
  if (!IsoDateTimeSchema.safeParse(context.at).success) throw fail('invalid_context');

  const next: SupportRequest = { ...request, status: move.to, updatedAt: context.at };
  if (move.by === 'desk') {
    const response = context.response?.trim();
    if (action === 'decline' && !response) throw fail('response_required');
    if (response) {
      if (!ResponseText.safeParse(response).success) throw fail('invalid_context');
      next.response = response;
    }
    next.respondedAt = context.at;
  }
  return next;
}

/** What {@link tryTransitionSupportRequest} returns. */
export type SupportRequestTransitionResult =
  | { readonly ok: true; readonly request: SupportRequest }
  | { readonly ok: false; readonly error: SupportRequestTransitionError };

/**
 * {@link transitionSupportRequest} as a result instead of a throw.
 *
 * @example
 * ```ts
 * const result = tryTransitionSupportRequest(request, 'withdraw', { actorOrganizationId, at });
 * if (!result.ok) console.log(result.error.code);
 * ```
 */
export function tryTransitionSupportRequest(
  request: SupportRequest,
  action: SupportRequestActionValue,
  context: SupportRequestTransitionContext,
): SupportRequestTransitionResult {
  try {
    return { ok: true, request: transitionSupportRequest(request, action, context) };
  } catch (error) {
    if (error instanceof SupportRequestTransitionError) return { ok: false, error };
    throw error;
  }
}
