import { describe, expect, it } from 'vitest';
import { defineElementMessages } from './element-messages.js';
import { VERSION } from './version.js';

describe('defineElementMessages', () => {
  it('returns the registered catalog when the same texts come again (one version loaded twice)', () => {
    const entries = { hello: { en: 'Hello', ne: 'नमस्ते' } };
    const first = defineElementMessages('test.elements.same', entries);
    expect(defineElementMessages('test.elements.same', { ...entries })).toBe(first);
  });

  it('keeps another version’s texts apart instead of failing to load', () => {
    const ours = defineElementMessages('test.elements.other', { hello: { en: 'Hello', ne: 'नमस्ते' } });
    const theirs = defineElementMessages('test.elements.other', { hello: { en: 'Hi', ne: 'नमस्कार' } });
    expect(theirs.namespace).toBe(`test.elements.other@${VERSION}`);
    expect(ours.format('hello', 'en')).toBe('Hello');
    expect(theirs.format('hello', 'ne')).toBe('नमस्कार');
  });
});
