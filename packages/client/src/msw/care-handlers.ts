import {
  type IdKind,
  newId,
  type SupportRequest,
  SupportRequestAction,
  SupportRequestTransitionError,
  transitionSupportRequest,
} from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import {
  mockCareRecordView,
  mockSupportRequestView,
  refuseDesk,
  refuseParticipant,
  refuseRole,
  supportRequestProblem,
  supportRequestVisible,
} from './care-policy.js';
import type { MockRoutes } from './referral-handlers.js';
import type { Collection } from './store.js';

type CareRecord = { readonly id: string; readonly organizationId: string; readonly participantId: string };

/**
 * Follow-ups, service deliveries and support requests, with the registry's rules: care records are the
 * registering NGO's (others get an empty list and 404s), except that an NGO holding an active referral
 * reads follow-ups while the participant's sharing consent names `follow_ups` (notes only with `notes`),
 * as core's `consentCovers` answers; a support request goes to a government
 * organisation, is seen by the NGO and the addressed desk (without `participantId`), and core's
 * `transitionSupportRequest` decides each move (409 from a final status, 403 for the other party).
 */
export function careHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const now = () => new Date().toISOString();

  function care<T extends CareRecord>(
    route: string,
    collection: Collection<T>,
    kind: IdKind,
    sharedScope?: 'follow_ups',
  ) {
    const view = (caller: Parameters<typeof mockCareRecordView>[1], item: T, at: string) =>
      mockCareRecordView(store, caller, item, sharedScope, at);
    return [
      http.get(
        path(route),
        handle(`GET ${route}`, (request, _params, _body, caller) => {
          const refused = refuseRole(store, caller, ['ngo']);
          if (refused) return problem(request, refused);
          const url = new URL(request.url);
          const participantId = url.searchParams.get('participantId');
          const at = now();
          const filter = (item: T) =>
            view(caller, item, at) !== undefined && (!participantId || item.participantId === participantId);
          const page = collection.page(filter, url.searchParams.get('cursor'), routes.limitOf(url));
          return json({ ...page, items: page.items.map((item) => view(caller, item, at)) });
        }),
      ),
      http.post(
        path(route),
        handle(`POST ${route}`, (request, _params, body, caller) => {
          const input = body as { participantId: string };
          const refused =
            refuseRole(store, caller, ['ngo']) ?? refuseParticipant(store, caller, input.participantId);
          if (refused) return problem(request, refused);
          const at = now();
          const record = {
            ...input,
            id: newId(kind),
            organizationId: caller.organizationId,
            createdAt: at,
            updatedAt: at,
          };
          return json(collection.put(record as unknown as T), 201);
        }),
      ),
      http.get(
        path(`${route}/{id}`),
        handle(`GET ${route}/{id}`, (request, params, _body, caller) => {
          const found = collection.get(params.id ?? '');
          const seen = found && view(caller, found, now());
          return seen ? json(seen) : notFound(request);
        }),
      ),
    ];
  }

  const visible = (caller: Parameters<typeof supportRequestVisible>[0], id: string) => {
    const found = store.supportRequests.get(id) as SupportRequest | undefined;
    return found && supportRequestVisible(caller, found) ? found : undefined;
  };
  const requests = [
    http.get(
      path('/v1/support-requests'),
      handle('GET /v1/support-requests', (request, _params, _body, caller) => {
        const refused = refuseRole(store, caller, ['ngo', 'government']);
        if (refused) return problem(request, refused);
        const url = new URL(request.url);
        const q = (name: string) => url.searchParams.get(name);
        const filter = (r: SupportRequest) =>
          supportRequestVisible(caller, r) &&
          (!q('status') || r.status === q('status')) &&
          (!q('participantId') ||
            (r.organizationId === caller.organizationId && r.participantId === q('participantId')));
        const page = store.supportRequests.page(filter as never, q('cursor'), routes.limitOf(url));
        return json({
          ...page,
          items: page.items.map((r) => mockSupportRequestView(caller, r as unknown as SupportRequest)),
        });
      }),
    ),
    http.post(
      path('/v1/support-requests'),
      handle('POST /v1/support-requests', (request, _params, body, caller) => {
        const input = body as { toOrganizationId: string; participantId?: string };
        const refused =
          refuseRole(store, caller, ['ngo']) ??
          refuseDesk(store, input.toOrganizationId) ??
          (input.participantId ? refuseParticipant(store, caller, input.participantId) : undefined);
        if (refused) return problem(request, refused);
        const at = now();
        const record = {
          ...input,
          id: newId('supportRequest'),
          organizationId: caller.organizationId,
          status: 'submitted',
          createdAt: at,
          updatedAt: at,
        };
        return json(store.supportRequests.put(record as never), 201);
      }),
    ),
    http.get(
      path('/v1/support-requests/{id}'),
      handle('GET /v1/support-requests/{id}', (request, params, _body, caller) => {
        const found = visible(caller, params.id ?? '');
        return found ? json(mockSupportRequestView(caller, found)) : notFound(request);
      }),
    ),
    ...SupportRequestAction.values.map((action) =>
      http.post(
        path(`/v1/support-requests/{id}/${action}`),
        handle(`POST /v1/support-requests/{id}/${action}`, (request, params, body, caller) => {
          const found = visible(caller, params.id ?? '');
          if (!found) return notFound(request);
          const response = (body as { response?: string } | undefined)?.response;
          let next: SupportRequest;
          try {
            next = transitionSupportRequest(found, action, {
              actorOrganizationId: caller.organizationId,
              at: now(),
              ...(response ? { response } : {}),
            });
          } catch (error) {
            if (error instanceof SupportRequestTransitionError)
              return problem(request, supportRequestProblem(error));
            throw error;
          }
          store.supportRequests.put(next as never);
          return json(mockSupportRequestView(caller, next));
        }),
      ),
    ),
  ];

  return [
    ...care('/v1/follow-ups', store.followUps, 'followUp', 'follow_ups'),
    ...care('/v1/service-deliveries', store.serviceDeliveries, 'serviceDelivery'),
    ...requests,
  ];
}
