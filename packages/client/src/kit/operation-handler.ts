import { type HttpHandler, HttpResponse, http } from 'msw';
import type { paths } from '../generated/openapi.js';
import { mockRequestId, mswPath } from '../msw/problem.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every operation of the contract as `METHOD /route`, e.g. `'POST /v1/referrals/{id}/send'`. */
export type ContractOperation = {
  [R in keyof paths & string]: {
    [M in Method]: paths[R][M] extends { responses: unknown } ? `${Uppercase<M>} ${R}` : never;
  }[Method];
}[keyof paths & string];

type OperationOf<K extends ContractOperation> = K extends `${infer M} ${infer R}`
  ? R extends keyof paths
    ? Lowercase<M> extends keyof paths[R]
      ? paths[R][Lowercase<M>]
      : never
    : never
  : never;

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of an operation's success answer (200 or 201), as the client types it. */
export type OperationResponse<K extends ContractOperation> =
  OperationOf<K> extends {
    responses: infer Responses;
  }
    ? Responses extends { 201: infer Created }
      ? JsonOf<Created>
      : Responses extends { 200: infer Ok }
        ? JsonOf<Ok>
        : never
    : never;

/**
 * A handler that makes one operation of the contract answer with a body you give, typed as the client
 * types that operation's answer (a body of the wrong shape does not compile): for a case the mock's data
 * set does not produce. Put it in front with `server.use(...)`. It answers 201 for a POST to a collection,
 * else 200; `options.status` says otherwise.
 *
 * @example
 * ```ts
 * server.use(
 *   operationHandler('http://registry.test', 'GET /v1/indicators', () => ({ ...indicators, suppressed: true })),
 * );
 * ```
 */
export function operationHandler<K extends ContractOperation>(
  baseUrl: string,
  operation: K,
  answer: (request: Request) => OperationResponse<K> | Promise<OperationResponse<K>>,
  options: { readonly status?: number } = {},
): HttpHandler {
  const [method, route] = operation.split(' ') as [string, string];
  // A POST to a collection creates (201); anything else (a search, a transition) answers 200 unless told.
  const creates = method === 'POST' && /^\/v1\/[\w-]+$/.test(route);
  const status = options.status ?? (creates ? 201 : 200);
  return http[method.toLowerCase() as Method](mswPath(baseUrl, route), async ({ request }) =>
    HttpResponse.json((await answer(request)) as never, {
      status,
      headers: { 'x-request-id': mockRequestId() },
    }),
  );
}
