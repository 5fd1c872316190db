import { type JobPostingJsonLd, jobPostingScriptText } from '@nayabato/core';

/** The name of the Trusted Types policy the board writes its JSON-LD through (name it in your CSP). */
export const TRUSTED_TYPES_POLICY = 'nayabato-job-widget';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
}

// One policy per page even when the script is loaded twice: a second `createPolicy` with the same name
// throws under a CSP `trusted-types` directive without 'allow-duplicates'.
const POLICY_KEY = Symbol.for('nayabato.job-widget.trusted-types-policy');
type PolicyHolder = { [POLICY_KEY]?: ScriptPolicy | null };

/**
 * The policy, created on first use when the browser has Trusted Types. Its only input is core's
 * `jobPostingScriptText`, JSON with `<`, `>` and `&` escaped, which cannot close the script element.
 */
function policy(): ScriptPolicy | null {
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] !== undefined) return holder[POLICY_KEY];
  const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  holder[POLICY_KEY] = tt ? tt.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (s) => s }) : null;
  return holder[POLICY_KEY];
}

/** The attribute that marks the board's own JSON-LD elements (its value is the offer's id). */
export const JSON_LD_ATTRIBUTE = 'data-nb-job-posting';

/**
 * Keeps one `<script type="application/ld+json">` per offer shown in `owner`'s light DOM, so that a
 * search engine reading the host page finds every offer's `JobPosting`: added for new offers, rewritten
 * when an offer changes, removed when it is no longer shown or the board leaves the page.
 *
 * @example
 * ```ts
 * const scripts = new JobPostingScripts(board);
 * scripts.sync(new Map([[offer.id, toJobPostingJsonLd(offer, { organization })]]));
 * ```
 */
export class JobPostingScripts {
  constructor(private readonly owner: HTMLElement) {}

  /** Makes the owner's JSON-LD elements exactly those of `postings` (by offer id). */
  sync(postings: ReadonlyMap<string, JobPostingJsonLd>): void {
    const existing = new Map<string, HTMLScriptElement>();
    for (const el of this.elements()) {
      const id = el.getAttribute(JSON_LD_ATTRIBUTE) ?? '';
      if (postings.has(id) && !existing.has(id)) existing.set(id, el);
      else el.remove();
    }
    for (const [id, jsonLd] of postings) {
      const text = jobPostingScriptText(jsonLd);
      let el = existing.get(id);
      if (el && el.textContent === text) continue;
      if (!el) {
        el = this.owner.ownerDocument.createElement('script');
        el.type = 'application/ld+json';
        el.setAttribute(JSON_LD_ATTRIBUTE, id);
        this.owner.append(el);
      }
      const trusted = policy()?.createScript(text);
      // A TrustedScript where the page enforces Trusted Types; plain text elsewhere.
      (el as { text: unknown }).text = trusted ?? text;
    }
  }

  /** Removes every JSON-LD element of the board. */
  clear(): void {
    for (const el of this.elements()) el.remove();
  }

  private elements(): HTMLScriptElement[] {
    return [...this.owner.querySelectorAll<HTMLScriptElement>(`:scope > script[${JSON_LD_ATTRIBUTE}]`)];
  }
}
