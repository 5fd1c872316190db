/**
 * `@nayabato/elements/impact-stats`: registers `<nb-impact-stats>` (safe to load twice, see `define`).
 *
 * @packageDocumentation
 */
import { define } from '../base/define.js';
import { NbImpactStats } from './impact-stats.component.js';

export {
  type ImpactBreakdownBy,
  type ImpactBreakdownRow,
  impactBreakdown,
} from './impact-breakdown.js';
export {
  type ImpactFigure,
  type IndicatorsAnswer,
  impactFigures,
  NbImpactStats,
} from './impact-stats.component.js';
export { impactStatsMessages } from './impact-stats.messages.js';

define('nb-impact-stats', NbImpactStats);

declare global {
  interface HTMLElementTagNameMap {
    'nb-impact-stats': NbImpactStats;
  }
}
