import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { hostOf, resolvePublic, WebhookTargetError } from './target-guard.js';

/** What one POST to a receiver gave: its status, or the class of the failure. Never the body. */
export interface PostResult {
  readonly statusCode: number | null;
  readonly durationMs: number;
  /** `timeout`, `network`, `target_refused`, or null when an HTTP answer came. */
  readonly error: 'timeout' | 'network' | 'target_refused' | null;
}

/**
 * A `lookup` for the socket that resolves the host and refuses when any address is private: the check
 * runs on the addresses the connection then uses, so a name re-pointed after registration (DNS
 * rebinding) is refused too.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  resolvePublic(hostname).then(
    (addresses) => {
      if ((options as { all?: boolean }).all)
        (callback as (e: null, a: typeof addresses) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    },
    (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
  );
};

/**
 * POSTs a signed webhook with a timeout and reads no more of the answer than its status. With
 * `allowPrivate` false, an IP-literal host is checked here and a name through {@link guardedLookup}.
 *
 * @example
 * ```ts
 * const result = await postWebhook(new URL('https://partner.example/hooks'), headers, body, { timeoutMs: 10_000, allowPrivate: false });
 * ```
 */
export async function postWebhook(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: PostResult['error']): PostResult => ({
    statusCode,
    durationMs: Math.round(performance.now() - started),
    error,
  });
  if (!options.allowPrivate) {
    try {
      // An IP literal never goes through `lookup`: check it here (a name is checked at connect).
      if (isIP(hostOf(url))) await resolvePublic(hostOf(url));
    } catch (error) {
      if (error instanceof WebhookTargetError) return done(null, 'target_refused');
      throw error;
    }
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestOptions: RequestOptions = {
    method: 'POST',
    headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
  };
  return new Promise<PostResult>((resolve) => {
    const req = send(url, requestOptions, (res) => {
      // The answer's body is not kept: drain it so the socket is freed.
      res.resume();
      res.on('end', () => resolve(done(res.statusCode ?? null, null)));
      res.on('error', () => resolve(done(res.statusCode ?? null, null)));
    });
    // One deadline for the whole exchange (connect, send, answer), not per socket inactivity.
    const timer = setTimeout(() => {
      resolve(done(null, 'timeout'));
      req.destroy();
    }, options.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (error) => {
      const refused =
        error instanceof WebhookTargetError ||
        (error as { cause?: unknown }).cause instanceof WebhookTargetError;
      resolve(done(null, refused ? 'target_refused' : 'network'));
    });
    req.end(body);
  });
}
