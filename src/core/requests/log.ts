/**
 * The request log: every request the user says they sent, its status and its deadline. Stored in `storage.local`
 * under `requests` by the worker only, read through `readRequestLog` (shaped like `readPrefs`: it repairs record by
 * record and keeps aside what it cannot read whole), and changed only through the pure reducers below. The due date is
 * never stored: it is derived from the law's rule, the day sent and the events since (an extension), so a fix to a
 * rule applies to every logged request.
 */
import { LAW_IDS, REQUEST_KINDS, type LawId, type LetterLanguage, type RequestKind, LETTER_LANGUAGES } from '../registry/request-schema';
import type { LawRules } from '../registry/law-rules';
import { openStored, type StoredRead } from '../stored';
import { addDays, computeDeadline, isIsoDay, isOverdue, type DeadlineEvent } from './deadlines';
import { plainLine } from './text';
import type { ChannelType } from './types';

export const REQUESTS_KEY = 'requests';
export const REQUEST_LOG_SCHEMA_VERSION = 1;
/** More than anyone sends; a cap keeps a corrupt or hostile value from growing without bound. */
export const MAX_REQUESTS = 500;
export const MAX_NOTE = 500;

/** `sent`: waiting for an answer; `extended`: the company extended the period; the others end the wait. */
export type RequestStatus = 'sent' | 'extended' | 'answered' | 'partly-answered' | 'refused' | 'done';
export const REQUEST_STATUSES: readonly RequestStatus[] = ['sent', 'extended', 'answered', 'partly-answered', 'refused', 'done'];
/** Statuses still waiting for an answer, so they can become overdue. */
const OPEN: ReadonlySet<RequestStatus> = new Set(['sent', 'extended']);
const CHANNELS: readonly ChannelType[] = ['email', 'webform', 'postal'];

export interface StatusChange {
  on: string;
  status: RequestStatus;
  note?: string;
}

export interface RequestRecord {
  id: string;
  scraper: string;
  kind: RequestKind;
  law: LawId;
  channel: ChannelType;
  /** the registry channel it went through (its address is looked up there, for a reminder through the same channel) */
  channelId?: string;
  /** the language the letter was written in, if known */
  language?: LetterLanguage;
  /** ISO day the user sent it */
  sentOn: string;
  status: RequestStatus;
  /** the company's extension notice, which moves the due date by the law's rule */
  extendedOn?: string;
  remindedOn?: string;
  complainedOn?: string;
  history: StatusChange[];
}

export interface RequestLog {
  schemaVersion: typeof REQUEST_LOG_SCHEMA_VERSION;
  requests: RequestRecord[];
  /** the user asked for a system notification when an answer is overdue */
  notify?: boolean;
}

export function emptyLog(): RequestLog {
  return { schemaVersion: REQUEST_LOG_SCHEMA_VERSION, requests: [] };
}

const ID = /^[A-Za-z0-9-]{8,64}$/;
const CHANNEL_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const SCRAPER = /^[a-z0-9][a-z0-9-]{0,39}$/;
const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T => typeof x === 'string' && (list as readonly string[]).includes(x);

/** One stored record, checked and cleaned; null when it cannot be read. */
function readRecord(x: unknown): RequestRecord | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const r = x as Record<string, unknown>;
  if (typeof r.id !== 'string' || !ID.test(r.id)) return null;
  if (typeof r.scraper !== 'string' || !SCRAPER.test(r.scraper)) return null;
  if (!isOneOf(REQUEST_KINDS, r.kind) || !isOneOf(LAW_IDS, r.law) || !isOneOf(CHANNELS, r.channel)) return null;
  if (!isIsoDay(r.sentOn) || !isOneOf(REQUEST_STATUSES, r.status)) return null;
  const out: RequestRecord = { id: r.id, scraper: r.scraper, kind: r.kind, law: r.law, channel: r.channel, sentOn: r.sentOn, status: r.status, history: [] };
  if (isOneOf(LETTER_LANGUAGES, r.language)) out.language = r.language;
  if (typeof r.channelId === 'string' && CHANNEL_ID.test(r.channelId)) out.channelId = r.channelId;
  for (const k of ['extendedOn', 'remindedOn', 'complainedOn'] as const) if (isIsoDay(r[k])) out[k] = r[k] as string;
  if (Array.isArray(r.history)) {
    for (const h of r.history.slice(0, 100)) {
      if (typeof h !== 'object' || h === null) continue;
      const c = h as Record<string, unknown>;
      if (!isIsoDay(c.on) || !isOneOf(REQUEST_STATUSES, c.status)) continue;
      const note = plainLine(c.note, MAX_NOTE);
      out.history.push({ on: c.on, status: c.status, ...(note ? { note } : {}) });
    }
  }
  return out;
}

