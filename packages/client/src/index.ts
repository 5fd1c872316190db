/**
 * `@nayabato/client`: the typed API client for the Naya Bato registry. Runs in browsers, Node 20+ and
 * edge runtimes (fetch and WebCrypto only).
 *
 * @packageDocumentation
 */
export { createClient, type NayaBatoClient } from './client.js';
export * from './errors/index.js';
export type {
  ClientEvents,
  ErrorEvent,
  RateLimitedEvent,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './events.js';
export type { AfterResponseHook, BeforeRequestHook, ClientHooks, HookContext } from './hooks.js';
export type {
  CallOptions,
  ClientCredentials,
  ClientOptions,
  GetToken,
  RetryOptions,
  ValidateMode,
} from './options.js';
export { type Page, type PageFetcher, Paginator, type ToArrayOptions } from './pagination/paginator.js';
export type * from './resources/index.js';
export { parseRetryAfter } from './transport/retry-after.js';
export type { HttpMethod, RequestSpec, Transport } from './transport/transport.js';
export type { QueryParams } from './transport/url.js';
export * from './webhooks/index.js';
