import type { District } from '../geography/index.js';
import type { TradeCodeValue } from '../livelihood/index.js';
import type { Organization, OrganizationRoleValue, ServiceTypeValue } from '../model/index.js';
import type { ProgrammeClock } from './clock.js';
import type { IdFactory } from './ids.js';
import type { Random } from './random.js';

/**
 * A staff account of a synthetic organisation: an id only, never a name.
 *
 * @example
 * ```ts
 * const user: SyntheticUser = generateProgramme().users[0]!; // { id: 'usr_…', organizationId: 'org_…' }
 * ```
 */
export interface SyntheticUser {
  /** The user's id (`usr_…`). */
  readonly id: string;
  /** The organisation the user works for. */
  readonly organizationId: string;
}

interface OrgSpec {
  readonly role: OrganizationRoleValue;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly districts: readonly District[];
  readonly services: readonly ServiceTypeValue[];
  /** For training institutions and companies: the trades they train in or hire for. */
  readonly trades?: readonly TradeCodeValue[];
}

const VALLEY: readonly District[] = ['Kathmandu', 'Lalitpur', 'Bhaktapur'];

// Every name is invented, starts with "Demo" and ends with "(synthetic)", so that no record can be
// mistaken for a real partner.
const SPECS: readonly OrgSpec[] = [
  {
    role: 'ngo',
    slug: 'bagmati-shelter',
    name: 'Demo NGO Bagmati Shelter (synthetic)',
    description: 'Synthetic partner: shelter, counselling and family reintegration.',
    districts: [...VALLEY, 'Makwanpur', 'Chitwan'],
    services: ['shelter', 'counselling', 'family_reintegration', 'health'],
  },
  {
    role: 'ngo',
    slug: 'valley-livelihoods',
    name: 'Demo NGO Valley Livelihoods (synthetic)',
    description: 'Synthetic partner: livelihood planning, job placement and enterprise support.',
    districts: [...VALLEY],
    services: ['counselling', 'job_placement', 'enterprise_support', 'financial_literacy'],
  },
  {
    role: 'ngo',
    slug: 'lalitpur-women',
    name: "Demo NGO Lalitpur Women's Centre (synthetic)",
    description: 'Synthetic partner: counselling, financial literacy and enterprise support.',
    districts: ['Lalitpur', 'Kathmandu', 'Kavrepalanchok'],
    services: ['counselling', 'financial_literacy', 'enterprise_support', 'education'],
  },
  {
    role: 'ngo',
    slug: 'legal-aid-desk',
    name: 'Demo NGO Legal Aid Desk (synthetic)',
    description: 'Synthetic partner: legal aid and citizenship documentation.',
    districts: [...VALLEY, 'Sindhupalchok', 'Nuwakot'],
    services: ['legal_aid', 'citizenship_documentation'],
  },
  {
    role: 'ngo',
    slug: 'sindhu-safe-migration',
    name: 'Demo NGO Sindhu Safe Migration (synthetic)',
    description: 'Synthetic partner: outreach in source districts and family reintegration.',
    districts: ['Sindhupalchok', 'Nuwakot', 'Dhading', 'Kathmandu'],
    services: ['counselling', 'family_reintegration', 'education'],
  },
  {
    role: 'ngo',
    slug: 'madhesh-outreach',
    name: 'Demo NGO Madhesh Outreach (synthetic)',
    description: 'Synthetic partner: outreach and counselling in Madhesh.',
    districts: ['Rautahat', 'Sarlahi', 'Dhanusha', 'Kathmandu'],
    services: ['counselling', 'health', 'family_reintegration'],
  },
  {
    role: 'ngo',
    slug: 'koshi-reintegration',
    name: 'Demo NGO Koshi Reintegration (synthetic)',
    description: 'Synthetic partner: reintegration in Koshi and the west.',
    districts: ['Morang', 'Sunsari', 'Kaski', 'Banke', 'Lalitpur'],
    services: ['counselling', 'shelter', 'job_placement'],
  },
  {
    role: 'training_institution',
    slug: 'skills-academy',
    name: 'Demo Skills Academy Kathmandu (synthetic)',
    description: 'Synthetic training institution: tailoring, beauty and computer skills.',
    districts: ['Kathmandu'],
    services: ['vocational_training'],
    trades: ['tailoring', 'beautician', 'computer_skills', 'foot_therapy'],
  },
  {
    role: 'training_institution',
    slug: 'hospitality-training',
    name: 'Demo Hospitality Training Centre (synthetic)',
    description: 'Synthetic training institution: cooking and housekeeping.',
    districts: ['Kathmandu', 'Lalitpur'],
    services: ['vocational_training'],
    trades: ['hospitality_cooking', 'housekeeping', 'security_guard', 'driving'],
  },
  {
    role: 'training_institution',
    slug: 'technical-institute',
    name: 'Demo Technical Institute Lalitpur (synthetic)',
    description: 'Synthetic training institution: repair and wiring.',
    districts: ['Lalitpur'],
    services: ['vocational_training', 'financial_literacy'],
    trades: ['mobile_repair', 'electrical_wiring', 'agriculture_livestock', 'floriculture'],
  },
  {
    role: 'training_institution',
    slug: 'craft-school',
    name: 'Demo Craft School Bhaktapur (synthetic)',
    description: 'Synthetic training institution: weaving and handicrafts.',
    districts: ['Bhaktapur'],
    services: ['vocational_training'],
    trades: ['dhaka_weaving', 'lokta_paper', 'handicrafts_other', 'candle_incense'],
  },
  corporate('demo-hotel', 'Demo Hotel and Lodge Pvt. Ltd.', ['hospitality_cooking', 'housekeeping']),
  corporate('garments', 'Demo Garments Lalitpur Pvt. Ltd.', ['tailoring']),
  corporate('carpets', 'Demo Carpet Weavers Pvt. Ltd.', ['dhaka_weaving', 'handicrafts_other']),
  corporate('supermart', 'Demo Supermart Pvt. Ltd.', ['computer_skills', 'driving']),
  corporate('security', 'Demo Security Services Pvt. Ltd.', ['security_guard']),
  corporate('spa', 'Demo Spa and Wellness Pvt. Ltd.', ['beautician', 'foot_therapy']),
  corporate('handicraft-exports', 'Demo Handicraft Exports Pvt. Ltd.', [
    'handicrafts_other',
    'lokta_paper',
    'candle_incense',
  ]),
  corporate('restaurants', 'Demo Restaurant Group Pvt. Ltd.', ['hospitality_cooking']),
  corporate('tech-repair', 'Demo Tech Repair Pvt. Ltd.', ['mobile_repair', 'electrical_wiring']),
  corporate('flower-farm', 'Demo Flower Farm Pvt. Ltd.', ['floriculture', 'agriculture_livestock']),
  corporate('housekeeping', 'Demo Housekeeping Services Pvt. Ltd.', ['housekeeping', 'tailoring']),
  {
    role: 'government',
    slug: 'ministry-desk',
    name: 'Demo Ministry Desk (synthetic)',
    description: 'Synthetic government desk that answers support requests.',
    districts: ['Kathmandu'],
    services: ['legal_aid', 'citizenship_documentation', 'shelter'],
  },
  {
    role: 'coordinator',
    slug: 'coordination-unit',
    name: 'Demo Programme Coordination Unit (synthetic)',
    description: 'Synthetic coordinator of the programme.',
    districts: [...VALLEY],
    services: [],
  },
];

