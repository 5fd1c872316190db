import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { audit } from '../audit.js';
import type { Principal } from '../auth/principal.js';
import type { AppEnv } from '../context.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { named } from '../contract/registry.js';
import { pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller, requireRole } from '../policy/require.js';
import {
  type DocumentKind,
  type DocumentRow,
  findVisibleDocument,
  insertDocument,
  listVisibleDocuments,
  toDocument,
  updateDocument,
} from '../store/documents.js';
import { findVisibleParticipant } from '../store/participants.js';
import { type App, listQuery, param, route } from './route.js';

/** One kind of participant document exposed over HTTP. */
export interface DocumentResource extends DocumentKind {
  /** The collection path, e.g. `/v1/needs-assessments`. */
  readonly path: string;
  /** The component name, e.g. `NeedsAssessment`; operation ids derive from it. */
  readonly name: string;
  readonly tag: string;
  readonly schema: z.ZodMiniType;
  readonly input: z.ZodMiniType;
  /** Whether the owner may replace it with PUT. */
  readonly updatable: boolean;
  /** Extra indexed columns from the input, e.g. a consent's purpose. */
  readonly columns?: (input: Record<string, unknown>) => Record<string, unknown>;
  /** A policy check before writing (e.g. who may record a consent override, to whom one may consent). */
  readonly check?: (
    c: Context<AppEnv>,
    principal: Principal,
    input: Record<string, unknown>,
  ) => Promise<void>;
}

/** The participant a document is written for: it must be visible (else 422) and the caller's own (else 403). */
async function ownParticipant(c: Context<AppEnv>, participantId: string): Promise<void> {
  const who = caller(c);
  const participant = await findVisibleParticipant(c.var.db, who, participantId);
  if (!participant) {
    throw new Problem('validation-failed', 'The participant is not visible to you.', {
      errors: [issue(['participantId'], 'unknown_reference')],
    });
  }
  if (participant.access !== 'owner')
    throw new Problem('forbidden', 'Only the registering organisation records this.');
}

/** One document with the caller's access, or a 404 when it is not visible. */
export async function visibleDocument(
  c: Context<AppEnv>,
  kind: DocumentKind,
  id: string,
): Promise<DocumentRow> {
  const who = caller(c);
  const row = await findVisibleDocument(c.var.db, kind, who, id);
  if (!row)
    throw new Problem('not-found', `No such ${kind.resourceType.replace(/_/g, ' ')} is visible to you.`);
  return row;
}

/**
 * Registers create, list, get (and replace) for one kind of participant document, with the access policy
 * and an audit row for every read and write.
 */
export function documentRoutes(app: App, r: DocumentResource): void {
  const Doc = named(r.name, r.schema);
  const Input = named(`${r.name}Input`, r.input);
  const entry = (row: DocumentRow, action: 'create' | 'read' | 'list' | 'update') => ({
    action,
    resourceType: r.resourceType,
    resourceId: row.id,
    participantId: row.participant_id,
  });
  const write = async (c: Context<AppEnv>, id: string | undefined) => {
    const who = caller(c);
    // A record the caller cannot see answers 404 whatever its role, as a participant does: looked up
    // before the role check, which would answer 403.
    const existing = id ? await visibleDocument(c, r, id) : undefined;
    requireRole(who, ['ngo'], `record a ${r.resourceType.replace(/_/g, ' ')}`);
    const input = bodyOf(c, Input) as Record<string, unknown>;
    await r.check?.(c, who, input);
    const extra = r.columns?.(input) ?? {};
    if (existing) {
      if (existing.access !== 'owner')
        throw new Problem('forbidden', 'Only the recording organisation edits this.');
      if (input.participantId !== existing.participant_id) {
        throw new Problem('validation-failed', 'A record cannot move to another participant.', {
          errors: [issue(['participantId'], 'other_participant')],
        });
      }
      return updateDocument(c.var.db, r, existing.id, input, extra);
    }
    await ownParticipant(c, String(input.participantId));
    return insertDocument(c.var.db, r, {
      participantId: String(input.participantId),
      orgId: who.orgId,
      data: input,
      columns: extra,
    });
  };
  route(
    app,
    'post',
    r.path,
    {
      id: `create${r.name}`,
      tag: r.tag,
      summary: `Record a ${r.resourceType.replace(/_/g, ' ')}`,
      body: Input,
      status: 201,
      response: Doc,
    },
    async (c) => {
      const row = await write(c, undefined);
      await audit(c, `${r.resourceType}.create`, [entry(row, 'create')]);
      c.header('location', `${r.path}/${row.id}`);
      return c.json(toDocument(row), 201);
    },
  );

  route(
    app,
    'get',
    r.path,
    {
      id: `list${r.name}s`,
      tag: r.tag,
      summary: `List the ${r.resourceType.replace(/_/g, ' ')}s visible to the caller`,
      params: [
        ...pageParams,
        updatedSinceParam,
        {
          name: 'participantId',
          in: 'query',
          description: 'Only those of this participant (a pseudonymous id).',
        },
      ],
      response: pageOf(`${r.name}Page`, Doc),
    },
    async (c) => {
      const who = caller(c);
      requireRole(who, ['ngo'], `read ${r.resourceType.replace(/_/g, ' ')}s`);
      const { limit, after, updatedSince } = listQuery(c);
      const rows = await listVisibleDocuments(
        c.var.db,
        r,
        who,
        { participantId: c.req.query('participantId') ?? null, updatedSince },
        { after, limit },
      );
      const result = page(rows, limit, (row) => row);
      await audit(
        c,
        `${r.resourceType}.list`,
        result.items.map((row) => entry(row, 'list')),
      );
      return c.json({ items: result.items.map(toDocument), nextCursor: result.nextCursor });
    },
  );

  route(
    app,
    'get',
    `${r.path}/:id`,
    {
      id: `get${r.name}`,
      tag: r.tag,
      summary: `One ${r.resourceType.replace(/_/g, ' ')}`,
      params: [idParam()],
      errors: [404],
      response: Doc,
    },
    async (c) => {
      const row = await visibleDocument(c, r, param(c, 'id'));
      await audit(c, `${r.resourceType}.read`, [entry(row, 'read')]);
      return c.json(toDocument(row));
    },
  );

  if (!r.updatable) return;
  route(
    app,
    'put',
    `${r.path}/:id`,
    {
      id: `update${r.name}`,
      tag: r.tag,
      summary: `Replace a ${r.resourceType.replace(/_/g, ' ')} (the recording NGO)`,
      params: [idParam()],
      body: Input,
      errors: [404],
      response: Doc,
    },
    async (c) => {
      const row = await write(c, param(c, 'id'));
      await audit(c, `${r.resourceType}.update`, [entry(row, 'update')]);
      return c.json(toDocument(row));
    },
  );
}
