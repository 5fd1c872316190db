/**
 * A browser app's use of the client, bundled with esbuild (browser platform, code splitting) from the
 * installed `@nayabato/client` by the install check: the bundle must build without warnings, keep the
 * validator in a chunk of its own, and validate when run.
 */
import { createClient, RequestValidationError } from '@nayabato/client';

/**
 * Lists organisations (the response validated) and sends an empty participant (refused before it
 * leaves); returns what happened.
 */
export async function run(
  baseUrl: string,
  apiKey: string,
): Promise<{ organizations: number; issues: number }> {
  const client = createClient({ baseUrl, apiKey, validate: 'all' });
  const organizations = await client.organizations.list().toArray({ limit: 10 });
  try {
    await client.participants.create({} as never);
  } catch (error) {
    if (error instanceof RequestValidationError)
      return { organizations: organizations.length, issues: error.issues.length };
    throw error;
  }
  throw new Error('An empty participant was not refused: the lazily loaded validator did not run.');
}
