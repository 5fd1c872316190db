import {
  newId,
  type Referral,
  ReferralAction,
  type ReferralActionValue,
  ReferralTransitionError,
  transitionReferral,
} from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import type { MockCaller } from './callers.js';
import {
  type MockProblem,
  participantConsents,
  referralView,
  referralVisible,
  refuseOverride,
  refuseReferralCreate,
  transitionProblem,
} from './referral-policy.js';
import type { RegistryStore } from './store.js';

/** A handler body: the request, its path parameters, its parsed body and who sent it. */
export type MockRun = (
  request: Request,
  params: Record<string, string>,
  body: unknown,
  caller: MockCaller,
) => Response | Promise<Response>;

/** What the referral handlers share with the rest of the mock. */
export interface MockRoutes {
  readonly store: RegistryStore;
  /** The msw path of a route template under the base URL. */
  path(route: string): string;
  /** Wraps a handler with auth, body validation and caller resolution. */
  handle(operation: string, run: MockRun): Parameters<typeof http.get>[1];
  json(body: unknown, status?: number): Response;
  problem(request: Request, problem: MockProblem): Response;
  limitOf(url: URL): number;
}

/**
 * The referral routes: create, list, get and the seven transitions, with the registry's rules: only the
 * parties see a referral (the receiver once it is sent), core's `transitionReferral` decides each move
 * with the participant's consents, and the receiver gets the sender's free text only while it is shared.
 */
export function referralHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const now = () => new Date().toISOString();
  const view = (caller: MockCaller, referral: Referral) => referralView(store, caller, referral, now());
  const visible = (caller: MockCaller, id: string) => {
    const found = store.referrals.get(id) as Referral | undefined;
    return found && referralVisible(store, caller, found) ? found : undefined;
  };

  const list = http.get(
    path('/v1/referrals'),
    handle('GET /v1/referrals', (request, _params, _body, caller) => {
      const url = new URL(request.url);
      const q = (name: string) => url.searchParams.get(name);
      const me = caller.organizationId;
      const filter = (r: Referral) =>
        referralVisible(store, caller, r) &&
        (!q('status') || r.status === q('status')) &&
        (!q('participantId') || r.participantId === q('participantId')) &&
        (q('direction') !== 'sent' || r.fromOrganizationId === me) &&
        (q('direction') !== 'received' || r.toOrganizationId === me);
      const page = store.referrals.page(filter as never, q('cursor'), routes.limitOf(url));
      return json({ ...page, items: page.items.map((r) => view(caller, r as unknown as Referral)) });
    }),
  );
  const create = http.post(
    path('/v1/referrals'),
    handle('POST /v1/referrals', (request, _params, body, caller) => {
      const input = body as { participantId: string; toOrganizationId: string };
      const refused = refuseReferralCreate(store, caller, input);
      if (refused) return problem(request, refused);
      const at = now();
      const referral = {
        ...input,
        id: newId('referral'),
        fromOrganizationId: caller.organizationId,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
      };
      return json(store.referrals.put(referral as never), 201);
    }),
  );
  const get = http.get(
    path('/v1/referrals/{id}'),
    handle('GET /v1/referrals/{id}', (request, params, _body, caller) => {
      const found = visible(caller, params.id ?? '');
      return found ? json(view(caller, found)) : notFound(request);
    }),
  );
  const transitions = ReferralAction.values.map((action: ReferralActionValue) =>
    http.post(
      path(`/v1/referrals/{id}/${action}`),
      handle(`POST /v1/referrals/{id}/${action}`, (request, params, body, caller) => {
        const referral = visible(caller, params.id ?? '');
        if (!referral) return notFound(request);
        const { outcome, reason, override } = (body ?? {}) as {
          outcome?: unknown;
          reason?: string;
          override?: { reason: string };
        };
        if (override) {
          const refused = refuseOverride(caller);
          if (refused) return problem(request, refused);
        }
        let next: Referral;
        try {
          next = transitionReferral(referral, action, {
            actorOrganizationId: caller.organizationId,
            at: now(),
            ...(action === 'send' ? { consents: participantConsents(store, referral.participantId) } : {}),
            ...(override && caller.userId
              ? { override: { userId: caller.userId, reason: override.reason } }
              : {}),
            ...(reason ? { reason } : {}),
            ...(outcome ? { outcome: outcome as never } : {}),
          });
        } catch (error) {
          if (error instanceof ReferralTransitionError) return problem(request, transitionProblem(error));
          throw error;
        }
        store.referrals.put(next as never);
        return json(view(caller, next));
      }),
    ),
  );
  return [list, create, get, ...transitions];
}
