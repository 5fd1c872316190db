import { type IdKind, newId } from '@nayabato/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { validator } from '../validation/validator.js';
import { accessHandlers } from './access-handlers.js';
import { callerOf, type MockCaller, type MockCallers } from './callers.js';
import { careHandlers } from './care-handlers.js';
import { conditionalAnswer } from './conditional.js';
import { indicatorHandlers } from './indicator-handlers.js';
import { jobOfferHandlers } from './job-offer-handlers.js';
import { livelihoodHandlers } from './livelihood-handlers.js';
import { placementHandlers } from './placement-handlers.js';
import { mockRequestId, mswPath, problemResponse } from './problem.js';
import { mockDocumentView, mockParticipantView, mockUserView } from './record-policy.js';
import { type MockRoutes, type MockRun, referralHandlers } from './referral-handlers.js';
import { rightsHandlers } from './rights-handlers.js';
import { type Collection, createRegistryStore, type RegistryData, type RegistryStore } from './store.js';
import { storyHandlers } from './story-handlers.js';
import { webhookHandlers } from './webhook-handlers.js';

/** Options of {@link createRegistryHandlers}. */
export interface RegistryHandlersOptions {
  /** The base URL your client is configured with, e.g. `http://registry.test`. */
  readonly baseUrl: string;
  /** Records to start with. */
  readonly data?: RegistryData;
  /**
   * The organisation a request acts as when its credential is not in `callers` (records it creates are
   * its own).
   * @default 'org_mockcaller0000'
   */
  readonly organizationId?: string;
  /**
   * Credentials (what your client sends as `Bearer …`) and who each acts as, to play several
   * organisations: e.g. an NGO that sends a referral and the training institution that accepts it.
   * Seed `data.organizations` too, so that the registry's role rules apply to them.
   */
  readonly callers?: MockCallers;
  /**
   * Check request bodies with core's schemas and answer 422 with field issues, like the registry.
   * @default true
   */
  readonly validate?: boolean;
}

/** The handlers and the store behind them. */
export interface RegistryMock {
  /** Pass to `setupServer(...handlers)` (msw/node) or `setupWorker(...handlers)` (msw/browser). */
  readonly handlers: HttpHandler[];
  /** The in-memory records: seed them, or check what your code wrote. */
  readonly store: RegistryStore;
}

type Doc = { readonly id: string } & Record<string, unknown>;
/** What a caller sees of a record (`undefined`: a 404), as in `record-policy.ts`. */
type View = (caller: MockCaller, item: Doc, at: string) => Doc | undefined;

/**
 * msw handlers that answer like the registry for the main resources (organisations, users,
 * participants, consents, needs assessments, livelihood plans, referrals and their transitions, follow-ups,
 * service deliveries, support requests and their transitions), over
 * an in-memory store: for integrators' own tests, without a registry or a database. Bearer auth is
 * required but any credential is accepted (`callers` says which organisation each acts as); errors are
 * problem+json with `X-Request-Id`. Referrals follow the registry's rules through core: only the parties
 * see one, `transitionReferral` decides each move with the participant's consents (409
 * `consent-required` without a covering sharing consent), the wrong party gets 403, a missing reason or
 * outcome 422.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createRegistryHandlers } from '@nayabato/client/testing';
 *
 * const mock = createRegistryHandlers({ baseUrl: 'http://registry.test' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const client = createClient({ baseUrl: 'http://registry.test', apiKey: 'sk_test_anything' });
 * ```
 */
