import { createHash } from 'node:crypto';
import {
  computeIndicators,
  type IndicatorReport,
  IsoDateSchema,
  type PublishedIndicators,
  publishIndicators,
  publishOrganizationIndicators,
  splitByOrganization,
  validate,
} from '@nayabato/core';
import { IndicatorsSchema } from '../contract/indicators.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { indicatorScope, isPublicIndicatorRead } from '../policy/indicators.js';
import { caller } from '../policy/require.js';
import { indicatorDataVersion, readIndicatorRecords } from '../store/indicator-records.js';
import { findOrganization } from '../store/organizations.js';
import { type App, enumQuery, route } from './route.js';

const tag = 'Indicators';
/** How long a public cache may keep the public set: numbers of a programme move by the day, not the second. */
export const PUBLIC_INDICATOR_MAX_AGE = 300;
const DISTRICT_FIELDS = ['currentDistrict', 'originDistrict'] as const;
const isDistrictField = (v: unknown): v is (typeof DISTRICT_FIELDS)[number] =>
  (DISTRICT_FIELDS as readonly unknown[]).includes(v);

/** Answers computed per database, by request and data version: the public set is the hot path. */
const answers = new WeakMap<object, Map<string, { body: string; etag: string }>>();
const KEPT_ANSWERS = 64;

/** The answer kept for `key`, or computed by `make` and kept (the oldest dropped beyond the limit). */
async function remembered(db: object, key: string, make: () => Promise<string>) {
  const kept = answers.get(db) ?? new Map<string, { body: string; etag: string }>();
  answers.set(db, kept);
  const hit = kept.get(key);
  if (hit) return hit;
  const body = await make();
  const answer = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
  kept.set(key, answer);
  if (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value as string);
  return answer;
}

/** The default period: the year up to today (UTC), both ends included. */
function lastYear(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate() + 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

function period(fromQuery: string | undefined, toQuery: string | undefined) {
  const fallback = lastYear();
  const from = fromQuery ?? fallback.from;
  const to = toQuery ?? fallback.to;
  const errors = [
    ...(validate(IsoDateSchema, from).ok ? [] : [issue(['from'], 'invalid_period')]),
    ...(validate(IsoDateSchema, to).ok ? [] : [issue(['to'], 'invalid_period')]),
  ];
  if (errors.length === 0 && from > to) errors.push(issue(['from'], 'invalid_period'));
  if (errors.length > 0) throw new Problem('bad-request', 'A bad period.', { errors });
  return { from, to };
}

/** Whether `If-None-Match` names this entity tag (a list, weak or strong, or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/** The programme's indicators over the caller's scope, after disclosure control. */
export function indicatorRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/indicators',
    {
      id: 'getIndicators',
      tag,
      summary: "The programme's indicators, small cells suppressed",
      description:
        "Core's `computeIndicators` over the caller's scope, then `publishIndicators`' disclosure control with the registry's threshold (setting `indicatorThreshold`): every count below it, and every count that would let one be recovered by subtraction, is `{ suppressed: true }`. A publishable key, a corporate partner and a training institution read the public set (programme-wide, or one organisation's registrations with `organization`); the coordinator and the government programme-wide; an NGO its own registrations (with district detail). One organisation's figures read by anyone else are national only, protected jointly with every other organisation's and the programme's (`publishOrganizationIndicators`), so none can be had by subtraction. Public answers carry `Cache-Control: public` and an `ETag` (send `If-None-Match` for a 304).",
      publishable: true,
      errors: [404],
      params: [
        {
          name: 'from',
          in: 'query',
          description: 'First day (YYYY-MM-DD); default a year before `to`.',
          schema: { type: 'string', format: 'date' },
        },
        {
          name: 'to',
          in: 'query',
          description: 'Last day (YYYY-MM-DD); outcomes as they stand on it. Default today (UTC).',
          schema: { type: 'string', format: 'date' },
        },
        {
          name: 'organization',
          in: 'query',
          description:
            'Only the participants this organisation registered: national figures only (an NGO may name only itself, and reads its own with district detail).',
          schema: { type: 'string', pattern: '^org_[0-9a-z]{10,32}$' },
        },
        {
          name: 'districtField',
          in: 'query',
          description:
            'Which district places a participant: where they live now (default) or where they come from.',
          schema: { type: 'string', enum: [...DISTRICT_FIELDS] },
        },
      ],
      response: IndicatorsSchema,
    },
    async (c) => {
      const who = caller(c, ['secret', 'staff', 'publishable']);
      const requested = c.req.query('organization');
      if (requested !== undefined && !/^org_[0-9a-z]{10,32}$/.test(requested)) {
        throw new Problem('bad-request', 'The query parameter organization is not an organisation id.', {
          errors: [issue(['organization'], 'invalid_id')],
        });
      }
      const districtField = enumQuery(c, 'districtField', isDistrictField) ?? 'currentDistrict';
      const range = period(c.req.query('from'), c.req.query('to'));
      const scope = indicatorScope(who, requested);
      if (scope.kind === 'organization' && !(await findOrganization(c.var.db, scope.id))) {
        throw new Problem('not-found', 'No such organisation.');
      }
      const threshold = c.var.settings.indicatorThreshold;
      // A fresh fingerprint on every request, so a kept answer is never staler than the tables.
      const version = await indicatorDataVersion(c.var.db);
      const key = JSON.stringify([scope, range, districtField, threshold, version]);
      const { body, etag } = await remembered(c.var.database, key, async () => {
        const options = { period: range, districtField };
        let report: IndicatorReport;
        let published: PublishedIndicators;
        if (scope.kind === 'organization' && !scope.own) {
          // Another organisation's figures: protected jointly with every organisation's and the programme's.
          const all = await readIndicatorRecords(c.var.db, { kind: 'programme' });
          const programme = publishIndicators(computeIndicators(all, options), { threshold });
          const reports = new Map(
            [...splitByOrganization(all)].map(([org, records]) => [org, computeIndicators(records, options)]),
          );
          report = reports.get(scope.id) ?? computeIndicators({ participants: [] }, options);
          published = publishOrganizationIndicators(programme, reports, scope.id, threshold);
        } else {
          report = computeIndicators(await readIndicatorRecords(c.var.db, scope), options);
          published = publishIndicators(report, { threshold });
        }
        const { period: covered, ...tables } = published;
        return JSON.stringify({
          scope: scope.kind === 'programme' ? scope : { kind: 'organization', organizationId: scope.id },
          period: covered,
          districtField,
          incomeThresholdNpr: report.incomeThresholdNpr,
          sustainedMonths: report.sustainedMonths,
          ...tables,
        });
      });
      // The same URL answers differently by credential: caches key on it.
      c.header('vary', 'Authorization', { append: true });
      c.header(
        'cache-control',
        isPublicIndicatorRead(who) ? `public, max-age=${PUBLIC_INDICATOR_MAX_AGE}` : 'private, no-cache',
      );
      c.header('etag', etag);
      if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
      return c.body(body, 200, { 'content-type': 'application/json' });
    },
  );
}
