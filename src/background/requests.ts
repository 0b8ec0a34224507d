/**
 * The extension pages' requests about the user's details and the request log (privileged: see core/protocol/pages.ts).
 * Only the worker writes either; every change to the log reschedules the deadline alarm and repaints the overdue badge.
 * Nothing here is ever sent to a content script.
 */
import type { PageReply, PageRequest } from '../core/protocol/pages';
import { builtLawRules } from '../core/registry/law-rules';
import { addRequest, changeStatus, dueDateOf, isRecordOverdue, markFollowUp as markFollowUpIn, removeRequest as removeRequestIn, summarize, type RequestLog } from '../core/requests/log';
import { cleanDetails } from '../core/user/details';
import { detailsStore } from '../ext/details-store';
import { requestLogStore } from '../ext/request-log-store';
import { localToday } from '../ext/today';
import { reschedule } from './reminders';

export const getDetails = (): Promise<PageReply<'getDetails'>> => detailsStore.load();

export async function saveDetails(req: PageRequest<'saveDetails'>): Promise<PageReply<'saveDetails'>> {
  const cleaned = cleanDetails(req.details);
  if ('error' in cleaned) return { error: cleaned.error };
  const details = await detailsStore.update(() => cleaned.details);
  return { details: details! };
}

export async function deleteDetails(): Promise<PageReply<'deleteDetails'>> {
  await detailsStore.update(() => null);
  return { deleted: true };
}

export async function listRequests(): Promise<PageReply<'listRequests'>> {
  const log = await requestLogStore.load();
  return { requests: log.requests.map((r) => summarize(r, builtLawRules())) };
}

export async function getRequestLog(): Promise<PageReply<'getRequestLog'>> {
  const log = await requestLogStore.load();
  const today = localToday();
  return {
    today,
    notify: log.notify === true,
    requests: log.requests.map((r) => ({ ...r, dueDate: dueDateOf(r, builtLawRules()), overdue: isRecordOverdue(r, builtLawRules(), today) })),
  };
}

async function changeLog(change: (log: RequestLog) => RequestLog): Promise<RequestLog> {
  const log = await requestLogStore.update(change);
  await reschedule();
  return log;
}

export async function logRequest(req: PageRequest<'logRequest'>): Promise<PageReply<'logRequest'>> {
  const id = crypto.randomUUID();
  const { type: _type, ...input } = req;
  const log = await changeLog((l) => addRequest(l, input, id));
  const record = log.requests.find((r) => r.id === id)!;
  return { id, dueDate: dueDateOf(record, builtLawRules()) };
}

export async function updateRequest(req: PageRequest<'updateRequest'>): Promise<PageReply<'updateRequest'>> {
  const log = await changeLog((l) => changeStatus(l, req.id, req.status, req.on, req.note));
  return summarize(log.requests.find((r) => r.id === req.id)!, builtLawRules());
}

export async function markFollowUp(req: PageRequest<'markFollowUp'>): Promise<PageReply<'markFollowUp'>> {
  const log = await changeLog((l) => markFollowUpIn(l, req.id, req.what, req.on));
  return summarize(log.requests.find((r) => r.id === req.id)!, builtLawRules());
}

export async function removeRequest(req: PageRequest<'removeRequest'>): Promise<PageReply<'removeRequest'>> {
  await changeLog((l) => removeRequestIn(l, req.id));
  return { removed: true };
}

export async function setNotify(req: PageRequest<'setNotify'>): Promise<PageReply<'setNotify'>> {
  const log = await requestLogStore.update((l) => ({ ...l, ...(req.notify ? { notify: true } : { notify: undefined }) }));
  return { notify: log.notify === true };
}
