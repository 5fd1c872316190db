/**
 * Checks payloads against core's schemas, per operation (`'POST /v1/participants'`: method and route
 * template). Loaded lazily by the client (see `src/validation/`), so core's schemas stay out of bundles
 * that turn validation off.
 */
export interface Validator {
  /** Throws a `RequestValidationError` when `body` is not a valid request body of `operation`. */
  request(operation: string, body: unknown): void;
  /** Throws an `ApiValidationError` (code `invalid_response`) when `body` is not a valid response of `operation`. */
  response(operation: string, body: unknown): void;
}

/** Loads the validator once, on first use. */
export type ValidatorLoader = () => Promise<Validator>;
