import {
  type JobOffer,
  type JobOfferStatusValue,
  JobOfferTransitionError,
  jobOfferWarnings,
  newId,
  toJobPostingJsonLd,
  transitionJobOffer,
} from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import type { MockCaller } from './callers.js';
import { conditionalAnswer } from './conditional.js';
import type { MockRoutes } from './referral-handlers.js';

// The registry's job-offer rules over the mock's store: a company writes its own offers; open offers
// are public (a publishable key `pk_…` sees its own organisation's); reads carry an ETag and answer 304.

type Stored = Omit<JobOffer, 'id'> & { id: string };
const SORTS = {
  newest: (a: Stored, b: Stored) => (b.postedOn ?? '').localeCompare(a.postedOn ?? ''),
  closing: (a: Stored, b: Stored) =>
    (a.validThrough ?? '9999-12-31').localeCompare(b.validThrough ?? '9999-12-31'),
  wage: (a: Stored, b: Stored) => b.wage.minMonthlyNpr - a.wage.minMonthlyNpr,
} as const;

/** The job-offer routes: create, list, get, update, publish/pause/close and the JSON-LD posting. */
export function jobOfferHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const offers = store.jobOffers as unknown as {
    all(): Stored[];
    get(id: string): Stored | undefined;
    put(o: Stored): Stored;
  };
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const forbidden = (request: Request) =>
    problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } });
  const roleOf = (caller: MockCaller) => store.organizations.get(caller.organizationId)?.role;
  const publishable = (request: Request) => /^Bearer pk_/.test(request.headers.get('authorization') ?? '');
  // Public: open, and its last day (in Nepal, UTC+05:45) not yet passed.
  const isPublic = (offer: Stored) =>
    offer.status === 'open' &&
    (offer.validThrough ?? '9999-12-31') >= new Date(Date.now() + 345 * 60_000).toISOString().slice(0, 10);
  const visible = (request: Request, caller: MockCaller, offer: Stored) => {
    const own = offer.organizationId === caller.organizationId;
    if (publishable(request)) return own && isPublic(offer);
    return own || isPublic(offer);
  };
  const view = (offer: Stored) => ({ ...offer, warnings: jobOfferWarnings(offer) });
  const own = (request: Request, caller: MockCaller, id: string) => {
    const role = roleOf(caller);
    if ((role !== undefined && role !== 'corporate') || publishable(request)) return forbidden(request);
    const offer = offers.get(id);
    return offer && offer.organizationId === caller.organizationId ? offer : notFound(request);
  };

  const list = http.get(
    path('/v1/job-offers'),
    handle('GET /v1/job-offers', (request, _params, _body, caller) => {
      const url = new URL(request.url);
      const q = (name: string) => url.searchParams.get(name);
      const words = (q('q') ?? '').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
      const sort = (q('sort') ?? 'newest') as keyof typeof SORTS;
      if (!SORTS[sort])
        return problem(request, { status: 400, options: { type: 'bad-request', title: 'Bad request' } });
      const matching = offers
        .all()
        .map((o, i) => ({ o, i }))
        .filter(({ o }) => {
          const text = `${o.title} ${o.description}`.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
          return (
            visible(request, caller, o) &&
            (!q('status') || o.status === q('status')) &&
            (!q('district') || o.district === q('district')) &&
            (!q('trade') || o.trade === q('trade')) &&
            (!q('employmentType') || o.employmentType === q('employmentType')) &&
            (!q('organizationId') || o.organizationId === q('organizationId')) &&
            words.every((w) => text.some((t) => t.startsWith(w)))
          );
        })
        .sort((a, b) => SORTS[sort](a.o, b.o) || (sort === 'closing' ? a.i - b.i : b.i - a.i))
        .map(({ o }) => view(o));
      const start = q('cursor') ? Number(atob(q('cursor')!)) : 0;
      const limit = routes.limitOf(url);
      const next = start + limit;
      return conditionalAnswer(request, {
        items: matching.slice(start, next),
        nextCursor: next < matching.length ? btoa(String(next)) : null,
      });
    }),
  );
  const create = http.post(
    path('/v1/job-offers'),
    handle('POST /v1/job-offers', (request, _params, body, caller) => {
      const role = roleOf(caller);
      if ((role !== undefined && role !== 'corporate') || publishable(request)) return forbidden(request);
      const at = new Date().toISOString();
      const offer = {
        ...(body as object),
        status: 'draft',
        id: newId('jobOffer'),
        organizationId: caller.organizationId,
        createdAt: at,
        updatedAt: at,
      } as Stored;
      return json(view(offers.put(offer)), 201);
    }),
  );
  const get = http.get(
    path('/v1/job-offers/{id}'),
    handle('GET /v1/job-offers/{id}', (request, params, _body, caller) => {
      const offer = offers.get(params.id ?? '');
      return offer && visible(request, caller, offer)
        ? conditionalAnswer(request, view(offer))
        : notFound(request);
    }),
  );
  const update = http.patch(
    path('/v1/job-offers/{id}'),
    handle('PATCH /v1/job-offers/{id}', (request, params, body, caller) => {
      const offer = own(request, caller, params.id ?? '');
      if (offer instanceof Response) return offer;
      if (offer.status === 'closed')
        return problem(request, { status: 409, options: { type: 'conflict', title: 'Conflict' } });
      return json(view(offers.put({ ...offer, ...(body as object), updatedAt: new Date().toISOString() })));
    }),
  );
  const moves: Record<string, JobOfferStatusValue> = { publish: 'open', pause: 'paused', close: 'closed' };
  const transitions = Object.entries(moves).map(([action, to]) =>
    http.post(
      path(`/v1/job-offers/{id}/${action}`),
      handle(`POST /v1/job-offers/{id}/${action}`, (request, params, _body, caller) => {
        const offer = own(request, caller, params.id ?? '');
        if (offer instanceof Response) return offer;
        try {
          const next = transitionJobOffer(offer, to);
          if (next.validThrough && next.postedOn && next.validThrough < next.postedOn) {
            return problem(request, {
              status: 422,
              options: { type: 'validation-failed', title: 'Validation failed' },
            });
          }
          return json(view(offers.put({ ...next, updatedAt: new Date().toISOString() })));
        } catch (error) {
          if (!(error instanceof JobOfferTransitionError)) throw error;
          return problem(request, {
            status: 409,
            options: {
              type: 'invalid-transition',
              title: 'Transition not allowed from the current status',
              detail: error.localized.en,
              errors: [{ path: ['status'], pointer: '/status', code: error.code, message: error.localized }],
            },
          });
        }
      }),
    ),
  );
  const posting = http.get(
    path('/v1/job-offers/{id}/job-posting'),
    handle('GET /v1/job-offers/{id}/job-posting', (request, params, _body, caller) => {
      const offer = offers.get(params.id ?? '');
      if (!offer || !visible(request, caller, offer)) return notFound(request);
      const company = store.organizations.get(offer.organizationId);
      const organization = {
        name: company?.name ?? offer.organizationId,
        ...(company?.url ? { url: company.url } : {}),
      };
      return conditionalAnswer(request, toJobPostingJsonLd(offer as JobOffer, { organization }), {
        contentType: 'application/ld+json',
      });
    }),
  );
  return [list, create, posting, get, update, ...transitions];
}
