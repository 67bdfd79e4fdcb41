/**
 * Dutch working days for the standard's response times ("within 3 working days"): Monday to Friday,
 * except the days the Algemene termijnenwet treats as Sundays — Nieuwjaarsdag, Easter Monday,
 * Ascension Day, Whit Monday, Christmas and Boxing Day, King's Day (27 April, or 26 April when the
 * 27th is a Sunday) and 5 May. Dates are calendar dates `YYYY-MM-DD`, without time zones.
 */

export type Datum = string;

const holidayCache = new Map<number, ReadonlyMap<Datum, string>>();

/** The holidays of a year that are not working days, with their Dutch names. */
export function feestdagen(year: number): ReadonlyMap<Datum, string> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    const kingsDay = new Date(Date.UTC(year, 3, 27));
    if (kingsDay.getUTCDay() === 0) kingsDay.setUTCDate(26);
    days = new Map<Datum, string>([
      [format(new Date(Date.UTC(year, 0, 1))), 'Nieuwjaarsdag'],
      [format(addDays(easter, 1)), 'Tweede Paasdag'],
      [format(kingsDay), 'Koningsdag'],
      [format(new Date(Date.UTC(year, 4, 5))), 'Bevrijdingsdag'],
      [format(addDays(easter, 39)), 'Hemelvaartsdag'],
      [format(addDays(easter, 50)), 'Tweede Pinksterdag'],
      [format(new Date(Date.UTC(year, 11, 25))), 'Eerste Kerstdag'],
      [format(new Date(Date.UTC(year, 11, 26))), 'Tweede Kerstdag'],
    ]);
    holidayCache.set(year, days);
  }
  return days;
}

export function isWerkdag(datum: Datum): boolean {
  const date = parse(datum);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !feestdagen(date.getUTCFullYear()).has(datum);
}

/** The date `count` working days after `datum` (the deadline of "within `count` working days"). */
export function addWerkdagen(datum: Datum, count: number): Datum {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  let date = parse(datum);
  for (let left = count; left > 0;) {
    date = addDays(date, 1);
    if (isWerkdag(format(date))) left--;
  }
  return format(date);
}

/** The date `count` calendar days after `datum` (the deadline of "within two weeks": 14). */
export function addKalenderdagen(datum: Datum, count: number): Datum {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  return format(addDays(parse(datum), count));
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function werkdagenTussen(from: Datum, to: Datum): number {
  let count = 0;
  for (let date = addDays(parse(from), 1); format(date) <= to; date = addDays(date, 1)) {
    if (isWerkdag(format(date))) count++;
  }
  return count;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function parse(datum: Datum): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!match) throw new RangeError(`not a date YYYY-MM-DD: '${datum}'`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (format(date) !== datum) throw new RangeError(`not a date: '${datum}'`);
  return date;
}

function format(date: Date): Datum {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
