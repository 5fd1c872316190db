import { findReferralTransition, type IdKind, newId, type ReferralActionValue } from '@nayabato/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { validator } from '../validation/validator.js';
import { mockRequestId, mswPath, problemResponse } from './problem.js';
import { type Collection, createRegistryStore, type RegistryData, type RegistryStore } from './store.js';

/** Options of {@link createRegistryHandlers}. */
export interface RegistryHandlersOptions {
  /** The base URL your client is configured with, e.g. `http://registry.test`. */
  readonly baseUrl: string;
  /** Records to start with. */
  readonly data?: RegistryData;
  /**
   * The organisation every request acts as (records it creates are its own).
   * @default 'org_mockcaller0000'
   */
  readonly organizationId?: string;
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
/** Each referral action with the timestamp it sets and the field its reason goes to, as core's machine does. */
const REFERRAL_ACTIONS: Readonly<Record<ReferralActionValue, readonly [at: string, reason?: string]>> = {
  send: ['sentAt'],
  accept: ['acceptedAt'],
  reject: ['rejectedAt', 'rejectionReason'],
  start: ['startedAt'],
  complete: ['completedAt'],
  cancel: ['cancelledAt', 'cancellationReason'],
  revoke: ['revokedAt', 'revocationReason'],
};

/**
 * msw handlers that answer like the registry for the main resources (organisations, users,
 * participants, consents, needs assessments, livelihood plans, referrals and their transitions), over
 * an in-memory store: for integrators' own tests, without a registry or a database. Bearer auth is
 * required but any credential is accepted; errors are problem+json with `X-Request-Id`.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createRegistryHandlers } from '@nayabato/client/msw';
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
  const path = (route: string) => mswPath(options.baseUrl, route);
  const json = (body: unknown, status = 200) =>
    HttpResponse.json(body as never, { status, headers: { 'x-request-id': mockRequestId() } });
  const now = () => new Date().toISOString();

  /** Runs a handler with auth and body validation, turning failures into problems. */
  const handle =
    (
      operation: string,
      run: (request: Request, params: Record<string, string>, body: unknown) => Response | Promise<Response>,
    ) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const instance = new URL(request.url).pathname;
      if (!/^Bearer \S+$/.test(request.headers.get('authorization') ?? '')) {
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
      return run(request, params as Record<string, string>, body);
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
  ) {
    const list = http.get(
      path(route),
      handle(`GET ${route}`, (request) => {
        const url = new URL(request.url);
        const participantId = url.searchParams.get('participantId');
        const filter = (item: T) => !participantId || item.participantId === participantId;
        return json(collection.page(filter, url.searchParams.get('cursor'), limitOf(url)));
      }),
    );
    const get = http.get(
      path(`${route}/{id}`),
      handle(`GET ${route}/{id}`, (request, params) => {
        const found = collection.get(params.id ?? '');
        return found ? json(found) : notFound(request);
      }),
    );
    const create = http.post(
      path(route),
      handle(`POST ${route}`, (_request, _params, body) => {
        const at = now();
        const record = {
          ...(body as object),
          id: newId(kind),
          organizationId: orgId,
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
          handle(`${update} ${route}/{id}`, (request, params, body) => {
            const found = collection.get(params.id ?? '');
            if (!found) return notFound(request);
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

  const participants = documents('/v1/participants', store.participants, 'participant', 'PUT');
  const search = http.post(
    path('/v1/participants/search'),
    handle('POST /v1/participants/search', (_request, _params, body) => {
      const { cursor, limit, ...filters } = (body ?? {}) as Record<string, unknown>;
      const filter = (p: Doc) => Object.entries(filters).every(([key, value]) => p[key] === value);
      return json(store.participants.page(filter, cursor as string | undefined, Number(limit ?? 50)));
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
  const referralList = http.get(
    path('/v1/referrals'),
    handle('GET /v1/referrals', (request) => {
      const url = new URL(request.url);
      const q = (name: string) => url.searchParams.get(name);
      const filter = (r: Doc) =>
        (!q('status') || r.status === q('status')) &&
        (!q('participantId') || r.participantId === q('participantId')) &&
        (q('direction') !== 'sent' || r.fromOrganizationId === orgId) &&
        (q('direction') !== 'received' || r.toOrganizationId === orgId);
      return json(store.referrals.page(filter, q('cursor'), limitOf(url)));
    }),
  );
  const referralCreate = http.post(
    path('/v1/referrals'),
    handle('POST /v1/referrals', (_request, _params, body) => {
      const at = now();
      const referral = {
        ...(body as object),
        id: newId('referral'),
        fromOrganizationId: orgId,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
      };
      return json(store.referrals.put(referral as never), 201);
    }),
  );
  const referralGet = http.get(
    path('/v1/referrals/{id}'),
    handle('GET /v1/referrals/{id}', (request, params) => {
      const found = store.referrals.get(params.id ?? '');
      return found ? json(found) : notFound(request);
    }),
  );
  const transitions = Object.entries(REFERRAL_ACTIONS).map(([action, [stamp, reasonField]]) =>
    http.post(
      path(`/v1/referrals/{id}/${action}`),
      handle(`POST /v1/referrals/{id}/${action}`, (request, params, body) => {
        const referral = store.referrals.get(params.id ?? '');
        if (!referral) return notFound(request);
        const move = findReferralTransition(referral.status as never, action as ReferralActionValue);
        if (!move) {
          return problemResponse(
            409,
            { type: 'invalid-transition', title: 'Transition not allowed from the current status' },
            new URL(request.url).pathname,
          );
        }
        const at = now();
        const { outcome, reason } = body as { outcome?: unknown; reason?: string };
        return json(
          store.referrals.put({
            ...referral,
            ...(action === 'complete' && { outcome }),
            ...(reasonField && reason && { [reasonField]: reason }),
            status: move.to,
            updatedAt: at,
            [stamp]: at,
          } as never),
        );
      }),
    ),
  );
  const health = [
    http.get(path('/health'), () => json({ status: 'ok' })),
    http.get(path('/ready'), () => json({ status: 'ok' })),
  ];

  return {
    store,
    handlers: [
      ...health,
      search,
      ...participants,
      withdraw,
      ...documents('/v1/consents', store.consents, 'consent'),
      ...documents('/v1/needs-assessments', store.needsAssessments, 'needsAssessment', 'PUT'),
      ...documents('/v1/livelihood-plans', store.livelihoodPlans, 'livelihoodPlan', 'PUT'),
      // Registering organisations (which mints keys) is the coordinator's business: not mocked.
      ...documents('/v1/organizations', store.organizations, 'organization', 'PUT', false),
      ...documents('/v1/users', store.users, 'user', 'PATCH'),
      referralList,
      referralCreate,
      referralGet,
      ...transitions,
    ],
  };
}
