/**
 * A page script using the packed `@nayabato/elements`, copied into the install check's fresh npm project:
 * type-checked with `tsc --strict` (nodenext and bundler, no `skipLibCheck`, React 19's types for the tags
 * through `@nayabato/elements/react`) and bundled for browsers with esbuild, which must keep the element
 * registrations (the package's `sideEffects`) and warn about nothing.
 */
import { DataController, define, NbElement, renderState, tokens } from '@nayabato/elements/base';
import { NbQuickExit, type QuickExitDetail } from '@nayabato/elements/quick-exit';
import '@nayabato/elements/provider';
import type {} from '@nayabato/elements/react';
import { NbJobBoard } from '@nayabato/job-widget/board';
import type { JSX } from 'react';

/** A component of the integrator's own, on the same base. */
class OwnElement extends NbElement {
  static override styles = [tokens];
  readonly data = new DataController(this, {
    load: async (client) => client.organizations.list().toArray({ limit: 1 }),
    isEmpty: (items) => items.length === 0,
  });
  override render() {
    return renderState(this.data.state, this.locale);
  }
}

/** Puts the elements on the page, typed through `HTMLElementTagNameMap` and `HTMLElementEventMap`. */
export function mount(page: Document): string[] {
  define('own-element', OwnElement);
  const provider = page.createElement('nb-provider');
  provider.registry = 'http://127.0.0.1:8787';
  const exit = page.createElement('nb-quick-exit');
  exit.href = 'https://www.example.com/';
  exit.addEventListener('nb-exit', (event) => {
    const detail: QuickExitDetail = event.detail;
    console.log(detail.trigger);
  });
  provider.append(exit, page.createElement('own-element'));
  page.body.append(provider);
  return [String(exit instanceof NbQuickExit)];
}

/** The tags in React 19's JSX types. */
export const props: JSX.IntrinsicElements['nb-quick-exit'] = {
  href: 'https://www.example.com/',
  lang: 'ne',
  'onnb-exit': (event) => console.log(event.detail.href),
};

/** The job widget's board on the same page, typed through `HTMLElementTagNameMap` as well. */
export function mountJobBoard(page: Document): boolean {
  const board = page.createElement('nb-job-board');
  board.organization = 'org_0123456789';
  board.pageSize = 20;
  page.body.append(board);
  return board instanceof NbJobBoard;
}
