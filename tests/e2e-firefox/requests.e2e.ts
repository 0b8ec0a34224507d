/**
 * The request log in real Firefox: a request logged from an extension page gets its legal due date, shows in the log
 * page, and once past its deadline counts on the badge of any tab without a risk badge of its own; the deadline's
 * alarm is set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchFirefox, type FirefoxSession } from '../e2e/lib/firefox.mjs';
import { localDay, oneMonthAfter } from '../support/days';

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
  await ff.serve('https://www.instagram.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8'));
  await ff.serve('https://unlisted.example/**', readFileSync(join(ROOT, 'tests/fixtures/pages/plain.html'), 'utf8'));
});
afterAll(async () => {
  await ff?.close();
});

async function badgeOf(url: string, want: string) {
  const tab = await ff.open(url);
  const tabId = await ff.tabId(tab);
  let last = { text: '', title: '' };
  await ff.until(async () => (last = await ff.badge(tabId)).text === want);
  await ff.closeTab(tab);
  return last;
}

describe('the request log', () => {
  it('a request logged today has its due date, and no tab shows an overdue count', async () => {
    const sentOn = localDay();
    const logged = await ff.sendFromExtensionPage({ type: 'logRequest', scraper: 'pimeyes', kind: 'access', law: 'gdpr', channel: 'webform', sentOn });
    expect(logged).toEqual({ id: expect.any(String), dueDate: oneMonthAfter(sentOn) });
    expect(await ff.sendFromExtensionPage({ type: 'listRequests' })).toEqual({
      requests: [{ id: (logged as { id: string }).id, scraper: 'pimeyes', kind: 'access', law: 'gdpr', channel: 'webform', sentOn, dueDate: oneMonthAfter(sentOn), status: 'sent' }],
    });
    expect((await badgeOf('https://unlisted.example/', '')).text).toBe('');
  });

  it('a request sent two months ago is overdue: its count on an unlisted tab’s badge, in words in the title; a listed tab keeps its own', async () => {
    const sentOn = localDay(-62);
    const logged = (await ff.sendFromExtensionPage({ type: 'logRequest', scraper: 'clearview-ai', kind: 'erasure', law: 'gdpr', channel: 'email', sentOn })) as { id: string; dueDate: string };
    expect(logged.dueDate).toBe(oneMonthAfter(sentOn));

    const unlisted = await badgeOf('https://unlisted.example/', '1');
    expect(unlisted.text).toBe('1');
    expect(unlisted.title).toMatch(/past their deadline.*1/);
    expect((await badgeOf('https://www.instagram.com/sam.example/', '!')).text).toBe('!');

    // the log page marks it, and offers the reminder and the complaint
    const page = await ff.openExtensionPage('src/popup/index.html?view=log');
    const row = await ff.until(() => page.eval(`(() => {
      const row = document.querySelector('[data-request="${logged.id}"]');
      return row && row.querySelector('[data-testid="log-overdue"]')
        ? { heading: row.querySelector('h2').textContent, buttons: [...row.querySelectorAll('.follow-up button')].map((b) => b.textContent) }
        : null;
    })()`));
    expect(row).toEqual({ heading: 'Clearview AI · Erasure: delete what it holds on you', buttons: ['Send a reminder', 'Complain to your authority'] });
    await page.close();

    // the alarm waits for the next request to become overdue: the day after the first one's due date
    const alarm = (await ff.evalInBackground(`await browser.alarms.get('unscraped-overdue')`)) as { scheduledTime: number } | undefined;
    const dueFirst = new Date(`${oneMonthAfter(localDay())}T00:00:00`);
    dueFirst.setDate(dueFirst.getDate() + 1);
    expect(alarm?.scheduledTime).toBe(dueFirst.getTime());
  });
});

describe('network', () => {
  it('Firefox made no request but the fixture documents', () => {
    expect(ff.strayRequests()).toEqual([]);
  });
});
