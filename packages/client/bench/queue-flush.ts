/**
 * Time to flush 1,000 queued intakes (participant, consent, needs assessment: 3,000 writes, the later
 * two referring to the first's id) to a registry on loopback, with the queue's file store and
 * encryption on the way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { createClient } from '../src/index.js';
import { createFileStore, createQueue, generateQueueKey } from '../src/queue/index.js';
import { assessmentBody, consentBody, enqueueIntake } from '../test/queue/intakes.fixture.js';
import { type Engine, ngoOf, startQueueRegistry } from '../test/queue/registry.fixture.js';

/** What {@link measureQueueFlush} found. */
export interface QueueFlushResult {
  readonly engine: Engine;
  /** Groups (intakes) sent at a time. */
  readonly concurrency: number;
  readonly intakes: number;
  /** Milliseconds to encrypt and store every write. */
  readonly enqueueMs: number;
  /** Milliseconds from `flush()` to the last confirmation. */
  readonly flushMs: number;
  readonly sent: number;
  /** Milliseconds per write of the same intakes sent directly with the client (no queue), as a baseline. */
  readonly directPerWriteMs: number;
}

/** Starts a registry on `engine`, queues `intakes` intakes offline, then times one flush. */
export async function measureQueueFlush(
  engine: Engine,
  intakes = 1000,
  concurrency = 1,
): Promise<QueueFlushResult> {
  const registry = await startQueueRegistry(engine);
  const dir = await mkdtemp(join(tmpdir(), 'nb-queue-bench-'));
  try {
    const client = createClient({ baseUrl: registry.url, apiKey: ngoOf(registry).secretKey });
    const queue = createQueue({
      client,
      store: await createFileStore(dir),
      key: await generateQueueKey(),
      autoFlush: false,
      concurrency,
    });
    // Warm the registry's and the client's first-call paths (validator load, JIT) outside the timing.
    await client.health.live();
    let start = performance.now();
    for (let n = 0; n < intakes; n++) await enqueueIntake(queue, n);
    const enqueueMs = performance.now() - start;
    start = performance.now();
    const { sent } = await queue.flush();
    const flushMs = performance.now() - start;
    await queue.close();
    // The same writes without the queue: what the registry and the client cost by themselves.
    const baseline = Math.min(intakes, 200);
    start = performance.now();
    for (let n = 0; n < baseline; n++) {
      const participant = await client.participants.create(SYNTHETIC_PARTICIPANT_INPUT);
      await client.consents.create(consentBody(participant.id) as never);
      await client.needsAssessments.create(assessmentBody(participant.id) as never);
    }
    const directPerWriteMs = (performance.now() - start) / (3 * baseline);
    return { engine, concurrency, intakes, enqueueMs, flushMs, sent, directPerWriteMs };
  } finally {
    await registry.close();
    await rm(dir, { recursive: true, force: true });
  }
}
