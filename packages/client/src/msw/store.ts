import type { Schemas } from '../resources/types.js';

/**
 * One in-memory collection, in insertion order (like the registry's keyset order).
 *
 * @example
 * ```ts
 * const referrals = new Collection<Schemas['Referral']>();
 * referrals.put({ ...referral });
 * ```
 */
export class Collection<T extends { readonly id: string }> {
  readonly #items = new Map<string, T>();

  constructor(initial: readonly T[] = []) {
    for (const item of initial) this.#items.set(item.id, structuredClone(item));
  }

  /** Every record, oldest first. */
  all(): T[] {
    return [...this.#items.values()];
  }

  get(id: string): T | undefined {
    return this.#items.get(id);
  }

  /** Inserts or replaces a record by id. */
  put(item: T): T {
    this.#items.set(item.id, item);
    return item;
  }

  delete(id: string): boolean {
    return this.#items.delete(id);
  }

  /** One page of the records that pass `filter`, after the opaque `cursor`. */
  page(filter: (item: T) => boolean, cursor: string | null | undefined, limit: number) {
    const matching = this.all().filter(filter);
    const start = cursor ? Number(atob(cursor)) : 0;
    const items = matching.slice(start, start + limit);
    const next = start + limit;
    return { items, nextCursor: next < matching.length ? btoa(String(next)) : null };
  }
}

/** A story photo in the mock registry: the story's id, the media type and the bytes. */
export interface MockStoryPhoto {
  readonly id: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** The records of the mock registry. Change them in tests to set up a scenario or check a write. */
export interface RegistryStore {
  readonly organizations: Collection<Schemas['Organization']>;
  readonly users: Collection<Schemas['User']>;
  readonly participants: Collection<Schemas['Participant']>;
  readonly consents: Collection<Schemas['Consent']>;
  readonly needsAssessments: Collection<Schemas['NeedsAssessment']>;
  readonly livelihoodPlans: Collection<Schemas['LivelihoodPlan']>;
  readonly referrals: Collection<Schemas['Referral']>;
  readonly followUps: Collection<Schemas['FollowUp']>;
  readonly serviceDeliveries: Collection<Schemas['ServiceDelivery']>;
  readonly supportRequests: Collection<Schemas['SupportRequest']>;
  readonly stories: Collection<Schemas['Story']>;
  /** Story photos as uploaded (the mock does not re-encode them), by story id. */
  readonly storyPhotos: Collection<MockStoryPhoto>;
  readonly trainingProgrammes: Collection<Schemas['TrainingProgramme']>;
  readonly enrolments: Collection<Schemas['Enrolment']>;
  readonly enterprises: Collection<Schemas['Enterprise']>;
  /** Job offers as stored (without `warnings`, which are computed at each answer). */
  readonly jobOffers: Collection<Omit<Schemas['JobOffer'], 'warnings'>>;
  /** Placements as the NGO stores them. */
  readonly placements: Collection<Schemas['Placement']>;
}

/** Initial records of the mock registry, per collection. */
export type RegistryData = { readonly [K in keyof RegistryStore]?: ReturnType<RegistryStore[K]['all']> };

/**
 * An empty (or seeded) store.
 *
 * @example
 * ```ts
 * const store = createRegistryStore({ referrals: [referral] });
 * ```
 */
export function createRegistryStore(data: RegistryData = {}): RegistryStore {
  return {
    organizations: new Collection(data.organizations),
    users: new Collection(data.users),
    participants: new Collection(data.participants),
    consents: new Collection(data.consents),
    needsAssessments: new Collection(data.needsAssessments),
    livelihoodPlans: new Collection(data.livelihoodPlans),
    referrals: new Collection(data.referrals),
    followUps: new Collection(data.followUps),
    serviceDeliveries: new Collection(data.serviceDeliveries),
    supportRequests: new Collection(data.supportRequests),
    stories: new Collection(data.stories),
    storyPhotos: new Collection(data.storyPhotos),
    trainingProgrammes: new Collection(data.trainingProgrammes),
    enrolments: new Collection(data.enrolments),
    enterprises: new Collection(data.enterprises),
    jobOffers: new Collection(data.jobOffers),
    placements: new Collection(data.placements),
  };
}
