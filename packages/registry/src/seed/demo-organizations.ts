import type { OrganizationInput } from '@nayabato/core';
import type { UserPermission } from '../auth/principal.js';

/** One demo organisation to seed: fixed id (so a data directory is seeded once), directory data, users. */
export interface DemoOrganizationSpec {
  readonly id: string;
  readonly input: OrganizationInput;
  readonly users: readonly { displayName: string; permissions?: readonly UserPermission[] }[];
}

/**
 * The synthetic partners of the demo programme. Every name is invented and marked as a demo; none
 * suggests a real organisation, IOM or any government's endorsement.
 */
export const DEMO_ORGANIZATIONS: readonly DemoOrganizationSpec[] = [
  {
    id: 'org_democoordinator',
    input: {
      role: 'coordinator',
      name: 'Demo Programme Coordination Unit',
      districtsServed: ['Kathmandu'],
      servicesOffered: [],
    },
    users: [{ displayName: 'Demo Coordinator' }],
  },
  {
    id: 'org_demongoshelter',
    input: {
      role: 'ngo',
      name: 'Demo Shelter Nepal',
      districtsServed: ['Kathmandu', 'Sindhupalchok', 'Makwanpur'],
      servicesOffered: ['counselling', 'shelter', 'legal_aid'],
    },
    users: [
      { displayName: 'Demo Counsellor', permissions: ['consent.override'] },
      { displayName: 'Demo Case Worker' },
    ],
  },
  {
    id: 'org_demongoreturn',
    input: {
      role: 'ngo',
      name: 'Demo Reintegration Network',
      districtsServed: ['Kaski', 'Nuwakot'],
      servicesOffered: ['family_reintegration', 'counselling'],
    },
    users: [{ displayName: 'Demo Social Worker' }],
  },
  {
    id: 'org_demotraining',
    input: {
      role: 'training_institution',
      name: 'Demo Skills Centre',
      districtsServed: ['Kathmandu', 'Lalitpur'],
      servicesOffered: ['vocational_training', 'financial_literacy'],
    },
    users: [{ displayName: 'Demo Trainer' }],
  },
  {
    id: 'org_democorporate',
    input: {
      role: 'corporate',
      name: 'Demo Garments Pvt. Ltd.',
      districtsServed: ['Kathmandu'],
      servicesOffered: ['job_placement'],
    },
    users: [{ displayName: 'Demo HR Officer' }],
  },
  {
    id: 'org_demogovernment',
    input: {
      role: 'government',
      name: 'Demo Government Desk (synthetic)',
      districtsServed: ['Kathmandu'],
      servicesOffered: ['citizenship_documentation'],
    },
    users: [{ displayName: 'Demo Desk Officer' }],
  },
];
