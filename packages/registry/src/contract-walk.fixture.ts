/**
 * Reads the committed contract for the fuzz: its operations, and what a body must hold according to it
 * (`required`, `allOf`, `oneOf`/`anyOf` and `if`/`then`: the keywords the contract uses for presence).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Json } from './registry.fixture.js';

/** The committed `openapi.json`. */
export const contract: Json = JSON.parse(
  readFileSync(fileURLToPath(new URL('../openapi.json', import.meta.url)), 'utf8'),
);

/** One operation of the contract. */
export interface ContractOperation {
  readonly id: string;
  readonly method: string;
  /** The path template, e.g. `/v1/participants/{id}`. */
  readonly path: string;
  readonly params: readonly { name: string; in: string; schema: Json }[];
  /** The body schema (resolved), when the operation takes one. */
  readonly body?: Json;
  readonly bodyRequired: boolean;
  readonly anonymous: boolean;
  /** The statuses the contract documents, e.g. `['200', '400', '404']`. */
  readonly statuses: readonly string[];
}

function resolve(schema: Json): Json {
  let current = schema;
  while (current?.$ref) current = contract.components.schemas[current.$ref.split('/').pop()];
  return current;
}

/** Every operation of the contract. */
export function operations(): ContractOperation[] {
  return Object.entries(contract.paths).flatMap(([path, item]: [string, Json]) =>
    Object.entries(item).map(([method, op]: [string, Json]) => {
      const body = op.requestBody?.content?.['application/json']?.schema;
      return {
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        ...(body ? { body: resolve(body) } : {}),
        bodyRequired: op.requestBody?.required === true,
        anonymous: Array.isArray(op.security) && op.security.length === 0,
        statuses: Object.keys(op.responses ?? {}),
      };
    }),
  );
}

/** Whether `value` matches the presence and `const` conditions of an `if` schema. */
function matches(schema: Json, value: Json): boolean {
  const s = resolve(schema);
  if (!value || typeof value !== 'object') return false;
  if ((s.required ?? []).some((k: string) => !(k in value))) return false;
  for (const [key, sub] of Object.entries(s.properties ?? {}) as [string, Json][]) {
    if (!(key in value)) continue;
    if ('const' in sub && value[key] !== sub.const) return false;
    if (sub.properties && !matches(sub, value[key])) return false;
  }
  return true;
}

/** The keys the contract requires of `sample` (a valid body), conditions evaluated on the sample. */
export function requiredKeys(schema: Json, sample: Json): string[] {
  const s = resolve(schema);
  const keys = new Set<string>(s.required ?? []);
  for (const part of s.allOf ?? []) for (const k of requiredKeys(part, sample)) keys.add(k);
  for (const choice of [s.oneOf, s.anyOf]) {
    if (!choice) continue;
    const branch = choice.find((b: Json) => matches({ required: resolve(b).required ?? [] }, sample));
    for (const k of requiredKeys(branch ?? choice[0], sample)) keys.add(k);
  }
  if (s.if && s.then && matches(s.if, sample)) for (const k of requiredKeys(s.then, sample)) keys.add(k);
  return [...keys];
}

/** `sample` cut down to what the contract requires, nested objects and arrays of objects included. */
export function minimalBody(schema: Json, sample: Json): Json {
  const s = resolve(schema);
  if (Array.isArray(sample)) return sample.map((item) => minimalBody(s.items ?? {}, item));
  if (!sample || typeof sample !== 'object') return sample;
  const out: Record<string, unknown> = {};
  for (const key of requiredKeys(s, sample)) {
    if (key in sample) out[key] = minimalBody(s.properties?.[key] ?? {}, sample[key]);
  }
  return out;
}

/** The JSON Pointer of every string in `value`, with the path to set it. */
export function stringLeaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** A deep copy of `value` with the leaf at `path` replaced by `leaf`. */
export function replaced(value: Json, path: readonly (string | number)[], leaf: unknown): Json {
  const copy = structuredClone(value);
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key];
  cursor[path[path.length - 1] as string | number] = leaf;
  return copy;
}
