import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../base/events.js';
import { NbElement } from '../base/nayabato-element.js';
import { tokens } from '../base/theme.js';
import { quickExitMessages } from './quick-exit.messages.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** How long three presses of Escape may take to count as a quick exit, in milliseconds. */
export const ESCAPE_WINDOW_MS = 2000;

/**
 * The detail of the `nb-exit` event: where the page goes, and what triggered it.
 *
 * @example
 * ```ts
 * const detail: QuickExitDetail = { href: 'https://www.example.com/', trigger: 'escape' };
 * ```
 */
export interface QuickExitDetail {
  /** The address the page leaves for. */
  readonly href: string;
  /** A click (or Enter) on the control, or Escape pressed three times. */
  readonly trigger: 'click' | 'escape';
}

/**
 * The `nb-exit` event.
 *
 * @example
 * ```ts
 * quickExit.addEventListener('nb-exit', (event: QuickExitEvent) => wipeDrafts());
 * ```
 */
export type QuickExitEvent = CustomEvent<QuickExitDetail>;

/** Whether `href` is an address the control may leave for: http(s) only, never `javascript:` or `data:`. */
function safeHref(href: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, globalThis.location?.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A quick-exit control for pages a person may need to leave in a hurry (someone is looking over their
 * shoulder). It leaves at once for `href`, replacing the current page in the history where the browser
 * allows, so Back does not return to it; pressing Escape three times within two seconds, anywhere on the
 * page, does the same. It is a real link (reached and followed by keyboard, announced by screen readers)
 * with a visually hidden description that tells of the Escape shortcut.
 *
 * Without a valid `href` (http or https) it renders nothing and warns in the console.
 *
 * @customElement nb-quick-exit
 * @attr href - required: the neutral page to leave for, e.g. a news or weather site
 * @attr lang - the language (`en` or `ne`); unset, the page's `<html lang>`
 * @fires {QuickExitEvent} nb-exit - just before the page is left; not cancelable (wipe local state here)
 * @csspart button - the link that reads as a button
 * @csspart hint - the visually hidden hint about the Escape shortcut
 * @cssprop --nb-quick-exit-background - the control's background (default: `--nb-color-danger`)
 * @cssprop --nb-quick-exit-color - the control's text colour (default: `--nb-color-on-danger`)
 * @cssprop --nb-color-danger - the default background, shared by all components
 * @cssprop --nb-radius - the corner radius
 * @cssprop --nb-font-family - the font (default: the page's)
 *
 * @example
 * ```html
 * <nb-quick-exit href="https://www.bbc.com/nepali"></nb-quick-exit>
 * ```
 */
export class NbQuickExit extends NbElement {
  static override styles = [tokens, quickExitStyles];

  /** The neutral page to leave for (required; http or https). */
  @property() href = '';

  private escapes: number[] = [];
  private warnedAbout: string | undefined;

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.repeat) return;
    const now = event.timeStamp || performance.now();
    this.escapes = [...this.escapes.filter((t) => now - t < ESCAPE_WINDOW_MS), now];
    if (this.escapes.length >= 3) {
      this.escapes = [];
      this.exit('escape');
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // On the window, in the capture phase: the shortcut works wherever focus is, even in a dialog that
    // stops the event from bubbling.
    globalThis.addEventListener('keydown', this.onKeydown, { capture: true });
  }

  override disconnectedCallback(): void {
    globalThis.removeEventListener('keydown', this.onKeydown, { capture: true });
    super.disconnectedCallback();
  }

  /**
   * Leaves the page now for `href`, as a click or Escape × 3 does: fires `nb-exit`, then replaces the page.
   * Does nothing without a valid `href`.
   */
  exit(trigger: QuickExitDetail['trigger'] = 'click'): void {
    const href = safeHref(this.href);
    if (!href) return;
    emit(this, 'nb-exit', { href, trigger });
    this.leave(href);
  }

  /**
   * Replaces the current page with `href` (`location.replace`, so the page leaves the history). A
   * subclass may override it, e.g. a test that must stay on the page.
   */
  protected leave(href: string): void {
    globalThis.location.replace(href);
  }

  private readonly onClick = (event: MouseEvent) => {
    // Modified clicks too: a new tab would leave this page open on screen.
    event.preventDefault();
    this.exit('click');
  };

  override render() {
    const href = safeHref(this.href);
    if (!href) {
      if (this.warnedAbout !== this.href) {
        this.warnedAbout = this.href;
        console.warn(
          '<nb-quick-exit> needs an http or https href to leave for; it is hidden until it has one.',
        );
      }
      return nothing;
    }
    return html`<a part="button" href=${href} rel="noreferrer" lang=${this.locale} aria-describedby="hint"
        @click=${this.onClick}>${this.t(quickExitMessages, 'label')}</a
      ><span part="hint" id="hint" class="visually-hidden" lang=${this.locale}
        >${this.t(quickExitMessages, 'hint')}</span
      >`;
  }
}
