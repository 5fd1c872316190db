import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../validation/index.js';
import {
  consentArb,
  livelihoodPlanArb,
  needsAssessmentArb,
  organizationArb,
  participantArb,
  referralArb,
  serviceDeliveryArb,
  supportRequestArb,
} from './arbitraries.test-support.js';
import {
  ConsentInputSchema,
  ConsentSchema,
  consentFieldSensitivity,
  LivelihoodPlanInputSchema,
  LivelihoodPlanSchema,
  livelihoodPlanFieldSensitivity,
  NeedsAssessmentInputSchema,
  NeedsAssessmentSchema,
  needsAssessmentFieldSensitivity,
  OrganizationInputSchema,
  OrganizationSchema,
  organizationFieldSensitivity,
  ParticipantInputSchema,
  ParticipantSchema,
  participantFieldSensitivity,
  ReferralInputSchema,
  ReferralSchema,
  referralFieldSensitivity,
  ServiceDeliveryInputSchema,
  ServiceDeliverySchema,
  SupportRequestInputSchema,
  SupportRequestSchema,
  serviceDeliveryFieldSensitivity,
  supportRequestFieldSensitivity,
} from './index.js';

type AnyObject = z.ZodMiniObject<z.core.$ZodLooseShape>;

interface EntityCase {
  name: string;
  schema: AnyObject;
  input?: { schema: AnyObject; serverFields: string[] };
  arb: fc.Arbitrary<Record<string, unknown>>;
  sensitivity: Record<string, string>;
}

const serverFields = ['id', 'organizationId', 'createdAt', 'updatedAt'];
const cases: EntityCase[] = [
  {
    name: 'Organization',
    schema: OrganizationSchema as unknown as AnyObject,
    input: {
      schema: OrganizationInputSchema as unknown as AnyObject,
      serverFields: ['id', 'createdAt', 'updatedAt'],
    },
    arb: organizationArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: organizationFieldSensitivity,
  },
  {
    name: 'Participant',
    schema: ParticipantSchema as unknown as AnyObject,
    input: { schema: ParticipantInputSchema as unknown as AnyObject, serverFields },
    arb: participantArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: participantFieldSensitivity,
  },
  {
    name: 'Consent',
    schema: ConsentSchema as unknown as AnyObject,
    input: { schema: ConsentInputSchema as unknown as AnyObject, serverFields },
    arb: consentArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: consentFieldSensitivity,
  },
  {
    name: 'NeedsAssessment',
    schema: NeedsAssessmentSchema as unknown as AnyObject,
    input: { schema: NeedsAssessmentInputSchema as unknown as AnyObject, serverFields },
    arb: needsAssessmentArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: needsAssessmentFieldSensitivity,
  },
  {
    name: 'LivelihoodPlan',
    schema: LivelihoodPlanSchema as unknown as AnyObject,
    input: { schema: LivelihoodPlanInputSchema as unknown as AnyObject, serverFields },
    arb: livelihoodPlanArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: livelihoodPlanFieldSensitivity,
  },
  {
    name: 'Referral',
    schema: ReferralSchema as unknown as AnyObject,
    input: {
      schema: ReferralInputSchema as unknown as AnyObject,
      serverFields: Object.keys(ReferralSchema.shape).filter((k) => !(k in ReferralInputSchema.shape)),
    },
    arb: referralArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: referralFieldSensitivity,
  },
  {
    name: 'ServiceDelivery',
    schema: ServiceDeliverySchema as unknown as AnyObject,
    input: { schema: ServiceDeliveryInputSchema as unknown as AnyObject, serverFields },
    arb: serviceDeliveryArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: serviceDeliveryFieldSensitivity,
  },
  {
    name: 'SupportRequest',
    schema: SupportRequestSchema as unknown as AnyObject,
    input: {
      schema: SupportRequestInputSchema as unknown as AnyObject,
      serverFields: [...serverFields, 'status', 'response', 'respondedAt'],
    },
    arb: supportRequestArb as unknown as fc.Arbitrary<Record<string, unknown>>,
    sensitivity: supportRequestFieldSensitivity,
  },
];

