import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { LogSink } from '../http/logger.js';
import type { RegistrySettings } from '../settings.js';
import { type ClaimedDelivery, claimDueDeliveries, recordWebhookAttempt } from '../store/webhook-events.js';
import { postWebhook } from './post.js';
import { signatureHeader } from './sign.js';

/** Deliveries one tick claims. */
const BATCH = 20;
/** The longest wait between two attempts. */
const MAX_DELAY_SECONDS = 24 * 3600;

/**
 * The wait before retry number `attempt` (1 for the first retry): `base × 2^(attempt-1)`, capped at a
 * day, plus up to 50% random jitter so that many deliveries failing together do not retry together.
 *
 * @example
 * ```ts
 * retryDelaySeconds(3, 30); // between 120 and 180
 * ```
 */
export function retryDelaySeconds(attempt: number, baseSeconds: number): number {
  const delay = Math.min(MAX_DELAY_SECONDS, baseSeconds * 2 ** Math.max(0, attempt - 1));
  return delay * (1 + Math.random() / 2);
}

/** The Standard Webhooks headers of one attempt (signed now: the timestamp is the attempt's). */
function headersFor(delivery: ClaimedDelivery): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const secrets = [
    delivery.secret,
    ...(delivery.previous_valid && delivery.previous_secret ? [delivery.previous_secret] : []),
  ];
  return {
    'content-type': 'application/json',
    'user-agent': 'nayabato-registry-webhooks',
    'webhook-id': delivery.event_id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(secrets, delivery.event_id, timestamp, delivery.payload),
  };
}

/**
 * Starts the delivery worker of this process: every `webhookPollSeconds` it claims due deliveries (any
 * number of processes may run one: a claim is exclusive), posts each with a timeout, records the
 * attempt, and schedules a retry with backoff until `webhookMaxAttempts`. A 2xx is delivered; anything
 * else (or no answer) is retried. Returns the function that stops it, which waits for the deliveries in
 * flight so that graceful shutdown closes the database after them.
 *
 * @example
 * ```ts
 * const stop = startWebhookWorker(db, settings, logger);
 * await stop();
 * ```
 */
export function startWebhookWorker(
  db: Database,
  settings: RegistrySettings,
  logger: LogSink,
): () => Promise<void> {
  if (!(settings.webhookPollSeconds > 0)) return async () => undefined;
  const claim = `${process.pid}.${randomBytes(6).toString('hex')}`;
  const timeoutMs = settings.webhookTimeoutSeconds * 1000;
  // A claim outlives the slowest attempt, so that no other process takes a delivery still in flight.
  const leaseSeconds = settings.webhookTimeoutSeconds * 2 + 30;
  let stopped = false;
  let running: Promise<void> | undefined;

  const deliver = async (delivery: ClaimedDelivery) => {
    const result = await postWebhook(new URL(delivery.url), headersFor(delivery), delivery.payload, {
      timeoutMs,
      allowPrivate: settings.allowPrivateWebhookTargets,
    });
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const attempt = delivery.attempts + 1;
    const giveUp = !ok && attempt >= settings.webhookMaxAttempts;
    await recordWebhookAttempt(
      db,
      claim,
      delivery.id,
      {
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        error: result.error ?? (ok ? null : 'http_status'),
      },
      ok
        ? { status: 'delivered', retryInSeconds: null }
        : giveUp
          ? { status: 'failed', retryInSeconds: null }
          : {
              status: 'pending',
              retryInSeconds: retryDelaySeconds(attempt, settings.webhookRetryBaseSeconds),
            },
    );
  };

  const tick = async () => {
    // Claim batches until nothing is due, then wait for the next tick.
    while (!stopped) {
      const due = await claimDueDeliveries(db, claim, BATCH, leaseSeconds);
      if (due.length === 0) return;
      await Promise.all(due.map(deliver));
    }
  };

  const loop = () => {
    if (running || stopped) return;
    running = tick()
      .catch((error: unknown) =>
        logger({
          time: new Date().toISOString(),
          level: 'error',
          msg: 'webhook delivery failed',
          error: (error as Error)?.name,
          code: (error as { code?: unknown })?.code ?? null,
        }),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(loop, settings.webhookPollSeconds * 1000);
  timer.unref();
  loop();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
