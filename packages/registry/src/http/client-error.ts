import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { EXPOSED_HEADERS } from './cors.js';
import type { LogSink } from './logger.js';
import { Problem } from './problem.js';

/**
 * The most bytes of request line and headers the server reads (Node's default, said explicitly): a longer
 * query string is answered 431 by {@link answerClientError}.
 */
export const MAX_HEADER_BYTES = 16 * 1024;

/** What Node's HTTP parser reports, by error code, as a problem. */
function problemOf(code: string | undefined): Problem {
  if (code === 'HPE_HEADER_OVERFLOW')
    return new Problem(
      'header-too-large',
      `The request line and headers exceed ${MAX_HEADER_BYTES} bytes: send long filters in a POST body.`,
    );
  return new Problem('bad-request', 'The request is not valid HTTP/1.1.');
}

/**
 * Answers what Node's HTTP parser refuses before the application sees a request (a query string over
 * {@link MAX_HEADER_BYTES}, a malformed request line) like every other error: problem+json with a request
 * id and the CORS headers a browser needs to read it, and one log line. Nothing of the request is logged
 * or echoed (its URL may hold anything). `Access-Control-Allow-Origin: *` is safe here: the body is a
 * fixed text, and the credential, unread, is never answered. Attach with `server.on('clientError', …)`.
 *
 * @example
 * ```ts
 * server.on('clientError', answerClientError(stdoutSink));
 * ```
 */
export function answerClientError(sink: LogSink): (error: Error & { code?: string }, socket: Duplex) => void {
  return (error, socket) => {
    // A response already under way on this connection cannot be followed by another one.
    const busy = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || busy) {
      socket.destroy();
      return;
    }
    const requestId = randomUUID();
    const problem = problemOf(error.code);
    const body = JSON.stringify(problem.toBody('', requestId));
    const head = [
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`,
      'content-type: application/problem+json',
      `content-length: ${Buffer.byteLength(body)}`,
      `x-request-id: ${requestId}`,
      'access-control-allow-origin: *',
      `access-control-expose-headers: ${EXPOSED_HEADERS}`,
      'connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
    sink({
      time: new Date().toISOString(),
      level: 'info',
      msg: 'request',
      requestId,
      method: null,
      route: null,
      status: problem.status,
      error: error.code ?? error.name,
    });
  };
}
