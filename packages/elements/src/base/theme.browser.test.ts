/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../quick-exit/quick-exit.js';
import type { NbQuickExit } from '../quick-exit/quick-exit.component.js';
import { guardPage, mount } from './browser.fixture.js';
import type { TestListElement } from './data-element.fixture.js';
import './data-element.fixture.js';

/** Emulates the user's media preferences through the DevTools protocol of the real Chromium. */
async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

const link = (element: NbQuickExit) => element.shadowRoot!.querySelector('a')!;

describe('theming follows the user’s preferences', () => {
  guardPage();
  afterEach(() => emulate([]));

  it('uses the dark defaults under prefers-color-scheme: dark, unless the page pins light', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const element = await mount<NbQuickExit>(
      '<nb-quick-exit href="https://www.example.com/"></nb-quick-exit>',
    );
    expect(getComputedStyle(link(element)).backgroundColor).toBe('rgb(255, 148, 146)');
    element.style.setProperty('--nb-color-scheme', 'light');
    expect(getComputedStyle(link(element)).backgroundColor).toBe('rgb(180, 35, 24)');
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    element.style.removeProperty('--nb-color-scheme');
    expect(getComputedStyle(link(element)).backgroundColor).toBe('rgb(180, 35, 24)');
  });

  it('stops the skeleton’s pulse and transitions under prefers-reduced-motion', async () => {
    const element = document.createElement('nb-test-list') as TestListElement;
    element.loader = () => new Promise(() => undefined);
    element.client = {} as never;
    document.body.append(element);
    await element.updateComplete;
    await element.updateComplete;
    const line = () => element.shadowRoot!.querySelector('.skeleton-line')!;
    expect(getComputedStyle(line()).animationName).toBe('nb-pulse');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(line()).animationName).toBe('none');
  });

  it('uses system colours under forced colours', async () => {
    const element = await mount<NbQuickExit>(
      '<nb-quick-exit href="https://www.example.com/" style="--nb-color-danger: rgb(1, 2, 3)"></nb-quick-exit>',
    );
    expect(getComputedStyle(link(element)).backgroundColor).toBe('rgb(1, 2, 3)');
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(getComputedStyle(link(element)).backgroundColor).not.toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(link(element)).borderTopStyle).toBe('solid');
  });
});
