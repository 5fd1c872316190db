import type { IdKind } from '@nayabato/core';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { audit } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller, requireRole } from '../policy/require.js';
import {
  type CareReader,
  type CareRow,
  type CareTable,
  findCareRecord,
  insertCareRecord,
  listCareRecords,
  toCareRecord,
} from '../store/care-records.js';
import { findVisibleParticipant } from '../store/participants.js';
import { type App, listQuery, param, route } from './route.js';

/** One kind of care record (follow-ups, service deliveries) exposed over HTTP. */
export interface CareResource {
  readonly table: CareTable;
  readonly idKind: IdKind;
  /** The audit resource type, e.g. `follow_up`. */
  readonly resourceType: string;
  /** The collection path, e.g. `/v1/follow-ups`. */
  readonly path: string;
  /** The operation-id stem, e.g. `FollowUp` (`createFollowUp`, `listFollowUps`, `getFollowUp`). */
  readonly name: string;
  /** The plural stem, e.g. `FollowUps` (`listFollowUps`, `FollowUpPage`). */
  readonly plural: string;
  readonly tag: string;
  /** The named record and input schemas (`contract/care.ts`). */
  readonly schema: z.ZodMiniType;
  readonly input: z.ZodMiniType;
  /** Checks of the input's references beyond the participant (e.g. a delivery's referral and user). */
  readonly check?: (c: Context<AppEnv>, input: Record<string, unknown>) => Promise<void>;
  /**
   * The consent scope through which an NGO holding an active referral of the participant reads these
   * records too (`follow_ups`); absent when only the recording NGO reads them.
   */
  readonly sharedScope?: 'follow_ups';
}

/**
 * The participant a care record is written for: visible to the caller (else 422 `unknown_reference`) and
 * registered by it (else 403): only the registering NGO records its follow-ups and deliveries.
 */
async function ownParticipant(c: Context<AppEnv>, participantId: string): Promise<void> {
  const participant = await findVisibleParticipant(c.var.db, caller(c), participantId);
  if (!participant) {
    throw new Problem('validation-failed', 'The participant is not visible to you.', {
      errors: [issue(['participantId'], 'unknown_reference')],
    });
  }
  if (participant.access !== 'owner')
    throw new Problem('forbidden', 'Only the registering organisation records this.');
}

/**
 * Registers create, list and get for one kind of care record: recorded by the NGO that registered the
 * participant and read by it (and, with a `sharedScope`, by an NGO the participant's valid sharing
 * consent covers for it), listed per organisation or per participant with keyset pagination, and every
 * read and write audited with the participant's id, so the registering NGO sees who read what.
 */
export function careRoutes(app: App, r: CareResource): void {
  const label = r.resourceType.replace(/_/g, ' ');
  // Only an NGO receives through a sharing scope: a training institution's cap (a course's needs) and
  // every other role exclude care records whatever the scope says.
  const reader = (c: Context<AppEnv>): CareReader => {
    const who = caller(c);
    return { orgId: who.orgId, sharedScope: who.role === 'ngo' ? (r.sharedScope ?? null) : null };
  };
  const entry = (row: CareRow, action: 'create' | 'read' | 'list') => ({
    action,
    resourceType: r.resourceType,
    resourceId: row.id,
    participantId: row.participant_id,
  });

  route(
    app,
    'post',
    r.path,
    {
      id: `create${r.name}`,
      tag: r.tag,
      summary: `Record a ${label} (the registering NGO)`,
      body: r.input,
      status: 201,
      response: r.schema,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], `record a ${label}`);
      const input = bodyOf(c, r.input) as Record<string, unknown>;
      await ownParticipant(c, String(input.participantId));
      await r.check?.(c, input);
      const row = await insertCareRecord(c.var.db, r.table, r.idKind, {
        orgId: who.orgId,
        participantId: String(input.participantId),
        data: input,
      });
      await audit(c, `${r.resourceType}.create`, [entry(row, 'create')]);
      c.header('location', `${r.path}/${row.id}`);
      return c.json(toCareRecord(row), 201);
    },
  );

  route(
    app,
    'get',
    r.path,
    {
      id: `list${r.plural}`,
      tag: r.tag,
      summary: r.sharedScope
        ? `List the ${label}s the caller recorded or receives by consent scope (all, or one participant's)`
        : `List the ${label}s the caller recorded (all, or one participant's)`,
      params: [
        ...pageParams,
        updatedSinceParam,
        {
          name: 'participantId',
          in: 'query',
          description: 'Only those of this participant (a pseudonymous id).',
        },
      ],
      response: pageOf(`${r.name}Page`, r.schema),
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], `read ${label}s`);
      const { limit, after, updatedSince } = listQuery(c);
      const rows = await listCareRecords(
        c.var.db,
        r.table,
        reader(c),
        { participantId: c.req.query('participantId') ?? null, updatedSince },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        `${r.resourceType}.list`,
        result.items.map((row) => entry(row, 'list')),
      );
      return c.json({ items: result.items.map(toCareRecord), nextCursor: result.nextCursor });
    },
  );

  route(
    app,
    'get',
    `${r.path}/:id`,
    {
      id: `get${r.name}`,
      tag: r.tag,
      summary: r.sharedScope
        ? `One ${label} (the recording NGO, or an NGO the participant's sharing consent covers)`
        : `One ${label} (the recording NGO)`,
      params: [idParam()],
      errors: [404],
      response: r.schema,
    },
    async (c) => {
      // Any other organisation, of any role, gets the 404 of a record that does not exist.
      const row = await findCareRecord(c.var.db, r.table, reader(c), param(c, 'id'));
      if (!row) throw new Problem('not-found', `No such ${label} is visible to you.`);
      await audit(c, `${r.resourceType}.read`, [entry(row, 'read')]);
      return c.json(toCareRecord(row));
    },
  );
}
