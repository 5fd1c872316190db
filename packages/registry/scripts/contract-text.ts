/**
 * Contract generation (development only, outside the runtime tree `src/`): builds the app with a database
 * that refuses every call and prints its OpenAPI document.
 */
import { createApp } from '../src/app.js';
import { openApiDocument } from '../src/contract/document.js';
import type { Database } from '../src/db/database.js';

const unused = async (): Promise<never> => {
  throw new Error('The contract is generated without a database.');
};

/** A database that refuses every call: generating the contract reads only the routes. */
const NO_DATABASE: Database = {
  engine: 'pglite',
  query: unused,
  exec: unused,
  transaction: unused,
  close: async () => {},
};

/**
 * The text of `openapi.json`: the contract generated from the routes, pretty-printed with sorted keys and
 * a final newline, so that `pnpm generate` is deterministic and CI can diff the committed copy.
 *
 * @example
 * ```ts
 * writeFileSync('openapi.json', await contractText());
 * ```
 */
export async function contractText(): Promise<string> {
  const document = await openApiDocument(createApp({ db: NO_DATABASE, logger: () => {} }));
  return `${JSON.stringify(document, null, 2)}\n`;
}
