import { createClient, type NayaBatoClient } from '@nayabato/client';
import { livelihoodPlanRuleMessages, validationMessages } from '@nayabato/core';
import { SYNTHETIC_PARTICIPANT_INPUT } from '@nayabato/core/synthetic';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations, guardPage, until } from '../base/browser.fixture.js';
import { bsDateFieldMessages } from '../base/bs-date-field.messages.js';
import { formatDate } from '../base/format.js';
import { NbLivelihoodPlan } from './livelihood-plan.js';

// Against the real registry of the chromium project (demo programme), as a demo NGO's staff user.

let client: NayaBatoClient;
let ownOrganization: string;

beforeAll(async () => {
  const { token, registryUrl, organizationId } = await commands.staffToken('ngo');
  client = createClient({ baseUrl: registryUrl, apiKey: token });
  ownOrganization = organizationId;
});

afterEach(() => commands.emulateMedia(null));

const newParticipant = async () => (await client.participants.create(SYNTHETIC_PARTICIPANT_INPUT)).id;

async function mounted(participant: string, attributes = '', lang = 'en') {
  document.documentElement.lang = lang;
  const holder = document.createElement('main');
  holder.innerHTML = `<h1>Plan</h1><nb-livelihood-plan participant="${participant}" ${attributes}></nb-livelihood-plan>`;
  const element = holder.querySelector('nb-livelihood-plan')!;
  element.client = client;
  document.body.append(holder);
  await until(() => element.shadowRoot!.querySelector('form') !== null, 15_000);
  return element;
}

const $ = <E extends Element>(element: NbLivelihoodPlan, selector: string) =>
  element.shadowRoot!.querySelector<E & HTMLElement>(selector)!;

async function set(element: NbLivelihoodPlan, selector: string, value: string) {
  const field = $<HTMLInputElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input'));
  await element.updateComplete;
}

async function click(element: NbLivelihoodPlan, selector: string) {
  $<HTMLButtonElement>(element, selector).click();
  await element.updateComplete;
}

/** A plan with one goal and one action, filled in the form. */
async function fillPlan(element: NbLivelihoodPlan) {
  await set(element, '#goals-0-area', 'livelihood');
  await set(element, '#goals-0-description', 'Work as a tailor');
  await set(element, '#goals-0-targetDate', '2083-08-30'); // 2026-12-15
  await click(element, '[data-add="actions"]');
  await set(element, '#actions-0-description', 'Six-month tailoring course');
  await set(element, '#actions-0-serviceType', 'vocational_training');
  await set(element, '#actions-0-responsibleOrganizationId', ownOrganization);
  await set(element, '#actions-0-startDate', '2082-12-18'); // 2026-04-01
  await set(element, '#actions-0-dueDate', '२०८३-०६-१४'); // 2026-09-30, in Devanagari digits
}

const next = (element: HTMLElement) =>
  new Promise<HTMLElementEventMap['nb-plan-saved']>((resolve) =>
    element.addEventListener('nb-plan-saved', resolve, { once: true }),
  );

