import { IsoDateSchema } from '../model/index.js';
import { createClock, stageRandom } from './clock.js';
import type { Collections, Context, Person } from './context.js';
import { startEnterprise } from './enterprises.js';
import { supportRequests, writeStories } from './extras.js';
import { followUp } from './follow-ups.js';
import { createIds } from './ids.js';
import { extraOffers, finishOffers, type Offers, placeParticipant } from './jobs.js';
import { createDirectory } from './organizations.js';
import { ngosByDistrict, registerParticipant } from './participants.js';
import { createPlan, providersByService, supportReferrals } from './plans.js';
import type { GenerateProgrammeOptions, SyntheticProgramme } from './programme.js';
import { SyntheticOptionsError } from './synthetic-options-error.js';
import { createCohorts, finishCourses, trainParticipant } from './training.js';

function emptyCollections(): Collections {
  return {
    organizations: [],
    users: [],
    participants: [],
    consents: [],
    needsAssessments: [],
    livelihoodPlans: [],
    referrals: [],
    serviceDeliveries: [],
    trainingProgrammes: [],
    enrolments: [],
    jobOffers: [],
    placements: [],
    enterprises: [],
    followUps: [],
    stories: [],
    supportRequests: [],
  };
}

/**
 * Generates a whole synthetic programme: 7 NGOs, 4 training institutions, 11 corporate partners, a ministry
 * desk and a coordinator; participants (mostly living in Kathmandu and Lalitpur, from the usual source
 * districts) with consents per purpose, needs assessments, livelihood plans, referrals in every status
 * (moved with `transitionReferral`, sent only under a covering consent or an audited override), courses
 * and enrolments, job offers, placements with retention checkpoints, enterprises, follow-ups over the
 * programme, a few stories and support requests to the ministry.
 *
 * Deterministic: the same options give a deep-equal programme on every machine (ids and codes come from
 * the seeded generator, every date from `start`, never from the clock). Clearly synthetic: organisations
 * are "Demo … (synthetic)", participants have no names, free text is neutral template text. Linear in
 * `participants`: 100,000 take a few seconds.
 *
 * @param options - see {@link GenerateProgrammeOptions}
 * @throws {@link SyntheticOptionsError} when an option is out of range
 * @example
 * ```ts
 * const programme = generateProgramme({ seed: 2026, participants: 250 });
 * console.log(formatProgrammeSummary(summariseProgramme(programme)));
 * ```
 */
export function generateProgramme(options: GenerateProgrammeOptions = {}): SyntheticProgramme {
  const { seed = 2026, participants = 250, start = '2024-01-01', months = 24 } = options;
  if (!Number.isSafeInteger(seed)) throw new SyntheticOptionsError('seed');
  if (!Number.isInteger(participants) || participants < 0 || participants > 1_000_000)
    throw new SyntheticOptionsError('participants');
  if (!IsoDateSchema.safeParse(start).success) throw new SyntheticOptionsError('start');
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new SyntheticOptionsError('months');

  const clock = createClock(start, months);
  const ctx: Context = {
    seed,
    clock,
    ids: createIds(stageRandom(seed, 'ids')),
    dir: createDirectory(
      stageRandom(seed, 'organizations'),
      createIds(stageRandom(seed, 'organization-ids')),
      clock,
    ),
    out: emptyCollections(),
  };
  ctx.out.organizations.push(...ctx.dir.organizations);
  ctx.out.users.push(...ctx.dir.users);
  const rng = stageRandom(seed, 'participants');
  const ngosIn = ngosByDistrict(ctx.dir.ngos);
  const providers = providersByService(ctx.dir.ngos);
  const cohorts = createCohorts();
  const offers: Offers = new Map();
  const people: Person[] = [];
  for (let i = 0; i < participants; i++) {
    const person = registerParticipant(ctx, rng, ngosIn);
    createPlan(ctx, rng, person);
    supportReferrals(ctx, rng, person, providers);
    const trains =
      person.pathway === 'training' ||
      (person.pathway === 'job' && rng.chance(0.7)) ||
      (person.pathway === 'enterprise' && rng.chance(0.6));
    if (trains) trainParticipant(ctx, rng, person, cohorts);
    if (person.pathway === 'job') placeParticipant(ctx, rng, person, offers, trains);
    if (person.pathway === 'enterprise') startEnterprise(ctx, rng, person, providers, trains);
    followUp(ctx, rng, person);
    people.push(person);
  }
  const finish = stageRandom(seed, 'finish');
  finishCourses(ctx);
  extraOffers(ctx, finish, Math.max(8, Math.round(participants / 25)), offers);
  finishOffers(ctx, finish, offers);
  writeStories(ctx, stageRandom(seed, 'stories'), people);
  supportRequests(ctx, stageRandom(seed, 'support'), people, Math.max(5, Math.round(participants / 20)));
  return { seed, start, end: clock.end, months, ...ctx.out };
}
