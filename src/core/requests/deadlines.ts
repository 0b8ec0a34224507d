/**
 * Response deadlines: calendar arithmetic on ISO days (YYYY-MM-DD) in UTC. No clock is read here: every function
 * takes its dates. The rules come from `registry/laws.ts`, each with its legal basis:
 *
 * - GDPR Art. 12(3): one month from receipt; "one month" is the same day of the next month, else the last day of that
 *   month (31 January → 28/29 February). A notified extension brings the total to three months from receipt.
 * - UK GDPR Arts. 12(3) and 12A: the same, counted from the relevant time, which moves to the day the controller
 *   receives identity information it reasonably asked for; days spent waiting for clarification do not count.
 * - CCPA §1798.130(a)(2) and Regs. §7021(b): 45 days from receipt, 90 with a notified extension; an opt-out
 *   (Regs. §7026): 15 business days, counted Monday to Friday (public holidays are not known here, so the date may be
 *   a day or two early around a holiday).
 * - PIPEDA s.8(3)-(4): 30 days, extendable by up to 30 with notice sent within the first 30.
 * - Where the law sets no period (BIPA, a plain request, Australia's "reasonable period", a PIPEDA withdrawal of
 *   consent) the date is the 30 days the letter asks for, flagged `statutory: false`.
 *
 * The start day is the day the request is sent, taken as the day it is received (true for e-mail and web forms; a
 * postal letter arrives later, so its real deadline is later, never earlier, than the date computed here).
 */
import type { Period } from '../registry/request-schema';
import type { TimingRule } from '../registry/law-rules';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function assertIsoDay(s: unknown, what: string): string {
  if (!isIsoDay(s)) throw new Error(`${what} must be an ISO day (YYYY-MM-DD), got ${JSON.stringify(String(s)).slice(0, 40)}`);
  return s;
}

function parts(iso: string): [number, number, number] {
  const m = ISO_DAY.exec(iso)!;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** The same day `n` months later, or the last day of that month when it has no such day. */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function toEpochDay(iso: string): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromEpochDay(n: number): string {
  const dt = new Date(n * 86_400_000);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(iso: string, n: number): string {
  return fromEpochDay(toEpochDay(iso) + n);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(iso: string): number {
  return (((toEpochDay(iso) + 4) % 7) + 7) % 7;
}

/** `n` business days (Monday to Friday) after `iso`. */
export function addBusinessDays(iso: string, n: number): string {
  let day = iso;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    const w = weekday(day);
    if (w !== 0 && w !== 6) left--;
  }
  return day;
}

export function addPeriod(iso: string, p: Period): string {
  if (p.unit === 'month') return addMonths(iso, p.amount);
  if (p.unit === 'day') return addDays(iso, p.amount);
  return addBusinessDays(iso, p.amount);
}

/** Something that happened after the request and moves its due date. */
export type DeadlineEvent =
  /** the company told the person it extends the period (with reasons) on this day */
  | { type: 'extension'; on: string }
  /** UK GDPR Art. 12A: the controller received the identity information (or fee) it asked for on this day */
  | { type: 'clock-restart'; on: string }
  /** UK GDPR Art. 12A: the controller asked for clarification on `from` and received it on `to` */
  | { type: 'pause'; from: string; to: string };

export interface Deadline {
  /** the day the answer is due */
  dueDate: string;
  statutory: boolean;
  extended: boolean;
  /** events the law does not provide for, or that came too late (e.g. an extension notified after the first period) */
  ignored: DeadlineEvent[];
}

/**
 * The due date of a request sent on `sent` under `rule`, after the events that happened since. An extension counts
 * only if the law allows one and it was notified within the first period; a restart or pause only where the law says
 * the clock restarts (UK GDPR). Unknown or invalid events are returned in `ignored`, never silently applied.
 */
export function computeDeadline(rule: TimingRule, sent: string, events: readonly DeadlineEvent[] = []): Deadline {
  assertIsoDay(sent, 'the request date');
  let start = sent;
  let paused = 0;
  const ignored: DeadlineEvent[] = [];
  const sorted = [...events].sort((a, b) => (eventDay(a) < eventDay(b) ? -1 : eventDay(a) > eventDay(b) ? 1 : 0));
  for (const e of sorted) {
    if (e.type === 'clock-restart' && rule.clockRestarts && isIsoDay(e.on) && e.on >= start) start = e.on;
    else if (e.type === 'pause' && rule.clockRestarts && isIsoDay(e.from) && isIsoDay(e.to) && e.to >= e.from && e.from >= sent) paused += daysBetween(e.from, e.to);
    else if (e.type !== 'extension') ignored.push(e);
  }
  const firstDue = addDays(addPeriod(start, rule.period), paused);
  let dueDate = firstDue;
  let extended = false;
  for (const e of sorted) {
    if (e.type !== 'extension') continue;
    const inTime = isIsoDay(e.on) && e.on >= sent && (!rule.extensionNoticeWithinPeriod || e.on <= firstDue);
    if (rule.extendedTo && inTime && !extended) {
      dueDate = addDays(addPeriod(start, rule.extendedTo), paused);
      extended = true;
    } else ignored.push(e);
  }
  return { dueDate, statutory: rule.statutory, extended, ignored };
}

function eventDay(e: DeadlineEvent): string {
  return e.type === 'pause' ? e.from : e.on;
}

/** Whether an answer due on `dueDate` is overdue on `today` (the due day itself is still in time). */
export function isOverdue(dueDate: string, today: string): boolean {
  return assertIsoDay(today, 'today') > assertIsoDay(dueDate, 'the due date');
}
