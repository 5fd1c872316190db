import { createClient, type NayaBatoClient } from '@nayabato/client';
import { consentScopeDescriptions, INFORMED_CONSENT_CHECKS } from '@nayabato/core';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations, guardPage, until } from '../base/browser.fixture.js';
import { type ConsentEvent, NbConsentManager } from './consent-manager.js';

// Against the real registry of the chromium project: an NGO user's staff token (issued from Node with the
// NGO's secret key), a second NGO as the receiver of a referral.

const PARTICIPANT = {
  category: 'at_risk',
  gender: 'feminine',
  ageBand: '18-20',
  originDistrict: 'Dolakha',
  currentDistrict: 'Kathmandu',
  citizenshipCertificate: { status: 'no' },
  educationLevel: 'primary',
  languages: ['ne'],
} as const;

async function staffClient(index = 0) {
  const { token, registryUrl, organizationId } = await commands.staffToken('ngo', { index });
  return { client: createClient({ baseUrl: registryUrl, apiKey: token }), organizationId };
}

/** A new participant of the first NGO with a needs assessment, unseen by anyone else so far. */
async function participantWithAssessment(client: NayaBatoClient) {
  const participant = await client.participants.create(PARTICIPANT);
  const assessment = await client.needsAssessments.create({
    participantId: participant.id,
    assessedOn: '2026-11-01',
    domains: [{ domain: 'housing', needLevel: 'high' }],
  });
  return { participantId: participant.id, assessmentId: assessment.id };
}

async function manager(client: NayaBatoClient, participant: string) {
  // Inside a page's landmarks, as an intranet hosts it (axe checks the page, not the element alone).
  const main = document.createElement('main');
  main.innerHTML = '<h1>Case desk</h1>';
  const element = document.createElement('nb-consent-manager');
  element.client = client;
  element.participant = participant;
  main.append(element);
  document.body.append(main);
  await settled(element);
  return element;
}

async function settled(element: NbConsentManager) {
  const root = element.shadowRoot!;
  await until(
    () => !!root.querySelector('section, [part~="state"]') && !root.querySelector('[part~="state-loading"]'),
    15_000,
  );
  await element.updateComplete;
}

const $ = <E extends Element = HTMLElement>(element: NbConsentManager, selector: string) =>
  element.shadowRoot!.querySelector<E & Element>(selector)!;

