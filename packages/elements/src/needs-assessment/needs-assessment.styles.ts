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

/** The styles of `<nb-needs-assessment>`: the form and the suggestions side by side on wide screens. */
export const needsAssessmentStyles = [
  formStyles,
  css`
    .layout {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_nb-space);
      align-items: flex-start;
    }
    form {
      flex: 2 1 22rem;
    }
    .suggestions {
      flex: 1 1 16rem;
    }
    .suggestions ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: var(--_nb-space);
    }
    .suggestions li {
      display: grid;
      gap: 0.35em;
      padding: 0.75em;
      border: 1px solid var(--_nb-border);
      border-radius: var(--_nb-radius);
    }
    h3 {
      margin: 0 0 0.5em;
      font-size: 1.1em;
    }
    h4 {
      margin: 0;
      font-size: 1em;
    }
    .reason {
      margin: 0;
      color: var(--_nb-muted);
    }
    .check {
      display: flex;
      gap: 0.5em;
      align-items: center;
      margin-bottom: 0.75em;
    }
  `,
];
