import { NayaBatoError } from './nayabato-error.js';

/**
 * The client was used wrongly, before anything was sent: a secret key in a browser (`code: 'secret_key_in_browser'`), no credentials (`missing_credentials`), `toArray()` without a limit (`invalid_limit`), a webhook secret that is not `whsec_` and base64 (`invalid_secret`), a webhook tolerance, clock or timestamp that is not a finite number in range (`invalid_tolerance`, `invalid_now`, `invalid_timestamp`), a webhook id to sign that is empty or holds `.`, `,` or a space (`invalid_id`).
 *
 * @example
 * ```ts
 * try { createClient({ baseUrl, apiKey: 'sk_…' }); } catch (e) { if (e instanceof ConfigurationError) console.log(e.code); }
 * ```
 */
export class ConfigurationError extends NayaBatoError {
  override readonly name = 'ConfigurationError';
  readonly kind = 'configuration' as const;
}
