/** `--since`: which sitemap and feed entries are recent enough to check. */

const HOUR = 3_600_000;
const UNITS: Record<string, number> = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR };
const AGE = /^(\d+)\s*([hdw])$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A `--since` value as a moment: a date (`2024-10-25`, midnight UTC), an ISO 8601 date-time
 * (`2024-10-25T08:00Z`, `2024-10-25T08:00:00+02:00`; without an offset it is UTC, like a
 * sitemap's date-only `<lastmod>`), or an age before `now` in hours, days or weeks (`24h`,
 * `7d`, `2w`; no months or years, whose length varies). Anything else, an impossible date
 * included, gives the one-line reason instead.
 * @example parseSince("7d", new Date("2024-10-25T00:00:00Z")) // 2024-10-18T00:00:00.000Z
 * @example parseSince("2024-02-30") // '"2024-02-30" is not a date or an age (…)'
 */
export function parseSince(value: string, now: Date = new Date()): Date | string {
  const text = value.trim();
  const bad = `"${value}" is not a date or an age (use 2024-10-25, 2024-10-25T08:00Z, or 24h, 7d, 2w)`;
  const age = AGE.exec(text);
  if (age) return new Date(now.getTime() - Number(age[1]) * UNITS[age[2]!.toLowerCase()]!);
  const date = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!date) return bad;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  // Date.parse rolls 2024-02-30 over to March 1st; a typo must not silently move the cut-off.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return bad;
  if (DATE.test(text)) return calendar;
  if (Number(date[4]) > 23 || Number(date[5]) > 59 || Number(date[6] ?? 0) > 59) return bad;
  const time = Date.parse(date[7] ? text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2") : `${text}Z`);
  return Number.isNaN(time) ? bad : new Date(time);
}

/**
 * Whether an entry is kept by `--since`: modified at or after `since`. An entry without a date
 * (or with one that does not parse) is kept: a sitemap that gives no dates would otherwise
 * yield nothing at all, and checking a page too many is better than missing one.
 * @example modifiedSince("2024-10-25T00:00:00.000Z", new Date("2024-10-01")) // true
 * @example modifiedSince(undefined, new Date("2024-10-01")) // true
 */
export function modifiedSince(lastModified: string | undefined, since: Date | undefined): boolean {
  if (!since || !lastModified) return true;
  const time = Date.parse(lastModified);
  return Number.isNaN(time) || time >= since.getTime();
}
