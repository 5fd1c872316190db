/**
 * The NGO intranet example as a staff member walks it: the registry with the demo programme and the
 * examples served as `pnpm start` serves them (on port 0, with the intranet's session route), the page
 * opened in real Chromium through Playwright. It must sign in through the route with no secret key in the
 * page or any of its requests, list the NGO's participants by pseudonymous code, record and withdraw a
 * consent in `<nb-consent-manager>` with the registry following at once, refer a participant (refused
 * without a consent, sent with one, refused again after the withdrawal), register a new participant through
 * `<nb-intake-form>` with a sharing consent and refer them at once, ask nothing of any host but the
 * registry, and be clean under axe-core in English and Nepali.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@nayabato/client';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NGO_INTRANET_SESSION_PATH, ngoIntranetSessionRoute } from './example-ngo-intranet-session.ts';
import {
  axeViolations,
  type ExampleWalk,
  examplesDir,
  expectListedExample,
  expectRegistryOnly,
  pageLog,
  startExampleWalk,
} from './example-page.fixture.ts';

let walk: ExampleWalk;
let page: Page;
/** Every request of the page (its URL, headers and body, for the secret-key check) and every answer's body. */
const log = pageLog();

const ngo = () => walk.registry.demo!.organizations.find((o) => o.role === 'ngo')!;

/** The registry as the NGO's own server calls it, with its secret key (never from the page). */
async function asNgo<T>(path: string): Promise<T> {
  const res = await fetch(`${walk.registry.url}${path}`, {
    headers: { authorization: `Bearer ${ngo().secretKey}` },
  });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  walk = await startExampleWalk({ routes: ngoIntranetSessionRoute });
  page = await walk.newPage(walk.browser, log, {
    failedAnswers: true,
    bodies: (response) => response.request().method() !== 'OPTIONS',
  });
  await page.goto(`${walk.registry.url}/examples/ngo-intranet/`);
  await page.waitForFunction(
    () => (document.getElementById('participant-picker') as HTMLSelectElement | null)?.disabled === false,
    undefined,
    { timeout: 60_000 },
  );
}, 180_000);

afterAll(async () => {
  await walk?.close();
});

const manager = () => page.locator('nb-consent-manager');
const referralStatus = () => page.locator('#referral-status');

/** Refers the selected participant to `organizationId` through the page's form; the message it shows. */
async function refer(organizationId: string): Promise<string> {
  await page.locator('#referral-to').selectOption(organizationId);
  await page.locator('#referral-service').selectOption('vocational_training');
  await page.locator('#referral-reason').fill('Tailoring course');
  const before = await referralStatus().textContent();
  await page.locator('#referral-submit').click();
  await page.waitForFunction((old) => {
    const text = document.getElementById('referral-status')?.textContent ?? '';
    return (
      text !== '' &&
      text !== old &&
      !(document.getElementById('referral-submit') as HTMLButtonElement).disabled
    );
  }, before);
  return (await referralStatus().textContent())!;
}

let participantId: string;
let institution: { id: string; name: string };

