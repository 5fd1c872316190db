import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { assertValid, toJsonPointer, ValidationError, validate } from './index.js';

const Schema = z.strictObject({
  name: z.string().check(z.minLength(2)),
  age: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(120))),
  tags: z.array(z.enum(['a', 'b'])).check(z.maxLength(2)),
  email: z.optional(z.email()),
});

describe('validate', () => {
  it('returns the parsed value when valid', () => {
    const result = validate(Schema, { name: 'ab', tags: ['a'] });
    expect(result).toEqual({ ok: true, value: { name: 'ab', tags: ['a'] } });
  });

  it('reports every field with a pointer, a code and both languages', () => {
    const result = validate(Schema, { name: 'a', age: 200, tags: ['a', 'c'], extra: 1, email: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPointer = Object.fromEntries(result.issues.map((i) => [i.pointer, i]));
    expect(byPointer['/name']?.code).toBe('too_small');
    expect(byPointer['/name']?.message.en).toBe('Must have at least 2 characters');
    expect(byPointer['/age']?.code).toBe('too_big');
    expect(byPointer['/tags/1']?.code).toBe('invalid_value');
    expect(byPointer['/extra']?.code).toBe('unrecognized_keys');
    expect(byPointer['/email']?.code).toBe('invalid_format');
    for (const issue of result.issues) expect(issue.message.ne).toMatch(/[\u0900-\u097F]/);
  });

  it('checks list lengths', () => {
    const result = validate(Schema, { name: 'ab', tags: ['a', 'b', 'a'] });
    expect(!result.ok && result.issues[0]?.code).toBe('too_big');
    expect(!result.ok && result.issues[0]?.message.en).toBe('Must have at most 2 items');
  });

  it('calls a missing field required', () => {
    const result = validate(Schema, { tags: [] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual(expect.objectContaining({ pointer: '/name', code: 'required' }));
  });

  it('escapes JSON pointers', () => {
    expect(toJsonPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(toJsonPointer([])).toBe('');
  });
});

describe('invalid_type', () => {
  it('names the expected type in Nepali words in the ne message, and as zod does in en', () => {
    const S = z.strictObject({
      s: z.string(),
      n: z.number(),
      b: z.boolean(),
      a: z.array(z.string()),
      o: z.object({}),
      d: z.date(),
    });
    const result = validate(S, { s: 1, n: 'x', b: 'x', a: 'x', o: 'x', d: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const ne = Object.fromEntries(result.issues.map((i) => [i.pointer, i.message.ne]));
    expect(ne).toEqual({
      '/s': 'पाठ हुनुपर्छ',
      '/n': 'सङ्ख्या हुनुपर्छ',
      '/b': 'हो वा होइन हुनुपर्छ',
      '/a': 'सूची हुनुपर्छ',
      '/o': 'विवरणको समूह हुनुपर्छ',
      '/d': 'मिति हुनुपर्छ',
    });
    const en = Object.fromEntries(result.issues.map((i) => [i.pointer, i.message.en]));
    expect(en['/s']).toBe('Expected string');
    expect(en['/n']).toBe('Expected number');
    for (const text of Object.values(ne)) expect(text).not.toMatch(/[a-z]/i);
  });
});

describe('unknown keys', () => {
  const Nested = z.strictObject({ inner: z.strictObject({ a: z.string() }) });

  it('keep their pointers in issues but never name the key in any message', () => {
    const key = 'MARKER_Participant_Name';
    const result = validate(Nested, { inner: { a: 'x', [key]: 1 }, [`${key}2`]: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.pointer, i.code])).toEqual(
      expect.arrayContaining([
        [`/inner/${key}`, 'unrecognized_keys'],
        [`/${key}2`, 'unrecognized_keys'],
      ]),
    );
    for (const issue of result.issues) {
      expect(issue.message).toEqual({ en: 'Unknown field', ne: 'अज्ञात क्षेत्र' });
      expect(JSON.stringify(issue.message)).not.toContain('MARKER');
    }
  });

  it('are left out of ValidationError.message', () => {
    const key = 'MARKER_Participant_Name';
    let error: unknown;
    try {
      assertValid(Nested, { inner: { a: 'x', [key]: 1 }, [key]: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const { message, issues } = error as ValidationError;
    expect(message).not.toContain('MARKER');
    expect(message).toContain('/inner Unknown field');
    expect(message).toContain('/ Unknown field');
    expect(issues.map((i) => i.pointer)).toContain(`/inner/${key}`);
  });
});

describe('assertValid', () => {
  it('throws a ValidationError that does not echo the input', () => {
    const secret = 'MARKER-SECRET-NAME';
    try {
      assertValid(Schema, { name: 5, tags: [], note: secret });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.length).toBe(2);
      expect(JSON.stringify(error) + String(error)).not.toContain(secret);
    }
  });
});

describe('required versus wrong type', () => {
  const S = z.strictObject({ a: z.string(), kind: z.enum(['x', 'y']), nested: z.object({ n: z.number() }) });
  it('reports a present value of the wrong type as invalid_type, a missing one as required', () => {
    const result = validate(S, { a: 5, nested: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = Object.fromEntries(result.issues.map((i) => [i.pointer, i.code]));
    expect(codes).toEqual({ '/a': 'invalid_type', '/kind': 'required', '/nested/n': 'required' });
  });
  it('reports a wrong enum value as invalid_value', () => {
    const result = validate(S, { a: 'ok', kind: 'z', nested: { n: 1 } });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['invalid_value']);
  });
});
