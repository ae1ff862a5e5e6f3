// No imports: islands and the extension use this.

/**
 * Dates and numbers for a reader, one formatter for every surface (pages, islands, the
 * extension, e-mails, printouts), following docs/style-de.md and docs/style-zh.md:
 *
 * | language | day                 | month          | number |
 * | -------- | ------------------- | -------------- | ------ |
 * | de       | 29. Oktober 2018    | Oktober 2018   | 1.000  |
 * | en       | October 29, 2018    | October 2018   | 1,000  |
 * | zh       | 2018 年 10 月 29 日 | 2018 年 10 月  | 1,000  |
 *
 * Chinese dates are spaced between digits and characters, as Microsoft's zh-CN pages and our
 * style guide write them (`Intl` would give `2018年10月29日`).
 */

/** How exact a date is: a stated date to the day, a page's date of writing to the month. */
export type DatePrecision = 'day' | 'month';

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * An ISO date (`2018-10-29`, or `2018-10` for a month) for a reader. `precision: 'month'`
 * drops the day of a full date. Throws on anything that is not an ISO date.
 */
export function formatDate(
  iso: string,
  language: string,
  precision: DatePrecision = 'day',
): string {
  const match = ISO_DATE.exec(iso);
  if (!match)
    throw new RangeError(`"${iso}" is not a date. Allowed: YYYY-MM-DD or YYYY-MM (ISO 8601).`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined || precision === 'month' ? undefined : Number(match[3]);
  if (language === 'zh')
    return day === undefined ? `${year} 年 ${month} 月` : `${year} 年 ${month} 月 ${day} 日`;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/**
 * The reader's calendar day of `moment` (their time zone, not UTC) as an ISO date, for
 * `formatDate`: a printout made at 00:30 carries that day, not yesterday's date in UTC.
 */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** A span of time as a clock reading with hours, minutes and seconds (00:12:05). */
export function formatClock(milliseconds: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(new Date(Math.max(0, milliseconds)));
}

/** A number with the language's grouping: `1.000`, `1,000`. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