async function choose(element: NbConsentManager, id: string, value: string) {
  const select = $<HTMLSelectElement>(element, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

function tick(element: NbConsentManager, ids: readonly string[]) {
  for (const id of ids) $<HTMLInputElement>(element, `#${id}`).click();
}

const allChecks = INFORMED_CONSENT_CHECKS.map((k) => `checks-${k}`);

function nextEvent(element: NbConsentManager, type: 'nb-consent-given' | 'nb-consent-withdrawn') {
  return new Promise<ConsentEvent>((resolve) =>
    element.addEventListener(type, (e) => resolve(e), { once: true }),
  );
}

/** Submits the form and waits for its answer: the element shows something new and is no longer busy. */
async function submit(element: NbConsentManager) {
  const before = element.shadowRoot!.innerHTML;
  const button = () => $<HTMLButtonElement>(element, 'button[type="submit"]');
  button().click();
  await until(() => element.shadowRoot!.innerHTML !== before && button()?.disabled === false, 15_000);
  await element.updateComplete;
}

const records = (element: NbConsentManager, purpose: string) =>
  [...element.shadowRoot!.querySelectorAll(`[data-purpose="${purpose}"] [part="record"]`)].map((li) => ({
    id: li.getAttribute('data-id'),
    status: li.getAttribute('data-status'),
  }));

describe('<nb-consent-manager>', () => {
  guardPage();

  it('gives a sharing consent through the form, then its withdrawal refuses the receiver’s read at once', async () => {
    expect(customElements.get('nb-consent-manager')).toBe(NbConsentManager);
    const { client } = await staffClient(0);
    const receiver = await staffClient(1);
    const { participantId, assessmentId } = await participantWithAssessment(client);
    const element = await manager(client, participantId);
    expect(records(element, 'sharing')).toEqual([]);
    expect($(element, '[data-purpose="sharing"] .summary').textContent!.trim()).toBe('Not given');

    // Give: sharing with the second NGO, the needs assessment only, every check explained.
    await choose(element, 'purpose', 'sharing');
    await choose(element, 'recipient', receiver.organizationId);
    // What each scope reveals is there in plain words, tied to its checkbox.
    const hint = $(element, '#scope-notes-hint');
    expect(hint.textContent).toBe(consentScopeDescriptions.format('notes', 'en'));
    expect($(element, '#scope-notes').getAttribute('aria-describedby')).toBe('scope-notes-hint');
    tick(element, ['scope-needs_assessment', ...allChecks]);
    const given = nextEvent(element, 'nb-consent-given');
    await submit(element);
    const { detail } = await given;
    expect(detail).toEqual({ consentId: expect.stringMatching(/^cns_/), participantId });
    expect(Object.keys(detail).sort()).toEqual(['consentId', 'participantId']);
    const stored = await client.consents.get(detail.consentId);
    expect(stored).toMatchObject({
      purpose: 'sharing',
      recipientOrganizationId: receiver.organizationId,
      scope: ['needs_assessment'],
      method: 'written',
    });
    expect(stored.withdrawnAt).toBeUndefined();
    expect(records(element, 'sharing')).toEqual([{ id: detail.consentId, status: 'active' }]);
    expect($(element, '[part~="status"]').textContent!.trim()).toBe('Consent recorded.');

    // The consent lets a referral naming the assessment be sent; the receiver reads the assessment.
    const draft = await client.referrals.create({
      participantId,
      toOrganizationId: receiver.organizationId,
      serviceType: 'counselling',
      reason: 'Counselling after intake',
      needsAssessmentId: assessmentId,
    });
    await client.referrals.send(draft.id);
    expect((await receiver.client.needsAssessments.get(assessmentId)).id).toBe(assessmentId);

    // Withdraw: a confirmation step first; cancelling changes nothing.
    $<HTMLButtonElement>(element, `[data-id="${detail.consentId}"] [part~="withdraw"]`).click();
    await element.updateComplete;
    expect($(element, '[part="confirm"]').textContent).toContain('takes effect at once');
    expect(element.shadowRoot!.activeElement?.id).toBe('confirm-withdraw');
    [...$(element, '[part="confirm"]').querySelectorAll('button')][1]!.click();
    await element.updateComplete;
    expect($(element, '[part="confirm"]')).toBeNull();
    expect((await client.consents.get(detail.consentId)).withdrawnAt).toBeUndefined();

    $<HTMLButtonElement>(element, `[data-id="${detail.consentId}"] [part~="withdraw"]`).click();
    await element.updateComplete;
    const withdrawn = nextEvent(element, 'nb-consent-withdrawn');
    $<HTMLButtonElement>(element, '#confirm-withdraw').click();
    expect((await withdrawn).detail).toEqual({ consentId: detail.consentId, participantId });
    await element.updateComplete;
    expect(records(element, 'sharing')).toEqual([{ id: detail.consentId, status: 'withdrawn' }]);
    expect($(element, '[part~="status"]').textContent!.trim()).toBe('Consent withdrawn.');
    expect((await client.consents.get(detail.consentId)).withdrawnAt).toBeDefined();
    // In the registry at once: the receiver's next read of the assessment is refused.
    await expect(receiver.client.needsAssessments.get(assessmentId)).rejects.toMatchObject({
      status: 404,
    });
    // Kept in the history, never deleted; a new consent for the purpose stands beside it.
    tick(element, ['scope-profile', ...allChecks]);
    await choose(element, 'recipient', receiver.organizationId);
    await submit(element);
    const sharing = records(element, 'sharing');
    expect(sharing).toHaveLength(2);
    expect(sharing.map((r) => r.status)).toEqual(['active', 'withdrawn']);
  }, 60_000);

  it('refuses a consent without every informed-consent check, and core’s field messages, in both languages', async () => {
    const { client } = await staffClient(0);
    const { participantId } = await participantWithAssessment(client);
    const element = await manager(client, participantId);
    await choose(element, 'purpose', 'sharing');
    tick(element, allChecks.slice(0, 5));
    await submit(element);
    expect($(element, '#checks-error').textContent).toBe(
      'Explain every point and tick it before recording the consent.',
    );
    expect($(element, '#checks').getAttribute('aria-describedby')).toBe('checks-error');
    expect(element.shadowRoot!.activeElement?.id).toBe(`checks-${INFORMED_CONSENT_CHECKS[0]}`);
    expect(await client.consents.list({ participantId }).toArray({ limit: 10 })).toEqual([]);

    // Every check ticked but no organisation named: core's rule, in the page's language.
    document.documentElement.lang = 'ne';
    await until(() => $(element, 'section')?.getAttribute('lang') === 'ne');
    tick(element, [allChecks[5]!]);
    await submit(element);
    expect($(element, '#recipient-error').textContent).toBe('साझा गर्ने सहमतिमा जानकारी पाउने संस्था तोक्नुपर्छ');
    expect($(element, '#recipient').getAttribute('aria-describedby')).toBe('recipient-error');
    expect(element.shadowRoot!.activeElement?.id).toBe('recipient');
    expect($(element, '#scope-error').textContent).toBe('साझा गर्ने सहमतिमा के-के साझा गरिन्छ (दायरा) खुलाउनुपर्छ');
    expect(await client.consents.list({ participantId }).toArray({ limit: 10 })).toEqual([]);
  }, 60_000);

  it('shows a participant’s history in Nepali, and is clean under axe-core in both languages', async () => {
    const { client } = await staffClient(0);
    const { participantId } = await participantWithAssessment(client);
    await client.consents.create({
      participantId,
      purpose: 'services',
      method: 'verbal',
      givenAt: '2026-04-14T08:00:00Z',
      checks: Object.fromEntries(INFORMED_CONSENT_CHECKS.map((k) => [k, true])) as never,
    });
    const element = await manager(client, participantId);
    expect(records(element, 'services')).toHaveLength(1);
    expect($(element, '[data-purpose="services"] [part="record"]').textContent).toContain('Given on');
    // A confirmation open on the page counts for axe too.
    $<HTMLButtonElement>(element, '[data-purpose="services"] [part~="withdraw"]').click();
    await element.updateComplete;
    expect(await axeViolations()).toEqual([]);
    document.documentElement.lang = 'ne';
    await until(() => $(element, 'section')?.getAttribute('lang') === 'ne');
    const record = $(element, '[data-purpose="services"] [part="record"]').textContent!;
    expect(record).toContain('दिइएको');
    expect(record).toContain('मौखिक, साक्षीसहित');
    expect(record).not.toMatch(/[0-9]/);
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  it('asks for a participant when none is set, and loads the one set later (a picker chose it)', async () => {
    const { client } = await staffClient(0);
    const element = document.createElement('nb-consent-manager');
    element.client = client;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).toContain('Choose a participant');
    const { participantId } = await participantWithAssessment(client);
    element.participant = participantId;
    await settled(element);
    await until(() => !!element.shadowRoot!.querySelector('section'), 15_000);
    expect($(element, '.participant').textContent).toBe(`Participant ${participantId}`);
    // The directory came with it: the sharing form names the organisations a referral can go to.
    await until(() => element.shadowRoot!.querySelectorAll('#recipient option').length > 1, 15_000);
  }, 60_000);
});
