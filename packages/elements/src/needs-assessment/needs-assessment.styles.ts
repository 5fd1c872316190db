import { css } from 'lit';
import { formStyles } from '../base/form-styles.js';

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
