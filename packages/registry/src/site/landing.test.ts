import { generateProgramme, summariseProgramme } from '@nayabato/core/synthetic';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { DemoCredentials } from '../seed/demo.js';
import { landingRoutes } from './landing.js';

const programme = generateProgramme({ seed: 2026, participants: 12 });
const user = { id: 'usr_0123456789', displayName: 'Demo user', permissions: [] };
const demo: DemoCredentials = {
  organizations: programme.organizations.map((o, i) => ({
    id: o.id,
    name: o.name,
    role: o.role,
    secretKey: `sk_test_${String(i).padStart(24, '0')}`,
    publishableKey: `pk_test_${String(i).padStart(24, '0')}`,
    user,
    users: [user],
  })),
  participantIds: programme.participants.map((p) => p.id),
  summary: summariseProgramme(programme),
};
const fakeDb = {
  engine: 'pglite' as const,
  query: async () => [],
  exec: async () => {},
  transaction: async () => undefined as never,
  close: async () => {},
};

it('links the public reads at the agreed paths, each with a publishable key and never a secret one', async () => {
  const app = createApp({
    db: fakeDb,
    logger: () => {},
    extend: (a) => landingRoutes(a, () => ({ demo, examples: [] })),
  });
  const html = await (await app.request('/')).text();
  const links = [...html.matchAll(/<a href="([^"]+)" data-key="([^"]+)">/g)].map((m) => [
    m[1]!.replace(/&amp;/g, '&'),
    m[2]!,
  ]);
  const ngo = demo.organizations.find((o) => o.role === 'ngo')!;
  const corporates = demo.organizations.filter((o) => o.role === 'corporate');
  const period = `from=${programme.start}&to=2025-12-31`;
  expect(links.map(([path]) => path)).toEqual(
    expect.arrayContaining([
      `/v1/indicators?${period}`,
      `/v1/indicators?${period}&organization=${ngo.id}`,
      '/v1/stories',
      '/v1/job-offers',
    ]),
  );
  for (const [, key] of links) expect(key).toMatch(/^pk_/);
  // A company's offers are read with that company's own publishable key.
  const offers = links.filter(([path]) => path === '/v1/job-offers').map(([, key]) => key);
  expect(offers.length).toBeGreaterThan(0);
  for (const key of offers) expect(corporates.map((o) => o.publishableKey)).toContain(key);
});
