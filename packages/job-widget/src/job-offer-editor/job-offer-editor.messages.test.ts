import { describe, expect, it } from 'vitest';
import { jobOfferEditorMessages } from './job-offer-editor.messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the offer editor’s texts', () => {
  it('are written in English and in Nepali (Devanagari), with the same placeholders', () => {
    expect(jobOfferEditorMessages.namespace).toBe('job-widget.job-offer-editor');
    for (const [key, text] of Object.entries(jobOfferEditorMessages.entries)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.ne, key).toMatch(/[\u0900-\u097F]/);
      expect(placeholders(text.ne), key).toEqual(placeholders(text.en));
    }
  });
});
