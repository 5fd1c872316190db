import type { operations } from '../generated/openapi.js';
import type { CallOptions } from '../options.js';
import type { Operations } from './operation.js';
import type { ResponseOf } from './types.js';

/** The query of `GET /v1/indicators`: the period, one organisation's registrations, the district field. */
export type IndicatorQuery = NonNullable<operations['getIndicators']['parameters']['query']>;

/**
 * The programme's indicators with small cells suppressed (see the project's docs/indicators.md). A
 * withheld count is `{ suppressed: true, reason }`, never 0: never add one up.
 */
export interface IndicatorsResource {
  /**
   * The indicators over the caller's scope: with a publishable key, the public set (programme-wide, or
   * one organisation's registrations with `organization`); the coordinator and the government read
   * programme-wide; an NGO its own registrations.
   * @example
   * ```ts
   * const published = await client.indicators.get({ from: '2025-01-01', to: '2025-12-31' });
   * const total = published.rehabilitation.grandTotal; // { suppressed: false, value: 54 } or suppressed
   * ```
   */
  get(query?: IndicatorQuery, options?: CallOptions): Promise<ResponseOf<'getIndicators'>>;
}

/** Builds {@link IndicatorsResource} over the transport's operations. */
export function indicators(op: Operations): IndicatorsResource {
  return { get: op.read('/v1/indicators') };
}
