import type { components, operations, paths } from '../generated/openapi.js';

/** Every schema of the contract, by component name, e.g. `Schemas['Referral']`. */
export type Schemas = components['schemas'];

/** An operationId of the contract. */
export type OperationId = keyof operations;

/** A route template of the contract, e.g. `/v1/referrals/{id}/send`. */
export type Route = keyof paths;

type JsonOf<T> = T extends { readonly content: { readonly 'application/json': infer B } } ? B : never;

/**
 * The JSON request body of an operation.
 *
 * @example
 * ```ts
 * const input: BodyOf<'createReferral'> = { participantId, toOrganizationId, serviceType: 'vocational_training', reason: 'Tailoring course' };
 * ```
 */
export type BodyOf<Op extends OperationId> = JsonOf<NonNullable<operations[Op]['requestBody']>>;

/**
 * The JSON success (2xx) response of an operation.
 *
 * @example
 * ```ts
 * type Referral = ResponseOf<'getReferral'>;
 * ```
 */
export type ResponseOf<Op extends OperationId> = operations[Op]['responses'] extends infer R
  ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonOf<R[S]> : never }[keyof R]
  : never;

/** The item type of a list operation's page. */
export type ItemOf<Op extends OperationId> =
  ResponseOf<Op> extends { readonly items: readonly (infer I)[] } ? I : never;

/**
 * The filters of a list operation: its query parameters without the paging ones (the paginator sends
 * `cursor`), with `limit` (page size, 1 to 100) as a number.
 */
export type ListQuery<Op extends OperationId> = Omit<
  NonNullable<operations[Op]['parameters']['query']>,
  'cursor' | 'limit'
> & { readonly limit?: number };

/** The filters of a search operation: its body without `cursor`. */
export type SearchBody<Op extends OperationId> = Omit<BodyOf<Op>, 'cursor'>;
