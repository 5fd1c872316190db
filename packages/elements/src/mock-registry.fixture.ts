import { createClient, type NayaBatoClient } from '@nayabato/client';
import { createRegistryHandlers, type RegistryMock } from '@nayabato/client/testing';
import { generateProgramme } from '@nayabato/core/synthetic';
import { getResponse, type RequestHandler } from 'msw';

/** The mock registry's base URL: loopback, so the page guard's "no request off the machine" holds. */
export const BASE_URL = 'http://127.0.0.1:9/registry';
/** The publishable key the elements read with (any `pk_…` bearer is the public caller to the mock). */
export const PUBLISHABLE_KEY = 'pk_test_public';

/**
 * A `fetch` answered by msw handlers in-process (`getResponse`), with no service worker; a request no
 * handler answers fails like a network error. `before` handlers go first (to force a failure).
 */
export function mswFetch(handlers: () => readonly RequestHandler[]): typeof fetch {
  const answer = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await getResponse([...handlers()], request);
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
  return answer as typeof fetch;
}

/** The client's msw handlers over a synthetic programme (core's `generateProgramme`, seed 2026), and a client. */
export interface MockRegistry {
  readonly mock: RegistryMock;
  /** A client with the publishable key, answered by the mock. */
  readonly client: NayaBatoClient;
  /** Handlers tried before the registry's, e.g. `problemHandler(BASE_URL, 'GET', '/v1/stories', 500)`. */
  readonly before: RequestHandler[];
  /** Every request the client sent, with its `authorization` header. */
  readonly requests: { url: string; authorization: string | null }[];
}

/**
 * A mock registry that computes indicators with core as the registry does, and answers stories as it does.
 * `participants` sizes the programme (0: empty).
 */
export function mockRegistry(participants = 250): MockRegistry {
  const data = participants === 0 ? {} : generateProgramme({ seed: 2026, participants });
  const mock = createRegistryHandlers({ baseUrl: BASE_URL, data: data as never });
  const before: RequestHandler[] = [];
  const requests: MockRegistry['requests'] = [];
  const answer = mswFetch(() => [...before, ...mock.handlers]);
  const fetchRecorded = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    requests.push({ url: request.url, authorization: request.headers.get('authorization') });
    return answer(request);
  }) as typeof fetch;
  const client = createClient({
    baseUrl: BASE_URL,
    apiKey: PUBLISHABLE_KEY,
    fetch: fetchRecorded,
    retry: false,
  });
  return { mock, client, before, requests };
}