const DEVANAGARI = /[\u0900-\u097F]/;
const shapeOf = (s: AnyObject) => s._zod.def.shape as Record<string, z.ZodMiniType>;
const isOptional = (s: z.ZodMiniType) => s._zod.optin === 'optional';
const isEnum = (s: z.ZodMiniType) => s._zod.def.type === 'enum';

function issuesOf(schema: AnyObject, value: unknown) {
  const result = validate(schema, value);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const issue of result.issues) {
    expect(issue.message.en).not.toBe('');
    expect(issue.message.ne).toMatch(DEVANAGARI);
    expect(issue.pointer).toBe(issue.path.map((p) => `/${p}`).join(''));
  }
  return result.issues;
}

describe.each(cases)('$name schema', ({ schema, input, arb, sensitivity }) => {
  const shape = shapeOf(schema);
  const keys = Object.keys(shape);
  const required = keys.filter((k) => !isOptional(shape[k] as z.ZodMiniType));
  const enums = keys.filter((k) => isEnum(shape[k] as z.ZodMiniType));

  it('accepts every generated valid record, and survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(arb, (record) => {
        const result = validate(schema, record);
        if (!result.ok) throw new Error(JSON.stringify(result.issues.map((i) => [i.pointer, i.code])));
        const back = validate(schema, JSON.parse(JSON.stringify(result.value)));
        expect(back).toEqual({ ok: true, value: record });
      }),
      { numRuns: 150 },
    );
  });

  it('rejects an unknown field with an unrecognized_keys issue at that field', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom('extra', 'name_of_person', 'dateOfBirth', 'phone2'), (record, key) => {
        fc.pre(!(key in shape));
        const issues = issuesOf(schema, { ...record, [key]: 'x' });
        expect(issues).toContainEqual(
          expect.objectContaining({ pointer: `/${key}`, code: 'unrecognized_keys' }),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('reports a missing required field as required at its pointer', () => {
    expect(required.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(arb, fc.constantFrom(...required), (record, key) => {
        const { [key]: _removed, ...rest } = record;
        const issues = issuesOf(schema, rest);
        expect(issues.some((i) => i.pointer === `/${key}` && i.code === 'required')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reports a value of the wrong type at its pointer', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...keys), (record, key) => {
        // No top-level field is a boolean, so `true` is the wrong type for every one.
        const wrong = true;
        const issues = issuesOf(schema, { ...record, [key]: wrong });
        const issue = issues.find((i) => i.pointer === `/${key}`);
        expect(issue).toBeDefined();
        expect(issue?.code).not.toBe('required');
      }),
      { numRuns: 80 },
    );
  });

  it.runIf(enums.length > 0)('reports a value outside an enumeration as invalid_value', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...(enums.length > 0 ? enums : ['-'])), (record, key) => {
        const issues = issuesOf(schema, { ...record, [key]: 'NotAValue' });
        expect(issues).toContainEqual(expect.objectContaining({ pointer: `/${key}`, code: 'invalid_value' }));
      }),
      { numRuns: 40 },
    );
  });

  it('classifies exactly its fields, free text as free_text', () => {
    expect(Object.keys(sensitivity).sort()).toEqual([...keys].sort());
    for (const key of ['notes', 'description', 'reason', 'rejectionReason', 'response']) {
      if (key in sensitivity) expect(sensitivity[key]).toBe('free_text');
    }
  });

  it('converts to JSON Schema', () => {
    const json = z.toJSONSchema(schema) as { additionalProperties?: boolean; required?: string[] };
    expect(json.additionalProperties).toBe(false);
    expect([...(json.required ?? [])].sort()).toEqual([...required].sort());
  });

  it.runIf(input !== undefined)(
    'has an input schema that rejects server-set fields and accepts the rest',
    () => {
      if (!input) return;
      fc.assert(
        fc.property(arb, (record) => {
          const body = Object.fromEntries(
            Object.entries(record).filter(([k]) => !input.serverFields.includes(k)),
          );
          expect(validate(input.schema, body).ok).toBe(true);
          const present = input.serverFields.filter((k) => k in record);
          const withServer = validate(input.schema, record);
          expect(withServer.ok).toBe(present.length === 0);
        }),
        { numRuns: 50 },
      );
      expect(() => z.toJSONSchema(input.schema)).not.toThrow();
    },
  );
});
