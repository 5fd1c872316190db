export {
  adToBs,
  BS_RANGE,
  type BsDate,
  type BsRange,
  bsDayOfWeek,
  bsToAd,
  daysInBsMonth,
  isValidBsDate,
} from './conversion.js';
export {
  CalendarError,
  type CalendarErrorCode,
  CalendarRangeError,
  calendarErrorMessages,
  InvalidAdDateError,
  InvalidBsDateError,
} from './errors.js';
export { type BsDateStyle, type FormatBsDateOptions, formatBsDate, formatIsoDateAsBs } from './format.js';
export { BsMonth, type BsMonthValue, bsMonthValue, Weekday, type WeekdayValue } from './names.js';
export { parseBsDate, tryParseBsDate } from './parse.js';
