import { describe, expect, it } from 'vitest';
import { NetworkError, RateLimitedError } from './index.js';
import { clientErrorMessages, errorText } from './messages.js';

describe('errorText', () => {
  it('gives English and Nepali text for every kind', () => {
    expect(errorText(new NetworkError('x'))).toEqual(clientErrorMessages.localized('network'));
    expect(errorText(new RateLimitedError('x')).ne).toMatch(/[\u0900-\u097F]/);
    for (const text of Object.values(clientErrorMessages.entries)) {
      expect(text.ne).toMatch(/[\u0900-\u097F]/);
      expect(text.ne).not.toBe(text.en);
    }
  });
});