function corporate(slug: string, name: string, trades: readonly TradeCodeValue[]): OrgSpec {
  return {
    role: 'corporate',
    slug,
    name: `${name} (synthetic)`,
    description: 'Synthetic corporate partner offering CSR jobs.',
    districts: ['Kathmandu', 'Lalitpur'],
    services: [],
    trades,
  };
}

/** The organisations of the programme, with what the generator needs to know about them. */
export interface Directory {
  readonly organizations: Organization[];
  readonly users: SyntheticUser[];
  readonly ngos: readonly Organization[];
  readonly trainers: readonly Organization[];
  readonly companies: readonly Organization[];
  readonly government: Organization;
  readonly coordinator: Organization;
  /** The trades a training institution teaches or a company hires for. */
  readonly tradesOf: ReadonlyMap<string, readonly TradeCodeValue[]>;
  /** The staff user ids of an organisation (at least one). */
  readonly usersOf: ReadonlyMap<string, readonly string[]>;
}

/** Creates the directory of partner organisations and their staff accounts. */
export function createDirectory(rng: Random, ids: IdFactory, clock: ProgrammeClock): Directory {
  const organizations: Organization[] = [];
  const users: SyntheticUser[] = [];
  const tradesOf = new Map<string, readonly TradeCodeValue[]>();
  const usersOf = new Map<string, string[]>();
  for (const spec of SPECS) {
    const id = ids.id('organization');
    // Registered in the fortnight before the programme starts.
    const createdAt = clock.at(-rng.int(1, 14), rng.int(195, 675));
    organizations.push({
      id,
      role: spec.role,
      name: spec.name,
      description: spec.description,
      email: `contact@${spec.slug}.example.org`,
      url: `https://${spec.slug}.example.org`,
      districtsServed: [...spec.districts],
      servicesOffered: [...spec.services],
      createdAt,
      updatedAt: createdAt,
    });
    if (spec.trades) tradesOf.set(id, spec.trades);
    const staff = Array.from({ length: spec.role === 'corporate' ? 1 : rng.int(2, 4) }, () => ids.id('user'));
    usersOf.set(id, staff);
    for (const userId of staff) users.push({ id: userId, organizationId: id });
  }
  const byRole = (role: OrganizationRoleValue) => organizations.filter((o) => o.role === role);
  return {
    organizations,
    users,
    ngos: byRole('ngo'),
    trainers: byRole('training_institution'),
    companies: byRole('corporate'),
    government: byRole('government')[0] as Organization,
    coordinator: byRole('coordinator')[0] as Organization,
    tradesOf,
    usersOf,
  };
}
