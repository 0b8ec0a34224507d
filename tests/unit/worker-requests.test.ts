/**
 * The request log and the user's details in the worker: logging a request and its deadline, the one alarm that
 * survives restarts, the overdue count on the badge of tabs without a risk badge, and details that stay in the worker.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
const { fake } = await import('../support/fake-browser');
const { localDay } = await import('../support/days');

async function startWorker() {
  vi.resetModules();
  return {
    ...(await import('../../src/background/router')),
    ...(await import('../../src/background/reminders')),
    ...(await import('../../src/background/tabs')),
    RECEIVER: (await import('../../src/core/protocol/content')).RECEIVER,
    OVERDUE_ALARM: (await import('../../src/ext/alarms')).OVERDUE_ALARM,
  };
}
let w: Awaited<ReturnType<typeof startWorker>>;
const ask = (m: Record<string, unknown>) => w.handlePageMessage(m as never);
const local = () => fake.browser.storage.local.dump();

/** Today in local time, and a day `n` days away from it. */
const today = localDay();
const daysFromToday = localDay;

beforeEach(async () => {
  fake.resetAll();
  w = await startWorker();
});

describe('logging a request', () => {
  it('answers { id, dueDate } and lists it exactly as the contract says, with the GDPR month', async () => {
    const r = (await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: '2026-01-31' })) as { id: string; dueDate: string };
    expect(r).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), dueDate: '2026-02-28' });
    expect(await ask({ type: 'listRequests' })).toEqual({
      requests: [{ id: r.id, scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: '2026-01-31', dueDate: '2026-02-28', status: 'sent' }],
    });
  });

  it('CCPA gives 45 days, and an extension moves the due date by the law’s rule', async () => {
    const r = (await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'erasure', law: 'ccpa', channel: 'email', sentOn: '2026-03-01' })) as { id: string; dueDate: string };
    expect(r.dueDate).toBe('2026-04-15');
    const ext = (await ask({ type: 'updateRequest', id: r.id, status: 'extended', on: '2026-04-01', note: 'They asked for more time.' })) as { dueDate: string };
    expect(ext.dueDate).toBe('2026-05-30');
  });

  it('refuses what the protocol does not allow, and logs nothing', async () => {
    for (const bad of [
      { type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'fax', sentOn: today },
      { type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: '2026-02-30' },
      { type: 'logRequest', scraper: 'Clearview AI', kind: 'access', law: 'gdpr', channel: 'email', sentOn: today },
      { type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: today, dueDate: '2030-01-01' },
    ]) {
      const { parsePageMessage } = await import('../../src/core/protocol/pages');
      expect(parsePageMessage(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(local()).toEqual({});
  });
});

describe('deadlines that survive restarts', () => {
  it('one alarm at the start of the day after the earliest due date; none once nothing is waiting', async () => {
    const a = (await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: today })) as { id: string; dueDate: string };
    await ask({ type: 'logRequest', scraper: 'pimeyes', kind: 'erasure', law: 'gdpr', channel: 'webform', sentOn: daysFromToday(-10) });
    const alarm = fake.alarms.get(w.OVERDUE_ALARM)!;
    const [y, m, d] = daysFromToday(-10).split('-').map(Number);
    const due = new Date(y!, m! - 1, d!);
    due.setMonth(due.getMonth() + 1);
    if (due.getDate() !== d) due.setDate(0); // same day next month, else the last day of that month
    due.setDate(due.getDate() + 1);
    expect(alarm.scheduledTime).toBe(due.getTime());
    await ask({ type: 'updateRequest', id: a.id, status: 'answered', on: today });
    const list = (await ask({ type: 'listRequests' })) as { requests: { id: string; status: string }[] };
    for (const r of list.requests.filter((x) => x.status === 'sent')) await ask({ type: 'updateRequest', id: r.id, status: 'done', on: today });
    expect(fake.alarms.has(w.OVERDUE_ALARM)).toBe(false);
  });

  it('a restarted worker recomputes the alarm from the log (browser start, install, update)', async () => {
    await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: today });
    fake.alarms.clear(); // alarms do not outlive a browser that was closed
    w = await startWorker();
    await w.reschedule();
    expect(fake.alarms.get(w.OVERDUE_ALARM)?.scheduledTime).toBeGreaterThan(Date.now());
  });
});

