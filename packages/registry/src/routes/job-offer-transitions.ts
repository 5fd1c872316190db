import {
  type JobOfferStatusValue,
  JobOfferTransitionError,
  toJobPostingJsonLd,
  transitionJobOffer,
} from '@nayabato/core';
import { audit } from '../audit.js';
import { JobOfferTransitionInput, JobOfferView } from '../contract/job-offers.js';
import { idParam } from '../contract/operation.js';
import { cachedJson } from '../http/conditional.js';
import { Problem } from '../http/problem.js';
import { checkWholeOffer, jobOfferView, ownJobOffer } from '../policy/job-offers.js';
import { caller } from '../policy/require.js';
import { findVisibleJobOffer, toJobOffer, updateJobOffer } from '../store/job-offers.js';
import { findOrganization } from '../store/organizations.js';
import { enqueueWebhookEvent } from '../store/webhook-events.js';
import { type App, param, route } from './route.js';

/** The transitions of the agreed paths, each to core's status. */
const ACTIONS: Record<'publish' | 'pause' | 'close', { to: JobOfferStatusValue; summary: string }> = {
  publish: { to: 'open', summary: 'Publish: open the offer to the public (its company)' },
  pause: { to: 'paused', summary: 'Pause an open offer (its company)' },
  close: { to: 'closed', summary: 'Close the offer for good (its company)' },
};

/** `POST /v1/job-offers/{id}/publish|pause|close` (core's status machine) and the JSON-LD posting. */
export function jobOfferTransitionRoutes(app: App): void {
  for (const [action, { to, summary }] of Object.entries(ACTIONS)) {
    route(
      app,
      'post',
      `/v1/job-offers/:id/${action}`,
      {
        id: `${action}JobOffer`,
        tag: 'Job offers',
        summary,
        description:
          'A move core’s machine does not allow is a 409 `invalid-transition` naming core’s error code.',
        params: [idParam()],
        body: JobOfferTransitionInput,
        errors: [404, 409],
        response: JobOfferView,
      },
      async (c) => {
        const row = await ownJobOffer(c.var.db, caller(c), param(c, 'id'), 'move job offers');
        let next: typeof row.data;
        try {
          next = transitionJobOffer(row.data, to);
        } catch (error) {
          if (!(error instanceof JobOfferTransitionError)) throw error;
          throw new Problem('invalid-transition', error.localized.en, {
            errors: [{ path: ['status'], pointer: '/status', code: error.code, message: error.localized }],
          });
        }
        // Opening sets `postedOn`: an offer whose `validThrough` has already passed cannot open.
        checkWholeOffer(next);
        // Only from the status checked: of two concurrent moves, the second finds it changed.
        const updated = await updateJobOffer(c.var.db, row.id, row.status, next);
        if (!updated) throw new Problem('invalid-transition', 'The job offer changed status meanwhile.');
        // Opening an offer (from draft or paused) publishes it: the offering company is told.
        if (to === 'open') {
          await enqueueWebhookEvent(
            c.var.db,
            'job_offer.published',
            { jobOfferId: row.id, organizationId: row.org_id, status: to },
            [row.org_id],
          );
        }
        await audit(c, `job_offer.${action}`, [
          {
            action: 'transition',
            resourceType: 'job_offer',
            resourceId: row.id,
            detail: { action, from: row.status, to },
          },
        ]);
        return c.json(jobOfferView(updated));
      },
    );
  }

  route(
    app,
    'get',
    '/v1/job-offers/:id/job-posting',
    {
      id: 'getJobPosting',
      tag: 'Job offers',
      summary: 'The offer as a schema.org JobPosting (JSON-LD)',
      description:
        'Core’s mapping of the offer and its company’s public name and website, as `application/ld+json`, for a JSON-LD script element on the company’s page. Cached like the offer.',
      publishable: true,
      params: [idParam()],
      cached: true,
      errors: [404],
      responseType: 'application/ld+json',
    },
    async (c) => {
      const row = await findVisibleJobOffer(
        c.var.db,
        caller(c, ['secret', 'staff', 'publishable']),
        param(c, 'id'),
      );
      if (!row) throw new Problem('not-found', 'No such job offer is visible to you.');
      const company = await findOrganization(c.var.db, row.org_id);
      const name = company?.name ?? row.org_id;
      const url = (company?.data as { url?: string } | undefined)?.url;
      const posting = toJobPostingJsonLd(toJobOffer(row), {
        organization: { name, ...(url ? { url } : {}) },
      });
      return cachedJson(c, posting, 'application/ld+json');
    },
  );
}
