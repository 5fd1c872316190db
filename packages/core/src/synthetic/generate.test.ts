import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  EnrolmentSchema,
  EnterpriseSchema,
  FollowUpSchema,
  JobOfferSchema,
  PlacementSchema,
  StorySchema,
  TrainingProgrammeSchema,
} from '../livelihood/index.js';
import {
  ConsentSchema,
  idSchema,
  LivelihoodPlanSchema,
  NeedsAssessmentSchema,
  OrganizationSchema,
  ParticipantSchema,
  ReferralSchema,
  ReferralStatus,
  ServiceDeliverySchema,
  SupportRequestSchema,
} from '../model/index.js';
import { validate } from '../validation/index.js';
import { generateProgramme } from './generate.js';
import type { SyntheticProgramme } from './programme.js';
import { SyntheticOptionsError } from './synthetic-options-error.js';

// Generated once per file: the tests below only read it.
const programme = generateProgramme();

type Collection = Exclude<keyof SyntheticProgramme, 'seed' | 'start' | 'end' | 'months'>;

// A record type per collection: adding a collection without a schema here fails to compile.
const SCHEMAS: Record<Collection, z.ZodMiniType> = {
  organizations: OrganizationSchema,
  users: z.strictObject({ id: idSchema('user'), organizationId: idSchema('organization') }),
  participants: ParticipantSchema,
  consents: ConsentSchema,
  needsAssessments: NeedsAssessmentSchema,
  livelihoodPlans: LivelihoodPlanSchema,
  referrals: ReferralSchema,
  serviceDeliveries: ServiceDeliverySchema,
  trainingProgrammes: TrainingProgrammeSchema,
  enrolments: EnrolmentSchema,
  jobOffers: JobOfferSchema,
  placements: PlacementSchema,
  enterprises: EnterpriseSchema,
  followUps: FollowUpSchema,
  stories: StorySchema,
  supportRequests: SupportRequestSchema,
};

