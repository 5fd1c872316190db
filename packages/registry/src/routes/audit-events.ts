import { audit } from '../audit.js';
import { pageParams } from '../contract/operation.js';
import { AuditEventSchema } from '../contract/participant-rights.js';
import { pageOf } from '../contract/schemas.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { issue } from '../messages.js';
import { caller } from '../policy/require.js';
import { type AuditEventFilters, listAuditEvents, toAuditEvent } from '../store/audit-events.js';
import { type App, instantIssues, listQuery, route } from './route.js';

const AuditEventPage = pageOf('AuditEventPage', AuditEventSchema);
const ACTION = /^[a-z][a-z_]{1,39}$/;
// Key ids of demo organisations carry a second underscore (`key_demo_…`): wider than a record id.
const ACTOR = /^[a-z]{2,4}_[0-9a-z_]{4,60}$/;

/**
 * `GET /v1/audit-events`: who read or changed what. An organisation reads its own actions and every
 * access, by anyone, to the participants it registered; the coordinator reads all. Filters are ids and
 * codes only, so they may travel in the query string.
 */
export function auditEventRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/audit-events',
    {
      id: 'listAuditEvents',
      tag: 'Audit',
      summary:
        'Who read or changed what (own actions and accesses to own registrations; all for the coordinator)',
      description:
        'Filters: `actorId` (a key or a user), `recordId` (the record, or the participant a record concerns), `action`, and the period `from` (inclusive) to `to` (exclusive). Oldest first.',
      params: [
        ...pageParams,
        {
          name: 'actorId',
          in: 'query',
          description: 'A key (`key_…`) or user (`usr_…`) that acted.',
          schema: { type: 'string', pattern: ACTOR.source },
        },
        { name: 'recordId', in: 'query', description: 'A record, or the participant it concerns.' },
        {
          name: 'action',
          in: 'query',
          description: 'An action code, e.g. `read`, `export`, `erase`.',
          schema: { type: 'string', pattern: ACTION.source },
        },
        {
          name: 'from',
          in: 'query',
          description: 'From this instant (ISO 8601 with an offset), inclusive.',
          schema: { type: 'string', format: 'date-time' },
        },
        {
          name: 'to',
          in: 'query',
          description: 'Until this instant (ISO 8601 with an offset), exclusive.',
          schema: { type: 'string', format: 'date-time' },
        },
      ],
      response: AuditEventPage,
    },
    async (c) => {
      const who = caller(c);
      const { limit, after } = listQuery(c);
      const filters: AuditEventFilters = {
        actorId: c.req.query('actorId') ?? null,
        recordId: c.req.query('recordId') ?? null,
        action: c.req.query('action') ?? null,
        from: c.req.query('from') ?? null,
        to: c.req.query('to') ?? null,
      };
      const errors = [
        ...(filters.actorId !== null && !ACTOR.test(filters.actorId)
          ? [issue(['actorId'], 'invalid_id')]
          : []),
        ...(filters.action !== null && !ACTION.test(filters.action)
          ? [issue(['action'], 'unknown_value')]
          : []),
        ...(filters.from !== null ? instantIssues(filters.from, ['from']) : []),
        ...(filters.to !== null ? instantIssues(filters.to, ['to']) : []),
      ];
      if (errors.length > 0) {
        throw new Problem('bad-request', 'A filter of the audit list is malformed.', { errors });
      }
      const rows = await listAuditEvents(
        c.var.db,
        // A company reads placements by code, never by participant (the placements decision): its own
        // audit rows must not hand it the pseudonymous id either.
        { orgId: who.orgId, all: who.role === 'coordinator', participantIds: who.role !== 'corporate' },
        filters,
        { after, limit },
      );
      const result = page(rows, limit, toAuditEvent);
      // Reading the audit trail is itself an access worth knowing about: the names of the filters only.
      await audit(c, 'audit.read', [
        {
          action: 'list',
          resourceType: 'audit_events',
          resourceId: c.var.requestId,
          detail: {
            count: result.items.length,
            filters: Object.entries(filters)
              .filter(([, v]) => v !== null)
              .map(([k]) => k)
              .sort(),
          },
        },
      ]);
      return c.json(result);
    },
  );
}
