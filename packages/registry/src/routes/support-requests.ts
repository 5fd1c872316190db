import {
  newId,
  SupportRequestAction,
  type SupportRequestActionValue,
  SupportRequestStatus,
  SupportRequestTransitionError,
  transitionSupportRequest,
} from '@nayabato/core';
import type * as z from 'zod/mini';
import { audit } from '../audit.js';
import type { Principal } from '../auth/principal.js';
import {
  SupportRequestAnswerInput,
  SupportRequestDeclineInput,
  SupportRequestInput,
  SupportRequestView,
  SupportRequestWithdrawInput,
} from '../contract/care.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller, requireRole } from '../policy/require.js';
import { checkDesk, supportRequestView } from '../policy/support-requests.js';
import { findOrganization } from '../store/organizations.js';
import { findVisibleParticipant } from '../store/participants.js';
import {
  findVisibleSupportRequest,
  insertSupportRequest,
  listVisibleSupportRequests,
  moveSupportRequest,
  type SupportRequestRow,
  toSupportRequest,
} from '../store/support-requests.js';
import { enqueueWebhookEvent } from '../store/webhook-events.js';
import { type App, enumQuery, listQuery, param, route } from './route.js';

const tag = 'Support requests';

const BODIES: Record<SupportRequestActionValue, z.ZodMiniType> = {
  acknowledge: SupportRequestAnswerInput,
  start: SupportRequestAnswerInput,
  fulfil: SupportRequestAnswerInput,
  decline: SupportRequestDeclineInput,
  withdraw: SupportRequestWithdrawInput,
};

const SUMMARY: Record<SupportRequestActionValue, string> = {
  acknowledge: 'Acknowledge, with an optional answer (the addressed government desk)',
  start: 'Start work, with an optional answer (the addressed government desk)',
  fulfil: 'Fulfil, with an optional answer (the addressed government desk)',
  decline: 'Decline with an answer (the addressed government desk)',
  withdraw: 'Withdraw (the requesting NGO)',
};

/** Core's machine refusals as problems: an illegal move 409, the wrong party 403, a missing answer 422. */
function toProblem(error: SupportRequestTransitionError): Problem {
  const errors = [{ path: [], pointer: '', code: error.code, message: error.localized }];
  if (error.code === 'illegal_transition')
    return new Problem('invalid-transition', error.localized.en, { errors });
  if (error.code === 'not_permitted') return new Problem('forbidden', error.localized.en, { errors });
  return new Problem('validation-failed', error.localized.en, { errors });
}

/**
 * An audit entry. The participant is recorded for the requesting NGO's own actions only: the desk never
 * receives the pseudonymous id, so its rows (which an organisation may read back) do not carry it either;
 * its accesses are found by the request's id.
 */
const entry = (
  row: SupportRequestRow,
  action: 'create' | 'read' | 'list' | 'transition',
  who: Principal,
) => ({
  action,
  resourceType: 'support_request',
  resourceId: row.id,
  participantId: row.org_id === who.orgId ? (row.participant_id ?? undefined) : undefined,
});

/**
 * Support requests to the government (legal aid, citizenship documentation, infrastructure, shelter
 * space): raised and withdrawn by an NGO, answered by the addressed government desk through core's
 * support-request machine.
 */
