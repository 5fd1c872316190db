import type {
  AssessmentDomainValue,
  DomainAssessment,
  NeedLevelValue,
  NeedsAssessment,
} from '../model/index.js';
import { officeMinute } from './clock.js';
import type { Context, Person } from './context.js';
import type { Random } from './random.js';
import { DOMAIN_GOALS, DOMAIN_STRENGTHS, SYNTHETIC_NOTE } from './templates.js';

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

/**
 * The needs assessment of a newly registered participant, within a week of intake (on the intake day, after
 * the consents); livelihood and income is always assessed.
 */
export function assessNeeds(
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