describe('overdue requests on the badge', () => {
  it('a request sent two months ago shows as a count, with a title in words, on a tab without a risk badge of its own', async () => {
    (globalThis as Record<string, unknown>)[w.RECEIVER] = () => ({ doc: 'doc-aaaaaaaa', shown: false });
    fake.tabs.set(1, { id: 1, url: 'https://unlisted.example/', incognito: false, index: 0 });
    fake.tabs.set(2, { id: 2, url: 'https://www.instagram.com/sam.example/', incognito: false, index: 1 });
    await w.onTabUpdated(1, { status: 'complete' }, fake.tabs.get(1) as never);
    await w.onTabUpdated(2, { status: 'complete' }, fake.tabs.get(2) as never);
    await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: daysFromToday(-62) });
    expect(fake.shownBadge(1)).toBe('1');
    expect(fake.shownTitle(1)).toBe('badgeTitleOverdue');
    // a tab with a risk badge keeps its own
    expect(fake.shownBadge(2)).toBe('!');
    const log = (await ask({ type: 'getRequestLog' })) as { requests: { overdue: boolean }[] };
    expect(log.requests[0]!.overdue).toBe(true);
  });

  it('no overdue request: an empty badge', async () => {
    await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: today });
    expect(fake.shownBadge(1)).toBe('');
  });

  it('a system notification only when the user asked for one and granted the permission', async () => {
    await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: daysFromToday(-62) });
    await w.onAlarm(w.OVERDUE_ALARM);
    expect(fake.browser.notifications.shown).toEqual([]);
    await ask({ type: 'setNotify', notify: true });
    await w.onAlarm(w.OVERDUE_ALARM);
    expect(fake.browser.notifications.shown).toEqual([]); // not granted
    fake.browser.permissions.granted.add('notifications');
    await w.onAlarm(w.OVERDUE_ALARM);
    expect(fake.browser.notifications.shown).toEqual([{ title: 'extName', message: 'notifyOverdue' }]);
  });
});

describe('the user’s details', () => {
  it('are cleaned, stored in storage.local only, and removable at once', async () => {
    const saved = await ask({ type: 'saveDetails', details: { name: '  Sam\u202E <b>Example</b> ', email: 'sam@example.org', country: 'de', region: 'DE-BY', letterLanguage: 'de' } });
    expect(saved).toEqual({ details: { schemaVersion: 1, name: 'Sam <b>Example</b>', email: 'sam@example.org', country: 'DE', region: 'BY', letterLanguage: 'de' } });
    expect(local().details).toEqual((saved as { details: unknown }).details);
    expect(JSON.stringify(fake.browser.storage.session.dump())).not.toContain('Sam');
    expect(await ask({ type: 'saveDetails', details: { name: 'Sam', email: 'not an address', country: 'DE' } })).toEqual({ error: 'email' });
    expect(await ask({ type: 'deleteDetails' })).toEqual({ deleted: true });
    expect(await ask({ type: 'getDetails' })).toBeNull();
  });

  it('never reach a content script: nothing handed to a page carries them', async () => {
    await ask({ type: 'saveDetails', details: { name: 'Sam Secretname', email: 'sam@secret.example', country: 'NL' } });
    await ask({ type: 'logRequest', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn: today });
    const handed: unknown[] = [];
    (globalThis as Record<string, unknown>)[w.RECEIVER] = (policy: unknown) => {
      handed.push(policy);
      return { doc: 'doc-aaaaaaaa', shown: true };
    };
    fake.tabs.set(3, { id: 3, url: 'https://www.instagram.com/sam.example/', incognito: false, index: 0 });
    await w.onTabUpdated(3, { status: 'complete' }, fake.tabs.get(3) as never);
    const { handleContentMessage } = await import('../../src/background/content-messages');
    const reply = await handleContentMessage({ type: 'reportUpload', doc: 'doc-aaaaaaaa' }, { id: 'ourid', url: 'https://www.instagram.com/sam.example/', frameId: 0, tab: { id: 3, url: 'https://www.instagram.com/sam.example/', incognito: false, index: 0 } } as never);
    expect(handed.length).toBeGreaterThan(0);
    expect(JSON.stringify([handed, reply])).not.toMatch(/Secretname|secret\.example|clearview-ai/);
  });
});
