import { TrainingProgrammeStatus } from '@nayabato/core';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import {
  TrainingProgramme,
  TrainingProgrammeInput,
  TrainingProgrammePage,
} from '../contract/training-programmes.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller, requireRole } from '../policy/require.js';
import {
  findVisibleTrainingProgramme,
  insertTrainingProgramme,
  listVisibleTrainingProgrammes,
  type TrainingProgrammeRow,
  toTrainingProgramme,
  updateTrainingProgramme,
} from '../store/training-programmes.js';
import { type App, enumQuery, listQuery, param, route } from './route.js';

const tag = 'Training programmes';

/** The input of a write, refusing (422) a programme the caller does not run itself. */
function programmeInput(c: Context<AppEnv>) {
  const who = caller(c);
  requireRole(who, ['training_institution'], 'record training programmes');
  const input = bodyOf(c, TrainingProgrammeInput);
  if (input.providerOrganizationId !== who.orgId) {
    throw new Problem('validation-failed', 'A training institution records the programmes it runs.', {
      errors: [issue(['providerOrganizationId'], 'not_provider')],
    });
  }
  return input;
}

const entry = (row: TrainingProgrammeRow, action: 'create' | 'update') => ({
  action,
  resourceType: 'training_programme',
  resourceId: row.id,
});

/**
 * Training programmes: a training institution records and edits the programmes it runs; every partner
 * reads the published ones (no participant data), the institution all of its own. Writes are audited.
 */
export function trainingProgrammeRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/training-programmes',
    {
      id: 'createTrainingProgramme',
      tag,
      summary: 'Record a training programme (a training institution, for a programme it runs)',
      body: TrainingProgrammeInput,
      status: 201,
      response: TrainingProgramme,
    },
    async (c) => {
      const who = caller(c);
      const row = await insertTrainingProgramme(c.var.db, who.orgId, programmeInput(c));
      await audit(c, 'training_programme.create', [entry(row, 'create')]);
      c.header('location', `/v1/training-programmes/${row.id}`);
      return c.json(toTrainingProgramme(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/training-programmes',
    {
      id: 'listTrainingProgrammes',
      tag,
      summary: 'List the training programmes visible to the caller',
      description:
        'Every partner sees the published programmes; a training institution also its own unpublished ones.',
      params: [
        ...pageParams,
        updatedSinceParam,
        { name: 'district', in: 'query', description: 'Only programmes held in this district.' },
        { name: 'trade', in: 'query', description: 'Only programmes in this trade.' },
        {
          name: 'status',
          in: 'query',
          description: 'Only programmes in this status.',
          schema: { type: 'string', enum: [...TrainingProgrammeStatus.values] },
        },
        {
          name: 'providerOrganizationId',
          in: 'query',
          description: 'Only programmes run by this organisation.',
        },
      ],
      response: TrainingProgrammePage,
    },
    async (c) => {
      const who = caller(c);
      const { limit, after, updatedSince } = listQuery(c);
      const status = enumQuery(c, 'status', TrainingProgrammeStatus.is);
      const rows = await listVisibleTrainingProgrammes(
        c.var.db,
        who,
        {
          district: c.req.query('district') ?? null,
          trade: c.req.query('trade') ?? null,
          status: status ?? null,
          providerOrganizationId: c.req.query('providerOrganizationId') ?? null,
          updatedSince,
        },
        { after, limit },
      );
      return c.json(page(rows, limit, toTrainingProgramme));
    },
  );

  route(
    app,
    'get',
    '/v1/training-programmes/:id',
    {
      id: 'getTrainingProgramme',
      tag,
      summary: 'One training programme',
      params: [idParam()],
      errors: [404],
      response: TrainingProgramme,
    },
    async (c) => {
      const row = await findVisibleTrainingProgramme(c.var.db, caller(c), param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such training programme is visible to you.');
      return c.json(toTrainingProgramme(row));
    },
  );

  route(
    app,
    'put',
    '/v1/training-programmes/:id',
    {
      id: 'updateTrainingProgramme',
      tag,
      summary: 'Replace a training programme (the institution that recorded it)',
      params: [idParam()],
      body: TrainingProgrammeInput,
      errors: [404],
      response: TrainingProgramme,
    },
    async (c) => {
      const existing = await findVisibleTrainingProgramme(c.var.db, caller(c), param(c, 'id'));
      if (!existing) throw new Problem('not-found', 'No such training programme is visible to you.');
      const input = programmeInput(c);
      if (existing.access !== 'owner')
        throw new Problem('forbidden', 'Only the recording institution edits a programme.');
      const row = await updateTrainingProgramme(c.var.db, existing.id, input);
      await audit(c, 'training_programme.update', [entry(row, 'update')]);
      return c.json(toTrainingProgramme(row));
    },
  );
}
