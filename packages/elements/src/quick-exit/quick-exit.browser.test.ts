import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, guardPage, mount } from '../base/browser.fixture.js';
import type { QuickExitDetail } from './quick-exit.js';
import { NbQuickExit } from './quick-exit.js';

// Leaving the page would end the test run: this subclass records where it would have gone instead.
class RecordingQuickExit extends NbQuickExit {
  left: string[] = [];
  protected override leave(href: string): void {
    this.left.push(href);
  }
}
customElements.define('nb-quick-exit-recording', RecordingQuickExit);

const NEUTRAL = 'https://www.example.com/weather';

describe('<nb-quick-exit>', () => {
  guardPage();

  it('is registered by its module and renders a link labelled in the page language', async () => {
    expect(customElements.get('nb-quick-exit')).toBe(NbQuickExit);
    const element = await mount<NbQuickExit>(`<nb-quick-exit href="${NEUTRAL}"></nb-quick-exit>`);
    const link = element.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(NEUTRAL);
    expect(link.textContent).toBe('Quick exit');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  it('leaves for href on click, replacing the page, after firing nb-exit', async () => {
    const element = await mount<RecordingQuickExit>(
      `<nb-quick-exit-recording href="${NEUTRAL}"></nb-quick-exit-recording>`,
    );
    const details: QuickExitDetail[] = [];
    document.body.addEventListener('nb-exit', (event) => details.push(event.detail));
    await userEvent.click(element.shadowRoot!.querySelector('a')!);
    expect(element.left).toEqual([NEUTRAL]);
    expect(details).toEqual([{ href: NEUTRAL, trigger: 'click' }]);
    expect(location.href).not.toBe(NEUTRAL);
  });

  it('leaves on Escape pressed three times, wherever focus is, and not on two', async () => {
    const element = await mount<RecordingQuickExit>(
      `<nb-quick-exit-recording href="${NEUTRAL}"></nb-quick-exit-recording><input aria-label="name">`,
    );
    const input = document.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('{Escape}{Escape}');
    expect(element.left).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(element.left).toEqual([NEUTRAL]);
  });

  it('does not count presses spread over more than the window', async () => {
    const element = await mount<RecordingQuickExit>(
      `<nb-quick-exit-recording href="${NEUTRAL}"></nb-quick-exit-recording>`,
    );
    const press = (timeStamp: number) => {
      const event = new KeyboardEvent('keydown', { key: 'Escape' });
      Object.defineProperty(event, 'timeStamp', { value: timeStamp });
      window.dispatchEvent(event);
    };
    press(1000);
    press(2500);
    press(3100); // 2100 ms after the first
    expect(element.left).toEqual([]);
    press(3200); // three within 2000 ms: 2500, 3100, 3200
    expect(element.left).toEqual([NEUTRAL]);
  });

  it('stops listening once removed', async () => {
    const element = await mount<RecordingQuickExit>(
      `<nb-quick-exit-recording href="${NEUTRAL}"></nb-quick-exit-recording>`,
    );
    element.remove();
    await userEvent.keyboard('{Escape}{Escape}{Escape}');
    expect(element.left).toEqual([]);
  });

  it('refuses a javascript: href (renders nothing, warns, never leaves)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const element = await mount<RecordingQuickExit>(
      `<nb-quick-exit-recording href="javascript:alert(1)"></nb-quick-exit-recording>`,
    );
    expect(element.shadowRoot!.querySelector('a')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('needs an http or https href'));
    element.exit();
    expect(element.left).toEqual([]);
    warn.mockRestore();
  });

  it('switches language at run time with <html lang> and with its own lang', async () => {
    const element = await mount<NbQuickExit>(`<nb-quick-exit href="${NEUTRAL}"></nb-quick-exit>`);
    const text = () => element.shadowRoot!.querySelector('a')!.textContent;
    expect(text()).toBe('Quick exit');
    document.documentElement.lang = 'ne-NP';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text()).toBe('तुरुन्तै बाहिर जानुहोस्');
    element.lang = 'en';
    await element.updateComplete;
    expect(text()).toBe('Quick exit');
    element.setAttribute('lang', 'ne');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text()).toBe('तुरुन्तै बाहिर जानुहोस्');
  });

  it.each(['en', 'ne'])('is axe-clean in %s', async (lang) => {
    document.documentElement.lang = lang;
    await mount(`<main><h1>Page</h1><nb-quick-exit href="${NEUTRAL}"></nb-quick-exit></main>`);
    expect(await axeViolations()).toEqual([]);
  });

  it('applies the theming tokens and exposes its parts', async () => {
    const element = await mount<NbQuickExit>(
      `<nb-quick-exit href="${NEUTRAL}" style="--nb-color-danger: rgb(1, 2, 3); --nb-radius: 7px"></nb-quick-exit>`,
    );
    const link = element.shadowRoot!.querySelector('a')!;
    expect(getComputedStyle(link).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(link).borderTopLeftRadius).toBe('7px');
    element.style.setProperty('--nb-quick-exit-background', 'rgb(4, 5, 6)');
    expect(getComputedStyle(link).backgroundColor).toBe('rgb(4, 5, 6)');
    expect(link.getAttribute('part')).toBe('button');
  });
});
