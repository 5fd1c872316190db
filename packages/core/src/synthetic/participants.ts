import type { District } from '../geography/index.js';
import type {
  AgeBandValue,
  AssessmentDomainValue,
  DomainAssessment,
  EducationLevelValue,
  ExploitationHistory,
  GenderValue,
  NeedLevelValue,
  NeedsAssessment,
  Organization,
  Participant,
  ShelterStatusValue,
} from '../model/index.js';
import { officeMinute } from './clock.js';
import {
  addConsent,
  type Context,
  CURRENT_DISTRICTS,
  ORIGIN_DISTRICTS,
  type Pathway,
  type Person,
  type Weights,
} from './context.js';
import type { Random } from './random.js';
import { DOMAIN_GOALS, DOMAIN_STRENGTHS, SYNTHETIC_NOTE } from './templates.js';

const MOTHER_TONGUES: Partial<Record<District, Weights<string>>> = {
  Sindhupalchok: [
    ['taj', 6],
    ['ne', 4],
  ],
  Nuwakot: [
    ['taj', 5],
    ['ne', 5],
  ],
  Makwanpur: [
    ['taj', 5],
    ['ne', 5],
  ],
  Dhading: [
    ['taj', 4],
    ['ne', 6],
  ],
  Rasuwa: [
    ['taj', 7],
    ['ne', 3],
  ],
  Kavrepalanchok: [
    ['taj', 4],
    ['new', 1],
    ['ne', 5],
  ],
  Dolakha: [
    ['taj', 3],
    ['ne', 7],
  ],
  Sindhuli: [
    ['mgp', 2],
    ['taj', 2],
    ['ne', 6],
  ],
  Rautahat: [
    ['bho', 4],
    ['vjk', 3],
    ['ne', 3],
  ],
  Sarlahi: [
    ['mai', 4],
    ['vjk', 3],
    ['ne', 3],
  ],
  Dhanusha: [
    ['mai', 7],
    ['ne', 3],
  ],
  Mahottari: [
    ['mai', 7],
    ['ne', 3],
  ],
  Morang: [
    ['mai', 3],
    ['lif', 1],
    ['bap', 1],
    ['ne', 5],
  ],
  Sunsari: [
    ['mai', 3],
    ['ur', 1],
    ['ne', 6],
  ],
  Jhapa: [
    ['lif', 1],
    ['bap', 1],
    ['ne', 8],
  ],
  Banke: [
    ['awa', 4],
    ['ur', 1],
    ['ne', 5],
  ],
  Kailali: [
    ['thl', 4],
    ['dty', 2],
    ['ne', 4],
  ],
  Kathmandu: [
    ['new', 3],
    ['ne', 7],
  ],
  Lalitpur: [
    ['new', 3],
    ['ne', 7],
  ],
  Chitwan: [
    ['thl', 2],
    ['ne', 8],
  ],
  Kaski: [
    ['gvr', 3],
    ['ne', 7],
  ],
};

const GENDERS: Weights<GenderValue> = [
  ['feminine', 78],
  ['masculine', 15],
  ['transgender_feminine', 3],
  ['transgender_masculine', 1],
  ['non_conforming', 1],
  ['not_specified', 2],
];

const EDUCATION: Weights<EducationLevelValue> = [
  ['none', 14],
  ['primary', 24],
  ['lower_secondary', 30],
  ['upper_secondary', 20],
  ['post_secondary_non_tertiary', 5],
  ['bachelor', 5],
  ['master', 1],
];

const ADULT_BANDS: Weights<AgeBandValue> = [
  ['18-20', 18],
  ['21-23', 20],
  ['24-26', 18],
  ['27-29', 14],
  ['30-38', 20],
  ['39-47', 8],
  ['48+', 2],
];

const CITIZENSHIP = [
  ['yes', 62],
  ['in_process', 16],
  ['no', 22],
] as const;
const DEPENDANTS = [
  [0, 35],
  [1, 25],
  [2, 20],
  [3, 12],
  [4, 8],
] as const;
const PATHWAYS = [
  ['job', 45],
  ['enterprise', 20],
  ['training', 20],
  ['support', 15],
] as const;
const SURVIVOR_HOUSING = [
  ['in_shelter', 35],
  ['with_family', 20],
  ['with_relatives_or_friends', 15],
  ['independent', 15],
  ['no_stable_housing', 15],
] as const;
const AT_RISK_HOUSING = [
  ['in_shelter', 5],
  ['with_family', 50],
  ['with_relatives_or_friends', 15],
  ['independent', 15],
  ['no_stable_housing', 10],
] as const;
const LIVELIHOOD_NEED = [
  ['moderate', 3],
  ['high', 5],
  ['urgent', 2],
] as const;
const SURVIVOR_NEED = [
  ['none', 1],
  ['low', 3],
  ['moderate', 3],
  ['high', 3],
  ['urgent', 1],
] as const;
const AT_RISK_NEED = [
  ['none', 3],
  ['low', 3],
  ['moderate', 3],
  ['high', 1],
  ['urgent', 0.2],
] as const;

