import { css } from 'lit';

/** The styles of `<nb-provider>`: no box of its own, so it never changes the host page's layout. */
export const providerStyles = css`
  :host {
    display: contents;
  }
`;
