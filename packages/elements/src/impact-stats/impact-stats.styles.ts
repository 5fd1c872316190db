import { css } from 'lit';

/** The styles of `<nb-impact-stats>`: the chart and the table side by side, stacked on narrow screens. */
export const impactStatsStyles = css`
  :host {
    display: block;
    color: var(--_nb-text);
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
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nb-space);
    align-items: flex-start;
  }
  svg {
    flex: 1 1 16rem;
    max-width: 100%;
    height: auto;
  }
  .bar {
    fill: var(--nb-impact-stats-bar-color, var(--_nb-accent));
  }
  .track {
    fill: var(--_nb-subtle);
  }
  svg text {
    fill: var(--_nb-text);
    font-size: 14px;
  }
  table {
    flex: 1 1 14rem;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    color: var(--_nb-muted);
    padding-bottom: 0.5em;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.75em 0.35em 0;
    border-bottom: 1px solid var(--_nb-border);
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .suppressed {
    color: var(--_nb-muted);
    font-style: italic;
  }
  .breakdown {
    margin-top: var(--_nb-space);
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .breakdown table {
    width: 100%;
  }
  .note {
    margin: 0.75em 0 0;
    color: var(--_nb-muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
  }
`;
