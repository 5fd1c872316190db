/**
 * An integrator's program, copied into a fresh npm project that installed the packed tarballs. It is
 * type-checked there with `tsc --strict` (nodenext and bundler, no `skipLibCheck`), compiled, and run
 * against a registry started from the packed `@nayabato/registry`.
 *
 * Usage: `node consumer.js <registry url> <secret key>`; prints one JSON line of findings.
 */
import { deepStrictEqual, ok } from 'node:assert/strict';
import {
  createClient,
  type NayaBatoClient,
  RequestValidationError,
  type ResponseEvent,
} from '@nayabato/client';
import { createRegistryHandlers } from '@nayabato/client/testing';
import { normalizeDistrict } from '@nayabato/core';
import { generateProgramme } from '@nayabato/core/synthetic';
import { createApp, type Database, openApiDocument } from '@nayabato/registry';
import contract from '@nayabato/registry/openapi.json' with { type: 'json' };

const [url, apiKey] = process.argv.slice(2);
ok(url && apiKey, 'usage: consumer <registry url> <secret key>');

// The registry's served contract is the one its package ships.
const served = (await (await fetch(`${url}/openapi.json`)).json()) as typeof contract;
deepStrictEqual(served, contract);

// The client against that registry: typed events, a call, and validation loaded on first use.
const client: NayaBatoClient = createClient({ baseUrl: url, apiKey, validate: 'all' });
const responses: ResponseEvent[] = [];
const stop = client.on('response', (event) => responses.push(event));
client.events.once('request', (event) => ok(event.route.startsWith('/v1/')));
const organizations = await client.organizations.list().toArray({ limit: 10 });
stop();
ok(organizations.length > 0, 'the bootstrapped organisation is listed');
deepStrictEqual(
  responses.map((r) => [r.method, r.route, r.status]),
  [['GET', '/v1/organizations', 200]],
);
let invalid: unknown;
try {
  await client.participants.create({} as never);
} catch (error) {
  invalid = error;
}
ok(invalid instanceof RequestValidationError, 'the lazily loaded validator rejects an empty participant');

// The other entry points load and work.
const district = normalizeDistrict(' kathmandu ');
ok(district.ok && district.district === 'Kathmandu');
ok(generateProgramme({ seed: 1, participants: 3 }).participants.length === 3);
ok(createRegistryHandlers({ baseUrl: url }).handlers.length > 0);
// The contract made in-process by the built registry (no database needed) is the shipped one too, once
// written as JSON (which drops the `undefined` members of the object).
const db = { engine: 'pglite' } as unknown as Database;
const local: unknown = JSON.parse(JSON.stringify(await openApiDocument(createApp({ db, logger: () => {} }))));
deepStrictEqual(local, contract);

console.log(
  JSON.stringify({
    schemas: Object.keys(served.components.schemas).length,
    organizations: organizations.length,
    issues: (invalid as RequestValidationError).issues.length,
  }),
);