describe('<nb-livelihood-plan>', () => {
  guardPage();

  it('starts a new plan with one goal; dates are typed in Bikram Sambat, with AD beside', async () => {
    expect(customElements.get('nb-livelihood-plan')).toBe(NbLivelihoodPlan);
    const element = await mounted(await newParticipant());
    expect(element.shadowRoot!.querySelectorAll('fieldset[data-goal]')).toHaveLength(1);
    const target = $<HTMLInputElement>(element, '#goals-0-targetDate');
    expect(target.type).toBe('text');
    expect(target.getAttribute('aria-describedby')).toBe('goals-0-targetDate-hint');
    await set(element, '#goals-0-targetDate', '2083-01-01');
    expect($(element, '#goals-0-targetDate-hint').textContent).toContain(
      `In AD: ${formatDate('2026-04-14', 'en', 'ad')}`,
    );
    // A new review is dated today, in BS.
    await click(element, '[data-add="reviews"]');
    const today = new Date().toISOString().slice(0, 10);
    expect($(element, '#reviews-0-reviewedOn-hint').textContent).toContain(formatDate(today, 'en', 'ad'));
  });

  it('takes a date by keyboard, and says in both languages when it is not a BS date', async () => {
    const element = await mounted(await newParticipant());
    await fillPlan(element);
    const due = $<HTMLInputElement>(element, '#actions-0-dueDate');
    due.focus();
    await userEvent.keyboard('{Control>}a{/Control}2083-13-01');
    expect(due.value).toBe('2083-13-01');
    expect($(element, '#actions-0-dueDate-hint').textContent).not.toContain('In AD');
    $(element, '[part="save"]').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => element.shadowRoot!.querySelector('#actions-0-dueDate-error') !== null);
    expect($(element, '#actions-0-dueDate-error').textContent).toBe(
      bsDateFieldMessages.format('bsDateInvalid', 'en'),
    );
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(due.getAttribute('aria-describedby')).toBe('actions-0-dueDate-hint actions-0-dueDate-error');
    expect(element.shadowRoot!.activeElement).toBe(due);
    document.documentElement.lang = 'ne';
    await until(
      () =>
        $(element, '#actions-0-dueDate-error').textContent ===
        bsDateFieldMessages.format('bsDateInvalid', 'ne'),
    );
    // Corrected, the plan saves with the AD date.
    const saved = next(element);
    await userEvent.keyboard('{Control>}a{/Control}2083-06-14');
    $(element, '[part="save"]').focus();
    await userEvent.keyboard('{Enter}');
    const { detail } = await saved;
    expect((await client.livelihoodPlans.get(detail.id)).actions[0]!.dueDate).toBe('2026-09-30');
  });

  it('saves the plan to the registry by keyboard, fires the id only, and loads it back for editing', async () => {
    const participant = await newParticipant();
    const element = await mounted(participant);
    await fillPlan(element);
    await set(element, '#agreement', 'thumbprint');
    $(element, '[part="save"]').focus();
    const saved = next(element);
    await userEvent.keyboard('{Enter}');
    const { detail } = await saved;
    expect(Object.keys(detail)).toEqual(['id']);
    const stored = await client.livelihoodPlans.get(detail.id);
    expect(stored).toMatchObject({
      participantId: participant,
      goals: [
        {
          key: 'g1',
          area: 'livelihood',
          description: 'Work as a tailor',
          targetDate: '2026-12-15',
          status: 'open',
        },
      ],
      actions: [
        {
          goalKey: 'g1',
          description: 'Six-month tailoring course',
          serviceType: 'vocational_training',
          responsibleOrganizationId: ownOrganization,
          startDate: '2026-04-01',
          dueDate: '2026-09-30',
          status: 'planned',
        },
      ],
      reviews: [],
      participantAgreement: { method: 'thumbprint' },
    });

    document.body.replaceChildren();
    const again = await mounted(participant);
    expect($<HTMLTextAreaElement>(again, '#goals-0-description').value).toBe('Work as a tailor');
    // The stored AD dates come back in Bikram Sambat.
    expect($<HTMLInputElement>(again, '#goals-0-targetDate').value).toBe('2083-08-30');
    expect($<HTMLInputElement>(again, '#actions-0-dueDate').value).toBe('2083-06-14');
    await click(again, '[data-add="reviews"]');
    await set(again, '#reviews-0-progress', 'some_progress');
    await set(again, '#actions-0-status', 'in_progress');
    const resaved = next(again);
    $<HTMLButtonElement>(again, '[part="save"]').click();
    expect((await resaved).detail.id).toBe(detail.id);
    const updated = await client.livelihoodPlans.get(detail.id);
    expect(updated.reviews).toMatchObject([{ progress: 'some_progress' }]);
    expect(updated.actions[0]!.status).toBe('in_progress');
  });

  it('shows core’s field messages under the fields, focuses the first, in English then Nepali', async () => {
    const element = await mounted(await newParticipant());
    await fillPlan(element);
    await set(element, '#goals-0-description', '');
    await set(element, '#actions-0-dueDate', '2082-11-17'); // 2026-03-01, before the start
    $<HTMLButtonElement>(element, '[part="save"]').click();
    await until(() => element.shadowRoot!.querySelector('[aria-invalid="true"]') !== null);
    const description = $(element, '#goals-0-description');
    expect(description.getAttribute('aria-describedby')).toBe('goals-0-description-error');
    expect(element.shadowRoot!.activeElement).toBe(description);
    const tooShort = validationMessages.format('too_short', 'en', { minimum: '1' });
    expect($(element, '#goals-0-description-error').textContent).toBe(tooShort);
    const dueError = $(element, '#actions-0-dueDate-error').textContent!;
    expect(dueError.length).toBeGreaterThan(0);

    document.documentElement.lang = 'ne';
    await until(() => $(element, '#goals-0-description-error').textContent !== tooShort);
    expect($(element, '#goals-0-description-error').textContent).toBe(
      validationMessages.format('too_short', 'ne', { minimum: '1' }),
    );
    expect($(element, '#actions-0-dueDate-error').textContent).not.toBe(dueError);
    expect($(element, '#actions-0-dueDate-error').textContent).toMatch(/[\u0900-\u097F]/);
    expect($(element, 'h2').textContent).toBe('जीविकोपार्जन योजना');
  });

  it('reports an action for a goal that no longer exists at that action', async () => {
    const element = await mounted(await newParticipant());
    await fillPlan(element);
    await click(element, '[data-add="goals"]');
    await set(element, '#goals-1-description', 'Open a shop');
    await set(element, '#actions-0-goalKey', 'g2');
    await click(element, '[data-remove="goals-1"]');
    $<HTMLButtonElement>(element, '[part="save"]').click();
    await until(() => element.shadowRoot!.querySelector('#actions-0-goalKey-error') !== null);
    expect($(element, '#actions-0-goalKey-error').textContent).toBe(
      livelihoodPlanRuleMessages.format('unknown_goal', 'en'),
    );
  });

  it('prints the whole plan in plain text with BS and AD dates, and no controls', async () => {
    const participant = await newParticipant();
    const element = await mounted(participant, 'calendar="both"', 'ne');
    await fillPlan(element);
    await click(element, '[data-add="reviews"]');
    await set(element, '#reviews-0-reviewedOn', '2083-02-22');
    await set(element, '#reviews-0-notes', 'Attending every class');
    const form = $(element, '[part="form"]');
    const printed = $(element, '[part="print"]');
    expect(getComputedStyle(form).display).not.toBe('none');
    expect(getComputedStyle(printed).display).toBe('none');

    await commands.emulateMedia('print');
    await until(() => matchMedia('print').matches);
    expect(getComputedStyle(form).display).toBe('none');
    expect(getComputedStyle(printed).display).toBe('block');
    for (const button of element.shadowRoot!.querySelectorAll('button'))
      expect(getComputedStyle(button).display).toBe('none');
    const text = printed.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Work as a tailor');
    expect(text).toContain('Six-month tailoring course');
    expect(text).toContain('Attending every class');
    expect(text).toContain(formatDate('2026-12-15', 'ne', 'both'));
    expect(text).toContain(formatDate('2026-09-30', 'ne', 'both'));
    expect(text).toContain('लक्ष्यहरू');
    expect(text.replace(participant, '')).not.toMatch(/[0-9]/);
  });

  it.each(['en', 'ne'])('is axe-clean in %s, errors shown', async (lang) => {
    const element = await mounted(await newParticipant(), '', lang);
    await fillPlan(element);
    await set(element, '#goals-0-description', '');
    $<HTMLButtonElement>(element, '[part="save"]').click();
    await until(() => element.shadowRoot!.querySelector('[aria-invalid="true"]') !== null);
    expect(await axeViolations()).toEqual([]);
  });
});
