import {
  type District,
  DistrictSchema,
  OrganizationInputSchema,
  OrganizationRole,
  OrganizationSchema,
} from '@nayabato/core';
import * as z from 'zod/mini';
import { audit } from '../audit.js';
import { idParam, pageParams, updatedSinceParam } from '../contract/operation.js';
import { named } from '../contract/registry.js';
import { CreatedApiKeySchema, OriginsSchema, pageOf } from '../contract/schemas.js';
import { bodyOf } from '../http/body.js';
import { cachedJson } from '../http/conditional.js';
import { page } from '../http/pagination.js';
import { Problem } from '../http/problem.js';
import { forgetCredentials } from '../http/read-caches.js';
import { caller } from '../policy/require.js';
import { insertKey } from '../store/keys.js';
import {
  findOrganization,
  insertOrganization,
  listOrganizations,
  setAllowedOrigins,
  toOrganization,
  updateOrganization,
} from '../store/organizations.js';
import { type App, enumQuery, listQuery, param, route } from './route.js';

const Organization = named('Organization', OrganizationSchema);
const OrganizationInput = named('OrganizationInput', OrganizationInputSchema);
const CreatedOrganization = named(
  'CreatedOrganization',
  z.object({
    organization: Organization,
    secretKey: CreatedApiKeySchema,
    publishableKey: CreatedApiKeySchema,
  }),
);
const tag = 'Organisations';
const isDistrict = (value: unknown): value is District => DistrictSchema.safeParse(value).success;

/** The organisation directory: everyone reads it; the coordinator registers organisations. */
export function organizationRoutes(app: App): void {
  route(
    app,
    'get',
    '/v1/organizations',
    {
      id: 'listOrganizations',
      tag,
      summary: 'List the organisation directory',
      publishable: true,
      params: [
        ...pageParams,
        updatedSinceParam,
        {
          name: 'role',
          in: 'query',
          description: 'Only organisations of this role.',
          schema: { $ref: '#/components/schemas/OrganizationRole' },
        },
        {
          name: 'district',
          in: 'query',
          description: 'Only organisations serving this district.',
          schema: { $ref: '#/components/schemas/District' },
        },
      ],
      cached: true,
      response: pageOf('OrganizationPage', Organization),
    },
    async (c) => {
      caller(c, ['secret', 'staff', 'publishable']);
      const { limit, after, updatedSince } = listQuery(c);
      const role = enumQuery(c, 'role', OrganizationRole.is);
      const district = enumQuery(c, 'district', isDistrict);
      const rows = await listOrganizations(
        c.var.db,
        { updatedSince, role: role ?? null, district: district ?? null },
        { after, limit },
      );
      return cachedJson(c, page(rows, limit, toOrganization));
    },
  );

  route(
    app,
    'get',
    '/v1/organizations/:id',
    {
      id: 'getOrganization',
      tag,
      summary: 'One organisation of the directory',
      publishable: true,
      params: [idParam()],
      cached: true,
      errors: [404],
      response: Organization,
    },
    async (c) => {
      caller(c, ['secret', 'staff', 'publishable']);
      const row = await findOrganization(c.var.db, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such organisation.');
      return cachedJson(c, toOrganization(row));
    },
  );

  route(
    app,
    'post',
    '/v1/organizations',
    {
      id: 'createOrganization',
      tag,
      summary: 'Register an organisation (coordinator)',
      description: 'Creates the organisation with a first secret key and publishable key, shown once.',
      body: OrganizationInput,
      status: 201,
      response: CreatedOrganization,
    },
    async (c) => {
      const who = caller(c, ['secret']);
      if (who.role !== 'coordinator')
        throw new Problem('forbidden', 'Only the coordinator registers organisations.');
      const row = await insertOrganization(c.var.db, bodyOf(c, OrganizationInput));
      const secretKey = await insertKey(c.var.db, row.id, 'secret');
      const publishableKey = await insertKey(c.var.db, row.id, 'publishable');
      await audit(c, 'organization.create', [
        { action: 'create', resourceType: 'organization', resourceId: row.id },
        ...[secretKey, publishableKey].map(({ key }) => ({
          action: 'create' as const,
          resourceType: 'api_key',
          resourceId: key.id,
          detail: { organizationId: row.id, kind: key.kind },
        })),
      ]);
      c.header('location', `/v1/organizations/${row.id}`);
      c.header('cache-control', 'no-store');
      return c.json({ organization: toOrganization(row), secretKey, publishableKey }, 201);
    },
  );

  route(
    app,
    'put',
    '/v1/organizations/:id',
    {
      id: 'updateOrganization',
      tag,
      summary: 'Replace an organisation’s directory entry (own, or coordinator)',
      params: [idParam()],
      body: OrganizationInput,
      errors: [404],
      response: Organization,
    },
    async (c) => {
      const who = caller(c);
      const row = await findOrganization(c.var.db, param(c, 'id'));
      if (!row) throw new Problem('not-found', 'No such organisation.');
      const input = bodyOf(c, OrganizationInput);
      const coordinator = who.role === 'coordinator';
      if (!coordinator && row.id !== who.orgId)
        throw new Problem('forbidden', 'An organisation edits only its own entry.');
      if (!coordinator && input.role !== row.role)
        throw new Problem('forbidden', 'Only the coordinator changes a role.');
      const updated = await updateOrganization(c.var.db, row.id, input);
      // A changed role takes effect on the next request of the organisation's credentials.
      forgetCredentials(c);
      return c.json(toOrganization(updated));
    },
  );

  const originsSpec = (id: string, summary: string, body: boolean) => ({
    id,
    tag,
    summary,
    params: [idParam()],
    errors: [404],
    response: OriginsSchema,
    ...(body ? { body: OriginsSchema } : {}),
  });
  const ownOrg = async (c: Parameters<Parameters<typeof route>[4]>[0]) => {
    const who = caller(c, ['secret']);
    const row = await findOrganization(c.var.db, param(c, 'id'));
    if (!row) throw new Problem('not-found', 'No such organisation.');
    if (who.role !== 'coordinator' && row.id !== who.orgId) {
      throw new Problem('forbidden', 'Only the organisation itself manages its origins.');
    }
    return row;
  };
  route(
    app,
    'get',
    '/v1/organizations/:id/allowed-origins',
    originsSpec('getAllowedOrigins', 'Browser origins allowed for staff tokens', false),
    async (c) => c.json({ origins: (await ownOrg(c)).allowed_origins }),
  );
  route(
    app,
    'put',
    '/v1/organizations/:id/allowed-origins',
    originsSpec('setAllowedOrigins', 'Replace the browser origins allowed for staff tokens', true),
    async (c) => {
      const row = await ownOrg(c);
      const { origins } = bodyOf(c, OriginsSchema);
      await setAllowedOrigins(c.var.db, [row.id], origins, true);
      forgetCredentials(c);
      return c.json({ origins });
    },
  );
}
