import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';

/**
 * The messages of {@link DisclosureTableError}, one per fault. They name row numbers and counts of the
 * aggregate table only, never a record.
 *
 * @example
 * ```ts
 * disclosureTableMessages.format('threshold_not_positive', 'en', { threshold: 0 });
 * // 'The threshold must be a positive integer, not 0'
 * ```
 */
export const disclosureTableMessages = defineMessages('indicators.table_error', {
  row_count_mismatch: {
    en: 'Expected {expected} rows of cells, got {actual}',
    ne: 'कोठाका {expected} पङ्क्ति अपेक्षित थिए, {actual} पाइयो',
  },
  ragged_row: {
    en: 'Row {row} has {actual} cells, expected {expected}',
    ne: 'पङ्क्ति {row} मा {actual} कोठा छन्, {expected} अपेक्षित थिए',
  },
  invalid_count: {
    en: 'Row {row} holds {value}: counts are non-negative integers',
    ne: 'पङ्क्ति {row} मा {value} छ: गन्ती शून्य वा धनात्मक पूर्णाङ्क हुनुपर्छ',
  },
  group_count_mismatch: {
    en: 'Expected {expected} row groups, got {actual}',
    ne: '{expected} पङ्क्ति समूह अपेक्षित थिए, {actual} पाइयो',
  },
  threshold_not_positive: {
    en: 'The threshold must be a positive integer, not {threshold}',
    ne: 'सीमा धनात्मक पूर्णाङ्क हुनुपर्छ, {threshold} होइन',
  },
});

/**
 * Which fault a {@link DisclosureTableError} reports; several faults share one `code`.
 *
 * @example
 * ```ts
 * const fault: DisclosureTableFault = 'ragged_row';
 * ```
 */
export type DisclosureTableFault = keyof typeof disclosureTableMessages.entries;

/**
 * The stable codes of {@link DisclosureTableError}.
 *
 * @example
 * ```ts
 * const code: DisclosureTableErrorCode = 'invalid_threshold';
 * ```
 */
export type DisclosureTableErrorCode = 'invalid_table' | 'invalid_threshold';

/**
 * A domain error for a table that cannot be protected as given (ragged, negative or fractional counts),
 * or for a threshold that is not a positive integer.
 *
 * @example
 * ```ts
 * try {
 *   suppressTable({ rows: ['a'], columns: ['x'], cells: [[-1]] });
 * } catch (error) {
 *   if (error instanceof DisclosureTableError) error.code; // 'invalid_table'
 * }
 * ```
 */
export class DisclosureTableError extends LocalizedError<DisclosureTableErrorCode> {
  override readonly name = 'DisclosureTableError';
  /** The finer fault behind `code`. */
  readonly fault: DisclosureTableFault;

  constructor(fault: DisclosureTableFault, params: Readonly<Record<string, string | number>> = {}) {
    super(
      fault === 'threshold_not_positive' ? 'invalid_threshold' : 'invalid_table',
      disclosureTableMessages.localized(fault, params),
    );
    this.fault = fault;
  }
}
