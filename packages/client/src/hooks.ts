/**
 * What a hook knows about the call it runs in. Like events, it carries the route template, not the
 * filled-in path.
 */
export interface HookContext {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The route template, e.g. `/v1/participants/{id}`. */
  readonly route: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

/**
 * Runs before every attempt (retries included), after the client set its own headers. Return a new
 * `Request` to replace it (e.g. with a tracing header), or nothing to keep it.
 */
export type BeforeRequestHook = (
  request: Request,
  context: HookContext,
) => Request | undefined | Promise<Request | undefined>;

/** Runs after every attempt's response (errors included). Return a new `Response` to replace it. */
export type AfterResponseHook = (
  response: Response,
  request: Request,
  context: HookContext,
) => Response | undefined | Promise<Response | undefined>;

/**
 * Middleware for partners' own auth refresh, logging or tracing. Hooks run in order.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   baseUrl,
 *   getToken,
 *   hooks: {
 *     beforeRequest: [(request) => { request.headers.set('traceparent', currentTraceparent()); return undefined; }],
 *   },
 * });
 * ```
 */
export interface ClientHooks {
  readonly beforeRequest?: readonly BeforeRequestHook[];
  readonly afterResponse?: readonly AfterResponseHook[];
}
