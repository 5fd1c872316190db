import { css } from 'lit';

/** The styles of `<nb-consent-manager>`: purposes as cards, a plain form, a confirmation that stands out. */
export const consentManagerStyles = css`
  :host {
    display: block;
    color: var(--_nb-text);
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  h3 {
    margin: 0 0 0.25em;
    font-size: 1.05em;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='purposes'] {
    display: grid;
    gap: var(--_nb-space);
    margin-bottom: calc(var(--_nb-space) * 2);
  }
  [part~='purpose'],
  form {
    padding: var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
  }
  [part~='record'] {
    padding: 0.5em 0;
    border-top: 1px solid var(--_nb-border);
  }
  p {
    margin: 0 0 0.4em;
  }
  .summary,
  .participant,
  .hint {
    color: var(--_nb-muted);
  }
  .hint {
    margin: 0.1em 0 0.4em 1.75em;
    font-size: 0.9em;
  }
  [part~='confirm'] {
    padding: 0.5em;
    border: 2px solid var(--_nb-danger);
    border-radius: var(--_nb-radius);
  }
  fieldset {
    margin: 0 0 var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-bottom: var(--_nb-space);
  }
  button,
  select,
  input {
    font: inherit;
  }
  button {
    margin: 0.25em 0.5em 0.25em 0;
  }
  button[type='submit'],
  button[type='submit']:hover {
    background: var(--_nb-accent);
    color: var(--_nb-on-accent);
  }
  button.danger,
  button.danger:hover {
    border-color: var(--_nb-danger);
    background: var(--_nb-danger);
    color: var(--_nb-on-danger);
  }
  select,
  input {
    font: inherit;
  }
  .error {
    color: var(--_nb-danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~='purpose'],
    form,
    [part~='confirm'] {
      border-color: CanvasText;
    }
  }
`;
