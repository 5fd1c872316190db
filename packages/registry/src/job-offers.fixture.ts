/** Bodies and helpers shared by the job-offer and placement suites. */
import { expect } from 'vitest';
import type { TestRegistry } from './registry.fixture.js';

/** A valid draft job-offer body; `over` replaces fields. */
export function offerBody(over: Record<string, unknown> = {}) {
  return {
    title: 'Kitchen assistant',
    description: 'Help the chefs of a lakeside hotel.\n\nTraining on the job.',
    trade: 'hospitality_cooking',
    skills: ['food hygiene'],
    district: 'Kaski',
    employmentType: 'FULL_TIME',
    wage: { minMonthlyNpr: 21000, maxMonthlyNpr: 25000 },
    openings: 2,
    trainingProvided: true,
    accommodationProvided: false,
    transportProvided: true,
    ...over,
  };
}

/** A word no other test or seed uses, for searches and filters that must find only this test's offers. */
export function uniqueWord(prefix = 'zq'): string {
  return `${prefix}${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'x')}`;
}

/** Creates an offer with `key` (a company's secret key) and, when `publish`, opens it; returns the body. */
export async function makeOffer(
  t: TestRegistry,
  key: string,
  over: Record<string, unknown> = {},
  publish = true,
) {
  const made = await t.call(key, 'POST', '/v1/job-offers', { json: offerBody(over) });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  if (!publish) return made.body;
  const opened = await t.call(key, 'POST', `/v1/job-offers/${made.body.id}/publish`, { json: {} });
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  return opened.body;
}

/** Registers a second company (by the coordinator) and returns its id and keys. */
export async function secondCompany(t: TestRegistry) {
  const made = await t.call(t.org('coordinator').secretKey, 'POST', '/v1/organizations', {
    json: {
      role: 'corporate',
      name: 'Demo Second Employer',
      districtsServed: ['Kaski'],
      servicesOffered: [],
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return {
    id: made.body.organization.id as string,
    secretKey: made.body.secretKey.secret as string,
    publishableKey: made.body.publishableKey.secret as string,
  };
}
