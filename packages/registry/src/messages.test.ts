import { expect, it } from 'vitest';
import { issue, registryMessages } from './messages.js';

it('writes every registry message in English and Nepali', () => {
  for (const text of Object.values(registryMessages.entries)) {
    expect(text.en.length).toBeGreaterThan(0);
    expect(text.ne).toMatch(/[\u0900-\u097F]/);
    expect(text.ne).not.toBe(text.en);
  }
  expect(issue(['a/b', 0], 'unknown_reference')).toMatchObject({
    pointer: '/a~1b/0',
    code: 'unknown_reference',
  });
});