describe('examples/ngo-intranet', () => {
  it('is linked from the start output and the landing page', async () => {
    await expectListedExample(walk.registry, 'ngo-intranet');
  });

  it('signs in through the session route, and the route answers same-origin JSON only', async () => {
    expect(await page.locator('#signed-in').textContent()).toBe(
      `Signed in as ${ngo().user.displayName}, ${ngo().name}`,
    );
    const session = log.requests.filter((r) => r.url === `${walk.registry.url}${NGO_INTRANET_SESSION_PATH}`);
    expect(session.length).toBeGreaterThan(0);
    const post = (headers: Record<string, string>) =>
      fetch(`${walk.registry.url}${NGO_INTRANET_SESSION_PATH}`, { method: 'POST', headers, body: '{}' });
    expect((await post({ 'content-type': 'application/json' })).status).toBe(403);
    expect(
      (await post({ 'content-type': 'application/json', origin: 'https://elsewhere.example' })).status,
    ).toBe(403);
    expect((await post({ 'content-type': 'text/plain', origin: walk.registry.url })).status).toBe(403);
    const ok = await post({ 'content-type': 'application/json', origin: walk.registry.url });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { token: string; organization: { id: string } };
    expect(body.token).toMatch(/^st_/);
    expect(body.organization.id).toBe(ngo().id);
    // A token's random part may contain "sk_", so look for a key's start and for every actual secret.
    expect(JSON.stringify(body)).not.toMatch(/(^|[^A-Za-z0-9_-])sk_/);
    for (const org of walk.registry.demo!.organizations)
      expect(JSON.stringify(body)).not.toContain(org.secretKey);
  });

  it('lists the NGO’s participants by pseudonymous code and selects one', async () => {
    const codes = await page
      .locator('#participant-picker option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) expect(code).toMatch(/^pt_[a-z0-9]+$/);
    const own = await asNgo<{ items: { id: string }[] }>('/v1/participants?limit=100');
    expect(codes).toEqual(own.items.map((p) => p.id));
    participantId = codes[0]!;
    // A training institution that no sharing consent of this participant names yet.
    const consents = await asNgo<{ items: { purpose: string; recipientOrganizationId?: string }[] }>(
      `/v1/consents?participantId=${participantId}&limit=100`,
    );
    const named = new Set(consents.items.map((c) => c.recipientOrganizationId));
    const candidate = walk.registry.demo!.organizations.find(
      (o) => o.role === 'training_institution' && !named.has(o.id),
    )!;
    institution = { id: candidate.id, name: candidate.name };
    await page.locator('#participant-picker').selectOption(participantId);
    await page.waitForFunction(
      () => !!document.querySelector('nb-consent-manager')?.shadowRoot?.querySelector('section'),
      undefined,
      { timeout: 30_000 },
    );
    expect(await manager().locator('.participant').textContent()).toBe(`Participant ${participantId}`);
  });

  it('refuses to refer without a sharing consent, records one, refers, withdraws it, and is refused again', async () => {
    expect(await refer(institution.id)).toBe(
      'Not sent: no valid sharing consent names this organisation. Record one under Consents first.',
    );

    // Give the consent in <nb-consent-manager>, by keyboard-reachable controls.
    await manager().locator('#purpose').selectOption('sharing');
    await manager().locator('#recipient').selectOption(institution.id);
    await manager().locator('#scope-profile').check();
    for (const box of await manager().locator('#checks input[type="checkbox"]').all()) await box.check();
    await manager().locator('button[type="submit"]').click();
    await expect
      .poll(() => manager().locator('[part~="status"]').textContent(), { timeout: 20_000 })
      .toContain('Consent recorded.');
    const given = await asNgo<{
      items: { id: string; recipientOrganizationId?: string; withdrawnAt?: string }[];
    }>(`/v1/consents?participantId=${participantId}&limit=100`);
    const consent = given.items.find((c) => c.recipientOrganizationId === institution.id)!;
    expect(consent.withdrawnAt).toBeUndefined();

    const sent = await refer(institution.id);
    expect(sent).toMatch(/^Referral sent \(ref_[a-z0-9]+\)\.$/);
    const referralId = /\((ref_[a-z0-9]+)\)/.exec(sent)![1]!;
    expect((await asNgo<{ status: string }>(`/v1/referrals/${referralId}`)).status).toBe('sent');

    // Withdraw, after the confirmation step.
    const record = manager().locator(`[part="record"][data-id="${consent.id}"]`);
    await record.locator('[part~="withdraw"]').click();
    await expect.poll(() => manager().locator('[part="confirm"]').count()).toBe(1);
    await manager().locator('#confirm-withdraw').click();
    await expect
      .poll(() => manager().locator('[part~="status"]').textContent(), { timeout: 20_000 })
      .toContain('Consent withdrawn.');
    expect(await record.getAttribute('data-status')).toBe('withdrawn');
    expect((await asNgo<{ withdrawnAt?: string }>(`/v1/consents/${consent.id}`)).withdrawnAt).toBeDefined();
    // In the registry at once: the next referral is refused.
    expect(await refer(institution.id)).toBe(
      'Not sent: no valid sharing consent names this organisation. Record one under Consents first.',
    );
  }, 90_000);

  it('is clean under axe-core in English', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to Nepali at run time, the page and the elements together', async () => {
    await page.getByRole('button', { name: 'नेपाली' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ne');
    expect(await page.locator('h1').textContent()).toBe('सहभागीहरू');
    expect(await page.locator('#signed-in').textContent()).toContain(ngo().name);
    await page.waitForFunction(() =>
      document.querySelector('nb-consent-manager')?.shadowRoot?.querySelector('section[lang="ne"]'),
    );
    expect(await manager().locator('h2').first().textContent()).toBe('सहमतिहरू');
    expect(await referralStatus().textContent()).toBe(
      'पठाइएन: यो संस्था तोक्ने मान्य साझा गर्ने सहमति छैन। पहिले सहमतिहरूमा एउटा अभिलेख गर्नुहोस्।',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Participants');
  });

  it('offers the quick exit', async () => {
    expect(await page.locator('nb-quick-exit').getByRole('link').isVisible()).toBe(true);
  });

  it('registers a participant through the intake form, selects them, and refers them under the consent given there', async () => {
    // A synthetic code, unique per run, in the counsellor's notes: how the API finds the record again.
    const code = `SYN-WALK-${Date.now().toString(36)}`;
    const school = walk.registry.demo!.organizations.find((o) => o.role === 'training_institution')!;
    await page.evaluate(() => {
      const w = window as unknown as { intakes: string[] };
      w.intakes = [];
      document.addEventListener('nb-intake-submitted', (event) =>
        w.intakes.push((event as CustomEvent<{ participantId: string }>).detail.participantId),
      );
    });
    const form = page.locator('nb-intake-form');
    const heading = () => form.locator('h2 .title').textContent();
    const next = async (expected: string) => {
      await form.locator('button[type="submit"]').click();
      await expect.poll(heading, { timeout: 20_000 }).toBe(expected);
    };
    await expect.poll(heading, { timeout: 20_000 }).toBe('Profile');
    await form.locator('#f-category').selectOption('survivor');
    await form.locator('#f-traffickingStatus').selectOption('possible_victim');
    await form.locator('#f-gender').selectOption('feminine');
    await form.locator('#f-ageBand').selectOption('18-20');
    await form.locator('#f-originDistrict').selectOption('Sindhupalchok');
    await form.locator('#f-currentDistrict').selectOption('Kathmandu');
    await form.locator('#f-languages-ne').check();
    await form.locator('#f-notes').fill(code);
    await next('Documents');
    await form.locator('#f-citizenshipStatus').selectOption('no');
    await next('Consent');
    for (const box of await form.locator('[data-group="checks"]').all()) await box.check();
    await form.locator('#f-purposes-services').check();
    // Sharing with the training institution, with the profile in scope: what the receiver of a referral reads.
    await form.locator('#f-purposes-sharing').check();
    await expect
      .poll(() => form.locator(`#f-recipient option[value="${school.id}"]`).count(), { timeout: 20_000 })
      .toBe(1);
    await form.locator('#f-recipient').selectOption(school.id);
    await form.locator('#f-scope-profile').check();
    await next('Needs assessment');
    await form.locator('[name="level:livelihood_and_income"]').selectOption('high');
    await form.locator('[name="goal:livelihood_and_income"]').fill('Tailoring course');
    await form.locator('button[type="submit"]').click();
    const status = form.locator('[part~="status"]');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { intakes: string[] }).intakes), {
        timeout: 20_000,
      })
      .toHaveLength(1);
    const [newId] = await page.evaluate(() => (window as unknown as { intakes: string[] }).intakes);
    expect(newId).toMatch(/^pt_[a-z0-9]+$/);

    // The page selected the new participant: the picker and the elements that work on one participant.
    await expect
      .poll(() => page.locator('#participant-picker').inputValue(), { timeout: 20_000 })
      .toBe(newId);
    await expect
      .poll(() => manager().locator('.participant').textContent(), { timeout: 30_000 })
      .toBe(`Participant ${newId}`);

    // Exactly one participant carries the code, and it is the one the form reported.
    const api = createClient({ baseUrl: walk.registry.url, apiKey: ngo().secretKey });
    const withCode = (await api.participants.list().toArray({ limit: 100_000 })).filter(
      (p) => p.notes === code,
    );
    expect(withCode.map((p) => p.id)).toEqual([newId]);
    const consents = await asNgo<{
      items: { purpose: string; recipientOrganizationId?: string; scope?: string[] }[];
    }>(`/v1/consents?participantId=${newId}&limit=100`);
    expect(consents.items.filter((c) => c.purpose === 'sharing')).toMatchObject([
      { recipientOrganizationId: school.id, scope: ['profile'] },
    ]);

    const sent = await refer(school.id);
    expect(sent).toMatch(/^Referral sent \(ref_[a-z0-9]+\)\.$/);
    const referralId = /\((ref_[a-z0-9]+)\)/.exec(sent)![1]!;
    const theirs = (await api.referrals.list().toArray({ limit: 100_000 })).filter(
      (r) => r.participantId === newId,
    );
    expect(theirs).toMatchObject([{ id: referralId, status: 'sent', toOrganizationId: school.id }]);
  }, 120_000);

  it('never had a secret key in its files, its requests or their answers', () => {
    const secrets = walk.registry.demo!.organizations.map((o) => o.secretKey);
    const publicDir = join(examplesDir, 'ngo-intranet', 'public');
    for (const file of readdirSync(publicDir)) {
      const text = readFileSync(join(publicDir, file), 'utf8');
      expect(text, file).not.toMatch(/\b(sk|pk|st)_[A-Za-z0-9_-]{16,}/);
    }
    expect(log.requests.length).toBeGreaterThan(5);
    for (const { text } of log.requests) {
      expect(text).not.toMatch(/\bsk_[A-Za-z0-9_-]{16,}/);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    // Staff calls carried a staff token.
    expect(log.requests.some((r) => /"authorization":"Bearer st_/.test(r.text))).toBe(true);
    for (const body of log.bodies) for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it('asked nothing of any host but the registry, and logged no unexpected error', () => {
    expectRegistryOnly(log);
    // The refused sends (409 consent-required, as the walk meant) are the only failed requests, and
    // Chromium logs each failed load once.
    const refusedSends = log.problems.filter((p) =>
      new RegExp(`^409 ${walk.registry.url}/v1/referrals/ref_[a-z0-9]+/send$`).test(p),
    );
    expect(refusedSends).toHaveLength(2);
    const failedLoads = log.problems.filter((p) =>
      p.startsWith('Failed to load resource: the server responded with a status of 409'),
    );
    expect(failedLoads.length).toBe(refusedSends.length);
    expect(log.problems.filter((p) => !refusedSends.includes(p) && !failedLoads.includes(p))).toEqual([]);
  });
});
