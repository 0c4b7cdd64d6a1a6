/**
 * Cron schedules as CronJobs read them (Kubernetes uses robfig/cron v3's standard parser): five
 * fields `minute hour day-of-month month day-of-week`, with `*`, `?` (as `*` in the day fields),
 * lists `a,b`, ranges `a-b`, steps `*\/n` and `a-b/n` (`a/n` means `a-max/n`), month and weekday
 * names (`JAN`, `mon`), and the descriptors `@yearly`, `@annually`, `@monthly`, `@weekly`,
 * `@daily`, `@midnight`, `@hourly`. Day-of-week runs 0-6 (Sunday 0); as in robfig, 7 is refused.
 * When both day fields are restricted a day matches either (as Vixie cron); when one is `*`, both
 * must match. Times are computed in an IANA time zone through Intl, on wall-clock time, so
 * `0 2 * * *` fires at 02:00 local time across daylight saving changes.
 *
 * Written here rather than taken from npm: the packages at hand disagree with robfig on the
 * day-field rule and on `7`, and this is the schedule Kubernetes users' manifests were written for.
 */

export interface CronSchedule {
  /** The schedule as given. */
  readonly source: string;
  /** The first fire time strictly after `afterMs` (epoch ms, whole minutes), or undefined if none within 5 years. */
  next(afterMs: number): number | undefined;
}

interface FieldRange {
  name: string;
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTH_NAMES: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DOW_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: FieldRange[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day of week', min: 0, max: 6, names: DOW_NAMES },
];

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** Thrown by parseCronSchedule; the message reads like robfig's (`failed to parse int from x`). */
export class CronSyntaxError extends Error {}

interface ParsedField {
  values: Set<number>;
  /** Started with `*` or `?` without a step above 1 (robfig's starBit): the field does not restrict days. */
  star: boolean;
}

function parseNumber(text: string, range: FieldRange): number {
  const named = range.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) throw new CronSyntaxError(`failed to parse int from ${text}`);
  return Number(text);
}

function parseField(expr: string, range: FieldRange): ParsedField {
  const values = new Set<number>();
  let star = false;
  for (const part of expr.split(',')) {
    const [rangeText, stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronSyntaxError(`too many slashes: ${part}`);
    let start: number;
    let end: number;
    let partStar = false;
    if (rangeText === '*' || rangeText === '?') {
      start = range.min;
      end = range.max;
      partStar = true;
    } else {
      const bounds = rangeText!.split('-');
      if (bounds.length > 2) throw new CronSyntaxError(`too many hyphens: ${part}`);
      start = parseNumber(bounds[0]!, range);
      end = bounds.length === 2 ? parseNumber(bounds[1]!, range) : start;
    }
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText)) throw new CronSyntaxError(`failed to parse int from ${stepText}`);
      step = Number(stepText);
      if (step === 0) throw new CronSyntaxError(`step of range should be a positive number: ${part}`);
      // `N/step` means `N-max/step`.
      if (!partStar && !rangeText!.includes('-')) end = range.max;
      if (step > 1) partStar = false;
    }
    if (start < range.min) throw new CronSyntaxError(`beginning of range (${start}) below minimum (${range.min}): ${part}`);
    if (end > range.max) throw new CronSyntaxError(`end of range (${end}) above maximum (${range.max}): ${part}`);
    if (start > end) throw new CronSyntaxError(`beginning of range (${start}) beyond end of range (${end}): ${part}`);
    for (let v = start; v <= end; v += step) values.add(v);
    star ||= partStar;
  }
  return { values, star };
}

/** The wall-clock fields of an instant in a time zone. */
interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(key, f);
  }
  return f;
}

function wallAt(ms: number, timeZone: string | undefined): Wall {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute! };
}

