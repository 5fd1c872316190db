export { assertNprAmount, type FormatNprOptions, formatNpr, groupLakh } from './format-npr.js';
export { MINIMUM_WAGE, type MinimumWage, minimumMonthlyWageOn } from './minimum-wage.js';
export { MoneyError, type MoneyErrorCode, moneyErrorMessages } from './money-error.js';
export { moneyUnitLabels } from './money-labels.js';
export { type NprParseResult, parseNpr, safeParseNpr } from './parse-npr.js';
