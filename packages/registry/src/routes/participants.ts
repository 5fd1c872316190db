import {
  AgeBand,
  DistrictSchema,
  Gender,
  IsoDateTimeSchema,
  ParticipantCategory,
  ParticipantInputSchema,
  ParticipantSchema,
} from '@nayabato/core';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { audit, auditRowOf } from '../audit.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { named } from '../contract/registry.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page, pageRequest } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { participantView } from '../policy/record-views.js';
import { caller, requireRole } from '../policy/require.js';
import {
  findVisibleParticipant,
  insertParticipant,
  listVisibleParticipants,
  type ParticipantFilters,
  toParticipant,
  updateParticipant,
} from '../store/participants.js';
import { type App, instantIssues, listQuery, param, route } from './route.js';

const Participant = named('Participant', ParticipantSchema);
const ParticipantInput = named('ParticipantInput', ParticipantInputSchema);
const ParticipantView = named(
  'ParticipantView',
  z.extend(z.partial(z.strictObject(ParticipantSchema.shape)), { id: ParticipantSchema.shape.id }),
  'A participant as the caller may see it: everything for the registering NGO. The receiver of an active referral gets the minimum to act (age band, gender, languages, current district), plus exactly what the scope of its valid sharing consent names: `profile` the structured fields, `notes` the free-text notes; under an audited override (no consent) the minimum only. A training institution gets at most age band, education level (with `profile`) and languages.',
);
const ParticipantSearch = named(
  'ParticipantSearch',
  z.strictObject({
    currentDistrict: z.optional(DistrictSchema),
    category: z.optional(ParticipantCategory.schema),
    gender: z.optional(Gender.schema),
    ageBand: z.optional(AgeBand.schema),
    updatedSince: z.optional(IsoDateTimeSchema),
    cursor: z.optional(z.string().check(z.maxLength(200))),
    limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  }),
  'Search filters: personal attributes travel in a POST body, never in a URL.',
);
const ParticipantPage = pageOf('ParticipantPage', ParticipantView);
const tag = 'Participants';
const readers = ['ngo', 'training_institution'] as const;

async function listVisible(
  c: Context<AppEnv>,
  filters: ParticipantFilters,
  limit: number,
  after: number,
  action: 'list' | 'search',
  search?: { fields: string[] },
) {
  const who = caller(c);
  requireRole(who, readers, 'read participants');
  // A plain list writes its audit rows in its own statement; a search also records a summary row.
  const rows = await listVisibleParticipants(
    c.var.db,
    who,
    filters,
    { after, limit },
    search
      ? undefined
      : { row: auditRowOf(c, 'participant.list', action, 'participant'), participants: true },
  );
  const result = page(rows, limit, participantView);
  if (!search) return c.json(result);
  // A search is audited even when it finds nothing (who looked, for what purpose, how many came back),
  // with the names of the filters used, never their values.
  await audit(c, 'participant.search', [
    {
      action,
      resourceType: 'participant_search',
      resourceId: c.var.requestId,
      detail: { count: result.items.length, filters: search.fields },
    },
    ...result.items.map((p) => ({
      action,
      resourceType: 'participant',
      resourceId: p.id!,
      participantId: p.id,
    })),
  ]);
  return c.json(result);
}

/** Participants: registered by NGOs, pseudonymous, read according to the access policy. */
export function participantRoutes(app: App): void {
  route(
    app,
    'post',
    '/v1/participants',
    {
      id: 'createParticipant',
      tag,
      summary: 'Register a participant (NGO)',
      body: ParticipantInput,
      status: 201,
      response: Participant,
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], 'register participants');
      const input = bodyOf(c, ParticipantInput);
      const row = await insertParticipant(c.var.db, who.orgId, input);
      await audit(c, 'participant.registration', [
        { action: 'create', resourceType: 'participant', resourceId: row.id, participantId: row.id },
      ]);
      c.header('location', `/v1/participants/${row.id}`);
      return c.json(toParticipant(row), 201);
    },
  );

  route(
    app,
    'get',
    '/v1/participants',
    {
      id: 'listParticipants',
      tag,
      summary: 'List the participants visible to the caller',
      description: 'Filters on personal attributes are only in `POST /v1/participants/search`.',
      params: [...pageParams, updatedSinceParam],
      response: ParticipantPage,
    },
    async (c) => {
      const { limit, after, updatedSince } = listQuery(c);
      return listVisible(c, { updatedSince }, limit, after, 'list');
    },
  );

  route(
    app,
    'post',
    '/v1/participants/search',
    {
      id: 'searchParticipants',
      tag,
      summary: 'Search the participants visible to the caller',
      body: ParticipantSearch,
      response: ParticipantPage,
    },
    async (c) => {
      const input = bodyOf(c, ParticipantSearch);
      const instant = input.updatedSince ? instantIssues(input.updatedSince, ['updatedSince']) : [];
      if (instant.length > 0) {
        throw new Problem('validation-failed', 'updatedSince is out of range.', { errors: instant });
      }
      const { limit, after } = pageRequest(input.cursor, input.limit?.toString(), c.var.settings.maxPageSize);
      const { cursor: _cursor, limit: _limit, ...filters } = input;
      const fields = Object.keys(filters);
      return listVisible(c, filters, limit, after, 'search', { fields: fields.sort() });
    },
  );

  route(
    app,
    'get',
    '/v1/participants/:id',
    {
      id: 'getParticipant',
      tag,
      summary: 'One participant, as the caller may see it',
      params: [idParam()],
      errors: [404],
      response: ParticipantView,
    },
    async (c) => {
      const who = caller(c);
      const row = await findVisibleParticipant(c.var.db, who, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such participant is visible to you.');
      await audit(c, 'participant.read', [
        { action: 'read', resourceType: 'participant', resourceId: row.id, participantId: row.id },
      ]);
      return c.json(participantView(row));
    },
  );

  route(
    app,
    'put',
    '/v1/participants/:id',
    {
      id: 'updateParticipant',
      tag,
      summary: 'Replace a participant’s record (the registering NGO)',
      params: [idParam()],
      body: ParticipantInput,
      errors: [404],
      response: Participant,
    },
    async (c) => {
      const who = caller(c);
      const row = await findVisibleParticipant(c.var.db, who, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such participant is visible to you.');
      if (row.access !== 'owner')
        throw new Problem('forbidden', 'Only the registering organisation edits a participant.');
      const input = bodyOf(c, ParticipantInput);
      const updated = await updateParticipant(c.var.db, row.id, input);
      await audit(c, 'participant.update', [
        { action: 'update', resourceType: 'participant', resourceId: row.id, participantId: row.id },
      ]);
      return c.json(toParticipant(updated));
    },
  );
}
