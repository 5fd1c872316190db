import type { NayaBatoClient } from '@nayabato/client';
import { defineMessages } from '@nayabato/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from './data-controller.js';
import { define } from './define.js';
import { formatDate } from './format.js';
import { NbElement } from './nayabato-element.js';
import { renderState, stateStyles } from './states.js';
import { tokens } from './theme.js';

const testMessages = defineMessages('test.elements.list', {
  title: { en: 'Items', ne: 'सामग्री' },
  count: { en: '{count} items since {date}', ne: '{date} देखि {count} वटा' },
});

/** What the test element loads: the test sets it to resolve, reject or hang. */
export type Loader = (client: NayaBatoClient, signal: AbortSignal) => Promise<number[]>;

/**
 * A component as the data components will be written: it loads through {@link DataController} with the
 * registry client it is given or provided, and shows the shared states until it has data.
 */
export class TestListElement extends NbElement {
  static override styles = [tokens, stateStyles, css`h2 { font-size: 1.25rem; }`];

  /** The load the test controls. */
  @property({ attribute: false }) loader: Loader = async () => [];

  /** Every client a load was made with. */
  readonly clientsUsed: NayaBatoClient[] = [];

  readonly data = new DataController(this, {
    load: (client, signal) => {
      this.clientsUsed.push(client);
      return this.loader(client, signal);
    },
    isEmpty: (items) => items.length === 0,
  });

  override render() {
    if (this.data.state.kind !== 'ready') {
      return renderState(this.data.state, this.locale, { onRetry: () => void this.data.run() });
    }
    const items = this.data.value ?? [];
    return html`<section part="list">
      <h2>${this.t(testMessages, 'title')}</h2>
      <p>${this.t(testMessages, 'count', { count: this.formatNumber(items.length * 1000), date: formatDate('2025-04-14', this.locale, this.calendar) })}</p>
    </section>`;
  }
}

define('nb-test-list', TestListElement);

declare global {
  interface HTMLElementTagNameMap {
    'nb-test-list': TestListElement;
  }
}
