import {
  ConsentCoverageReason,
  confirmRetention,
  consentCovers,
  createPlacement,
  type Placement,
  type PlacementInput,
  type RetentionMonth,
  toCorporatePlacement,
} from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import type { MockCaller } from './callers.js';
import type { MockRoutes } from './referral-handlers.js';
import { mockIssue, participantConsents } from './referral-policy.js';

// The registry's placement rules over the mock's store: the referring NGO records a placement (its own
// accepted referral, an open or paused offer, an employer-introduction consent covering the company);
// the company whose offer it fills sees only the pseudonymous corporate view.

/** The placement routes: create, list, get and retention checks. */
export function placementHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const placements = store.placements as unknown as {
    all(): Placement[];
    get(id: string): Placement | undefined;
    put(p: Placement): Placement;
  };
  const notFound = (request: Request) =>
    problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
  const invalid = (request: Request, field: string, code: 'unknown_reference') =>
    problem(request, {
      status: 422,
      options: { type: 'validation-failed', title: 'Validation failed', errors: [mockIssue(field, code)] },
    });
  const roleOf = (caller: MockCaller) => store.organizations.get(caller.organizationId)?.role;
  const access = (caller: MockCaller, p: Placement) => {
    if (p.organizationId === caller.organizationId) return 'ngo';
    return store.jobOffers.get(p.jobOfferId)?.organizationId === caller.organizationId
      ? 'employer'
      : undefined;
  };
  const view = (caller: MockCaller, p: Placement) =>
    access(caller, p) === 'ngo'
      ? p
      : { id: p.id, ...toCorporatePlacement(p), ...(p.endedOn ? { endedOn: p.endedOn } : {}) };

  const create = http.post(
    path('/v1/placements'),
    handle('POST /v1/placements', (request, _params, body, caller) => {
      const role = roleOf(caller);
      if (role !== undefined && role !== 'ngo')
        return problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } });
      const { referralId, ...input } = body as PlacementInput & { referralId: string };
      const referral = store.referrals.get(referralId);
      if (
        !referral ||
        referral.fromOrganizationId !== caller.organizationId ||
        referral.participantId !== input.participantId
      )
        return invalid(request, 'referralId', 'unknown_reference');
      if (!['accepted', 'in_progress', 'completed'].includes(referral.status))
        return invalid(request, 'referralId', 'unknown_reference');
      const offer = store.jobOffers.get(input.jobOfferId);
      if (!offer || !['open', 'paused'].includes(offer.status))
        return invalid(request, 'jobOfferId', 'unknown_reference');
      const coverage = consentCovers({
        participantId: input.participantId,
        consents: participantConsents(store, input.participantId),
        purpose: 'employer_introduction',
        organizationId: offer.organizationId,
        at: new Date(),
      });
      if (!coverage.covered) {
        return problem(request, {
          status: 409,
          options: {
            type: 'consent-required',
            title: 'No valid consent covers this referral',
            errors: [
              {
                path: ['participantId'],
                pointer: '/participantId',
                code: coverage.reason,
                message: {
                  en: ConsentCoverageReason.label(coverage.reason, 'en'),
                  ne: ConsentCoverageReason.label(coverage.reason, 'ne'),
                },
              },
            ],
          },
        });
      }
      const placement = createPlacement(
        { ...input, referralId, introductionConsentId: input.introductionConsentId ?? coverage.consentId },
        { organizationId: caller.organizationId },
      );
      return json(placements.put(placement), 201);
    }),
  );
  const list = http.get(
    path('/v1/placements'),
    handle('GET /v1/placements', (request, _params, _body, caller) => {
      const url = new URL(request.url);
      const role = roleOf(caller);
      if (role !== undefined && role !== 'ngo' && role !== 'corporate')
        return problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } });
      const participantId = url.searchParams.get('participantId');
      const jobOfferId = url.searchParams.get('jobOfferId');
      const filter = (p: Placement) =>
        access(caller, p) !== undefined &&
        (!participantId || (access(caller, p) === 'ngo' && p.participantId === participantId)) &&
        (!jobOfferId || p.jobOfferId === jobOfferId);
      const page = store.placements.page(
        filter as never,
        url.searchParams.get('cursor'),
        routes.limitOf(url),
      );
      return json({ ...page, items: page.items.map((p) => view(caller, p as unknown as Placement)) });
    }),
  );
  const get = http.get(
    path('/v1/placements/{id}'),
    handle('GET /v1/placements/{id}', (request, params, _body, caller) => {
      const found = placements.get(params.id ?? '');
      return found && access(caller, found) ? json(view(caller, found)) : notFound(request);
    }),
  );
  const retention = http.post(
    path('/v1/placements/{id}/retention-checks'),
    handle('POST /v1/placements/{id}/retention-checks', (request, params, body, caller) => {
      const found = placements.get(params.id ?? '');
      if (!found || !access(caller, found)) return notFound(request);
      const { month, retained } = body as { month: RetentionMonth; retained: boolean };
      const now = new Date().toISOString();
      const due = found.retention.find((c) => c.month === month)?.dueOn;
      if (due && due > now.slice(0, 10))
        return problem(request, { status: 409, options: { type: 'conflict', title: 'Conflict' } });
      const updated = placements.put({ ...confirmRetention(found, month, retained, now), updatedAt: now });
      return json(view(caller, updated));
    }),
  );
  return [list, create, get, retention];
}