export function supportRequestRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/support-requests',
    {
      id: 'createSupportRequest',
      tag,
      summary: 'Raise a support request to a government organisation (an NGO)',
      description:
        'Status `submitted`. `toOrganizationId` must be a government organisation (422 `recipient_not_government`); a `participantId` must be one the NGO registered. The desk never receives `participantId`.',
      body: SupportRequestInput,
      status: 201,
      response: SupportRequestView,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], 'raise support requests');
      const input = bodyOf(c, SupportRequestInput);
      checkDesk(await findOrganization(c.var.db, input.toOrganizationId));
      if (input.participantId) {
        const participant = await findVisibleParticipant(c.var.db, who, input.participantId);
        if (!participant) {
          throw new Problem('validation-failed', 'The participant is not visible to you.', {
            errors: [issue(['participantId'], 'unknown_reference')],
          });
        }
        if (participant.access !== 'owner')
          throw new Problem(
            'forbidden',
            'Only the registering organisation raises a request for a participant.',
          );
      }
      const row = await insertSupportRequest(c.var.db, {
        id: newId('supportRequest'),
        orgId: who.orgId,
        input,
      });
      await audit(c, 'support_request.create', [entry(row, 'create', who)]);
      c.header('location', `/v1/support-requests/${row.id}`);
      return c.json(supportRequestView(row, who), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/support-requests',
    {
      id: 'listSupportRequests',
      tag,
      summary:
        'List the support requests the caller raised (an NGO) or that are addressed to it (government)',
      params: [
        ...pageParams,
        updatedSinceParam,
        {
          name: 'status',
          in: 'query',
          description: 'Only requests in this status.',
          schema: { $ref: '#/components/schemas/SupportRequestStatus' },
        },
        {
          name: 'participantId',
          in: 'query',
          description: 'Only the NGO’s own requests about this participant (a pseudonymous id).',
        },
      ],
      response: pageOf('SupportRequestPage', SupportRequestView),
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo', 'government'], 'read support requests');
      const { limit, after, updatedSince } = listQuery(c);
      const status = enumQuery(c, 'status', SupportRequestStatus.is);
      const rows = await listVisibleSupportRequests(
        c.var.db,
        who,
        { status: status ?? null, participantId: c.req.query('participantId') ?? null, updatedSince },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        'support_request.list',
        result.items.map((row) => entry(row, 'list', who)),
      );
      return c.json({
        items: result.items.map((row) => supportRequestView(row, who)),
        nextCursor: result.nextCursor,
      });
    },
  );

  route(
    app,
    'get',
    '/v1/support-requests/:id',
    {
      id: 'getSupportRequest',
      tag,
      summary: 'One support request (the requesting NGO or the addressed desk)',
      params: [idParam()],
      errors: [404],
      response: SupportRequestView,
    },
    async (c) => {
      const who = caller(c);
      const row = await findVisibleSupportRequest(c.var.db, who, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such support request is visible to you.');
      await audit(c, 'support_request.read', [entry(row, 'read', who)]);
      return c.json(supportRequestView(row, who));
    },
  );

  for (const action of SupportRequestAction.values) {
    route(
      app,
      'post',
      `/v1/support-requests/:id/${action}`,
      {
        id: `${action}SupportRequest`,
        tag,
        summary: SUMMARY[action],
        description:
          'Core’s support-request machine decides: a move the status does not allow is 409 `invalid-transition`, the other party 403.',
        params: [idParam()],
        body: BODIES[action],
        errors: [404, 409],
        response: SupportRequestView,
      },
      async (c) => {
        const who = caller(c);
        const row = await findVisibleSupportRequest(c.var.db, who, param(c, 'id'));
        if (!row) throw new Problem('not-found', 'No such support request is visible to you.');
        const body = (c.var.body ?? {}) as { response?: string };
        let next: ReturnType<typeof transitionSupportRequest>;
        try {
          next = transitionSupportRequest(toSupportRequest(row), action, {
            actorOrganizationId: who.orgId,
            at: new Date().toISOString(),
            ...(body.response ? { response: body.response } : {}),
          });
        } catch (error) {
          if (error instanceof SupportRequestTransitionError) throw toProblem(error);
          throw error;
        }
        const updated = await moveSupportRequest(c.var.db, row.id, row.status, next);
        if (!updated) {
          throw new Problem(
            'invalid-transition',
            'The support request changed status meanwhile; read it again before retrying.',
          );
        }
        // An answer (fulfilled or declined) goes to the requesting NGO: the status, never the answer's text.
        if (action === 'fulfil' || action === 'decline') {
          await enqueueWebhookEvent(
            c.var.db,
            'support_request.answered',
            { supportRequestId: row.id, status: next.status },
            [row.org_id],
          );
        }
        await audit(c, `support_request.${action}`, [
          { ...entry(row, 'transition', who), detail: { action, from: row.status, to: next.status } },
        ]);
        return c.json(supportRequestView(updated, who));
      },
    );
  }
}
