/** What a scenario step came to, the same way for the real registry and the msw handlers. */
import { isNayaBatoError, type NayaBatoClient } from '../../src/index.js';

/** A step's outcome: the status, and for a refusal the problem's code (and, when asked, the first field code). */
export type Outcome = `${number}` | `${number} ${string}`;

/**
 * Runs one step with `client` and says what it came to: `'201'`, or `'409 invalid-transition'` for a refusal
 * (with `fieldCode`, `'422 validation-failed referral_required'`). Errors that are not the client's own are
 * thrown: a scenario must not hide a bug as an outcome.
 */
export async function outcome(
  client: NayaBatoClient,
  step: () => Promise<unknown>,
  options: { readonly fieldCode?: boolean } = {},
): Promise<Outcome> {
  let status = 0;
  const stop = client.on('response', (e) => {
    status = e.status;
  });
  try {
    await step();
    return `${status}`;
  } catch (error) {
    if (!isNayaBatoError(error)) throw error;
    const field =
      options.fieldCode && 'issues' in error
        ? (error.issues as readonly { code: string }[])[0]?.code
        : undefined;
    return `${error.status ?? 0} ${error.code}${field ? ` ${field}` : ''}`;
  } finally {
    stop();
  }
}
