import { participantFieldSensitivity, type Referral, redact } from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import type { MockCaller } from './callers.js';
import type { MockRoutes } from './referral-handlers.js';
import { referralShares } from './referral-policy.js';

/** One audit event of the mock (only what the mock itself records: exports, erasures, audit reads). */
interface MockAuditEvent {
  id: string;
  at: string;
  requestId: string;
  actorOrganizationId: string;
  actorKeyId: string | null;
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId: string;
  participantId: string | null;
  purpose: string;
  detail: Record<string, unknown> | null;
}

// What an erasure keeps of a participant beyond its `internal` fields: the counting dimensions and the
// districts the indicators group by (the registry's rule; see its erasure decision).
const KEPT = ['category', 'traffickingStatus', 'gender', 'originDistrict', 'currentDistrict'] as const;

/**
 * The participants' rights and audit routes: `GET /v1/participants/{id}/export` and
 * `POST /v1/participants/{id}/erasure` for the registering organisation only (another gets 403 when a
 * shared referral shows it the participant, else 404), and `GET /v1/audit-events` over the events the
 * mock records, scoped as the registry scopes them (own actions and accesses to own participants). The
 * mock erases the participant's own document (the registry also rewrites every related record), and its
 * export lists the collections the mock keeps (livelihood records are empty).
 */
export function rightsHandlers(routes: MockRoutes): HttpHandler[] {
  const { store, path, handle, json, problem } = routes;
  const events: MockAuditEvent[] = [];
  const erasures = new Map<string, string>();
  const now = () => new Date().toISOString();
  const record = (
    caller: MockCaller,
    action: string,
    resourceType: string,
    resourceId: string,
    pt: string | null,
  ) =>
    events.push({
      id: String(events.length + 1),
      at: now(),
      requestId: `mock-${events.length + 1}`,
      actorOrganizationId: caller.organizationId,
      actorKeyId: null,
      actorUserId: caller.userId ?? null,
      action,
      resourceType,
      resourceId,
      participantId: pt,
      purpose: `participant.${action}`,
      detail: null,
    });

  /** The participant when `caller` registered it, or the refusal the registry would answer. */
  const own = (request: Request, caller: MockCaller, id: string) => {
    const participant = store.participants.get(id);
    if (participant?.organizationId === caller.organizationId) return { participant };
    const shared =
      participant &&
      store.referrals
        .all()
        .some(
          (r) =>
            r.participantId === id &&
            r.toOrganizationId === caller.organizationId &&
            referralShares(store, r as unknown as Referral, now()),
        );
    return {
      refused: shared
        ? problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } })
        : problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } }),
    };
  };
  const of = (items: readonly { participantId?: unknown }[], id: string) =>
    items.filter((x) => x.participantId === id);

  return [
    http.get(
      path('/v1/participants/{id}/export'),
      handle('GET /v1/participants/{id}/export', (request, params, _body, caller) => {
        const found = own(request, caller, params.id ?? '');
        if (!found.participant) return found.refused!;
        const id = found.participant.id;
        record(caller, 'export', 'participant', id, id);
        const erasedAt = erasures.get(id);
        const response = json({
          format: 'nayabato.participant-export/1',
          exportedAt: now(),
          exportedBy: {
            organizationId: caller.organizationId,
            keyId: 'key_mock',
            userId: caller.userId ?? null,
          },
          participant: found.participant,
          erasure: erasedAt ? { erasedAt, trigger: 'request' } : null,
          consents: of(store.consents.all(), id),
          needsAssessments: of(store.needsAssessments.all(), id),
          livelihoodPlans: of(store.livelihoodPlans.all(), id),
          referrals: of(store.referrals.all(), id),
          enrolments: [],
          placements: [],
          enterprises: [],
          followUps: [],
          serviceDeliveries: [],
          supportRequests: [],
          stories: [],
          auditTrail: events.filter((e) => e.participantId === id),
        });
        response.headers.set('cache-control', 'no-store');
        response.headers.set('content-disposition', `attachment; filename="participant-${id}.json"`);
        return response;
      }),
    ),
    http.post(
      path('/v1/participants/{id}/erasure'),
      handle('POST /v1/participants/{id}/erasure', (request, params, _body, caller) => {
        const found = own(request, caller, params.id ?? '');
        if (!found.participant) return found.refused!;
        const p = found.participant;
        const first = !erasures.has(p.id);
        if (first) {
          const kept = Object.fromEntries(KEPT.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]));
          store.participants.put({
            ...redact(p, participantFieldSensitivity as never, 'internal'),
            ...kept,
            citizenshipCertificate: { status: p.citizenshipCertificate.status },
            updatedAt: now(),
          } as typeof p);
          erasures.set(p.id, now());
        }
        record(caller, 'erase', 'participant', p.id, p.id);
        return json({
          participantId: p.id,
          erasedAt: erasures.get(p.id),
          trigger: 'request',
          erased: first ? { participants: 1 } : {},
          storiesDeleted: 0,
        });
      }),
    ),
    http.get(
      path('/v1/audit-events'),
      handle('GET /v1/audit-events', (request, _params, _body, caller) => {
        const url = new URL(request.url);
        const q = (name: string) => url.searchParams.get(name);
        const coordinator = store.organizations.get(caller.organizationId)?.role === 'coordinator';
        const owned = (id: string | null) =>
          id !== null && store.participants.get(id)?.organizationId === caller.organizationId;
        const visible = events.filter(
          (e) =>
            (coordinator || e.actorOrganizationId === caller.organizationId || owned(e.participantId)) &&
            (!q('actorId') || e.actorKeyId === q('actorId') || e.actorUserId === q('actorId')) &&
            (!q('recordId') || e.resourceId === q('recordId') || e.participantId === q('recordId')) &&
            (!q('action') || e.action === q('action')) &&
            (!q('from') || e.at >= new Date(q('from')!).toISOString()) &&
            (!q('to') || e.at < new Date(q('to')!).toISOString()),
        );
        const start = q('cursor') ? Number(atob(q('cursor')!)) : 0;
        const next = start + routes.limitOf(url);
        return json({
          items: visible.slice(start, next),
          nextCursor: next < visible.length ? btoa(String(next)) : null,
        });
      }),
    ),
  ];
}
