export { CalendarError, type CalendarErrorCode, calendarErrorMessages } from './calendar-error.js';
export { CalendarRangeError, type CalendarRangeTexts } from './calendar-range-error.js';
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
export { type BsDateStyle, type FormatBsDateOptions, formatBsDate, formatIsoDateAsBs } from './format.js';
export { InvalidAdDateError } from './invalid-ad-date-error.js';
export { InvalidBsDateError } from './invalid-bs-date-error.js';
export { BsMonth, type BsMonthValue, bsMonthValue, Weekday, type WeekdayValue } from './names.js';
export { parseBsDate, tryParseBsDate } from './parse.js';
