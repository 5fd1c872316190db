import type { NayaBatoClient } from '@nayabato/client';
import {
  createQueue,
  type OfflineQueue,
  openIndexedDbQueue,
  type QueueItemView,
  ref,
} from '@nayabato/client/queue';
import { assessmentInput, consentInputs, type IntakeValues, participantInput } from './intake-model.js';

/** The IndexedDB database (and Web Lock) of the intake's offline queue. */
export const INTAKE_QUEUE_DATABASE = 'nayabato-intake-queue';

/**
 * Where a submitted intake is. `queued`: stored encrypted, waiting for the connection; `sending`; `sent`:
 * the registry confirmed every write; `failed`: the registry refused a write (kept on the device);
 * `error`: no registry to send to.
 */
export type IntakeStatus =
  | { readonly state: 'editing' }
  | { readonly state: 'queued' | 'sending'; readonly intakeId: string }
  | { readonly state: 'sent'; readonly intakeId: string; readonly participantId: string }
  | { readonly state: 'failed'; readonly intakeId: string; readonly kind: string; readonly code: string }
  | { readonly state: 'error'; readonly code: string };

const GROUP = 'intake-';

const randomId = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * Sends intakes through the client's encrypted offline queue: the participant, then each consent and the
 * assessment, which name the participant through a queue ref. One group per intake, so a refused intake
 * holds back only itself. The queue flushes when this class says so (not by itself after each write: the
 * participant must not be confirmed and pruned before the writes that refer to it are queued), when the
 * connection returns, and after a transient failure's wait.
 */
export class IntakeSender {
  private queue: Promise<OfflineQueue> | undefined;
  private readonly participants = new Map<string, Promise<string | undefined>>();
  private readonly stops: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: NayaBatoClient,
    private readonly report: (status: IntakeStatus) => void,
  ) {}

  private open(): Promise<OfflineQueue> {
    this.queue ??= openIndexedDbQueue(INTAKE_QUEUE_DATABASE).then(({ store, key, db }) => {
      // A wipe (here or in another tab) deletes the database: let it, rather than block it.
      db.addEventListener('versionchange', () => db.close());
      const queue = createQueue({
        client: this.client,
        store,
        key,
        name: INTAKE_QUEUE_DATABASE,
        autoFlush: false,
      });
      this.watch(queue);
      return queue;
    });
    return this.queue;
  }

  private watch(queue: OfflineQueue): void {
    const flush = () => void queue.flush().catch(() => undefined);
    const intakeOf = (item: QueueItemView) => item.group.slice(GROUP.length);
    this.stops.push(
      queue.on('connectivity', (online) => {
        if (online) flush();
      }),
      queue.on('waiting', ({ item, delay }) => {
        this.report({ state: 'queued', intakeId: intakeOf(item) });
        clearTimeout(this.timer);
        this.timer = setTimeout(flush, delay);
      }),
      queue.on('sending', (item) => this.report({ state: 'sending', intakeId: intakeOf(item) })),
      queue.on('failed', (item) =>
        this.report({
          state: 'failed',
          intakeId: intakeOf(item),
          kind: item.failure?.kind ?? 'rejected',
          code: item.failure?.code ?? 'unknown',
        }),
      ),
      queue.on('sent', (item) => {
        const intakeId = intakeOf(item);
        if (item.route === '/v1/participants') {
          // The answer's id is kept with the item while later writes refer to it: read it now.
          this.participants.set(
            intakeId,
            queue.get(item.id).then((kept) => kept?.result?.id as string | undefined),
          );
        }
        const left = queue.snapshot().items.filter((i) => i.group === item.group && i.state !== 'sent');
        if (left.length > 0) return;
        void this.participants.get(intakeId)?.then((participantId) => {
          if (participantId) this.report({ state: 'sent', intakeId, participantId });
        });
      }),
    );
  }

  /** Queues one intake (durable, encrypted, when this resolves) and tries to send it; returns its local id. */
  async send(values: IntakeValues): Promise<string> {
    const queue = await this.open();
    const intakeId = randomId();
    const group = `${GROUP}${intakeId}`;
    const participant = `p-${intakeId}`;
    await queue.enqueue({
      method: 'POST',
      route: '/v1/participants',
      body: participantInput(values),
      ref: participant,
      group,
    });
    const givenAt = new Date().toISOString();
    for (const consent of consentInputs(values, ref(participant), givenAt)) {
      await queue.enqueue({ method: 'POST', route: '/v1/consents', body: consent, group });
    }
    await queue.enqueue({
      method: 'POST',
      route: '/v1/needs-assessments',
      body: assessmentInput(values, ref(participant)),
      group,
    });
    this.report({ state: 'queued', intakeId });
    void queue.flush().catch(() => undefined);
    return intakeId;
  }

  /**
   * Picks up intakes queued before this page was loaded (a reload, a crash, a device that was offline):
   * reports the first as queued and sends what can be sent. Opens nothing when no queue exists yet.
   */
  async resume(): Promise<void> {
    const existing = (await indexedDB.databases()).some((d) => d.name === INTAKE_QUEUE_DATABASE);
    if (!existing) return;
    const queue = await this.open();
    await queue.flush().catch(() => undefined);
    const waiting = queue.snapshot().items.find((i) => i.group.startsWith(GROUP));
    if (waiting && waiting.state !== 'failed')
      this.report({ state: 'queued', intakeId: waiting.group.slice(GROUP.length) });
  }

  /** Stops listening and closes the queue's database (needed before a wipe can delete it). */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    for (const stop of this.stops.splice(0)) stop();
    const queue = this.queue;
    this.queue = undefined;
    await (await queue?.catch(() => undefined))?.close();
  }
}