describe('generateProgramme', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateProgramme()).toEqual(programme);
    const other = generateProgramme({ seed: 7 });
    expect(other.participants.map((p) => p.id)).not.toEqual(programme.participants.map((p) => p.id));
  });

  it('does not depend on the wall clock', () => {
    const options = { seed: 5, participants: 40 };
    const now = generateProgramme(options);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-05-05T12:00:00Z'));
      expect(generateProgramme(options)).toEqual(now);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays valid for other seeds, starts and lengths', () => {
    const cases = [
      { seed: 1, participants: 60, start: '2024-02-29', months: 1 },
      { seed: 2, participants: 60, start: '2025-07-15', months: 6 },
      { seed: 3, participants: 60, start: '2023-01-31', months: 36 },
      { seed: -4, participants: 60, start: '2026-12-01', months: 120 },
    ];
    for (const options of cases) {
      const other = generateProgramme(options);
      expect(other.participants).toHaveLength(60);
      for (const [collection, schema] of Object.entries(SCHEMAS) as [Collection, z.ZodMiniType][]) {
        for (const record of other[collection] as readonly unknown[]) {
          const result = validate(schema, record);
          expect(result.ok ? [] : result.issues.slice(0, 2), `${options.seed} ${collection}`).toEqual([]);
        }
      }
    }
  });

  it('gives every record that validates with its core schema', () => {
    const failures: string[] = [];
    for (const [collection, schema] of Object.entries(SCHEMAS) as [Collection, z.ZodMiniType][]) {
      const records = programme[collection] as readonly unknown[];
      expect(records.length, collection).toBeGreaterThan(0);
      records.forEach((record, i) => {
        const result = validate(schema, record);
        if (!result.ok) failures.push(`${collection}[${i}]: ${JSON.stringify(result.issues.slice(0, 2))}`);
      });
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('has unique ids and dates every event before the end', () => {
    const ids = new Set<string>();
    let count = 0;
    const endMs = Date.parse(`${programme.end}T00:00:00Z`);
    for (const collection of Object.keys(SCHEMAS) as Collection[]) {
      for (const record of programme[collection] as readonly {
        id: string;
        createdAt?: string;
        updatedAt?: string;
      }[]) {
        ids.add(record.id);
        count++;
        if (record.createdAt !== undefined && record.updatedAt !== undefined) {
          expect(Date.parse(record.updatedAt), record.id).toBeLessThan(endMs);
          expect(record.updatedAt >= record.createdAt, record.id).toBe(true);
        }
      }
    }
    expect(ids.size).toBe(count);
    const codes = [
      ...programme.placements.map((p) => p.placementCode),
      ...programme.enterprises.map((e) => e.enterpriseCode),
    ];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has about 250 participants, mostly in Kathmandu and Lalitpur, and the partners of the issue', () => {
    const p = programme;
    expect(p.participants).toHaveLength(250);
    const valley = p.participants.filter(
      (x) => x.currentDistrict === 'Kathmandu' || x.currentDistrict === 'Lalitpur',
    );
    expect(valley.length / p.participants.length).toBeGreaterThan(0.6);
    expect(new Set(p.participants.map((x) => x.originDistrict)).size).toBeGreaterThan(8);
    const roles = (role: string) => p.organizations.filter((o) => o.role === role).length;
    expect([
      roles('ngo'),
      roles('corporate'),
      roles('training_institution'),
      roles('government'),
      roles('coordinator'),
    ]).toEqual([7, 11, 4, 1, 1]);
    expect(new Set(p.participants.map((x) => x.category))).toEqual(new Set(['survivor', 'at_risk']));
    expect(new Set(p.referrals.map((r) => r.status))).toEqual(new Set(ReferralStatus.values));
    for (const status of ['open', 'filled', 'closed'] as const)
      expect(
        p.jobOffers.some((o) => o.status === status),
        status,
      ).toBe(true);
    expect(p.placements.some((x) => x.retention.some((c) => c.status === 'retained'))).toBe(true);
    expect(p.consents.some((c) => c.withdrawnAt !== undefined)).toBe(true);
    expect(p.consents.some((c) => c.expiresAt !== undefined && c.expiresAt < `${p.end}T00:00:00Z`)).toBe(
      true,
    );
    expect(
      p.enterprises.some((e) => e.seedSupport && e.marketLinkages.length > 0 && e.monthlyRecords.length > 0),
    ).toBe(true);
    expect(p.stories.length).toBeGreaterThanOrEqual(3);
  });

  it('holds no real-looking personal data', () => {
    for (const o of programme.organizations) {
      expect(o.name).toMatch(/^Demo .+ \(synthetic\)$/);
      expect(o.email ?? 'x@y.example.org').toMatch(/\.example\.org$/);
    }
    for (const s of programme.stories)
      expect(s.alias ?? 'Participant A (synthetic)').toMatch(/^Participant [A-Z]\d* \(synthetic\)$/);
    for (const c of programme.trainingProgrammes) expect(c.title).toMatch(/\(synthetic\)$/);
    for (const o of programme.jobOffers) expect(o.title).toMatch(/\(synthetic\)$/);
    // No participant field can carry a name: the strict schema passed, and the free text is template text.
    const notes = new Set(programme.participants.flatMap((x) => (x.notes ? [x.notes] : [])));
    expect(notes.size).toBeLessThanOrEqual(1);
  });

  it('generates an empty programme and refuses options out of range', () => {
    expect(generateProgramme({ participants: 0 }).participants).toEqual([]);
    for (const options of [{ months: 0 }, { participants: -1 }, { start: '2024-13-01' }, { seed: 1.5 }]) {
      expect(() => generateProgramme(options)).toThrow(SyntheticOptionsError);
    }
    try {
      generateProgramme({ months: 121 });
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_synthetic_options', option: 'months' });
    }
  });
});
