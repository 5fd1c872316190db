/**
 * A `fetch` double for browser tests: no service worker, no network. Each call is handed to `respond`
 * as a real `Request` (with its index) and recorded, so tests can read what the client sent.
 *
 * @example
 * ```ts
 * const stub = stubFetch(() => jsonResponse({ ok: true }));
 * const client = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: stub.fetch });
 * await client.health.get();
 * stub.requests[0]?.headers.get('authorization'); // 'Bearer pk_test_1'
 * ```
 */
export interface FetchStub {
  /** Pass as the client's `fetch` option. */
  readonly fetch: typeof fetch;
  /** Every request received, in order (each still has its unread body). */
  readonly requests: Request[];
}

/** Answers one request: a `Response`, or a thrown error to act like a network failure. */
export type Respond = (request: Request, index: number) => Response | Promise<Response>;

/**
 * Creates a {@link FetchStub} answering with `respond`.
 *
 * @example
 * ```ts
 * const stub = stubFetch((_, i) => (i === 0 ? problemResponse(503) : jsonResponse({ ok: 1 })));
 * ```
 */
export function stubFetch(respond: Respond): FetchStub {
  const requests: Request[] = [];
  const answer = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    requests.push(request.clone());
    return respond(request, requests.length - 1);
  };
  return { fetch: answer as typeof fetch, requests };
}

/**
 * A JSON response, as the registry sends it.
 *
 * @example
 * ```ts
 * jsonResponse({ id: 'ref_0123456789' }, 201, { 'x-request-id': 'req_1' });
 * ```
 */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * An RFC 9457 problem response (`application/problem+json`), as the registry sends errors.
 *
 * @example
 * ```ts
 * problemResponse(429, {}, { 'retry-after': '1' });
 * ```
 */
export function problemResponse(
  status: number,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = { type: `urn:nayabato:problem:s${status}`, title: `Status ${status}`, status, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}
