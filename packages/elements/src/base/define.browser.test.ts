import { describe, expect, it, vi } from 'vitest';
import type { NbQuickExit } from '../quick-exit/quick-exit.component.js';
import { guardPage } from './browser.fixture.js';
import { define } from './define.js';
import { VERSION } from './version.js';

type Copy = { NbQuickExit: typeof NbQuickExit };

/**
 * A second copy of the component module, as a page gets when it loads the package twice (an npm import
 * and a script tag): the query makes Vite serve it as another module, so its class is another class.
 */
async function secondCopy(n: number): Promise<Copy> {
  const url = `../quick-exit/quick-exit.component.ts?copy=${n}`;
  return (await import(/* @vite-ignore */ url)) as Copy;
}

describe('define, with two copies of a component class on one page', () => {
  guardPage();

  it('registers the first copy and ignores a second copy of the same version silently', async () => {
    const warn = vi.spyOn(console, 'warn');
    const first = await secondCopy(1);
    const second = await secondCopy(2);
    expect(first.NbQuickExit).not.toBe(second.NbQuickExit);
    expect(define('nb-copy-same', first.NbQuickExit)).toBe('defined');
    expect(define('nb-copy-same', second.NbQuickExit)).toBe('same-version');
    expect(define('nb-copy-same', first.NbQuickExit)).toBe('same-version');
    expect(customElements.get('nb-copy-same')).toBe(first.NbQuickExit);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps the first registration and warns, naming both versions, when another version comes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { NbQuickExit: Other } = await secondCopy(3);
    Object.defineProperty(Other, 'nbVersion', { value: '9.9.9' });
    const { NbQuickExit: Ours } = await secondCopy(4);
    expect(define('nb-copy-other', Ours)).toBe('defined');
    expect(define('nb-copy-other', Other)).toBe('other-version');
    expect(customElements.get('nb-copy-other')).toBe(Ours);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('<nb-copy-other>');
    expect(message).toContain(VERSION);
    expect(message).toContain('9.9.9');
    warn.mockRestore();
  });

  it('warns about a tag taken by a class that is not ours', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    customElements.define('nb-copy-foreign', class extends HTMLElement {});
    expect(define('nb-copy-foreign', class extends HTMLElement {})).toBe('other-version');
    expect(String(warn.mock.calls[0]?.[0])).toContain('an unknown version');
    warn.mockRestore();
  });
});
