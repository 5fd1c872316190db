import { css } from 'lit';

/** The styles of `<nb-quick-exit>`: a large, high-contrast link that reads as a button. */
export const quickExitStyles = css`
  :host {
    display: inline-block;
  }
  a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    box-sizing: border-box;
    padding: 0.5em 1.25em;
    border-radius: var(--_nb-radius);
    border: 2px solid transparent;
    background: var(--nb-quick-exit-background, var(--_nb-danger));
    color: var(--nb-quick-exit-color, var(--_nb-on-danger));
    font-weight: 700;
    text-decoration: none;
    transition: filter var(--_nb-duration) ease;
  }
  a:hover {
    filter: brightness(0.9);
  }
  @media (forced-colors: active) {
    a {
      border-color: LinkText;
      color: LinkText;
      background: Canvas;
    }
  }
`;
