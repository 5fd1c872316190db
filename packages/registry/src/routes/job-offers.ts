import { DistrictSchema, EmploymentType, JobOfferStatus, newId, TradeSchema } from '@nayabato/core';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { JobOfferDraftInput, JobOfferPatch, JobOfferView } from '../contract/job-offers.js';
import { idParam, pageParams } from '../contract/operation.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { cachedJson } from '../http/conditional.js';
import { decodeKeyedCursor, keyedPage } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { checkWholeOffer, jobOfferView, ownJobOffer } from '../policy/job-offers.js';
import { caller, requireRole } from '../policy/require.js';
import {
  findVisibleJobOffer,
  insertJobOffer,
  JOB_OFFER_SORTS,
  type JobOfferData,
  type JobOfferSort,
  listVisibleJobOffers,
  searchQuery,
  updateJobOffer,
} from '../store/job-offers.js';
import { type App, enumQuery, listQuery, param, route } from './route.js';

const tag = 'Job offers';
const ANY = ['secret', 'staff', 'publishable'] as const;
const SORTS = Object.keys(JOB_OFFER_SORTS) as JobOfferSort[];
const isSort = (v: unknown): v is JobOfferSort => SORTS.includes(v as never);
const isDistrict = (v: unknown): v is string => DistrictSchema.safeParse(v).success;
const isTrade = (v: unknown): v is string => TradeSchema.safeParse(v).success;

function searchParam(c: Context<AppEnv>): string | null {
  const q = c.req.query('q');
  if (q === undefined) return null;
  // A NUL or a lone surrogate is bad text wherever it comes from.
  if (q.length > 200 || /\0|\p{Cs}/u.test(q)) {
    throw new Problem('bad-request', 'The search text is too long or not text.', {
      errors: [issue(['q'], 'unknown_value')],
    });
  }
  return searchQuery(q);
}

/** Job offers of corporate partners: drafted, edited and moved by the company; open ones are public. */
export function jobOfferRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/job-offers',
    {
      id: 'createJobOffer',
      tag,
      summary: 'Create a draft job offer (a corporate partner)',
      description: 'Created as a `draft`; the answer carries core’s `warnings` (e.g. `below_minimum_wage`).',
      body: JobOfferDraftInput,
      status: 201,
      response: JobOfferView,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['corporate'], 'post job offers');
      const data: JobOfferData = { ...bodyOf(c, JobOfferDraftInput), status: 'draft' };
      checkWholeOffer(data);
      const row = await insertJobOffer(c.var.db, newId('jobOffer'), who.orgId, data);
      await audit(c, 'job_offer.create', [
        { action: 'create', resourceType: 'job_offer', resourceId: row.id },
      ]);
      c.header('location', `/v1/job-offers/${row.id}`);
      return c.json(jobOfferView(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/job-offers',
    {
      id: 'listJobOffers',
      tag,
      summary: 'List job offers: open ones publicly, all of its own for a company',
      description:
        'A publishable key lists its own organisation’s open offers; an NGO, training institution, government office or the coordinator every open offer; a company its own offers in any status. Answers carry a strong `ETag` (`If-None-Match` gets 304) and `Cache-Control` (public caches for a publishable key). Search text and filters of public offers are not personal, so they travel in the query.',
      publishable: true,
      params: [
        ...pageParams,
        {
          name: 'sort',
          in: 'query',
          description:
            '`newest` (default: latest posting first), `closing` (soonest `validThrough` first), `wage` (highest minimum wage first).',
          schema: { type: 'string', enum: SORTS },
        },
        {
          name: 'q',
          in: 'query',
          description: 'Words to find in the title or description (each as a prefix; all must match).',
          schema: { type: 'string', maxLength: 200 },
        },
        {
          name: 'district',
          in: 'query',
          description: 'Only offers in this district.',
          schema: { $ref: '#/components/schemas/District' },
        },
        {
          name: 'trade',
          in: 'query',
          description: 'Only offers of this trade.',
          schema: { type: 'string', maxLength: 80 },
        },
        {
          name: 'employmentType',
          in: 'query',
          description: 'Only offers of this kind of employment.',
          schema: { type: 'string', enum: [...EmploymentType.values] },
        },
        {
          name: 'status',
          in: 'query',
          description: 'Only offers in this status (a company’s own; others see `open` only).',
          schema: { type: 'string', enum: [...JobOfferStatus.values] },
        },
        { name: 'organizationId', in: 'query', description: 'Only offers of this company.' },
      ],
      response: pageOf('JobOfferPage', JobOfferView),
    },
    async (c) => {
      const who = caller(c, ANY);
      const { limit } = listQuery(c);
      const sort = enumQuery(c, 'sort', isSort) ?? 'newest';
      const cursor = c.req.query('cursor');
      const rows = await listVisibleJobOffers(
        c.var.db,
        who,
        {
          status: enumQuery(c, 'status', JobOfferStatus.is) ?? null,
          district: enumQuery(c, 'district', isDistrict) ?? null,
          trade: enumQuery(c, 'trade', isTrade) ?? null,
          employmentType: enumQuery(c, 'employmentType', EmploymentType.is) ?? null,
          organizationId: c.req.query('organizationId') ?? null,
          search: searchParam(c),
        },
        sort,
        { after: cursor ? decodeKeyedCursor(cursor, sort) : null, limit },
      );
      return cachedJson(
        c,
        keyedPage(rows, limit, sort, (row) => row.sort_key ?? '', jobOfferView),
      );
    },
  );

  route(
    app,
    'get',
    '/v1/job-offers/:id',
    {
      id: 'getJobOffer',
      tag,
      summary: 'One job offer',
      publishable: true,
      params: [idParam()],
      cached: true,
      errors: [404],
      response: JobOfferView,
    },
    async (c) => {
      const row = await findVisibleJobOffer(c.var.db, caller(c, ANY), param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such job offer is visible to you.');
      return cachedJson(c, jobOfferView(row));
    },
  );

  route(
    app,
    'patch',
    '/v1/job-offers/:id',
    {
      id: 'updateJobOffer',
      tag,
      summary: 'Change a job offer (its company)',
      description: 'Any field but the status; a closed offer is final (409).',
      params: [idParam()],
      body: JobOfferPatch,
      errors: [404, 409],
      response: JobOfferView,
    },
    async (c) => {
      const row = await ownJobOffer(c.var.db, caller(c), param(c, 'id'), 'edit job offers');
      if (row.status === 'closed') throw new Problem('conflict', 'A closed job offer is final.');
      const data: JobOfferData = { ...row.data, ...bodyOf(c, JobOfferPatch) };
      checkWholeOffer(data);
      const updated = await updateJobOffer(c.var.db, row.id, row.status, data);
      if (!updated) throw new Problem('conflict', 'The job offer changed status meanwhile; read it again.');
      await audit(c, 'job_offer.update', [
        {
          action: 'update',
          resourceType: 'job_offer',
          resourceId: row.id,
          detail: { fields: Object.keys(bodyOf(c, JobOfferPatch)) },
        },
      ]);
      return c.json(jobOfferView(updated));
    },
  );
}
