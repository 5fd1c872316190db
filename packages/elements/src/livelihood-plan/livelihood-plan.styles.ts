import { css } from 'lit';
import { formStyles } from '../base/form-styles.js';

/**
 * The styles of `<nb-livelihood-plan>`: the form on screen; in print, the form and every control hidden
 * and the written-out plan shown in full, in black on white.
 */
export const livelihoodPlanStyles = [
  formStyles,
  css`
    h3 {
      margin: var(--_nb-space) 0 0.5em;
      font-size: 1.1em;
    }
    .buttons {
      display: flex;
      gap: 0.5em;
      margin-top: var(--_nb-space);
    }
    fieldset > button {
      justify-self: start;
    }
    .print-view {
      display: none;
    }
    @media print {
      :host {
        color: #000;
      }
      .panel {
        border: 0;
        padding: 0;
        background: none;
      }
      form,
      button,
      .state {
        display: none !important;
      }
      .print-view {
        display: block;
      }
      .print-view li {
        break-inside: avoid;
        margin-bottom: 0.35em;
      }
    }
  `,
];
