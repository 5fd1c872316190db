import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../context.js';

/** Receives one structured log line. */
export type LogSink = (line: Record<string, unknown>) => void;

/**
 * The default sink: one JSON object per line on standard output.
 *
 * @example
 * ```ts
 * stdoutSink({ time: new Date().toISOString(), level: 'info', msg: 'started' }); // {"time":"…","level":"info","msg":"started"}
 * ```
 */
export const stdoutSink: LogSink = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

// The time of a log line, made once per millisecond: a busy registry logs many lines in each.
let lastMs = Number.NaN;
let lastIso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

/**
 * Logs one line per request: time, request id, method, route template (never the concrete path or
 * query), status and duration. Nothing personal: no bodies, no query strings, no credentials.
 *
 * @example
 * ```ts
 * app.use('*', requestLogger((line) => console.log(JSON.stringify(line))));
 * ```
 */
export function requestLogger(sink: LogSink): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const principal = c.get('principal');
    const status = c.res.status;
    const line: Record<string, unknown> = {
      time: isoNow(),
      level: status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: routePath(c, -1),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (principal) {
      line.org = principal.orgId;
      line.credential = principal.kind;
    }
    sink(line);
  };
}
