import type { District } from '../geography/index.js';
import type { EducationLevelValue, Organization, Participant, ShelterStatusValue } from '../model/index.js';
import {
  addConsent,
  type Context,
  CURRENT_DISTRICTS,
  ORIGIN_DISTRICTS,
  type Pathway,
  type Person,
} from './context.js';
import { exploitationHistory } from './exploitation-histories.js';
import { assessNeeds } from './needs-assessments.js';
import {
  ADULT_BANDS,
  AT_RISK_HOUSING,
  CITIZENSHIP,
  DEPENDANTS,
  EDUCATION,
  GENDERS,
  MOTHER_TONGUES,
  PATHWAYS,
  SURVIVOR_HOUSING,
} from './participant-weights.js';
import type { Random } from './random.js';
import { SYNTHETIC_NOTE } from './templates.js';

/** NGOs serving each district where participants live; built once. */
export function ngosByDistrict(ngos: readonly Organization[]): Map<District, Organization[]> {
  const map = new Map<District, Organization[]>();
  for (const [district] of CURRENT_DISTRICTS) {
    const serving = ngos.filter((o) => o.districtsServed.includes(district));
    map.set(district, serving.length > 0 ? serving : [...ngos]);
  }
  return map;
}

function languagesFor(rng: Random, origin: District, education: EducationLevelValue): string[] {
  const mother = rng.weighted(MOTHER_TONGUES[origin] ?? [['ne', 1]]);
  const languages = mother === 'ne' ? ['ne'] : rng.chance(0.4) ? [mother, 'ne'] : ['ne', mother];
  const schooled = education !== 'none' && education !== 'primary' && education !== 'lower_secondary';
  if (schooled && rng.chance(0.35)) languages.push('en');
  if (rng.chance(0.08) && !languages.includes('hi')) languages.push('hi');
  return languages;
}

/**
 * Registers one participant at an NGO, with the intake consents (services, reporting, sometimes research)
 * and the needs assessment, as an NGO intake form sends them.
 */
export function registerParticipant(
  ctx: Context,
  rng: Random,
  ngosIn: ReadonlyMap<District, readonly Organization[]>,
): Person {
  const { clock, ids } = ctx;
  // Intakes run through the first 85% of the programme, so most participants have time to progress.
  const intakeDay = rng.int(0, Math.max(0, Math.floor(clock.days * 0.85) - 1));
  const currentDistrict = rng.weighted(CURRENT_DISTRICTS);
  const originDistrict = rng.chance(0.85) ? rng.weighted(ORIGIN_DISTRICTS) : currentDistrict;
  const ngo = rng.pick(ngosIn.get(currentDistrict) ?? ctx.dir.ngos);
  const counsellorId = rng.pick(ctx.dir.usersOf.get(ngo.id) ?? []);
  const survivor = rng.chance(0.6);
  const education = rng.weighted(EDUCATION);
  const ageGroup = rng.next();
  const age = ageGroup < 0.45 ? rng.int(18, 24) : ageGroup < 0.85 ? rng.int(25, 34) : rng.int(35, 50);
  const intakeYear = Number(clock.date(intakeDay).slice(0, 4));
  const citizenship = rng.weighted(CITIZENSHIP);
  const shelterStatus: ShelterStatusValue = rng.weighted(survivor ? SURVIVOR_HOUSING : AT_RISK_HOUSING);
  // The intake: the participant is registered, then the consents are recorded, then (maybe later) assessed.
  const intakeMinute = rng.int(195, 480);
  const at = clock.at(intakeDay, intakeMinute);
  const participant: Participant = {
    id: ids.id('participant'),
    organizationId: ngo.id,
    category: survivor ? 'survivor' : 'at_risk',
    gender: rng.weighted(GENDERS),
    originDistrict,
    currentDistrict,
    citizenshipCertificate:
      citizenship === 'no' ? { status: 'no' } : { status: citizenship, issuingDistrict: originDistrict },
    educationLevel: education,
    languages: languagesFor(rng, originDistrict, education),
    dependants: rng.weighted(DEPENDANTS),
    shelterStatus,
    createdAt: at,
    updatedAt: at,
  };
  if (survivor) participant.traffickingStatus = rng.chance(0.7) ? 'actual_victim' : 'possible_victim';
  else if (rng.chance(0.7))
    participant.traffickingStatus = rng.chance(0.3) ? 'possible_victim' : 'not_a_victim';
  // Birth year when the participant gave it, otherwise an age band: never both (a schema rule).
  if (rng.chance(0.6)) participant.birthYear = intakeYear - age;
  else participant.ageBand = rng.weighted(ADULT_BANDS);
  if (survivor && rng.chance(0.55)) participant.exploitationHistory = exploitationHistory(rng, age);
  if (rng.chance(0.2)) participant.notes = SYNTHETIC_NOTE;
  ctx.out.participants.push(participant);

  const base = { participant, ngo, counsellorId, intakeDay, consents: [] };
  const servicesOverridden = rng.chance(0.02);
  const consentMinute = () => intakeMinute + rng.int(1, 30);
  addConsent(ctx, rng, base, 'services', intakeDay, {
    overridden: servicesOverridden,
    minute: consentMinute(),
  });
  if (rng.chance(0.9)) {
    // A few withdraw their reporting consent later: they drop out of aggregates from then on.
    const withdrawn = rng.chance(0.03) ? intakeDay + rng.int(30, 300) : undefined;
    addConsent(ctx, rng, base, 'reporting', intakeDay, {
      minute: consentMinute(),
      ...(withdrawn === undefined ? {} : { withdrawnDay: withdrawn }),
    });
  }
  if (rng.chance(0.35))
    addConsent(ctx, rng, base, 'research', intakeDay, {
      expiresDay: intakeDay + 365,
      minute: consentMinute(),
    });
  const needs = assessNeeds(ctx, rng, base, intakeMinute);
  const pathway: Pathway = rng.weighted(PATHWAYS);
  return { ...base, assessment: needs, pathway };
}
