import { css } from 'lit';

/** The styles of `<nb-job-offer-editor>`: the form beside its live preview, stacked on narrow screens. */
export const jobOfferEditorStyles = css`
  :host {
    display: block;
    color: var(--_nb-text);
    font-family: var(--_nb-font);
    font-size: var(--_nb-font-size);
  }
  section {
    padding: var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nb-space);
    align-items: flex-start;
  }
  form {
    flex: 2 1 22rem;
  }
  .preview {
    flex: 1 1 16rem;
    padding: var(--_nb-space);
    border: 1px dashed var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-subtle);
  }
  fieldset {
    margin: 0 0 var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
  }
  .field,
  .picker {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-bottom: 0.75em;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    padding: 0.4em;
    border: 1px solid var(--_nb-border);
    border-radius: calc(var(--_nb-radius) / 2);
    background: var(--_nb-surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_nb-danger);
  }
  .check {
    display: inline-flex;
    gap: 0.4em;
    margin-inline-end: 1em;
    align-items: center;
  }
  .error {
    color: var(--_nb-danger);
    margin: 0;
  }
  .warning {
    margin: 0;
    padding: 0.4em;
    border-inline-start: 4px solid var(--_nb-danger);
    background: var(--_nb-subtle);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    padding: 0.5em 1em;
    border: 1px solid var(--_nb-accent);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
    color: var(--_nb-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_nb-accent);
    color: var(--_nb-on-accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .offer .meta {
    color: var(--_nb-muted);
    margin: 0.25em 0;
  }
  .offer h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  .description {
    white-space: pre-line;
  }
`;
