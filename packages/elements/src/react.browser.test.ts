import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { guardPage, until } from './base/browser.fixture.js';
import { NbQuickExit, type QuickExitDetail } from './quick-exit/quick-exit.js';

// React 19 sets properties on custom elements and listens to their events (`on` + the event's name):
// the elements work in React without wrappers. Leaving the page is recorded instead of done.
class ReactQuickExit extends NbQuickExit {
  left: string[] = [];
  protected override leave(href: string): void {
    this.left.push(href);
  }
}
customElements.define('nb-quick-exit-react', ReactQuickExit);

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const received: QuickExitDetail[] = [];
let setHref!: (href: string) => void;

/** A React app that renders the tag with properties from its state and a listener of its event. */
function App() {
  const [href, set] = useState('https://www.example.com/a');
  setHref = set;
  return createElement('nb-quick-exit-react', {
    href,
    lang: 'ne',
    calendar: 'ad',
    'onnb-exit': (event: CustomEvent<QuickExitDetail>) => received.push(event.detail),
  });
}

describe('in React 19, without wrappers', () => {
  guardPage();

  it('sets properties, follows re-renders and receives events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(App)));
    const element = host.querySelector('nb-quick-exit-react') as ReactQuickExit;
    await element.updateComplete;
    expect(element.href).toBe('https://www.example.com/a');
    expect(element.calendar).toBe('ad');
    const link = () => element.shadowRoot!.querySelector('a')!;
    expect(link().textContent).toBe('तुरुन्तै बाहिर जानुहोस्');
    await act(async () => setHref('https://www.example.com/b'));
    await until(() => link().getAttribute('href') === 'https://www.example.com/b');
    link().click();
    expect(received).toEqual([{ href: 'https://www.example.com/b', trigger: 'click' }]);
    expect(element.left).toEqual(['https://www.example.com/b']);
    await act(async () => root.unmount());
  });
});
