import type { EnrolmentInput as EnrolmentInputType } from '@nayabato/core';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { Enrolment, EnrolmentInput, EnrolmentPage } from '../contract/enrolments.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { checkEnrolmentReferral } from '../policy/livelihood-records.js';
import { caller, requireRole } from '../policy/require.js';
import {
  type EnrolmentRow,
  findVisibleEnrolment,
  insertEnrolment,
  listVisibleEnrolments,
  toEnrolment,
  updateEnrolment,
} from '../store/enrolments.js';
import { findVisibleReferral } from '../store/referrals.js';
import { findProvidedProgramme } from '../store/training-programmes.js';
import { type App, listQuery, param, route } from './route.js';

const tag = 'Enrolments';

const entry = (row: EnrolmentRow, action: 'create' | 'read' | 'list' | 'update') => ({
  action,
  resourceType: 'enrolment',
  resourceId: row.id,
  participantId: row.participant_id,
});

/**
 * The body of a write, checked against the policy: the caller is a training institution, the programme
 * one it runs, and the referral one addressed to it, of that participant, accepted and still consented.
 */
async function enrolmentInput(c: Context<AppEnv>): Promise<EnrolmentInputType> {
  const who = caller(c);
  requireRole(who, ['training_institution'], 'record enrolments');
  const input = bodyOf(c, EnrolmentInput);
  if (!input.referralId) {
    throw new Problem('validation-failed', 'An enrolment comes from a referral to your organisation.', {
      errors: [issue(['referralId'], 'referral_required')],
    });
  }
  checkEnrolmentReferral(
    await findVisibleReferral(c.var.db, who, input.referralId),
    who,
    input.participantId,
  );
  if (!(await findProvidedProgramme(c.var.db, who.orgId, input.programmeId))) {
    throw new Problem('validation-failed', 'No programme you run has this id.', {
      errors: [issue(['programmeId'], 'unknown_reference')],
    });
  }
  return input;
}

/**
 * Enrolments: a training institution records those of participants referred to it (from an accepted
 * referral) and updates attendance, completion and certification; the referring NGO reads them. Every
 * read and write is audited.
 */
export function enrolmentRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/enrolments',
    {
      id: 'createEnrolment',
      tag,
      summary: 'Enrol a referred participant (the training institution the referral is addressed to)',
      description:
        'The referral (`referralId`) must be addressed to the caller, of this participant, accepted (or in progress, or completed) and still covered by its consent; the programme one the caller runs.',
      body: EnrolmentInput,
      status: 201,
      response: Enrolment,
    },
    async (c) => {
      const input = await enrolmentInput(c);
      const row = await insertEnrolment(c.var.db, caller(c).orgId, input);
      await audit(c, 'enrolment.create', [entry(row, 'create')]);
      c.header('location', `/v1/enrolments/${row.id}`);
      return c.json(toEnrolment(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/enrolments',
    {
      id: 'listEnrolments',
      tag,
      summary: 'List the enrolments visible to the caller',
      description:
        'A training institution lists those it recorded; an NGO those of its referrals and of the participants it registered.',
      params: [
        ...pageParams,
        updatedSinceParam,
        { name: 'participantId', in: 'query', description: 'Only those of this participant.' },
        { name: 'programmeId', in: 'query', description: 'Only those in this programme.' },
        { name: 'referralId', in: 'query', description: 'Only those from this referral.' },
      ],
      response: EnrolmentPage,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo', 'training_institution'], 'read enrolments');
      const { limit, after, updatedSince } = listQuery(c);
      const rows = await listVisibleEnrolments(
        c.var.db,
        who,
        {
          participantId: c.req.query('participantId') ?? null,
          programmeId: c.req.query('programmeId') ?? null,
          referralId: c.req.query('referralId') ?? null,
          updatedSince,
        },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        'enrolment.list',
        result.items.map((row) => entry(row, 'list')),
      );
      return c.json({ items: result.items.map(toEnrolment), nextCursor: result.nextCursor });
    },
  );

  route(
    app,
    'get',
    '/v1/enrolments/:id',
    {
      id: 'getEnrolment',
      tag,
      summary: 'One enrolment',
      params: [idParam()],
      errors: [404],
      response: Enrolment,
    },
    async (c) => {
      const row = await findVisibleEnrolment(c.var.db, caller(c), param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such enrolment is visible to you.');
      await audit(c, 'enrolment.read', [entry(row, 'read')]);
      return c.json(toEnrolment(row));
    },
  );

  route(
    app,
    'put',
    '/v1/enrolments/:id',
    {
      id: 'updateEnrolment',
      tag,
      summary: 'Replace an enrolment: attendance, completion, certification (the recording institution)',
      description:
        'The programme, participant and referral stay as recorded; the referral must still share the participant.',
      params: [idParam()],
      body: EnrolmentInput,
      errors: [404],
      response: Enrolment,
    },
    async (c) => {
      const who = caller(c);
      const existing = await findVisibleEnrolment(c.var.db, who, param(c, 'id'));
      if (!existing) throw new Problem('not-found', 'No such enrolment is visible to you.');
      requireRole(who, ['training_institution'], 'record enrolments');
      if (existing.access !== 'owner')
        throw new Problem('forbidden', 'Only the recording institution edits an enrolment.');
      const body = bodyOf(c, EnrolmentInput);
      for (const field of ['programmeId', 'participantId', 'referralId'] as const) {
        if (body[field] !== existing.data[field]) {
          throw new Problem('validation-failed', 'This field cannot change once the enrolment exists.', {
            errors: [issue([field], 'fixed_field')],
          });
        }
      }
      const input = await enrolmentInput(c);
      const row = await updateEnrolment(c.var.db, existing.id, input);
      await audit(c, 'enrolment.update', [entry(row, 'update')]);
      return c.json(toEnrolment(row));
    },
  );
}
