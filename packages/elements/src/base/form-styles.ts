import { css } from 'lit';

/**
 * Form styles shared by the NGO's forms (`<nb-needs-assessment>`, `<nb-livelihood-plan>`): labelled
 * fields stacked, fieldsets per group, error messages in the danger colour.
 */
export const formStyles = css`
  :host {
    display: block;
    color: var(--_nb-text);
  }
  .panel {
    padding: var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  fieldset {
    margin: 0 0 var(--_nb-space);
    border: 1px solid var(--_nb-border);
    border-radius: var(--_nb-radius);
    display: grid;
    gap: 0.35em;
  }
  legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.35em;
    margin-bottom: var(--_nb-space);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_nb-surface);
    border: 1px solid var(--_nb-muted);
    border-radius: calc(var(--_nb-radius) / 2);
    padding: 0.35em 0.5em;
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: auto;
  }
  [aria-invalid='true'] {
    border-color: var(--_nb-danger);
    border-width: 2px;
  }
  .field-error {
    margin: 0;
    color: var(--_nb-danger);
    font-weight: 600;
  }
  .muted,
  .date {
    color: var(--_nb-muted);
  }
  .status:empty {
    display: none;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
