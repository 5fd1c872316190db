import type { Locale } from '@nayabato/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { baseMessages } from './messages.js';

/**
 * What a component that loads data shows: still loading, the data (`ready`), nothing to show, the browser
 * offline, not allowed, failed (with the registry's request id when it sent one), or no registry client
 * at all.
 *
 * @example
 * ```ts
 * const state: ViewState = { kind: 'error', requestId: 'req_123' };
 * ```
 */
export type ViewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'error'; readonly requestId?: string | undefined }
  | { readonly kind: 'unconnected' };

/** Options of {@link renderState}. */
export interface RenderStateOptions {
  /** Called by the retry button (error and offline states). */
  readonly onRetry?: () => void;
  /**
   * Lines of the loading skeleton.
   * @default 3
   */
  readonly skeletonLines?: number;
}

/**
 * The state a failed load should show: `offline` when the browser is offline, `forbidden` for a 401/403
 * (the client's `authentication` and `permission` errors), `error` for anything else. Reads the error's
 * `kind` and `requestId` rather than its class, so the base does not load the client's error classes.
 *
 * @param error - what the load threw
 * @param online - whether the browser is online (`navigator.onLine` by default)
 * @example
 * ```ts
 * stateOfError(new PermissionError('permission')); // { kind: 'forbidden' }
 * ```
 */
export function stateOfError(
  error: unknown,
  online: boolean = globalThis.navigator?.onLine ?? true,
): ViewState {
  if (!online) return { kind: 'offline' };
  const { kind, requestId } = (error ?? {}) as { kind?: unknown; requestId?: unknown };
  if (kind === 'permission' || kind === 'authentication') return { kind: 'forbidden' };
  return { kind: 'error', requestId: typeof requestId === 'string' ? requestId : undefined };
}

/**
 * The one way every component shows a state other than its data: a skeleton while loading (announced
 * to screen readers as loading, without motion under `prefers-reduced-motion`), a sentence for empty,
 * offline, forbidden and unconnected, and for an error a sentence, the request id to quote and a retry
 * button. Returns `nothing` for `ready`. Style with {@link stateStyles}; parts: `state`, `state-<kind>`,
 * `skeleton`, `retry`.
 *
 * @param state - the state to show
 * @param locale - the language
 * @param options - the retry callback and skeleton size
 * @example
 * ```ts
 * render() { return this.data.state.kind === 'ready' ? this.renderItems() : renderState(this.data.state, this.locale, { onRetry: () => this.data.run() }); }
 * ```
 */
export function renderState(
  state: ViewState,
  locale: Locale,
  options: RenderStateOptions = {},
): TemplateResult | typeof nothing {
  const t = (key: Parameters<typeof baseMessages.format>[0], params?: Record<string, string>) =>
    baseMessages.format(key, locale, params);
  const retry = options.onRetry
    ? html`<button part="retry" type="button" @click=${options.onRetry}>${t('retry')}</button>`
    : nothing;
  switch (state.kind) {
    case 'ready':
      return nothing;
    case 'loading': {
      const lines = Array.from({ length: options.skeletonLines ?? 3 }, (_, i) => i);
      return html`<div part="state state-loading" class="state" role="status" aria-busy="true">
        <span class="visually-hidden">${t('loading')}</span>
        <div part="skeleton" class="skeleton" aria-hidden="true">
          ${lines.map(() => html`<span class="skeleton-line"></span>`)}
        </div>
      </div>`;
    }
    case 'error':
      return html`<div part="state state-error" class="state" role="alert">
        <p>${t('error')}</p>
        ${state.requestId ? html`<p class="reference">${t('reference', { requestId: state.requestId })}</p>` : nothing}
        ${retry}
      </div>`;
    case 'offline':
      return html`<div part="state state-offline" class="state" role="status">
        <p>${t('offline')}</p>
        ${retry}
      </div>`;
    default:
      return html`<div part="state state-${state.kind}" class="state" role="status">
        <p>${t(state.kind)}</p>
      </div>`;
  }
}

/**
 * The styles of {@link renderState}; add them after `tokens` in a component's `styles`.
 *
 * @example
 * ```ts
 * static override styles = [tokens, stateStyles, css`...`];
 * ```
 */
export const stateStyles = css`
  .state {
    padding: var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
    color: var(--_nb-text);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state p:last-child {
    margin-bottom: 0;
  }
  .reference {
    color: var(--_nb-muted);
    font-size: 0.875em;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton-line {
    display: block;
    height: 1em;
    border-radius: calc(var(--_nb-radius) / 2);
    background: var(--_nb-subtle);
    animation: nb-pulse calc(var(--_nb-duration) * 10) ease-in-out infinite alternate;
  }
  .skeleton-line:last-child {
    width: 60%;
  }
  @keyframes nb-pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .state {
      border-color: CanvasText;
    }
    .skeleton-line {
      background: GrayText;
    }
  }
`;