const DOMAINS: readonly AssessmentDomainValue[] = [
  'safety',
  'physical_health',
  'psychosocial_wellbeing',
  'family_and_social_relations',
  'legal_and_documentation',
  'education_and_skills',
  'livelihood_and_income',
  'housing',
];

/** NGOs serving each district where participants live; built once. */
export function ngosByDistrict(ngos: readonly Organization[]): Map<District, Organization[]> {
  const map = new Map<District, Organization[]>();
  for (const [district] of CURRENT_DISTRICTS) {
    const serving = ngos.filter((o) => o.districtsServed.includes(district));
    map.set(district, serving.length > 0 ? serving : [...ngos]);
  }
  return map;
}

function exploitation(rng: Random, age: number): ExploitationHistory {
  const type = rng.weighted([
    ['forced_labour', 45],
    ['sexual_exploitation', 30],
    ['servitude', 12],
    ['forced_marriage', 8],
    ['forced_begging', 2],
    ['other', 3],
  ] as const);
  return {
    types: [type],
    methodsOfControl: rng.sample(
      [
        'debt_bondage',
        'false_promises',
        'withholds_documents',
        'takes_earnings',
        'restricts_movement',
      ] as const,
      rng.int(1, 3),
    ),
    recruitmentMethods: [
      rng.weighted([
        ['friends_social_events', 4],
        ['family', 2],
        ['online_social_networks', 3],
        ['at_work', 1],
      ] as const),
    ],
    relationshipToTrafficker: rng.weighted([
      ['acquainted', 6],
      ['familial', 2],
      ['unacquainted', 2],
    ] as const),
    ageWhenTrafficked: Math.max(12, age - rng.int(0, 6)),
    countriesOfExploitation: [
      rng.weighted([
        ['IN', 45],
        ['MY', 15],
        ['AE', 12],
        ['QA', 8],
        ['SA', 8],
        ['KW', 6],
        ['NP', 6],
      ] as const),
    ],
  };
}

function languagesFor(rng: Random, origin: District, education: EducationLevelValue): string[] {
  const mother = rng.weighted(MOTHER_TONGUES[origin] ?? [['ne', 1]]);
  const languages = mother === 'ne' ? ['ne'] : rng.chance(0.4) ? [mother, 'ne'] : ['ne', mother];
  const schooled = education !== 'none' && education !== 'primary' && education !== 'lower_secondary';
  if (schooled && rng.chance(0.35)) languages.push('en');
  if (rng.chance(0.08) && !languages.includes('hi')) languages.push('hi');
  return languages;
}

function assessment(
  ctx: Context,
  rng: Random,
  person: Omit<Person, 'assessment' | 'pathway'>,
  intakeMinute: number,
): NeedsAssessment {
  const p = person.participant;
  const survivor = p.category === 'survivor';
  const chosen = rng.sample(DOMAINS, rng.int(4, 8));
  if (!chosen.includes('livelihood_and_income')) chosen.push('livelihood_and_income');
  const domains: DomainAssessment[] = DOMAINS.filter((d) => chosen.includes(d)).map((domain) => {
    const needLevel: NeedLevelValue =
      domain === 'livelihood_and_income'
        ? rng.weighted(LIVELIHOOD_NEED)
        : rng.weighted(survivor ? SURVIVOR_NEED : AT_RISK_NEED);
    const entry: DomainAssessment = { domain, needLevel };
    if (rng.chance(0.5)) entry.strengths = DOMAIN_STRENGTHS[domain];
    if (needLevel !== 'none' && rng.chance(0.5)) entry.goals = DOMAIN_GOALS[domain];
    return entry;
  });
  const day = Math.min(person.intakeDay + rng.int(0, 7), ctx.clock.days - 1);
  // On the intake day itself, after the consents were recorded.
  const at = ctx.clock.at(
    day,
    day === person.intakeDay ? intakeMinute + rng.int(31, 180) : officeMinute(rng),
  );
  const record: NeedsAssessment = {
    id: ctx.ids.id('needsAssessment'),
    organizationId: person.ngo.id,
    participantId: p.id,
    assessedOn: ctx.clock.date(day),
    assessedByUserId: person.counsellorId,
    domains,
    createdAt: at,
    updatedAt: at,
  };
  if (rng.chance(0.3)) record.notes = SYNTHETIC_NOTE;
  ctx.out.needsAssessments.push(record);
  return record;
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
  if (survivor && rng.chance(0.55)) participant.exploitationHistory = exploitation(rng, age);
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
  const needs = assessment(ctx, rng, base, intakeMinute);
  const pathway: Pathway = rng.weighted(PATHWAYS);
  return { ...base, assessment: needs, pathway };
}
