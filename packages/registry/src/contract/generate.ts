import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { openApiDocument } from './document.js';

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