/** The stored log, repaired record by record; whatever could not be read whole is kept aside, never dropped silently. */
export function readRequestLog(stored: unknown): StoredRead<RequestLog> {
  const opened = openStored(stored, REQUEST_LOG_SCHEMA_VERSION, emptyLog, 'the stored request log');
  if ('read' in opened) return opened.read;
  const { data, newer, problems } = opened;
  const log = emptyLog();
  if (data.notify === true) log.notify = true;
  const list = Array.isArray(data.requests) ? data.requests : [];
  if (!Array.isArray(data.requests)) problems.push('requests was not a list');
  const seen = new Set<string>();
  for (const x of list) {
    const r = readRecord(x);
    if (!r || seen.has(r.id)) {
      problems.push('dropped a request record that could not be read');
      continue;
    }
    if (log.requests.length >= MAX_REQUESTS) {
      problems.push('too many request records');
      break;
    }
    seen.add(r.id);
    log.requests.push(r);
  }
  const changed = problems.length > 0 || JSON.stringify(log) !== JSON.stringify(stored);
  return { value: log, changed, keepAside: problems.length || newer ? stored : undefined, newer, problems };
}

/** What a page submits to log a request it says it sent. */
export interface NewRequest {
  scraper: string;
  kind: RequestKind;
  law: LawId;
  channel: ChannelType;
  sentOn: string;
  language?: LetterLanguage;
  channelId?: string;
}

/** Add a request under `id`. Refuses a record that would not read back (the reader's rules are the one check). */
export function addRequest(log: RequestLog, input: NewRequest, id: string): RequestLog {
  const record = readRecord({ ...input, id, status: 'sent', history: [{ on: input.sentOn, status: 'sent' }] });
  if (!record) throw new Error('this request cannot be logged: a field is missing or not allowed');
  if (log.requests.some((r) => r.id === id)) throw new Error(`a request with id ${id} is logged already`);
  if (log.requests.length >= MAX_REQUESTS) throw new Error(`the log holds ${MAX_REQUESTS} requests already`);
  return { ...log, requests: [...log.requests, record] };
}

/** A new status, with an optional note, on a day. `extended` records the company's extension notice. */
export function changeStatus(log: RequestLog, id: string, status: RequestStatus, on: string, note?: string): RequestLog {
  if (!isIsoDay(on)) throw new Error('the day of a status change must be an ISO day');
  const clean = plainLine(note, MAX_NOTE);
  return mapRecord(log, id, (r) => ({
    ...r,
    status,
    ...(status === 'extended' ? { extendedOn: on } : {}),
    history: [...r.history, { on, status, ...(clean ? { note: clean } : {}) }],
  }));
}

/** The user sent the reminder, or filed the complaint, on a day. */
export function markFollowUp(log: RequestLog, id: string, what: 'reminded' | 'complained', on: string): RequestLog {
  if (!isIsoDay(on)) throw new Error('the day of a follow-up must be an ISO day');
  return mapRecord(log, id, (r) => (what === 'reminded' ? { ...r, remindedOn: on } : { ...r, complainedOn: on }));
}

export function removeRequest(log: RequestLog, id: string): RequestLog {
  return { ...log, requests: log.requests.filter((r) => r.id !== id) };
}

function mapRecord(log: RequestLog, id: string, f: (r: RequestRecord) => RequestRecord): RequestLog {
  if (!log.requests.some((r) => r.id === id)) throw new Error(`no request with id ${id}`);
  return { ...log, requests: log.requests.map((r) => (r.id === id ? f(r) : r)) };
}

/** The events that move a record's due date. */
export function eventsOf(r: RequestRecord): DeadlineEvent[] {
  return r.extendedOn ? [{ type: 'extension', on: r.extendedOn }] : [];
}

/** A record's due date under its law's rule (null when the law has no rule for that kind any more). */
export function dueDateOf(r: RequestRecord, laws: readonly LawRules[]): string | null {
  const rule = laws.find((l) => l.id === r.law)?.rules[r.kind];
  return rule ? computeDeadline(rule, r.sentOn, eventsOf(r)).dueDate : null;
}

/** Still waiting for an answer, and past its due date on `today`. */
export function isRecordOverdue(r: RequestRecord, laws: readonly LawRules[], today: string): boolean {
  const due = dueDateOf(r, laws);
  return OPEN.has(r.status) && due !== null && isOverdue(due, today);
}

export function overdueRequests(log: RequestLog, laws: readonly LawRules[], today: string): RequestRecord[] {
  return log.requests.filter((r) => isRecordOverdue(r, laws, today));
}

/** The next day a waiting request becomes overdue (the day after its due date), for the one alarm; null when none
 * is still to come. */
export function nextOverdueDay(log: RequestLog, laws: readonly LawRules[], today: string): string | null {
  let next: string | null = null;
  for (const r of log.requests) {
    if (!OPEN.has(r.status)) continue;
    const due = dueDateOf(r, laws);
    if (due === null || isOverdue(due, today)) continue;
    const day = addDays(due, 1);
    if (next === null || day < next) next = day;
  }
  return next;
}

/** The summary that `listRequests` answers with: the contract other tools check. */
export interface RequestSummary {
  id: string;
  scraper: string;
  kind: RequestKind;
  law: LawId;
  channel: ChannelType;
  sentOn: string;
  dueDate: string | null;
  status: RequestStatus;
}

export function summarize(r: RequestRecord, laws: readonly LawRules[]): RequestSummary {
  return { id: r.id, scraper: r.scraper, kind: r.kind, law: r.law, channel: r.channel, sentOn: r.sentOn, dueDate: dueDateOf(r, laws), status: r.status };
}
