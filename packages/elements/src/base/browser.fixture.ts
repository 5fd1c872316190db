import axe from 'axe-core';
import { afterEach, beforeEach, expect, vi } from 'vitest';

/**
 * What every browser test of the elements checks after each test: no console error, and no request left
 * the machine (every resource the page loaded is on loopback).
 */
export function guardPage(): void {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    const hosts = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).hostname)
      .filter((host) => !['127.0.0.1', 'localhost', '[::1]'].includes(host));
    expect(hosts).toEqual([]);
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
  });
}

/** Appends `markup` to the body and waits for the first element's first render. */
export async function mount<E extends HTMLElement>(markup: string): Promise<E> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  const element = holder.firstElementChild as E & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** axe-core's violations on the page (WCAG 2.x A and AA, and best practices), as `id: targets` lines. */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until `check` holds (polled each animation frame), or fails after `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
