import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { FieldSensitivity } from '../model/index.js';
import { Sensitivity } from '../model/index.js';
import { validate } from '../validation/index.js';
import * as arb from './arbitraries.fixture.js';
import { EnrolmentInputSchema, EnrolmentSchema, enrolmentFieldSensitivity } from './enrolment.js';
import {
  CorporateEnterpriseSchema,
  EnterpriseInputSchema,
  EnterpriseSchema,
  enterpriseFieldSensitivity,
} from './enterprise.js';
import { FollowUpInputSchema, FollowUpSchema, followUpFieldSensitivity } from './follow-up.js';
import { JobOfferInputSchema, JobOfferSchema, jobOfferFieldSensitivity } from './job-offer.js';
import {
  CorporatePlacementSchema,
  PlacementInputSchema,
  PlacementSchema,
  placementFieldSensitivity,
} from './placement.js';
import { PublishableStorySchema, StoryInputSchema, StorySchema, storyFieldSensitivity } from './story.js';
import {
  TrainingProgrammeInputSchema,
  TrainingProgrammeSchema,
  trainingProgrammeFieldSensitivity,
} from './training-programme.js';

type Row = {
  name: string;
  record: z.ZodMiniObject;
  input: z.ZodMiniObject;
  /** Fields the registry sets, absent from the input schema. */
  serverFields: readonly string[];
  valid: fc.Arbitrary<Record<string, unknown>>;
  sensitivity: FieldSensitivity<Record<string, unknown>>;
};

const SERVER = ['id', 'organizationId', 'createdAt', 'updatedAt'] as const;
const rows: Row[] = [
  {
    name: 'TrainingProgramme',
    record: TrainingProgrammeSchema,
    input: TrainingProgrammeInputSchema,
    serverFields: SERVER,
    valid: arb.trainingProgramme,
    sensitivity: trainingProgrammeFieldSensitivity,
  },
  {
    name: 'Enrolment',
    record: EnrolmentSchema,
    input: EnrolmentInputSchema,
    serverFields: SERVER,
    valid: arb.enrolment,
    sensitivity: enrolmentFieldSensitivity,
  },
  {
    name: 'JobOffer',
    record: JobOfferSchema,
    input: JobOfferInputSchema,
    serverFields: SERVER,
    valid: arb.jobOffer,
    sensitivity: jobOfferFieldSensitivity,
  },
  {
    name: 'Placement',
    record: PlacementSchema,
    input: PlacementInputSchema,
    serverFields: [...SERVER, 'placementCode', 'retention'],
    valid: arb.placement,
    sensitivity: placementFieldSensitivity,
  },
  {
    name: 'Enterprise',
    record: EnterpriseSchema,
    input: EnterpriseInputSchema,
    serverFields: [...SERVER, 'enterpriseCode'],
    valid: arb.enterprise,
    sensitivity: enterpriseFieldSensitivity,
  },
  {
    name: 'FollowUp',
    record: FollowUpSchema,
    input: FollowUpInputSchema,
    serverFields: SERVER,
    valid: arb.followUp,
    sensitivity: followUpFieldSensitivity,
  },
  {
    name: 'Story',
    record: StorySchema,
    input: StoryInputSchema,
    serverFields: SERVER,
    valid: arb.story,
    sensitivity: storyFieldSensitivity,
  },
] as unknown as Row[];

/** A value of the wrong JSON type for the field, whatever the field is. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'yes';
  if (value === undefined) return { unexpected: true };
  return 'not-an-object';
}

const runs = { numRuns: 60 };

describe.each(rows)('$name', ({ record, input, serverFields, valid, sensitivity }) => {
  const keys = Object.keys(record.def.shape);
  const jsonSchema = z.toJSONSchema(record) as { required?: string[] };
  const required = jsonSchema.required ?? [];

  it('accepts every generated valid record, and the JSON round trip is lossless', () => {
    fc.assert(
      fc.property(valid, (r) => {
        const result = validate(record, r);
        expect(result.ok ? [] : result.issues).toEqual([]);
        const json = JSON.parse(JSON.stringify(r));
        expect(json).toEqual(r);
        const again = validate(record, json);
        expect(again.ok && again.value).toEqual(r);
      }),
      runs,
    );
  });

  it('accepts the record without server-set fields as input, and refuses those fields in input', () => {
    expect(Object.keys(input.def.shape).sort()).toEqual(keys.filter((k) => !serverFields.includes(k)).sort());
    fc.assert(
      fc.property(valid, (r) => {
        const body = Object.fromEntries(Object.entries(r).filter(([k]) => !serverFields.includes(k)));
        expect(validate(input, body).ok).toBe(true);
        const withId = validate(input, { ...body, id: r.id });
        expect(withId.ok).toBe(false);
        if (!withId.ok)
          expect(withId.issues).toContainEqual(
            expect.objectContaining({ pointer: '/id', code: 'unrecognized_keys' }),
          );
      }),
      runs,
    );
  });

  it('reports a field-level issue for a field of the wrong type', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...keys), (r, key) => {
        const mutated = { ...r, [key]: wrongType(r[key]) };
        const result = validate(record, mutated);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues.some((i) => i.pointer === `/${key}` || i.pointer.startsWith(`/${key}/`))).toBe(
            true,
          );
          for (const issue of result.issues) expect(issue.message.ne).toMatch(/[\u0900-\u097F]/);
        }
      }),
      runs,
    );
  });

  it('reports a missing required field at its pointer', () => {
    expect(required.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(valid, fc.constantFrom(...required), (r, key) => {
        const { [key]: _gone, ...rest } = r;
        const result = validate(record, rest);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const issue = result.issues.find((i) => i.pointer === `/${key}`);
        expect(issue?.code).toBe('required');
      }),
      runs,
    );
  });

  it('refuses unknown fields', () => {
    fc.assert(
      fc.property(valid, (r) => {
        const result = validate(record, { ...r, participantName: 'MARKER' });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((i) => i.pointer)).toEqual(['/participantName']);
      }),
      { numRuns: 10 },
    );
  });

  it('classifies every field, and only fields of the record', () => {
    expect(Object.keys(sensitivity).sort()).toEqual([...keys].sort());
    for (const cls of Object.values(sensitivity)) expect(Sensitivity.is(cls)).toBe(true);
  });

  it('converts to JSON Schema (record and input)', () => {
    const schema = z.toJSONSchema(record) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties).sort()).toEqual([...keys].sort());
    expect(schema.additionalProperties).toBe(false);
    expect(() => z.toJSONSchema(input)).not.toThrow();
  });
});

describe('free text', () => {
  it.each(rows)('$name classes every free-text field as free_text', ({ sensitivity }) => {
    for (const key of ['notes', 'description', 'endNotes', 'text']) {
      if (key in sensitivity) expect(sensitivity[key]).toBe('free_text');
    }
  });
});

describe('public and corporate schemas', () => {
  it.each([
    ['CorporatePlacement', CorporatePlacementSchema],
    ['CorporateEnterprise', CorporateEnterpriseSchema],
    ['PublishableStory', PublishableStorySchema],
  ] as const)('%s converts to JSON Schema without any participant field', (_name, schema) => {
    const json = z.toJSONSchema(schema) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(json.additionalProperties).toBe(false);
    expect(Object.keys(json.properties).some((k) => /participant|notes|consent/i.test(k))).toBe(false);
  });
});
