import type { Hono } from 'hono';
import { generateSpecs } from 'hono-openapi';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.js';
import { PROBLEM_TYPES, PROBLEM_URI } from '../http/problem.js';
import { addCrossFieldRules } from './cross-field-rules.js';
import { errorResponses } from './operation.js';
import { ProblemSchema } from './schemas.js';
import { nameSharedSchemas } from './shared-schemas.js';

/**
 * The version of the HTTP contract (the `/v1` API), independent of the package version; it is the
 * `info.version` of `openapi.json`.
 *
 * @example
 * ```ts
 * const doc = await openApiDocument(app);
 * (doc.info as { version: string }).version === API_VERSION; // true
 * ```
 */
export const API_VERSION = '1.0.0';

const DESCRIPTION = `The reference registry of Naya Bato: referrals and livelihoods for survivors of human trafficking and
people at risk of it. Participants are known only by pseudonymous ids.

Authentication: \`Authorization: Bearer <credential>\` with a secret key (\`sk_\`, servers only), a staff token
(\`st_\`, one user of one organisation, short-lived) or a publishable key (\`pk_\`, public data only).

Errors are RFC 9457 problem+json with \`errors\` (field issues) and \`requestId\`. Problem types:
${Object.entries(PROBLEM_TYPES)
  .map(([slug, p]) => `- \`${PROBLEM_URI}${slug}\` (${p.status}): ${p.title}`)
  .join('\n')}`;

// zod expresses `date` and `date-time` with both `format` and a long `pattern`; the format says it all.
const FORMATS = new Set(['date', 'date-time']);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    const dropPattern = typeof record.format === 'string' && FORMATS.has(record.format);
    return Object.fromEntries(
      keys.filter((k) => !(dropPattern && k === 'pattern')).map((k) => [k, sortKeys(record[k])]),
    );
  }
  return value;
}

/**
 * The OpenAPI 3.1 document of the registry, generated from its routes and core's zod/mini schemas, with
 * object keys sorted so that the committed `openapi.json` is byte-for-byte reproducible.
 *
 * @example
 * ```ts
 * const doc = await openApiDocument(createApp({ db }));
 * ```
 */
export async function openApiDocument(app: Hono<AppEnv>): Promise<Record<string, unknown>> {
  nameSharedSchemas();
  const spec = await generateSpecs(app, {
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'Naya Bato registry',
        version: API_VERSION,
        description: DESCRIPTION,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      // Relative: every registry serves its own contract, so calls go to the origin that served it.
      servers: [{ url: '/', description: 'The registry serving this document.' }],
      security: [{ secretKey: [] }, { staffToken: [] }],
      components: {
        responses: errorResponses(),
        securitySchemes: {
          secretKey: { type: 'http', scheme: 'bearer', description: 'A secret key `sk_...` (servers only).' },
          staffToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'A staff token `st_...` from `POST /v1/tokens`.',
          },
          publishableKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'A publishable key `pk_...` (public data).',
          },
        },
      },
    },
    defaultValidationErrorResponse: false,
  });
  // Error responses refer to the Problem schema by $ref only, so the route walk never meets it: add it (and
  // what it refers to) from the same zod schema.
  const problem = z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }) as {
    $defs?: Record<string, unknown>;
  };
  const defs = JSON.parse(
    JSON.stringify(problem.$defs ?? {}).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as Record<string, unknown>;
  const components = (spec.components ?? {}) as { schemas?: Record<string, unknown> };
  components.schemas = { ...defs, ...components.schemas };
  addCrossFieldRules(components.schemas);
  return sortKeys({ ...spec, components }) as Record<string, unknown>;
}
