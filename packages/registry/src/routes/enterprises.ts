import { createEnterprise, type EnterpriseInput as EnterpriseInputType } from '@nayabato/core';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import {
  Enterprise,
  EnterpriseInput,
  EnterprisePage,
  EnterpriseView,
  MonthlyRecord,
} from '../contract/enterprises.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { checkBuyers, enterpriseView } from '../policy/livelihood-records.js';
import { caller, requireRole } from '../policy/require.js';
import {
  type EnterpriseRow,
  findVisibleEnterprise,
  insertEnterprise,
  listVisibleEnterprises,
  toEnterprise,
  updateEnterprise,
} from '../store/enterprises.js';
import { findOrganization } from '../store/organizations.js';
import { findVisibleParticipant } from '../store/participants.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Enterprises';

const entry = (row: EnterpriseRow, action: 'create' | 'read' | 'list' | 'update') => ({
  action,
  resourceType: 'enterprise',
  resourceId: row.id,
  participantId: row.participant_id,
});

/** Checks a body's references: the participant is the caller's own, each buyer a corporate partner. */
async function checkReferences(c: Context<AppEnv>, input: EnterpriseInputType): Promise<void> {
  const who = caller(c);
  const participant = await findVisibleParticipant(c.var.db, who, input.participantId);
  if (!participant) {
    throw new Problem('validation-failed', 'The participant is not visible to you.', {
      errors: [issue(['participantId'], 'unknown_reference')],
    });
  }
  if (participant.access !== 'owner')
    throw new Problem('forbidden', 'Only the registering organisation records an enterprise.');
  const roles = new Map<string, string>();
  for (const { buyerOrganizationId: id } of input.marketLinkages) {
    const org = await findOrganization(c.var.db, id);
    if (org) roles.set(id, org.role);
  }
  checkBuyers(input.marketLinkages, (id) => roles.get(id));
}

/** The caller's own enterprise (404 when not visible, 403 when visible but not its own). */
async function ownEnterprise(c: Context<AppEnv>): Promise<EnterpriseRow> {
  const who = caller(c);
  const row = await findVisibleEnterprise(c.var.db, who, param(c, 'id'));
  if (!row) throw new Problem('not-found', 'No such enterprise is visible to you.');
  requireRole(who, ['ngo'], 'record enterprises');
  if (row.access !== 'owner') throw new Problem('forbidden', 'Only the recording NGO edits an enterprise.');
  return row;
}

/**
 * Enterprises: the registering NGO records a participant's enterprise (with a pseudonymous code), its
 * seed support, market linkages and monthly results; a corporate partner named by a linkage sees its code
 * and trade only. Every read and write is audited.
 */
export function enterpriseRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/enterprises',
    {
      id: 'createEnterprise',
      tag,
      summary: 'Record a participant’s enterprise (the registering NGO)',
      description: 'The registry gives it a pseudonymous code (`ENT-…`), the only way buyers refer to it.',
      body: EnterpriseInput,
      status: 201,
      response: Enterprise,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], 'record enterprises');
      const input = bodyOf(c, EnterpriseInput);
      await checkReferences(c, input);
      const row = await insertEnterprise(c.var.db, createEnterprise(input, { organizationId: who.orgId }));
      await audit(c, 'enterprise.create', [entry(row, 'create')]);
      c.header('location', `/v1/enterprises/${row.id}`);
      return c.json(toEnterprise(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/enterprises',
    {
      id: 'listEnterprises',
      tag,
      summary: 'List the enterprises visible to the caller',
      description:
        'An NGO lists those it recorded (whole records); a corporate partner those whose market linkages name it, as code and trade only.',
      params: [
        ...pageParams,
        updatedSinceParam,
        { name: 'participantId', in: 'query', description: 'Only those of this participant.' },
      ],
      response: EnterprisePage,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo', 'corporate'], 'read enterprises');
      const { limit, after, updatedSince } = listQuery(c);
      // A buyer never filters by participant: it must not learn whose enterprise it buys from.
      const participantId = who.role === 'ngo' ? (c.req.query('participantId') ?? null) : null;
      if (who.role !== 'ngo' && c.req.query('participantId') !== undefined) {
        throw new Problem('bad-request', 'A corporate partner cannot filter by participant.', {
          errors: [issue(['participantId'], 'unknown_value')],
        });
      }
      const rows = await listVisibleEnterprises(
        c.var.db,
        who,
        { participantId, updatedSince },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        'enterprise.list',
        result.items.map((row) => entry(row, 'list')),
      );
      return c.json({ items: result.items.map(enterpriseView), nextCursor: result.nextCursor });
    },
  );

  route(
    app,
    'get',
    '/v1/enterprises/:id',
    {
      id: 'getEnterprise',
      tag,
      summary: 'One enterprise, as the caller may see it',
      params: [idParam()],
      errors: [404],
      response: EnterpriseView,
    },
    async (c) => {
      const row = await findVisibleEnterprise(c.var.db, caller(c), param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such enterprise is visible to you.');
      await audit(c, 'enterprise.read', [entry(row, 'read')]);
      return c.json(enterpriseView(row));
    },
  );

  route(
    app,
    'put',
    '/v1/enterprises/:id',
    {
      id: 'updateEnterprise',
      tag,
      summary: 'Replace an enterprise: status, seed support, market linkages, results (the recording NGO)',
      description: 'Its code and participant stay as recorded.',
      params: [idParam()],
      body: EnterpriseInput,
      errors: [404],
      response: Enterprise,
    },
    async (c) => {
      const existing = await ownEnterprise(c);
      const input = bodyOf(c, EnterpriseInput);
      if (input.participantId !== existing.participant_id) {
        throw new Problem('validation-failed', 'An enterprise cannot move to another participant.', {
          errors: [issue(['participantId'], 'fixed_field')],
        });
      }
      await checkReferences(c, input);
      const row = await updateEnterprise(c.var.db, existing.id, {
        ...input,
        enterpriseCode: existing.data.enterpriseCode,
      });
      await audit(c, 'enterprise.update', [entry(row, 'update')]);
      return c.json(toEnterprise(row));
    },
  );

  route(
    app,
    'post',
    '/v1/enterprises/:id/monthly-records',
    {
      id: 'recordEnterpriseMonth',
      tag,
      summary: 'Record one month of an enterprise’s results (the recording NGO)',
      description: 'A month already recorded is replaced. Answers the whole enterprise.',
      params: [idParam()],
      body: MonthlyRecord,
      errors: [404],
      response: Enterprise,
    },
    async (c) => {
      const existing = await ownEnterprise(c);
      const month = bodyOf(c, MonthlyRecord);
      const others = existing.data.monthlyRecords.filter((m) => m.month !== month.month);
      if (others.length >= 600) {
        throw new Problem('validation-failed', 'An enterprise keeps at most 600 months.', {
          errors: [issue(['month'], 'unknown_value')],
        });
      }
      const monthlyRecords = [...others, month].sort((a, b) => a.month.localeCompare(b.month));
      const row = await updateEnterprise(c.var.db, existing.id, { ...existing.data, monthlyRecords });
      await audit(c, 'enterprise.update', [
        { ...entry(row, 'update'), detail: { monthlyRecord: month.month } },
      ]);
      return c.json(toEnterprise(row));
    },
  );
}
