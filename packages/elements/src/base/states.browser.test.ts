import type { NayaBatoClient } from '@nayabato/client';
import { NetworkError, PermissionError, ServerError } from '@nayabato/client';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../provider/provider.js';
import { NbProvider } from '../provider/provider.component.js';
import { axeViolations, guardPage, mount, until } from './browser.fixture.js';
import type { Loader, TestListElement } from './data-element.fixture.js';
import './data-element.fixture.js';

// The loads here never reach a registry: the tests give each element a stand-in client and control what
// its load answers, with the client's own error classes.
const clientA = { name: 'a' } as unknown as NayaBatoClient;
const clientB = { name: 'b' } as unknown as NayaBatoClient;

/** Adds a list element (into the page's `<main>` when there is one); `null` for no client. */
async function list(loader: Loader, client: NayaBatoClient | null = clientA): Promise<TestListElement> {
  const element = document.createElement('nb-test-list');
  element.loader = loader;
  element.client = client ?? undefined;
  (document.querySelector('main') ?? document.body).append(element);
  await element.updateComplete;
  return element;
}

const part = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('the shared states', () => {
  guardPage();

  it('shows a skeleton while loading, announced as loading, then the data', async () => {
    let resolve!: (items: number[]) => void;
    const element = await list(() => new Promise((r) => (resolve = r)));
    const loading = part(element, 'state-loading')!;
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(part(element, 'skeleton')!.querySelectorAll('.skeleton-line')).toHaveLength(3);
    expect(text(element)).toBe('Loading…');
    resolve([1, 2]);
    await until(() => part(element, 'list') !== null);
    expect(text(element)).toContain('2,000 items since 1 Baisakh 2082');
  });

  it('shows empty as a sentence', async () => {
    const element = await list(async () => []);
    await until(() => part(element, 'state-empty') !== null);
    expect(text(element)).toBe('Nothing to show yet.');
  });

  it('shows forbidden as a plain sentence, never the error', async () => {
    const element = await list(async () => {
      throw new PermissionError('Forbidden: stack and secrets here', { status: 403, requestId: 'req_1' });
    });
    await until(() => part(element, 'state-forbidden') !== null);
    expect(text(element)).toBe('You do not have permission to see this information.');
  });

  it('shows an error with the request id and retries', async () => {
    let calls = 0;
    const element = await list(async () => {
      calls += 1;
      if (calls === 1) throw new ServerError('boom', { status: 503, requestId: 'req_42' });
      return [7];
    });
    await until(() => part(element, 'state-error') !== null);
    expect(part(element, 'state-error')!.getAttribute('role')).toBe('alert');
    expect(text(element)).toContain('This could not be loaded. Please try again.');
    expect(text(element)).toContain('Reference: req_42');
    await userEvent.click(part(element, 'retry') as HTMLElement);
    await until(() => part(element, 'list') !== null);
    expect(calls).toBe(2);
  });

  it('goes offline with the browser and loads again when it is back', async () => {
    let calls = 0;
    const element = await list(async () => {
      calls += 1;
      return [1];
    });
    await until(() => part(element, 'list') !== null);
    window.dispatchEvent(new Event('offline'));
    await element.updateComplete;
    expect(part(element, 'state-offline')).not.toBeNull();
    expect(text(element)).toContain('You are offline.');
    window.dispatchEvent(new Event('online'));
    await until(() => part(element, 'list') !== null);
    expect(calls).toBe(2);
  });

  it('maps a network error while offline to the offline state', async () => {
    const { stateOfError } = await import('./states.js');
    expect(stateOfError(new NetworkError('down'), false)).toEqual({ kind: 'offline' });
    expect(stateOfError(new NetworkError('down'), true)).toEqual({ kind: 'error', requestId: undefined });
  });

  it('loads again when moved in the page in the middle of a load', async () => {
    const signals: AbortSignal[] = [];
    const element = await list((_client, signal) => {
      signals.push(signal);
      return signals.length === 1 ? new Promise(() => undefined) : Promise.resolve([1]);
    });
    await until(() => signals.length === 1);
    element.remove();
    expect(signals[0]?.aborted).toBe(true);
    document.body.append(element);
    await until(() => part(element, 'list') !== null);
    expect(signals).toHaveLength(2);
  });

  it('says so when no registry is connected', async () => {
    const element = await list(async () => [1], null);
    await until(() => part(element, 'state-unconnected') !== null);
    expect(text(element)).toBe('This component is not connected to a registry.');
  });

  it('writes the states, numbers and dates in Nepali, switched at run time', async () => {
    const element = await list(async () => Array.from({ length: 125 }, (_, i) => i));
    await until(() => part(element, 'list') !== null);
    expect(text(element)).toContain('125,000 items since 1 Baisakh 2082');
    document.documentElement.lang = 'ne';
    await until(() => text(element).includes('सामग्री'));
    expect(text(element)).toContain('१ बैशाख २०८२ देखि १,२५,००० वटा');
    element.calendar = 'both';
    await element.updateComplete;
    expect(text(element)).toContain('१ बैशाख २०८२ (');
    element.lang = 'en';
    element.calendar = 'ad';
    await element.updateComplete;
    expect(text(element)).toContain('125,000 items since 14 April 2025');
  });

  it.each(['en', 'ne'])('every state is axe-clean in %s', async (lang) => {
    document.documentElement.lang = lang;
    document.body.innerHTML = '<main><h1>States</h1></main>';
    const forbidden = new PermissionError('no', { status: 403 });
    const error = new ServerError('no', { status: 500, requestId: 'req_9' });
    await list(() => new Promise(() => undefined));
    await list(async () => []);
    await list(async () => Promise.reject(forbidden));
    await list(async () => Promise.reject(error));
    await list(async () => [1]);
    await list(async () => [1], null);
    await until(() => document.querySelectorAll('nb-test-list').length === 6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('<nb-provider>', () => {
  guardPage();

  it('shares its client with every element inside, and a new client reloads them', async () => {
    const provider = await mount<NbProvider>(
      '<nb-provider><nb-test-list></nb-test-list><div><nb-test-list></nb-test-list></div></nb-provider>',
    );
    provider.client = clientA;
    const lists = [...provider.querySelectorAll('nb-test-list')];
    for (const element of lists) element.loader = async () => [1];
    await until(() => lists.every((element) => part(element, 'list') !== null));
    for (const element of lists) expect(element.registryClient).toBe(clientA);
    provider.client = clientB;
    await until(() => lists.every((element) => element.clientsUsed.at(-1) === clientB));
  });

  it('reaches elements that asked before the provider’s tag was defined (registration order does not matter)', async () => {
    const element = (
      await mount<HTMLElement>('<nb-late-provider><nb-test-list></nb-test-list></nb-late-provider>')
    ).querySelector('nb-test-list')!;
    element.loader = async () => [1];
    expect(element.registryClient).toBeUndefined();
    customElements.define('nb-late-provider', class extends NbProvider {});
    const provider = element.parentElement as NbProvider;
    provider.client = clientA;
    await until(() => element.registryClient === clientA && part(element, 'list') !== null);
  });

  it('lets an element’s own client win over the provider’s', async () => {
    const provider = await mount<NbProvider>('<nb-provider><nb-test-list></nb-test-list></nb-provider>');
    provider.client = clientA;
    const element = provider.querySelector('nb-test-list')!;
    element.client = clientB;
    await element.updateComplete;
    expect(element.registryClient).toBe(clientB);
  });

  it('makes a client from registry and publishable-key, and refuses a secret key', async () => {
    const provider = await mount<NbProvider>(
      '<nb-provider registry="http://127.0.0.1:9" publishable-key="pk_test_0123456789"></nb-provider>',
    );
    expect(typeof provider.client?.organizations).toBe('object');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    provider.setAttribute('publishable-key', 'sk_test_0123456789');
    await provider.updateComplete;
    expect(provider.client).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('0123456789');
    warn.mockRestore();
  });
});
