import { createClient, type NayaBatoClient } from '@nayabato/client';
import { ServiceType, validationMessages } from '@nayabato/core';
import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations, guardPage, until } from '../base/browser.fixture.js';
import { bsDateFieldMessages } from '../base/bs-date-field.messages.js';
import { formatDate } from '../base/format.js';
import { NbNeedsAssessment } from './needs-assessment.js';

// Against the real registry of the chromium project (demo programme), as a demo NGO's staff user.

let client: NayaBatoClient;

beforeAll(async () => {
  const { token, registryUrl } = await commands.staffToken('ngo');
  client = createClient({ baseUrl: registryUrl, apiKey: token });
});

/** A fresh participant of the NGO, so each test starts without an assessment. */
const newParticipant = async () => (await client.participants.create(SYNTHETIC_PARTICIPANT_INPUT)).id;

async function mounted(participant: string, lang = 'en') {
  document.documentElement.lang = lang;
  const holder = document.createElement('main');
  holder.innerHTML = `<h1>Intake</h1><nb-needs-assessment participant="${participant}"></nb-needs-assessment>`;
  const element = holder.querySelector('nb-needs-assessment')!;
  element.client = client;
  document.body.append(holder);
  await until(() => element.shadowRoot!.querySelector('form') !== null, 15_000);
  return element;
}

const $ = <E extends Element>(element: NbNeedsAssessment, selector: string) =>
  element.shadowRoot!.querySelector<E & HTMLElement>(selector)!;

