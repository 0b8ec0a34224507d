/**
 * "Ask them" in real Chromium: from a profile page's popup to a letter through the company's real channel, logged with
 * its legal due date; an overdue request counted on the badge of a tab with no risk of its own, with its reminder and
 * the complaint to the requester's authority; the deadline's alarm still scheduled after the extension reloads; and
 * the request sheet and log pass axe at 360 px and work by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, updateExtension } from './lib/chromium.mjs';
import { axeViolations } from './lib/axe.mjs';
import { localDay, oneMonthAfter } from '../support/days';

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
let ext: Ext;

beforeAll(async () => {
  ext = await launchWithExtension({ updatable: true, viewport: { width: 360, height: 720 } });
  await ext.serve('https://www.instagram.com/**', readFileSync(join(ROOT, 'tests/fixtures/pages/profile.html'), 'utf8'));
  await ext.serve('https://unlisted.example/**', readFileSync(join(ROOT, 'tests/fixtures/pages/plain.html'), 'utf8'));
});
afterAll(async () => {
  await ext?.close();
});

/** A day as the English letters write it: 27 September 2026 */
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function openTab(url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: (await ext.tabId(page)) as number };
}

/** Run `click`, and answer the extension page it opens in a new tab. */
async function opensPage(click: () => Promise<unknown>): Promise<Page> {
  const [page] = await Promise.all([ext.context.waitForEvent('page'), click()]);
  await page.waitForLoadState();
  return page;
}

/** Press Tab until the focused element satisfies `want` (a self-contained function); false after `max` presses. */
async function tabTo(page: Page, want: (el: Element) => boolean, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((src) => new Function('el', `return (${src})(el)`)(document.activeElement) as boolean, want.toString())) return true;
  }
  return false;
}

const wide = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

