import { css } from 'lit';

/** The styles of `<nb-intake-form>`: one step at a time, large targets, visible focus and errors. */
export const intakeFormStyles = css`
  :host {
    display: block;
    font-family: var(--_nb-font);
    color: var(--_nb-text);
  }
  :host([hidden]) {
    display: none;
  }
  form > fieldset.all {
    border: 0;
    margin: 0;
    padding: 0;
  }
  ol.steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  ol.steps [aria-current='step'] {
    font-weight: 700;
    text-decoration: underline;
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.25rem;
  }
  .field,
  .group {
    margin: 0 0 1rem;
  }
  .group {
    border: 1px solid currentColor;
    border-radius: var(--_nb-radius);
    padding: 0.5rem 1rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    align-items: start;
    margin: 0.25rem 0;
  }
  .check label {
    font-weight: 400;
  }
  .check .hint {
    grid-column: 2;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 32rem;
    min-height: 2.75rem;
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_nb-radius);
    background: var(--_nb-surface);
    color: inherit;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_nb-danger);
    border-width: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_nb-focus);
    outline-offset: 2px;
  }
  .hint {
    margin: 0.15rem 0;
    font-size: 0.9em;
  }
  .error {
    margin: 0.25rem 0 0;
    color: var(--_nb-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  button {
    min-height: 2.75rem;
    padding: 0.4rem 1.25rem;
    font: inherit;
    border-radius: var(--_nb-radius);
    border: 2px solid currentColor;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--_nb-accent);
    border-color: var(--_nb-accent);
    color: var(--_nb-on-accent);
  }
  [role='status'],
  [role='alert'] {
    margin: 0 0 1rem;
  }
  .domain {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }
`;