export function createRegistryHandlers(options: RegistryHandlersOptions): RegistryMock {
  const store = createRegistryStore(options.data);
  const orgId = options.organizationId ?? 'org_mockcaller0000';
  const callers = options.callers ?? {};
  const path = (route: string) => mswPath(options.baseUrl, route);
  const json = (body: unknown, status = 200) =>
    HttpResponse.json(body as never, { status, headers: { 'x-request-id': mockRequestId() } });
  const now = () => new Date().toISOString();

  /** Runs a handler with auth and body validation, turning failures into problems. */
  const handle =
    (operation: string, run: MockRun) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const instance = new URL(request.url).pathname;
      const authorization = request.headers.get('authorization') ?? '';
      if (!/^Bearer \S+$/.test(authorization)) {
        return problemResponse(401, { type: 'unauthenticated', title: 'Authentication required' }, instance);
      }
      const text = request.method === 'GET' ? '' : await request.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return problemResponse(400, { type: 'malformed-json', title: 'Malformed JSON' }, instance);
      }
      if (options.validate !== false && body !== undefined) {
        try {
          validator.request(operation, body);
        } catch (error) {
          if (!(error instanceof RequestValidationError)) throw error;
          return problemResponse(
            422,
            { type: 'validation-failed', title: 'Validation failed', errors: error.issues },
            instance,
          );
        }
      }
      return run(request, params as Record<string, string>, body, callerOf(authorization, callers, orgId));
    };

  const notFound = (request: Request) =>
    problemResponse(404, { type: 'not-found', title: 'Not found' }, new URL(request.url).pathname);
  const limitOf = (url: URL) => Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));

  /** list, get, create and (optionally) replace for one collection. */
  function documents<T extends Doc>(
    route: string,
    collection: Collection<T>,
    kind: IdKind,
    update?: 'PUT' | 'PATCH',
    creates = true,
    view: View = (_caller, item) => item,
    conditional = false,
  ) {
    const list = http.get(
      path(route),
      handle(`GET ${route}`, (request, _params, _body, caller) => {
        const url = new URL(request.url);
        const participantId = url.searchParams.get('participantId');
        const at = now();
        const filter = (item: T) =>
          (!participantId || item.participantId === participantId) && view(caller, item, at) !== undefined;
        const page = collection.page(filter, url.searchParams.get('cursor'), limitOf(url));
        const body = { ...page, items: page.items.map((item) => view(caller, item, at)) };
        return conditional ? conditionalAnswer(request, body) : json(body);
      }),
    );
    const get = http.get(
      path(`${route}/{id}`),
      handle(`GET ${route}/{id}`, (request, params, _body, caller) => {
        const found = collection.get(params.id ?? '');
        const seen = found && view(caller, found, now());
        if (!seen) return notFound(request);
        return conditional ? conditionalAnswer(request, seen) : json(seen);
      }),
    );
    const create = http.post(
      path(route),
      handle(`POST ${route}`, (_request, _params, body, caller) => {
        const at = now();
        const record = {
          ...(body as object),
          id: newId(kind),
          organizationId: caller.organizationId,
          createdAt: at,
          updatedAt: at,
        } as unknown as T;
        return json(collection.put(record), 201);
      }),
    );
    const handlers = creates ? [list, create, get] : [list, get];
    if (update) {
      handlers.push(
        http[update === 'PUT' ? 'put' : 'patch'](
          path(`${route}/{id}`),
          handle(`${update} ${route}/{id}`, (request, params, body, caller) => {
            const found = collection.get(params.id ?? '');
            if (!found || !view(caller, found, now())) return notFound(request);
            const base =
              update === 'PUT'
                ? { id: found.id, organizationId: found.organizationId, createdAt: found.createdAt }
                : found;
            return json(collection.put({ ...base, ...(body as object), updatedAt: now() } as unknown as T));
          }),
        ),
      );
    }
    return handlers;
  }

  const participantView: View = (caller, p, at) => mockParticipantView(store, caller, p, at);
  const participants = documents(
    '/v1/participants',
    store.participants,
    'participant',
    'PUT',
    true,
    participantView,
  );
  const search = http.post(
    path('/v1/participants/search'),
    handle('POST /v1/participants/search', (_request, _params, body, caller) => {
      const { cursor, limit, ...filters } = (body ?? {}) as Record<string, unknown>;
      const at = now();
      const filter = (p: Doc) =>
        Object.entries(filters).every(([key, value]) => p[key] === value) &&
        participantView(caller, p, at) !== undefined;
      const page = store.participants.page(filter, cursor as string | undefined, Number(limit ?? 50));
      return json({ ...page, items: page.items.map((p) => participantView(caller, p, at)) });
    }),
  );
  const withdraw = http.post(
    path('/v1/consents/{id}/withdraw'),
    handle('POST /v1/consents/{id}/withdraw', (request, params, body) => {
      const consent = store.consents.get(params.id ?? '');
      if (!consent) return notFound(request);
      if (consent.withdrawnAt)
        return problemResponse(409, { type: 'conflict', title: 'Conflict' }, new URL(request.url).pathname);
      const withdrawnAt = (body as { withdrawnAt?: string } | undefined)?.withdrawnAt ?? now();
      return json(store.consents.put({ ...consent, withdrawnAt, updatedAt: now() }));
    }),
  );
  const routes: MockRoutes = {
    store,
    path,
    handle: handle as MockRoutes['handle'],
    json,
    limitOf,
    problem: (request, { status, options: problem }) =>
      problemResponse(status, problem, new URL(request.url).pathname),
  };
  const health = [
    http.get(path('/health'), () => json({ status: 'ok' })),
    http.get(path('/ready'), () => json({ status: 'ok' })),
  ];

  return {
    store,
    handlers: [
      ...health,
      search,
      // Before the participants' `{id}` routes, which would not match these longer paths anyway.
      ...rightsHandlers(routes),
      ...participants,
      withdraw,
      ...documents('/v1/consents', store.consents, 'consent', undefined, true, (caller, d, at) =>
        mockDocumentView(store, caller, d, undefined, at),
      ),
      ...documents(
        '/v1/needs-assessments',
        store.needsAssessments,
        'needsAssessment',
        'PUT',
        true,
        (caller, d, at) =>
          mockDocumentView(
            store,
            caller,
            d,
            { referralField: 'needsAssessmentId', scope: 'needs_assessment' },
            at,
          ),
      ),
      ...documents(
        '/v1/livelihood-plans',
        store.livelihoodPlans,
        'livelihoodPlan',
        'PUT',
        true,
        (caller, d, at) =>
          mockDocumentView(
            store,
            caller,
            d,
            { referralField: 'livelihoodPlanId', scope: 'livelihood_plan' },
            at,
          ),
      ),
      // Registering organisations (which mints keys) is the coordinator's business: not mocked.
      // The directory is a conditional read, as on the registry: ETag, Cache-Control, 304.
      ...documents('/v1/organizations', store.organizations, 'organization', 'PUT', false, undefined, true),
      ...documents('/v1/users', store.users, 'user', 'PATCH', true, (caller, u) =>
        mockUserView(store, caller, u),
      ),
      ...referralHandlers(routes),
      ...careHandlers(routes),
      ...storyHandlers(routes, { callers, organizationId: orgId }),
      ...livelihoodHandlers(routes),
      ...jobOfferHandlers(routes),
      ...placementHandlers(routes),
      ...indicatorHandlers(routes),
      ...accessHandlers(routes),
      ...webhookHandlers(routes),
    ],
  };
}