describe('from the popup to a logged request', () => {
  it('a profile page’s popup offers Clearview AI; the letter goes by e-mail to its address; “I sent it” logs it with its due date', async () => {
    const { page, tabId } = await openTab('https://www.instagram.com/sam.example/');
    await ext.until(async () => (await ext.getTabState(tabId)).level === 'medium');
    const popup = await ext.context.newPage();
    await popup.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
    const ask = popup.getByRole('button', { name: 'Ask Clearview AI what it holds on you, or to delete it' });
    const sheet = await opensPage(() => ask.click());
    expect(sheet.url()).toBe(ext.url('src/popup/index.html?view=request&scraper=clearview-ai'));

    // the first time: only what the letter needs, kept in this browser
    const form = sheet.getByTestId('details-form');
    await form.waitFor();
    expect(await form.textContent()).toMatch(/stay in this browser/i);
    await sheet.getByLabel('Your name').fill('Sam Example');
    await sheet.getByLabel('Your e-mail address').fill('sam@example.org');
    await sheet.getByLabel('Where you live').selectOption('NL');
    await sheet.getByRole('button', { name: 'Save and continue' }).click();

    // the law, and why: the GDPR because the requester lives in the Netherlands
    const law = sheet.getByTestId('law-choice');
    await law.waitFor();
    expect(await law.getByRole('radio', { name: /GDPR \(EU\)/ }).isChecked()).toBe(true);
    expect(await law.textContent()).toMatch(/Netherlands/);
    await sheet.getByRole('radio', { name: /^Access:/ }).check();

    // the letter in full, its channel and address, what the company may ask as proof
    expect(await sheet.getByTestId('letter-channel').textContent()).toBe('By e-mail');
    expect(await sheet.getByTestId('letter-to').textContent()).toBe('legal-requests@clearview.ai');
    expect(await sheet.getByTestId('letter-subject').textContent()).toMatch(/Article 15/);
    const letter = await sheet.getByLabel('The letter', { exact: true }).inputValue();
    expect(letter).toMatch(/Article 15/);
    expect(letter).toContain('Sam Example');
    expect(await sheet.getByTestId('proof').textContent()).toMatch(/photo/i);
    const mailto = await sheet.getByTestId('action-mail').getAttribute('href');
    expect(mailto).toMatch(/^mailto:legal-requests@clearview\.ai\?/);

    const sentOn = localDay(-3);
    await sheet.getByLabel('Sent on').fill(sentOn);
    await sheet.getByRole('button', { name: 'I sent it' }).click();
    const due = oneMonthAfter(sentOn);
    expect(await sheet.getByTestId('sent-logged').textContent()).toContain(`The answer is due by ${due}.`);
    expect(await wide(sheet)).toBeLessThanOrEqual(360);

    // the log page shows it: company, kind, law, channel, sent, due, status
    const log = await opensPage(() => sheet.getByRole('button', { name: 'Open your request log' }).click());
    const row = log.getByTestId('log-row').first();
    await row.waitFor();
    expect(await row.getByRole('heading').textContent()).toMatch(/Clearview AI · Access/);
    expect(await row.getByTestId('log-sent').textContent()).toBe(sentOn);
    expect(await row.getByTestId('log-due').textContent()).toBe(due);
    expect(await row.getByTestId('log-status').textContent()).toBe('Waiting for an answer');
    expect(await row.textContent()).toMatch(/GDPR \(EU\).*By e-mail/);

    // the contract from outside
    const listed = (await ext.sendFromExtensionPage({ type: 'listRequests' })) as { requests: unknown[] };
    expect(listed.requests).toEqual([
      { id: expect.any(String), scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', sentOn, dueDate: due, status: 'sent' },
    ]);
    await Promise.all([page.close(), popup.close(), sheet.close(), log.close()]);
  });
});

describe('a request past its deadline', () => {
  it('counts on the badge of an unlisted tab, with a title in words; the log drafts the reminder and the complaint to the Dutch authority', async () => {
    const sentOn = localDay(-62);
    const logged = (await ext.sendFromExtensionPage({ type: 'logRequest', scraper: 'clearview-ai', kind: 'erasure', law: 'gdpr', channel: 'email', sentOn })) as { id: string; dueDate: string };
    expect(logged).toEqual({ id: expect.any(String), dueDate: oneMonthAfter(sentOn) });

    const { page, tabId } = await openTab('https://unlisted.example/');
    const badge = await ext.until(async () => {
      const b = await ext.badge(tabId);
      return b.text === '1' ? b : null;
    });
    expect(badge).toMatchObject({ text: '1' });
    expect(badge.title).toMatch(/past their deadline.*1/);

    // a tab with a risk badge of its own keeps it
    const listed = await openTab('https://www.instagram.com/sam.example/');
    await ext.until(async () => (await ext.badge(listed.tabId)).text === '!');
    expect((await ext.badge(listed.tabId)).text).toBe('!');

    const log = await ext.context.newPage();
    await log.goto(ext.url('src/popup/index.html?view=log'));
    const row = log.locator(`[data-request="${logged.id}"]`);
    await row.getByTestId('log-overdue').waitFor();

    await row.getByRole('button', { name: 'Send a reminder' }).click();
    const reminder = row.getByTestId('reminder-draft');
    expect(await reminder.getByTestId('letter-to').textContent()).toBe('legal-requests@clearview.ai');
    const reminderText = await reminder.getByLabel('The letter', { exact: true }).inputValue();
    expect(reminderText).toContain(longDate(sentOn));
    expect(reminderText).toMatch(/Article 17/);

    await row.getByRole('button', { name: 'Complain to your authority' }).click();
    const complaint = row.getByTestId('complaint-draft');
    expect(await complaint.getByRole('heading').textContent()).toMatch(/Autoriteit Persoonsgegevens/);
    const complaintText = await complaint.getByLabel('The letter', { exact: true }).inputValue();
    expect(complaintText).toContain(longDate(sentOn));
    expect(complaintText).toContain(longDate(logged.dueDate));
    expect(complaintText).toMatch(/Clearview AI/);
    expect(await wide(log)).toBeLessThanOrEqual(360);
    await Promise.all([page.close(), listed.page.close(), log.close()]);
  });

  it('the deadline alarm is set for the day the next request becomes overdue, and is still set after the extension reloads', async () => {
    const { requests } = (await ext.sendFromExtensionPage({ type: 'listRequests' })) as { requests: { dueDate: string; status: string }[] };
    const waiting = requests.map((r) => r.dueDate).filter((d) => d >= localDay()).sort();
    const expected = new Date(`${dayAfter(waiting[0]!)}T00:00:00`).getTime();
    const alarm = async () => (await ext.liveWorker()).evaluate(() => chrome.alarms.get('unscraped-overdue'));
    expect((await alarm())?.scheduledTime).toBe(expected);

    await updateExtension(ext);
    const after = await ext.until(async () => (await alarm().catch(() => undefined)) ?? null, 10_000);
    expect(after?.scheduledTime).toBe(expected);
    // and the overdue count is back on the toolbar
    const { page, tabId } = await openTab('https://unlisted.example/');
    expect((await ext.until(async () => ((await ext.badge(tabId)).text === '1' ? '1' : null), 10_000))).toBe('1');
    await page.close();
  });
});

describe('accessibility', () => {
  it('axe finds nothing on the request sheet (details form, then letter) and the log page', async () => {
    const sheet = await ext.context.newPage();
    await sheet.goto(ext.url('src/popup/index.html?view=request&scraper=pimeyes'));
    await sheet.getByTestId('letter-channel').waitFor();
    expect(await axeViolations(sheet)).toEqual([]);
    await sheet.getByRole('button', { name: 'Change my details' }).click();
    await sheet.getByTestId('details-form').waitFor();
    expect(await axeViolations(sheet)).toEqual([]);

    const log = await ext.context.newPage();
    await log.goto(ext.url('src/popup/index.html?view=log'));
    await log.getByTestId('log-overdue').first().waitFor();
    await log.getByRole('button', { name: 'Complain to your authority' }).first().click();
    await log.getByTestId('complaint-draft').waitFor();
    expect(await axeViolations(log)).toEqual([]);
    // the check is live: a control without a name is reported
    await log.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('input'), { type: 'text' })));
    expect((await axeViolations(log)).join('\n')).toMatch(/^label/m);
    await Promise.all([sheet.close(), log.close()]);
  });

  it('by keyboard alone: choose what to ask and log it as sent', async () => {
    const sheet = await ext.context.newPage();
    await sheet.goto(ext.url('src/popup/index.html?view=request&scraper=clearview-ai'));
    await sheet.getByTestId('kind-choice').waitFor();
    const before = ((await ext.sendFromExtensionPage({ type: 'listRequests' })) as { requests: unknown[] }).requests.length;
    // Tab to the kind radios, arrow to "Objection", Tab on to "I sent it" and press Enter
    const focusOn = (want: (el: Element) => boolean) => tabTo(sheet, want);
    expect(await focusOn((el) => (el as HTMLInputElement).name === 'kind')).toBe(true);
    await sheet.keyboard.press('ArrowDown');
    await sheet.keyboard.press('ArrowDown');
    expect(await sheet.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('objection');
    expect(await sheet.getByLabel('The letter', { exact: true }).inputValue()).toMatch(/Article 21/);
    expect(await focusOn((el) => el.textContent === 'I sent it')).toBe(true);
    await sheet.keyboard.press('Enter');
    await sheet.getByTestId('sent-logged').waitFor();
    const after = (await ext.sendFromExtensionPage({ type: 'listRequests' })) as { requests: { kind: string }[] };
    expect(after.requests.length).toBe(before + 1);
    expect(after.requests.at(-1)?.kind).toBe('objection');
    await sheet.close();
  });

  it('by keyboard alone: the log’s reminder drafted, and marked as sent', async () => {
    const log = await ext.context.newPage();
    await log.goto(ext.url('src/popup/index.html?view=log'));
    await log.getByTestId('log-overdue').first().waitFor();
    expect(await tabTo(log, (el) => el.textContent === 'Send a reminder')).toBe(true);
    await log.keyboard.press('Enter');
    await log.getByTestId('reminder-draft').waitFor();
    expect(await tabTo(log, (el) => el.textContent === 'I sent the reminder')).toBe(true);
    await log.keyboard.press('Enter');
    await log.getByText(/^Reminder sent on /).waitFor();
    expect(await log.getByTestId('reminder-draft').count()).toBe(0);
    await log.close();
  });
});

describe('network', () => {
  it('nothing left the browser: no request but the fixture documents', () => {
    expect(ext.strayRequests()).toEqual([]);
  });
});
