import { getResponse, type RequestHandler } from 'msw';

/**
 * A `fetch` that answers from msw handlers in-process with msw's `getResponse`: msw in a browser test
 * without `setupWorker`, hence without a service worker file (`mockServiceWorker.js`) to serve. Pass it
 * as the client's `fetch` option. A request no handler answers, or one answered with
 * `HttpResponse.error()`, fails like a network error (a `TypeError`), as the browser's fetch would.
 *
 * @example
 * ```ts
 * const mock = createRegistryHandlers({ baseUrl });
 * const client = createClient({ baseUrl, apiKey: 'pk_test_1', fetch: mswFetch(mock.handlers) });
 * ```
 */
export function mswFetch(handlers: readonly RequestHandler[]): typeof fetch {
  const answer = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await getResponse([...handlers], request);
    if (!response) throw new TypeError(`No msw handler for ${request.method} ${request.url}`);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
  return answer as typeof fetch;
}
