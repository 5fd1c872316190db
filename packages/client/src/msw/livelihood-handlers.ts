import { createEnterprise, type EnterpriseInput, newId, toCorporateEnterprise } from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import type { Schemas } from '../resources/types.js';
import type { MockCaller } from './callers.js';
import {
  enrolmentVisible,
  enterpriseAccess,
  forbidden,
  invalid,
  programmeVisible,
  refuseEnrolment,
  refuseEnterprise,
  roleIn,
} from './livelihood-policy.js';
import type { MockRoutes } from './referral-handlers.js';

type Programme = Schemas['TrainingProgramme'];
type Enrolment = Schemas['Enrolment'];
type Enterprise = Schemas['Enterprise'];

/**
 * The training programme, enrolment and enterprise routes, with the registry's rules: a training
 * institution records its own programmes (every partner reads the published ones) and enrols only from
 * an accepted referral addressed to it; the referring NGO reads the enrolments; the registering NGO
 * records enterprises, and a corporate buyer named by a market linkage sees code and trade only.
 */
export function livelihoodHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const now = () => new Date().toISOString();
  const stamp = <T>(body: unknown, kind: 'trainingProgramme' | 'enrolment', caller: MockCaller): T => {
    const at = now();
    return {
      ...(body as object),
      id: newId(kind),
      organizationId: caller.organizationId,
      createdAt: at,
      updatedAt: at,
    } as T;
  };
  const replace = <T extends { id: string; organizationId: string; createdAt: string }>(
    found: T,
    body: unknown,
  ) =>
    ({
      ...(body as object),
      id: found.id,
      organizationId: found.organizationId,
      createdAt: found.createdAt,
      updatedAt: now(),
    }) as unknown as T;
  const page = <T extends { id: string }>(
    request: Request,
    all: { page: (f: (i: T) => boolean, c: string | null, l: number) => unknown },
    filter: (item: T) => boolean,
  ) => {
    const url = new URL(request.url);
    return all.page(filter, url.searchParams.get('cursor'), routes.limitOf(url));
  };
  const query = (request: Request, name: string) => new URL(request.url).searchParams.get(name);

  const programmeRefusal = (caller: MockCaller, body: Programme) => {
    if (!roleIn(store, caller, ['training_institution'])) return forbidden;
    if (body.providerOrganizationId !== caller.organizationId)
      return invalid(['providerOrganizationId'], 'not_provider');
    return undefined;
  };
  const programmes = [
    http.post(
      path('/v1/training-programmes'),
      handle('POST /v1/training-programmes', (request, _params, body, caller) => {
        const refused = programmeRefusal(caller, body as Programme);
        if (refused) return problem(request, refused);
        return json(store.trainingProgrammes.put(stamp<Programme>(body, 'trainingProgramme', caller)), 201);
      }),
    ),
    http.get(
      path('/v1/training-programmes'),
      handle('GET /v1/training-programmes', (request, _params, _body, caller) => {
        const q = (name: string) => query(request, name);
        return json(
          page<Programme>(
            request,
            store.trainingProgrammes,
            (p) =>
              programmeVisible(caller, p) &&
              (!q('district') || p.district === q('district')) &&
              (!q('trade') || p.trade === q('trade')) &&
              (!q('status') || p.status === q('status')) &&
              (!q('providerOrganizationId') || p.providerOrganizationId === q('providerOrganizationId')),
          ),
        );
      }),
    ),
    http.get(
      path('/v1/training-programmes/{id}'),
      handle('GET /v1/training-programmes/{id}', (request, params, _body, caller) => {
        const found = store.trainingProgrammes.get(params.id ?? '');
        return found && programmeVisible(caller, found) ? json(found) : notFound(request);
      }),
    ),
    http.put(
      path('/v1/training-programmes/{id}'),
      handle('PUT /v1/training-programmes/{id}', (request, params, body, caller) => {
        const found = store.trainingProgrammes.get(params.id ?? '');
        if (!found || !programmeVisible(caller, found)) return notFound(request);
        const refused =
          programmeRefusal(caller, body as Programme) ??
          (found.organizationId !== caller.organizationId ? forbidden : undefined);
        if (refused) return problem(request, refused);
        return json(store.trainingProgrammes.put(replace(found, body)));
      }),
    ),
  ];

  const enrolmentReaders = ['ngo', 'training_institution'];
  const enrolments = [
    http.post(
      path('/v1/enrolments'),
      handle('POST /v1/enrolments', (request, _params, body, caller) => {
        if (!roleIn(store, caller, ['training_institution'])) return problem(request, forbidden);
        const refused = refuseEnrolment(store, caller, body as Enrolment, now());
        if (refused) return problem(request, refused);
        return json(store.enrolments.put(stamp<Enrolment>(body, 'enrolment', caller)), 201);
      }),
    ),
    http.get(
      path('/v1/enrolments'),
      handle('GET /v1/enrolments', (request, _params, _body, caller) => {
        if (!roleIn(store, caller, enrolmentReaders)) return problem(request, forbidden);
        const q = (name: string) => query(request, name);
        return json(
          page<Enrolment>(
            request,
            store.enrolments,
            (e) =>
              enrolmentVisible(store, caller, e) &&
              (!q('participantId') || e.participantId === q('participantId')) &&
              (!q('programmeId') || e.programmeId === q('programmeId')) &&
              (!q('referralId') || e.referralId === q('referralId')),
          ),
        );
      }),
    ),
    http.get(
      path('/v1/enrolments/{id}'),
      handle('GET /v1/enrolments/{id}', (request, params, _body, caller) => {
        const found = store.enrolments.get(params.id ?? '');
        return found && enrolmentVisible(store, caller, found) ? json(found) : notFound(request);
      }),
    ),
    http.put(
      path('/v1/enrolments/{id}'),
      handle('PUT /v1/enrolments/{id}', (request, params, body, caller) => {
        const found = store.enrolments.get(params.id ?? '');
        if (!found || !enrolmentVisible(store, caller, found)) return notFound(request);
        if (
          !roleIn(store, caller, ['training_institution']) ||
          found.organizationId !== caller.organizationId
        )
          return problem(request, forbidden);
        const input = body as Enrolment;
        for (const field of ['programmeId', 'participantId', 'referralId'] as const)
          if (input[field] !== found[field]) return problem(request, invalid([field], 'fixed_field'));
        const refused = refuseEnrolment(store, caller, input, now());
        if (refused) return problem(request, refused);
        return json(store.enrolments.put(replace(found, body)));
      }),
    ),
  ];

  /** The caller's own enterprise, or the problem to answer. */
  const own = (request: Request, id: string, caller: MockCaller): Enterprise | Response => {
    const found = store.enterprises.get(id);
    if (!found || !enterpriseAccess(caller, found)) return notFound(request);
    if (enterpriseAccess(caller, found) !== 'owner') return problem(request, forbidden);
    return found;
  };
  const view = (caller: MockCaller, e: Enterprise) =>
    enterpriseAccess(caller, e) === 'owner' ? e : toCorporateEnterprise(e as never);
  const enterprises = [
    http.post(
      path('/v1/enterprises'),
      handle('POST /v1/enterprises', (request, _params, body, caller) => {
        if (!roleIn(store, caller, ['ngo'])) return problem(request, forbidden);
        const refused = refuseEnterprise(store, caller, body as Enterprise);
        if (refused) return problem(request, refused);
        const created = createEnterprise(body as EnterpriseInput, { organizationId: caller.organizationId });
        return json(store.enterprises.put(created as unknown as Enterprise), 201);
      }),
    ),
    http.get(
      path('/v1/enterprises'),
      handle('GET /v1/enterprises', (request, _params, _body, caller) => {
        if (!roleIn(store, caller, ['ngo', 'corporate'])) return problem(request, forbidden);
        const participantId = query(request, 'participantId');
        const result = page<Enterprise>(
          request,
          store.enterprises,
          (e) =>
            enterpriseAccess(caller, e) !== undefined &&
            (!participantId || e.participantId === participantId),
        ) as { items: Enterprise[]; nextCursor: string | null };
        return json({ ...result, items: result.items.map((e) => view(caller, e)) });
      }),
    ),
    http.get(
      path('/v1/enterprises/{id}'),
      handle('GET /v1/enterprises/{id}', (request, params, _body, caller) => {
        const found = store.enterprises.get(params.id ?? '');
        return found && enterpriseAccess(caller, found) ? json(view(caller, found)) : notFound(request);
      }),
    ),
    http.put(
      path('/v1/enterprises/{id}'),
      handle('PUT /v1/enterprises/{id}', (request, params, body, caller) => {
        const found = own(request, params.id ?? '', caller);
        if (found instanceof Response) return found;
        const input = body as Enterprise;
        if (input.participantId !== found.participantId)
          return problem(request, invalid(['participantId'], 'fixed_field'));
        const refused = refuseEnterprise(store, caller, input);
        if (refused) return problem(request, refused);
        return json(store.enterprises.put({ ...replace(found, body), enterpriseCode: found.enterpriseCode }));
      }),
    ),
    http.post(
      path('/v1/enterprises/{id}/monthly-records'),
      handle('POST /v1/enterprises/{id}/monthly-records', (request, params, body, caller) => {
        const found = own(request, params.id ?? '', caller);
        if (found instanceof Response) return found;
        const month = body as Enterprise['monthlyRecords'][number];
        const monthlyRecords = [...found.monthlyRecords.filter((m) => m.month !== month.month), month].sort(
          (a, b) => a.month.localeCompare(b.month),
        );
        return json(store.enterprises.put({ ...found, monthlyRecords, updatedAt: now() }));
      }),
    ),
  ];
  return [...programmes, ...enrolments, ...enterprises];
}
