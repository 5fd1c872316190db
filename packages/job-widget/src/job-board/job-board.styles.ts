import { css } from 'lit';

/** The styles of `<nb-job-board>`: filters in a wrapping row, offers as a list of cards, a detail view. */
export const jobBoardStyles = css`
  :host {
    display: block;
    color: var(--_nb-text);
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  h3 {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nb-space);
    align-items: end;
    margin: 0 0 var(--_nb-space);
    padding: 0;
    border: 0;
  }
  fieldset {
    display: contents;
  }
  legend {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-size: 0.9em;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 2.5em;
    padding: 0 0.5em;
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_nb-focus, currentColor);
    outline-offset: 2px;
  }
  ul {
    display: grid;
    gap: var(--_nb-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li,
  article {
    padding: var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
  }
  a {
    color: inherit;
  }
  .meta {
    margin: 0;
    color: var(--_nb-muted);
  }
  .description {
    white-space: pre-line;
  }
  .warning {
    font-weight: 600;
  }
  .more {
    margin-top: var(--_nb-space);
  }
  [part='referral'] {
    margin-top: calc(var(--_nb-space) * 2);
  }
  @media (forced-colors: active) {
    li,
    article {
      border-color: CanvasText;
    }
  }
`;