async function choose(element: NbNeedsAssessment, selector: string, value: string) {
  const select = $<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function type(element: NbNeedsAssessment, selector: string, value: string) {
  const field = $<HTMLInputElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

const next = <K extends keyof HTMLElementEventMap>(element: HTMLElement, type: K) =>
  new Promise<HTMLElementEventMap[K]>((resolve) => element.addEventListener(type, resolve, { once: true }));

describe('<nb-needs-assessment>', () => {
  guardPage();

  it('renders the guideline’s eight domains, each with level, strengths and goals', async () => {
    expect(customElements.get('nb-needs-assessment')).toBe(NbNeedsAssessment);
    const element = await mounted(await newParticipant());
    const legends = [...element.shadowRoot!.querySelectorAll('fieldset legend')].map((l) => l.textContent);
    expect(legends).toEqual([
      'Safety',
      'Physical health',
      'Psychosocial wellbeing',
      'Family and social relations',
      'Legal and documentation',
      'Education and skills',
      'Livelihood and income',
      'Housing',
    ]);
    expect($<HTMLSelectElement>(element, '#housing-needLevel').value).toBe('');
    expect($(element, 'label[for="housing-strengths"]').textContent).toBe('Strengths');
    expect(element.shadowRoot!.querySelector('[part="suggestions"]')).toBeNull();
  });

  it('shows core’s field messages, focuses the first, and says them in Nepali after a switch', async () => {
    const element = await mounted(await newParticipant());
    await type(element, '#assessedOn', '');
    $<HTMLButtonElement>(element, '[part="save"]').click();
    await until(() => element.shadowRoot!.querySelector('[aria-invalid="true"]') !== null);
    const date = $(element, '#assessedOn');
    expect(date.getAttribute('aria-describedby')).toBe('assessedOn-hint assessedOn-error');
    expect($(element, '#assessedOn-error').textContent).toBe(validationMessages.format('required', 'en'));
    expect($(element, '#domains-error').textContent).toBe(
      validationMessages.format('too_few_items', 'en', { minimum: '1' }),
    );
    expect(element.shadowRoot!.activeElement).toBe(date);
    expect($(element, '[part="status"]').textContent).toBe('Please correct the fields marked below.');

    document.documentElement.lang = 'ne';
    await until(
      () => $(element, '#assessedOn-error').textContent !== validationMessages.format('required', 'en'),
    );
    expect($(element, '#assessedOn-error').textContent).toBe(validationMessages.format('required', 'ne'));
    expect($(element, '#domains-error').textContent).toBe(
      validationMessages.format('too_few_items', 'ne', { minimum: '1' }),
    );
    expect($(element, 'fieldset legend').textContent).toBe('सुरक्षा');
  });

  it('takes the date in Bikram Sambat by keyboard, with AD beside, and says when it is not a BS date', async () => {
    const participant = await newParticipant();
    const element = await mounted(participant);
    const date = $<HTMLInputElement>(element, '#assessedOn');
    expect(date.type).toBe('text');
    const today = new Date().toISOString().slice(0, 10);
    expect($(element, '#assessedOn-hint').textContent).toContain(`In AD: ${formatDate(today, 'en', 'ad')}`);
    await choose(element, '#housing-needLevel', 'high');
    date.focus();
    await userEvent.keyboard('{Control>}a{/Control}2082-13-01');
    $(element, '[part="save"]').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => element.shadowRoot!.querySelector('#assessedOn-error') !== null);
    expect($(element, '#assessedOn-error').textContent).toBe(
      bsDateFieldMessages.format('bsDateInvalid', 'en'),
    );
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(element.shadowRoot!.activeElement).toBe(date);
    document.documentElement.lang = 'ne';
    await until(
      () => $(element, '#assessedOn-error').textContent === bsDateFieldMessages.format('bsDateInvalid', 'ne'),
    );
    // Devanagari digits are a BS date too: saved as its AD date, shown again in BS.
    await userEvent.keyboard('{Control>}a{/Control}२०८२-०१-०१');
    await until(() =>
      $(element, '#assessedOn-hint').textContent!.includes(formatDate('2025-04-14', 'ne', 'ad')),
    );
    const saved = next(element, 'nb-assessment-saved');
    $(element, '[part="save"]').focus();
    await userEvent.keyboard('{Enter}');
    const { detail } = await saved;
    expect((await client.needsAssessments.get(detail.id)).assessedOn).toBe('2025-04-14');
    document.body.replaceChildren();
    const reloaded = await mounted(participant);
    expect($<HTMLInputElement>(reloaded, '#assessedOn').value).toBe('2082-01-01');
  });

  it('refuses text core refuses (a NUL) with a message under that very field', async () => {
    const element = await mounted(await newParticipant());
    await choose(element, '#housing-needLevel', 'high');
    await type(element, '#housing-goals', 'A room of my own\u0000');
    $<HTMLButtonElement>(element, '[part="save"]').click();
    await until(() => element.shadowRoot!.querySelector('#housing-goals-error') !== null);
    expect($(element, '#housing-goals').getAttribute('aria-invalid')).toBe('true');
    expect(element.shadowRoot!.activeElement).toBe($(element, '#housing-goals'));
  });

  it('saves by keyboard to the registry, fires the id only, and loads it back', async () => {
    const participant = await newParticipant();
    const element = await mounted(participant);
    await choose(element, '#housing-needLevel', 'urgent');
    await choose(element, '#livelihood_and_income-needLevel', 'moderate');
    $(element, '#housing-strengths').focus();
    await userEvent.keyboard('Supportive aunt in Pokhara');
    $(element, '[part="save"]').focus();
    const saved = next(element, 'nb-assessment-saved');
    await userEvent.keyboard('{Enter}');
    const { detail } = await saved;
    expect(Object.keys(detail)).toEqual(['id']);
    expect($(element, '[part="status"]').textContent).toBe('Assessment saved.');

    const stored = await client.needsAssessments.get(detail.id);
    expect(stored.participantId).toBe(participant);
    expect(stored.domains).toEqual([
      { domain: 'livelihood_and_income', needLevel: 'moderate' },
      { domain: 'housing', needLevel: 'urgent', strengths: 'Supportive aunt in Pokhara' },
    ]);

    // A second save replaces the same assessment.
    await choose(element, '#safety-needLevel', 'low');
    const again = next(element, 'nb-assessment-saved');
    $<HTMLButtonElement>(element, '[part="save"]').click();
    expect((await again).detail.id).toBe(detail.id);
    expect((await client.needsAssessments.get(detail.id)).domains).toHaveLength(3);

    document.body.replaceChildren();
    const reloaded = await mounted(participant);
    expect($<HTMLSelectElement>(reloaded, '#housing-needLevel').value).toBe('urgent');
    expect($<HTMLTextAreaElement>(reloaded, '#housing-strengths').value).toBe('Supportive aunt in Pokhara');
    expect($<HTMLSelectElement>(reloaded, '#safety-needLevel').value).toBe('low');
  });

  it('turns a suggestion into a draft referral in the registry, to an organisation that offers it', async () => {
    const participant = await newParticipant();
    const element = await mounted(participant);
    await choose(element, '#education_and_skills-needLevel', 'high');
    await choose(element, '#housing-needLevel', 'urgent');
    const services = [...element.shadowRoot!.querySelectorAll('[part="suggestions"] li')].map((li) =>
      li.getAttribute('data-service'),
    );
    expect(services).toEqual(['shelter', 'vocational_training', 'education']);
    expect($(element, 'li[data-service="shelter"] h4').textContent).toBe(ServiceType.label('shelter', 'en'));
    expect($(element, 'li[data-service="shelter"] .reason').textContent).toBe('Urgent need in Housing');

    // The directory beyond the participant's district, if nothing offers training there.
    if (!element.shadowRoot!.querySelector('#org-vocational_training')) {
      $<HTMLInputElement>(element, '.check input').click();
      await element.updateComplete;
    }
    const select = $<HTMLSelectElement>(element, '#org-vocational_training');
    const offered = [...select.options].slice(1).map((o) => o.value);
    expect(offered.length).toBeGreaterThan(0);
    const directory = await client.organizations.list().toArray({ limit: 500 });
    for (const id of offered) {
      const org = directory.find((o) => o.id === id)!;
      expect(['ngo', 'training_institution']).toContain(org.role);
      expect(org.servicesOffered).toContain('vocational_training');
    }

    // Without a choice: a message tied to the select, no referral.
    $<HTMLButtonElement>(element, 'li[data-service="vocational_training"] [part="draft"]').click();
    await until(() => element.shadowRoot!.querySelector('#org-vocational_training-error') !== null);
    expect(select.getAttribute('aria-describedby')).toBe('org-vocational_training-error');

    await choose(element, '#org-vocational_training', offered[0]!);
    const drafted = next(element, 'nb-referral-drafted');
    $<HTMLButtonElement>(element, 'li[data-service="vocational_training"] [part="draft"]').click();
    const { detail } = await drafted;
    expect(Object.keys(detail)).toEqual(['id']);
    const referral = await client.referrals.get(detail.id);
    expect(referral).toMatchObject({
      participantId: participant,
      toOrganizationId: offered[0],
      serviceType: 'vocational_training',
      status: 'draft',
      reason: 'High need in Education and skills',
    });
    await element.updateComplete;
    expect($(element, 'li[data-service="vocational_training"] .status').textContent).toContain(
      'Draft referral created',
    );
  });

  it.each(['en', 'ne'])('is axe-clean in %s, errors shown', async (lang) => {
    const element = await mounted(await newParticipant(), lang);
    await choose(element, '#housing-needLevel', 'high');
    await type(element, '#assessedOn', '');
    $<HTMLButtonElement>(element, '[part="save"]').click();
    await until(() => element.shadowRoot!.querySelector('[aria-invalid="true"]') !== null);
    expect(await axeViolations()).toEqual([]);
  });
});
