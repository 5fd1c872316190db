import { type DraftStore, openDraftStore } from '../base/draft-store.js';
import type { IntakeValues } from './intake-model.js';

/** The database of `<nb-intake-form>`'s drafts on this device (a shared-device wipe deletes it). */
export const INTAKE_DRAFT_DATABASE = 'nayabato-intake-drafts';

/** What a draft keeps: the step the counsellor was on and what they had entered. */
export interface IntakeDraft {
  readonly step: number;
  readonly values: IntakeValues;
}

/** How long typing must pause before the draft is saved. */
const SAVE_PAUSE_MS = 200;

/**
 * The intake form's drafts on this device, encrypted (see `openDraftStore`): the database is opened at
 * first use and again after {@link IntakeDrafts.close}, and a save while typing waits for a pause.
 *
 * @example
 * ```ts
 * const drafts = new IntakeDrafts();
 * await drafts.save('intake', { step: 1, values });
 * (await drafts.load('intake'))?.step; // 1
 * ```
 */
export class IntakeDrafts {
  private store: Promise<DraftStore> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private open(): Promise<DraftStore> {
    this.store ??= openDraftStore(INTAKE_DRAFT_DATABASE);
    return this.store;
  }

  /** The draft under `id`, or `undefined`; rejects when the device's storage cannot be used. */
  async load(id: string): Promise<IntakeDraft | undefined> {
    return (await this.open()).load<IntakeDraft>(id);
  }

  /** Runs `save` once typing pauses: each call starts the pause again. */
  saveSoon(save: () => Promise<void>): void {
    this.cancel();
    this.timer = setTimeout(() => void save(), SAVE_PAUSE_MS);
  }

  /** Stores `draft` under `id` now (a save waiting for a pause is dropped). */
  async save(id: string, draft: IntakeDraft): Promise<void> {
    this.cancel();
    await (await this.open()).save(id, draft);
  }

  /** Deletes the draft under `id`. */
  async remove(id: string): Promise<void> {
    await (await this.open()).remove(id);
  }

  /** Drops a save waiting for a pause. */
  cancel(): void {
    clearTimeout(this.timer);
  }

  /** Drops a waiting save and closes the database (needed before a wipe deletes it). */
  async close(): Promise<void> {
    this.cancel();
    const store = this.store;
    this.store = undefined;
    await store?.then((d) => d.close()).catch(() => undefined);
  }
}
