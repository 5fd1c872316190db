import { describe, expect, it } from 'vitest';
import * as catalogs from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the elements’ texts', () => {
  const all = Object.values(catalogs);

  it('are declared under elements.* namespaces', () => {
    expect(all.map((c) => c.namespace).sort()).toEqual([
      'elements.base',
      'elements.bs-date-field',
      'elements.consent-manager',
      'elements.impact-stats',
      'elements.intake-form',
      'elements.livelihood-plan',
      'elements.needs-assessment',
      'elements.quick-exit',
      'elements.story-gallery',
    ]);
  });

  it('are written in English and in Nepali (Devanagari), with the same placeholders', () => {
    for (const catalog of all) {
      for (const [key, text] of Object.entries(catalog.entries)) {
        const id = `${catalog.namespace}.${key}`;
        expect(text.en.trim(), id).not.toBe('');
        expect(text.ne, id).toMatch(/[\u0900-\u097F]/);
        expect(placeholders(text.ne), id).toEqual(placeholders(text.en));
      }
    }
  });
});
