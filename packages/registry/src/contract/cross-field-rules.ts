/**
 * Core's cross-field rules, said in JSON Schema so that the contract requires what the registry requires
 * (generated clients and forms see them; the contract fuzz test checks both agree). zod's `superRefine`
 * checks are invisible to `z.toJSONSchema`, so each rule that the contract can express is written here
 * once more, beside the component it belongs to. Rules that depend on the clock (a birth year not in the
 * future) stay in the descriptions.
 */

/**
 * JSON Schema's `if`/`then`. Built from entries: an object literal with a `then` key looks like a promise
 * to linters (and to `await`, were it ever awaited alone).
 */
function ifThen(condition: Record<string, unknown>, consequence: Record<string, unknown>) {
  return Object.fromEntries([
    ['if', condition],
    ['then', consequence],
  ]);
}

const participantRules = {
  allOf: [
    // Exactly one of birth year and age band (`age_required`, `age_exclusive`).
    { oneOf: [{ required: ['birthYear'] }, { required: ['ageBand'] }] },
    // A survivor is an actual or possible victim (`trafficking_status_required`).
    ifThen(
      { properties: { category: { const: 'survivor' } }, required: ['category'] },
      {
        properties: { traffickingStatus: { enum: ['actual_victim', 'possible_victim'] } },
        required: ['traffickingStatus'],
      },
    ),
    // A person at risk is not an actual victim (`trafficking_status_mismatch`).
    ifThen(
      { properties: { category: { const: 'at_risk' } }, required: ['category'] },
      { properties: { traffickingStatus: { not: { const: 'actual_victim' } } } },
    ),
    // No issuing district without a certificate (`issuing_district_unexpected`).
    ifThen(
      {
        properties: {
          citizenshipCertificate: { properties: { status: { const: 'no' } }, required: ['status'] },
        },
        required: ['citizenshipCertificate'],
      },
      { properties: { citizenshipCertificate: { properties: { issuingDistrict: false } } } },
    ),
  ],
};

/** Extra keywords per component, merged into the generated schema. */
const RULES: Record<string, { keywords: Record<string, unknown>; uniqueArrays?: readonly string[] }> = {
  ParticipantInput: { keywords: participantRules, uniqueArrays: ['languages'] },
  Participant: { keywords: participantRules, uniqueArrays: ['languages'] },
};

/**
 * Adds the cross-field rules to the named component schemas of a generated contract, in place.
 *
 * @example
 * ```ts
 * addCrossFieldRules(document.components.schemas);
 * ```
 */
export function addCrossFieldRules(schemas: Record<string, unknown>): void {
  for (const [name, rule] of Object.entries(RULES)) {
    const schema = schemas[name] as
      | { properties?: Record<string, Record<string, unknown>>; [key: string]: unknown }
      | undefined;
    if (!schema) throw new Error(`The contract has no component ${name} to add its rules to.`);
    Object.assign(schema, structuredClone(rule.keywords));
    for (const array of rule.uniqueArrays ?? []) {
      const property = schema.properties?.[array];
      if (property) property.uniqueItems = true;
    }
  }
}
