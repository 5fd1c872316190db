import { createRandom, type Random } from './random.js';

const DAY_MS = 86_400_000;

/**
 * The programme's calendar: every date and instant of the synthetic programme is a whole number of days
 * (and minutes) after its start, never the wall clock, so that a seed always gives the same programme.
 * Internal to the synthetic module.
 */
export interface ProgrammeClock {
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The day after the last one (`start` plus the programme's months), `YYYY-MM-DD`. */
  readonly end: string;
  /** The number of days in the programme: day numbers run from 0 to `days - 1`. */
  readonly days: number;
  /** The ISO date of a day number. */
  date(day: number): string;
  /** An ISO instant (UTC) on a day number, `minute` minutes after midnight UTC. */
  at(day: number, minute?: number): string;
  /** The day number of an ISO date. */
  dayOf(isoDate: string): number;
  /** The day number `months` calendar months after a day number (clamped to the end of shorter months). */
  addMonths(day: number, months: number): number;
}

function utcMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

function addMonthsIso(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month0 = index % 12;
  const last = new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month0, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Creates the calendar of a programme of `months` months from `start`. */
export function createClock(start: string, months: number): ProgrammeClock {
  const startMs = utcMs(start);
  const end = addMonthsIso(start, months);
  const days = Math.round((utcMs(end) - startMs) / DAY_MS);
  // Dates and day numbers are cached: the generator asks for the same few thousand days millions of times.
  const dates = new Map<number, string>();
  const dayNumbers = new Map<string, number>();
  const months_ = new Map<number, number>();
  const minutes: string[] = [];
  const date = (day: number) => {
    let iso = dates.get(day);
    if (iso === undefined) {
      iso = new Date(startMs + day * DAY_MS).toISOString().slice(0, 10);
      dates.set(day, iso);
    }
    return iso;
  };
  const dayOf = (isoDate: string) => {
    let day = dayNumbers.get(isoDate);
    if (day === undefined) {
      day = Math.round((utcMs(isoDate) - startMs) / DAY_MS);
      dayNumbers.set(isoDate, day);
    }
    return day;
  };
  const time = (minute: number) => {
    let text = minutes[minute];
    if (text === undefined) {
      text = `T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
      minutes[minute] = text;
    }
    return text;
  };
  return {
    start,
    end,
    days,
    date,
    // Office hours in Nepal (UTC+05:45) are roughly 03:15 to 11:15 UTC; callers pass minutes in that range.
    at: (day, minute = 240) =>
      Number.isInteger(minute) && minute >= 0 && minute < 1440
        ? date(day) + time(minute)
        : new Date(startMs + day * DAY_MS + minute * 60_000).toISOString(),
    dayOf,
    addMonths: (day, count) => {
      const key = day * 4096 + count;
      let result = months_.get(key);
      if (result === undefined) {
        result = dayOf(addMonthsIso(date(day), count));
        months_.set(key, result);
      }
      return result;
    },
  };
}

/** A minute of office hours (UTC), for instants that look like work done in a Kathmandu office. */
export function officeMinute(rng: Random): number {
  return rng.int(195, 675);
}

/**
 * A generator for one stage of the programme, derived from the seed and the stage's name, so that adding
 * records to one stage does not change the others.
 */
export function stageRandom(seed: number, stage: string): Random {
  // FNV-1a of the stage name, mixed with the seed.
  let h = 0x811c9dc5;
  for (let i = 0; i < stage.length; i++) {
    h ^= stage.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return createRandom((h ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0);
}
