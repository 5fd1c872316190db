import { MINIMUM_WAGE } from '@nayabato/core';
import { describe, expect, it } from 'vitest';
import {
  byField,
  checkOfferForm,
  emptyOfferForm,
  firstInvalidField,
  fromOffer,
  type OfferForm,
  patchOf,
  toDraftInput,
} from './offer-form.js';

const filled: OfferForm = {
  ...emptyOfferForm(),
  title: 'Kitchen assistant',
  description: 'Prepare vegetables and keep the kitchen clean.',
  trade: 'hospitality_cooking',
  skills: 'chopping\n hygiene, \n',
  district: 'Kaski',
  locality: 'Pokhara',
  wageMin: String(MINIMUM_WAGE.monthly + 1000),
  wageMax: String(MINIMUM_WAGE.monthly + 4000),
  openings: '2',
  trainingProvided: true,
};

describe('the offer form', () => {
  it('turns into core’s draft input that core accepts, and back', () => {
    const check = checkOfferForm(filled);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.skills).toEqual(['chopping', 'hygiene']);
    expect(check.value.wage).toEqual({
      minMonthlyNpr: MINIMUM_WAGE.monthly + 1000,
      maxMonthlyNpr: MINIMUM_WAGE.monthly + 4000,
    });
    expect(check.value).not.toHaveProperty('validThrough');
    expect(check.warnings).toEqual([]);
    expect(fromOffer(check.value)).toEqual({ ...filled, skills: 'chopping\nhygiene' });
  });

  it('reports empty required fields as required, in English and Nepali, first one first', () => {
    const check = checkOfferForm({ ...emptyOfferForm(), openings: '' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.issues).sort()).toEqual(
      ['description', 'district', 'openings', 'title', 'trade', 'wageMax', 'wageMin'].sort(),
    );
    expect(check.issues.trade?.[0]?.code).toBe('required');
    expect(check.issues.title?.[0]?.code).toBe('required');
    expect(checkOfferForm({ ...filled, description: '  ' }).ok).toBe(false);
    expect(check.issues.trade?.[0]?.message.ne).toMatch(/[\u0900-\u097F]/);
    expect(firstInvalidField(check.issues)).toBe('title');
  });

  it('maps an inverted wage range to the highest wage and non-numbers to their field', () => {
    const check = checkOfferForm({ ...filled, wageMax: '1000', openings: '2.5' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.wageMax?.[0]?.code).toBe('wage_range_inverted');
    expect(check.issues.openings).toHaveLength(1);
    expect(firstInvalidField(check.issues)).toBe('wageMax');
  });

  it('warns about a wage below the minimum wage even while other fields are wrong', () => {
    const check = checkOfferForm({ ...emptyOfferForm(), wageMin: String(MINIMUM_WAGE.monthly - 1) });
    expect(check.warnings.map((w) => w.code)).toEqual(['below_minimum_wage']);
    expect(check.warnings[0]?.minimumMonthlyNpr).toBe(MINIMUM_WAGE.monthly);
    expect(checkOfferForm({ ...emptyOfferForm(), wageMin: '' }).warnings).toEqual([]);
  });

  it('groups registry issues by field; an issue of no field goes to the form', () => {
    const message = { en: 'x', ne: 'क' };
    const grouped = byField([
      { path: ['skills', 3], pointer: '/skills/3', code: 'too_long', message },
      { path: ['status'], pointer: '/status', code: 'invalid_job_offer_transition', message },
    ]);
    expect(Object.keys(grouped).sort()).toEqual(['form', 'skills']);
  });

  it('patches only what changed', () => {
    const check = checkOfferForm(filled);
    if (!check.ok) throw new Error('the filled form must pass');
    const changed = checkOfferForm({ ...filled, openings: '3', skills: 'hygiene' });
    if (!changed.ok) throw new Error('the changed form must pass');
    expect(patchOf(check.value, changed.value)).toEqual({ openings: 3, skills: ['hygiene'] });
    expect(patchOf(check.value, check.value)).toEqual({});
    // Stored with its keys in another order (PostgreSQL's jsonb sorts them): still no change.
    const { minMonthlyNpr, maxMonthlyNpr } = check.value.wage;
    expect(patchOf({ ...check.value, wage: { maxMonthlyNpr, minMonthlyNpr } }, check.value)).toEqual({});
    expect(toDraftInput({ ...filled, trade: '' })).not.toHaveProperty('trade');
  });
});
