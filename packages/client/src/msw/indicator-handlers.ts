import {
  computeIndicators,
  DEFAULT_SUPPRESSION_THRESHOLD,
  defineMessages,
  type IndicatorParticipant,
  type IndicatorRecords,
  type IndicatorReport,
  type PublishedIndicators,
  publishIndicators,
  publishOrganizationIndicators,
  splitByOrganization,
} from '@nayabato/core';
import { type HttpHandler, http } from 'msw';
import { conditionalAnswer } from './conditional.js';
import type { MockRoutes } from './referral-handlers.js';

/** Seconds a public cache may keep the public set, as the registry answers. */
const PUBLIC_MAX_AGE = 300;
const ORG_ID = /^org_[0-9a-z]{10,32}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) =>
  DATE.test(d) &&
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
  new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** The field issues of the mock's `GET /v1/indicators`, worded as the registry words them. */
export const mockIndicatorMessages = defineMessages('client.msw.indicators', {
  invalid_id: {
    en: 'This is not a record id (a prefix, an underscore and 10 to 32 lowercase letters or digits)',
    ne: 'यो अभिलेख परिचय होइन (उपसर्ग, अन्डरस्कोर र १० देखि ३२ वटा साना अक्षर वा अङ्क)',
  },
  unknown_value: {
    en: 'This value is not one of the allowed values',
    ne: 'यो मान अनुमति दिइएका मानहरूमध्ये एक होइन',
  },
  invalid_period: {
    en: 'The period is two dates (YYYY-MM-DD), from on or before to',
    ne: 'अवधि दुई मिति (YYYY-MM-DD) हो, सुरु मिति अन्त्य मितिभन्दा अघि वा सोही दिन',
  },
});

type Records = Record<string, { all(): readonly Record<string, unknown>[] } | undefined>;

/**
 * `GET /v1/indicators` as the registry answers it: core's `computeIndicators` over the caller's scope
 * (a `pk_…` credential, a corporate partner or a training institution: programme-wide or
 * `?organization=`; an NGO: its own registrations, 403 for another's), then `publishIndicators` with the
 * threshold. Reads the store's participants and referrals, and its follow-ups, placements, enterprises
 * and enrolments when the store has them. Public answers carry `Cache-Control: public`, every answer an
 * `ETag` (304 on `If-None-Match`).
 */
export function indicatorHandlers(
  routes: MockRoutes,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): HttpHandler[] {
  const { store, path, handle, problem } = routes;
  const bad = (request: Request, name: string, code: keyof typeof mockIndicatorMessages.entries) =>
    problem(request, {
      status: 400,
      options: {
        type: 'bad-request',
        title: 'Bad request',
        errors: [{ path: [name], pointer: `/${name}`, code, message: mockIndicatorMessages.localized(code) }],
      },
    });
  return [
    http.get(
      path('/v1/indicators'),
      handle('GET /v1/indicators', (request, _params, _body, caller) => {
        const url = new URL(request.url);
        const publishable = /^Bearer pk_/.test(request.headers.get('authorization') ?? '');
        const requested = url.searchParams.get('organization') ?? undefined;
        if (requested !== undefined && !ORG_ID.test(requested))
          return bad(request, 'organization', 'invalid_id');
        const districtField = url.searchParams.get('districtField') ?? 'currentDistrict';
        if (districtField !== 'currentDistrict' && districtField !== 'originDistrict')
          return bad(request, 'districtField', 'unknown_value');
        const today = new Date();
        const to = url.searchParams.get('to') ?? today.toISOString().slice(0, 10);
        const from =
          url.searchParams.get('from') ??
          new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1))
            .toISOString()
            .slice(0, 10);
        for (const [name, value] of [
          ['from', from],
          ['to', to],
        ] as const) {
          if (!validDate(value)) return bad(request, name, 'invalid_period');
        }
        if (from > to) return bad(request, 'from', 'invalid_period');
        const role = store.organizations.get(caller.organizationId)?.role;
        let scope: string | undefined = requested;
        if (!publishable && role === 'ngo') {
          if (requested !== undefined && requested !== caller.organizationId)
            return problem(request, { status: 403, options: { type: 'forbidden', title: 'Forbidden' } });
          scope = caller.organizationId;
        }
        if (scope !== undefined && scope !== caller.organizationId && !store.organizations.get(scope))
          return problem(request, { status: 404, options: { type: 'not-found', title: 'Not found' } });
        const ownerOnly = !publishable && role === 'ngo';
        const extra = store as unknown as Records;
        const options = { period: { from, to }, districtField } as const;
        type Owned = IndicatorParticipant & { readonly organizationId: string };
        const recordsOf = (org: string | undefined): IndicatorRecords & { participants: Owned[] } => {
          const participants = store.participants
            .all()
            .filter((p) => org === undefined || p.organizationId === org);
          const ids = new Set(participants.map((p) => p.id));
          const of = (name: string) =>
            (extra[name]?.all() ?? []).filter((r) => ids.has(r.participantId as string)) as never[];
          return {
            participants: participants as Owned[],
            referrals: store.referrals.all().filter((r) => ids.has(r.participantId)),
            followUps: of('followUps'),
            placements: of('placements'),
            enterprises: of('enterprises'),
            enrolments: of('enrolments'),
          };
        };
        let report: IndicatorReport;
        let published: PublishedIndicators;
        if (scope !== undefined && !ownerOnly) {
          // Another organisation's figures: national only, protected with every organisation's, as the registry.
          const all = recordsOf(undefined);
          const programme = publishIndicators(computeIndicators(all, options), { threshold });
          const reports = new Map(
            [...splitByOrganization(all)].map(([org, records]) => [org, computeIndicators(records, options)]),
          );
          report = reports.get(scope) ?? computeIndicators({ participants: [] }, options);
          published = publishOrganizationIndicators(programme, reports, scope, threshold);
        } else {
          report = computeIndicators(recordsOf(scope), options);
          published = publishIndicators(report, { threshold });
        }
        const { period, ...tables } = published;
        return conditionalAnswer(
          request,
          {
            scope:
              scope === undefined ? { kind: 'programme' } : { kind: 'organization', organizationId: scope },
            period,
            districtField,
            incomeThresholdNpr: report.incomeThresholdNpr,
            sustainedMonths: report.sustainedMonths,
            ...tables,
          },
          { publicCache: `public, max-age=${PUBLIC_MAX_AGE}` },
        );
      }),
    ),
  ];
}
