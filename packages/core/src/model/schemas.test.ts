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
} from './arbitraries.fixture.js';
import {
  ConsentInputSchema,
  ConsentSchema,
  consentFieldSensitivity,
  FreeTextSchema,
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

type Def = {
  type: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  options?: z.ZodMiniType[];
  in?: z.ZodMiniType;
  out?: z.ZodMiniType;
  checks?: unknown[];
};
const defOf = (s: z.ZodMiniType) => s._zod.def as unknown as Def;
/** The schema under optional / nullable / default wrappers. */
function unwrap(s: z.ZodMiniType): z.ZodMiniType {
  let cur = s;
  while (['optional', 'nullable', 'default', 'readonly'].includes(defOf(cur).type))
    cur = defOf(cur).innerType as z.ZodMiniType;
  return cur;
}

/** Every enumeration in a schema, top-level or nested, as a path template (`*` for any array element). */
function enumPaths(s: z.ZodMiniType, prefix: readonly string[] = []): string[][] {
  const def = defOf(unwrap(s));
  if (def.type === 'enum') return [[...prefix]];
  if (def.type === 'array') return enumPaths(def.element as z.ZodMiniType, [...prefix, '*']);
  if (def.type === 'object')
    return Object.entries(def.shape ?? {}).flatMap(([k, v]) => enumPaths(v, [...prefix, k]));
  return [];
}

/** The concrete paths of `template` present in `value` (every element for `*`). */
function presentPaths(value: unknown, template: readonly string[]): (string | number)[][] {
  if (template.length === 0) return value === undefined ? [] : [[]];
  const [head, ...rest] = template as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(value)) return [];
    return value.flatMap((v, i) => presentPaths(v, rest).map((p) => [i, ...p]));
  }
  if (value === null || typeof value !== 'object') return [];
  return presentPaths((value as Record<string, unknown>)[head], rest).map((p) => [head, ...p]);
}

function withValueAt(record: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path[path.length - 1] as string | number] = value;
  return copy;
}

// A schema is free text when it is FreeTextSchema or built from it (`FreeTextSchema.check(...)` keeps its
// checks), so the derivation follows the schemas instead of a list of field names.
const FREE_TEXT_CHECKS = defOf(FreeTextSchema).checks ?? [];
function isFreeText(s: z.ZodMiniType): boolean {
  const def = defOf(unwrap(s));
  return def.type === 'string' && FREE_TEXT_CHECKS.every((c) => (def.checks ?? []).includes(c));
}
function holdsFreeText(s: z.ZodMiniType): boolean {
  const def = defOf(unwrap(s));
  if (isFreeText(s)) return true;
  if (def.type === 'array') return holdsFreeText(def.element as z.ZodMiniType);
  if (def.type === 'object') return Object.values(def.shape ?? {}).some(holdsFreeText);
  if (def.type === 'union') return (def.options ?? []).some(holdsFreeText);
  if (def.type === 'pipe')
    return holdsFreeText(def.in as z.ZodMiniType) || holdsFreeText(def.out as z.ZodMiniType);
  return false;
}

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

describe('enumerations found in the schemas', () => {
  it('include the nested ones of NeedsAssessment and LivelihoodPlan', () => {
    expect(enumPaths(NeedsAssessmentSchema)).toEqual(
      expect.arrayContaining([
        ['domains', '*', 'domain'],
        ['domains', '*', 'needLevel'],
      ]),
    );
    expect(enumPaths(LivelihoodPlanSchema)).toEqual(
      expect.arrayContaining([
        ['goals', '*', 'area'],
        ['goals', '*', 'status'],
        ['actions', '*', 'status'],
      ]),
    );
  });

  it('free text is found through the schemas, including the known free-text fields', () => {
    const shape = shapeOf(ParticipantSchema as unknown as AnyObject);
    expect(isFreeText(shape.notes as z.ZodMiniType)).toBe(true);
    expect(isFreeText(shape.gender as z.ZodMiniType)).toBe(false);
    const referral = shapeOf(ReferralSchema as unknown as AnyObject);
    expect(isFreeText(referral.reason as z.ZodMiniType)).toBe(true); // FreeTextSchema.check(...)
    expect(holdsFreeText(referral.outcome as z.ZodMiniType)).toBe(true); // { summary: FreeTextSchema }
  });
});

describe.each(cases)('$name schema', ({ schema, input, arb, sensitivity }) => {
  const shape = shapeOf(schema);
  const keys = Object.keys(shape);
  const required = keys.filter((k) => !isOptional(shape[k] as z.ZodMiniType));
  const enums = enumPaths(schema);

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

  it('reports a value outside any enumeration, top-level or nested, as invalid_value at its pointer', () => {
    expect(enums.length).toBeGreaterThan(0);
    const exercised = new Set<string>();
    const check = (record: Record<string, unknown>) => {
      for (const template of enums) {
        for (const path of presentPaths(record, template)) {
          const issues = issuesOf(schema, withValueAt(record, path, 'NotAValue'));
          const pointer = path.map((p) => `/${p}`).join('');
          expect(issues).toContainEqual(expect.objectContaining({ pointer, code: 'invalid_value' }));
          exercised.add(template.join('.'));
        }
      }
    };
    fc.assert(fc.property(arb, check), { numRuns: 25 });
    // Nested enumerations sit in optional parts that a random record may lack: a seeded sample as well,
    // so that whether they are exercised never depends on chance.
    for (const record of fc.sample(arb, { numRuns: 200, seed: 2026 })) check(record);
    // Every required top-level enumeration is exercised on every run; nested ones by the sample.
    expect(exercised.size).toBeGreaterThan(0);
    if (enums.some((t) => t.length > 1)) expect([...exercised].some((t) => t.includes('.'))).toBe(true);
  });

  it('classifies exactly its fields, every field holding free text as free_text', () => {
    expect(Object.keys(sensitivity).sort()).toEqual([...keys].sort());
    const freeText = keys.filter((k) => holdsFreeText(shape[k] as z.ZodMiniType));
    expect(freeText.length).toBeGreaterThan(0);
    expect(Object.fromEntries(freeText.map((k) => [k, sensitivity[k]]))).toEqual(
      Object.fromEntries(freeText.map((k) => [k, 'free_text'])),
    );
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