/** The zone's offset from UTC at an instant, in ms (wall clock minus UTC). */
function offsetAt(ms: number, timeZone: string | undefined): number {
  const w = wallAt(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000;
}

/** The instant a wall-clock time names; a time skipped by a DST change moves forward by the gap. */
function instantOf(wallMs: number, timeZone: string | undefined): number {
  const first = wallMs - offsetAt(wallMs, timeZone);
  const second = wallMs - offsetAt(first, timeZone);
  const w = wallAt(second, timeZone);
  if (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === wallMs) return second;
  // In a gap neither offset gives the wall time back: the later instant is the one past the gap.
  return Math.max(first, second);
}

/** Whether `timeZone` is an IANA zone name this process knows (Kubernetes' LoadLocation check). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.toLowerCase() === 'local') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const FIVE_YEARS_MS = 5 * 366 * 24 * 3600_000;

/**
 * Parses a schedule; throws CronSyntaxError. `timeZone` is an IANA name (undefined: this
 * process's zone, as Kubernetes uses the controller manager's).
 */
export function parseCronSchedule(schedule: string, timeZone?: string): CronSchedule {
  const trimmed = schedule.trim();
  if (trimmed === '') throw new CronSyntaxError('empty spec string');
  let text = trimmed;
  if (trimmed.startsWith('@')) {
    const expanded = DESCRIPTORS[trimmed.toLowerCase()];
    if (!expanded) throw new CronSyntaxError(`unrecognized descriptor: ${trimmed}`);
    text = expanded;
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) throw new CronSyntaxError(`expected exactly 5 fields, found ${parts.length}: [${parts.join(' ')}]`);
  const [minute, hour, dom, month, dow] = parts.map((p, i) => parseField(p, FIELDS[i]!)) as [ParsedField, ParsedField, ParsedField, ParsedField, ParsedField];

  const dayMatches = (year: number, m: number, d: number): boolean => {
    const domOk = dom.values.has(d);
    const dowOk = dow.values.has(new Date(Date.UTC(year, m - 1, d)).getUTCDay());
    return dom.star || dow.star ? domOk && dowOk : domOk || dowOk;
  };

  return {
    source: schedule,
    next(afterMs) {
      // Walk wall-clock time (held in a UTC Date) field by field, as robfig's Next does.
      const startWall = wallAt(afterMs, timeZone);
      let t = new Date(Date.UTC(startWall.year, startWall.month - 1, startWall.day, startWall.hour, startWall.minute) + 60_000);
      const limit = t.getTime() + FIVE_YEARS_MS;
      while (t.getTime() <= limit) {
        if (!month.values.has(t.getUTCMonth() + 1)) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
          continue;
        }
        if (!dayMatches(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1));
          continue;
        }
        if (!hour.values.has(t.getUTCHours())) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1));
          continue;
        }
        if (!minute.values.has(t.getUTCMinutes())) {
          t = new Date(t.getTime() + 60_000);
          continue;
        }
        const at = instantOf(t.getTime(), timeZone);
        // A wall time repeated or skipped by a DST change can map to or before `afterMs`.
        if (at > afterMs) return at;
        t = new Date(t.getTime() + 60_000);
      }
      return undefined;
    },
  };
}

/**
 * The latest fire time in (`earliestMs`, `nowMs`] and how many fell in that window (capped at
 * `countCap`): Kubernetes' mostRecentScheduleTime, which CronJobs use to start the run they
 * owe and to warn when too many were missed.
 */
export function mostRecentScheduleTime(
  schedule: CronSchedule,
  earliestMs: number,
  nowMs: number,
  countCap = 101,
): { mostRecentMs?: number; missed: number } {
  let t = schedule.next(earliestMs);
  if (t === undefined || t > nowMs) return { missed: 0 };
  let missed = 0;
  let last = t;
  while (t !== undefined && t <= nowMs && missed < countCap) {
    last = t;
    missed++;
    t = schedule.next(t);
  }
  if (t === undefined || t > nowMs) return { mostRecentMs: last, missed };
  // Too many to walk one by one: find the last one before now in a window that doubles.
  for (let window = 60_000; ; window *= 2) {
    const from = Math.max(earliestMs, nowMs - window);
    let u = schedule.next(from);
    if (u === undefined || u > nowMs) continue;
    while (u !== undefined && u <= nowMs) {
      last = u;
      u = schedule.next(u);
    }
    return { mostRecentMs: last, missed };
  }
}
