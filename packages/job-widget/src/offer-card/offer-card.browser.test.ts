import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOfferCard } from './offer-card.js';

const offer = {
  title: 'Cook <b>bold</b>',
  description: 'Kitchen work. <img src=x onerror="window.__pwned=1">',
  trade: 'hospitality_cooking',
  skills: ['chopping', 'hygiene'],
  district: 'Kaski',
  locality: 'Pokhara',
  employmentType: 'FULL_TIME',
  wage: { minMonthlyNpr: 21000, maxMonthlyNpr: 25000 },
  openings: 2,
  validThrough: '2099-01-31',
  trainingProvided: true,
  accommodationProvided: false,
  transportProvided: true,
  warnings: [{}],
};

let host: HTMLElement;
afterEach(() => host?.remove());

function show(...args: Parameters<typeof renderOfferCard>): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(renderOfferCard(...args), host);
  return host.querySelector('article')!;
}

describe('renderOfferCard', () => {
  it('draws an offer as the board’s detail view does, its text inert', () => {
    const card = show(offer, 'en');
    expect(card.getAttribute('part')).toBe('offer');
    expect(card.querySelector('h3')?.textContent).toBe('Cook <b>bold</b>');
    expect(card.querySelector('b, img')).toBeNull();
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Pokhara, Kaski · Full time · NPR 21,000–25,000 a month');
    // A date beyond the Bikram Sambat table is shown as written rather than failing.
    expect(text).toContain('Apply by');
    expect(text).toContain('Hospitality and cooking · Openings: 2');
    expect(text).toContain('chopping, hygiene');
    expect(text).toContain('Training, Transport');
    expect(card.querySelector('.warning')).not.toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('writes Nepali with Nepali digits, and labels itself when given a heading id', () => {
    const card = show(offer, 'ne', { part: 'detail', headingId: 'detail-title' });
    expect(card.getAttribute('part')).toBe('detail');
    expect(card.getAttribute('aria-labelledby')).toBe('detail-title');
    expect(card.querySelector('h3')?.getAttribute('tabindex')).toBe('-1');
    expect(card.textContent).toContain('कास्की');
    expect(card.textContent).toMatch(/[२१]/);
  });

  it('draws a half-written offer without failing', () => {
    const card = show({ title: 'Cook', wage: { minMonthlyNpr: 21000 } }, 'en');
    expect(card.textContent!.replace(/\s+/g, ' ')).toContain('NPR 21,000 a month');
    expect(card.textContent).toContain('Open until filled');
  });
});
