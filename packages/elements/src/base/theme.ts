import { css } from 'lit';

/**
 * The theming tokens every component starts its styles with. A host page themes the components by setting
 * the public `--nb-*` custom properties on them or on any ancestor (they inherit into shadow roots); the
 * components read them through private `--_nb-*` copies with defaults, so a page that sets nothing still
 * gets a calm look that takes its font from the page. Colours follow the user's `prefers-color-scheme`
 * through `light-dark()` unless the page pins `--nb-color-scheme: light` (or `dark`). The full list is in
 * the package README and in `custom-elements.json` (`cssProperties`).
 *
 * | token | default (light / dark) |
 * | --- | --- |
 * | `--nb-color-scheme` | `light dark` |
 * | `--nb-font-family` | `inherit` |
 * | `--nb-font-size` | `1rem` |
 * | `--nb-color-text` | `#1f2328` / `#e6edf3` |
 * | `--nb-color-muted` | `#59636e` / `#9198a1` |
 * | `--nb-color-surface` | `#ffffff` / `#151b23` |
 * | `--nb-color-surface-subtle` | `#f3f4f6` / `#212830` |
 * | `--nb-color-border` | `#d1d9e0` / `#3d444d` |
 * | `--nb-color-accent` | `#0a5cad` / `#74b9ff` |
 * | `--nb-color-on-accent` | `#ffffff` / `#0d1117` |
 * | `--nb-color-danger` | `#b42318` / `#ff9492` |
 * | `--nb-color-on-danger` | `#ffffff` / `#0d1117` |
 * | `--nb-radius` | `0.5rem` |
 * | `--nb-space` | `1rem` |
 * | `--nb-focus-color` | the accent |
 * | `--nb-motion-duration` | `150ms` (`0s` under `prefers-reduced-motion: reduce`) |
 *
 * @example
 * ```ts
 * class Demo extends NbElement {
 *   static override styles = [tokens, css`:host { color: var(--_nb-text); }`];
 * }
 * ```
 */
export const tokens = css`
  :host {
    color-scheme: var(--nb-color-scheme, light dark);
    --_nb-font: var(--nb-font-family, inherit);
    --_nb-font-size: var(--nb-font-size, 1rem);
    --_nb-text: var(--nb-color-text, light-dark(#1f2328, #e6edf3));
    --_nb-muted: var(--nb-color-muted, light-dark(#59636e, #9198a1));
    --_nb-surface: var(--nb-color-surface, light-dark(#ffffff, #151b23));
    --_nb-subtle: var(--nb-color-surface-subtle, light-dark(#f3f4f6, #212830));
    --_nb-border: var(--nb-color-border, light-dark(#d1d9e0, #3d444d));
    --_nb-accent: var(--nb-color-accent, light-dark(#0a5cad, #74b9ff));
    --_nb-on-accent: var(--nb-color-on-accent, light-dark(#ffffff, #0d1117));
    --_nb-danger: var(--nb-color-danger, light-dark(#b42318, #ff9492));
    --_nb-on-danger: var(--nb-color-on-danger, light-dark(#ffffff, #0d1117));
    --_nb-radius: var(--nb-radius, 0.5rem);
    --_nb-space: var(--nb-space, 1rem);
    --_nb-focus: var(--nb-focus-color, var(--_nb-accent));
    --_nb-duration: var(--nb-motion-duration, 150ms);
    font-family: var(--_nb-font);
    font-size: var(--_nb-font-size);
    line-height: 1.5;
    color: var(--_nb-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_nb-duration: 0s;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_nb-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.5em 1em;
    border-radius: var(--_nb-radius);
    border: 1px solid var(--_nb-accent);
    background: var(--_nb-surface);
    color: var(--_nb-accent);
    transition: background-color var(--_nb-duration) ease;
  }
  button:hover {
    background: var(--_nb-subtle);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
