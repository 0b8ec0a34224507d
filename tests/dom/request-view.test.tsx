// @vitest-environment happy-dom
/** "Ask them" and the request log, rendered with a fake data source: what the user sees and what reaches the worker. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LogView } from '../../src/popup/log/log-view';
import { RequestView } from '../../src/popup/request/request-view';
import { RequestQueue } from '../../src/popup/request/request-queue';
import type { RequestSource } from '../../src/popup/connector';
import type { RequestLogView } from '../../src/core/protocol/pages';
import type { UserDetails } from '../../src/core/user/details';
import { TranslateProvider } from '../../src/ui/i18n';
import { t } from './i18n';

afterEach(cleanup);

const sam: UserDetails = { schemaVersion: 1, name: 'Sam Example', email: 'sam@example.org', country: 'NL' };

function fakeSource(over: Partial<RequestSource> = {}): RequestSource & { calls: Record<string, unknown[]> } {
  const calls: Record<string, unknown[]> = {};
  const rec = <T,>(name: string, v: T) => (arg?: unknown) => {
    (calls[name] ??= []).push(arg);
    return Promise.resolve(v);
  };
  return {
    calls,
    getDetails: rec('getDetails', sam),
    saveDetails: rec('saveDetails', { details: sam }) as RequestSource['saveDetails'],
    logRequest: rec('logRequest', { id: 'aaaaaaaa-bbbb', dueDate: '2026-12-28' }) as RequestSource['logRequest'],
    getRequestLog: rec('getRequestLog', { today: '2026-11-28', notify: false, requests: [] }) as RequestSource['getRequestLog'],
    updateRequest: rec('updateRequest', { id: 'x' }) as RequestSource['updateRequest'],
    markFollowUp: rec('markFollowUp', { id: 'x' }) as RequestSource['markFollowUp'],
    removeRequest: rec('removeRequest', { removed: true }) as RequestSource['removeRequest'],
    setNotify: rec('setNotify', true) as RequestSource['setNotify'],
    copy: rec('copy', true) as RequestSource['copy'],
    print: () => undefined,
    today: () => '2026-11-28',
    uiLanguage: () => 'en',
    openView: () => undefined,
    ...over,
  };
}
const mount = (node: preact.ComponentChildren) => render(<TranslateProvider t={t}>{node}</TranslateProvider>);

describe('Ask them', () => {
  it('the first time, asks for what the letter needs and nothing more, says it stays here, and stores it through the worker', async () => {
    const source = fakeSource({ getDetails: async () => null });
    mount(<RequestView scraper="pimeyes" source={source} />);
    const form = await screen.findByTestId('details-form');
    expect(form.textContent).toContain('These details stay in this browser');
    // PimEyes has no postal channel: no address is asked for
    expect(within(form).queryByLabelText(/Postal address/)).toBeNull();
    fireEvent.input(within(form).getByLabelText('Your name'), { target: { value: 'Sam Example' } });
    fireEvent.input(within(form).getByLabelText('Your e-mail address'), { target: { value: 'sam@example.org' } });
    fireEvent.change(within(form).getByLabelText('Where you live'), { target: { value: 'NL' } });
    fireEvent.submit(form);
    await waitFor(() => expect(source.calls.saveDetails).toEqual([{ name: 'Sam Example', email: 'sam@example.org', country: 'NL' }]));
  });

  it('asks for a postal address where the company has a postal channel, and a US state where the law needs one', async () => {
    mount(<RequestView scraper="clearview-ai" source={fakeSource({ getDetails: async () => null })} />);
    const form = await screen.findByTestId('details-form');
    expect(within(form).getByLabelText(/Postal address/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Where you live'), { target: { value: 'US' } });
    expect(within(form).getByLabelText('State or Land')).toBeTruthy();
  });

  it('shows the law and why, the kinds that exist, and the whole letter with its channel, proof and deadline', async () => {
    mount(<RequestView scraper="clearview-ai" source={fakeSource()} />);
    const laws = await screen.findByTestId('law-choice');
    expect(laws.textContent).toContain('GDPR (EU)');
    expect(laws.textContent).toContain('because you live in Netherlands');
    const kinds = within(screen.getByTestId('kind-choice')).getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    expect(kinds).toEqual(['access', 'erasure', 'objection', 'combined']);
    expect(screen.getByTestId('letter-channel').textContent).toBe('By e-mail');
    expect(screen.getByTestId('letter-to').textContent).toBe('legal-requests@clearview.ai');
    expect((screen.getByTestId('letter-body') as HTMLTextAreaElement).value).toContain('Article 15');
    expect(screen.getByTestId('letter-due').textContent).toBe('The answer is due by 2026-12-28, the deadline the law sets.');
    expect(screen.getByTestId('proof').textContent).toMatch(/photo|ID/);
    // an opt-out exists only under the CCPA
    expect(screen.queryByRole('radio', { name: /Opt out/ })).toBeNull();
  });

  it('offers a Californian the CCPA, with its opt-out of sale', async () => {
    mount(<RequestView scraper="clearview-ai" source={fakeSource({ getDetails: async () => ({ ...sam, country: 'US', region: 'CA' }) })} />);
    const laws = await screen.findByTestId('law-choice');
    expect(laws.textContent).toContain('CCPA/CPRA (California)');
    expect(laws.textContent).toMatch(/because you live in California/);
    expect(screen.getByRole('radio', { name: /Opt out of the sale/ })).toBeTruthy();
  });

  it('"I sent it" logs the request with the day sent and shows its due date', async () => {
    const source = fakeSource();
    mount(<RequestView scraper="clearview-ai" source={source} />);
    fireEvent.click(await screen.findByRole('radio', { name: /Erasure/ }));
    fireEvent.input(screen.getByLabelText('Sent on'), { target: { value: '2026-11-27' } });
    fireEvent.click(screen.getByTestId('sent-button'));
    await screen.findByTestId('sent-logged');
    expect(source.calls.logRequest).toEqual([{ scraper: 'clearview-ai', kind: 'erasure', law: 'gdpr', channel: 'email', sentOn: '2026-11-27', language: 'en', channelId: 'clearview-ai-email' }]);
    expect(screen.getByTestId('sent-logged').textContent).toContain('Logged. The answer is due by 2026-12-28.');
  });

  it('a request the worker did not log says so, and does not claim it was logged', async () => {
    mount(<RequestView scraper="clearview-ai" source={fakeSource({ logRequest: async () => undefined })} />);
    fireEvent.click(await screen.findByTestId('sent-button'));
    await screen.findByText('The request could not be logged, so nothing was saved. Try again.');
    expect(screen.queryByTestId('sent-logged')).toBeNull();
  });

  it('copies the letter when it is too long for a mail link, and opens a new e-mail with the subject', async () => {
    const source = fakeSource();
    mount(<RequestView scraper="clearview-ai" source={source} />);
    const mail = (await screen.findByTestId('action-mail')) as HTMLAnchorElement;
    expect(mail.getAttribute('href')).toMatch(/^mailto:legal-requests@clearview\.ai\?subject=Access%20request/);
    mail.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(mail);
    await waitFor(() => expect(String(source.calls.copy?.[0])).toContain('Article 15'));
  });

  it('renders hostile details as inert text in the letter', async () => {
    const evil = { ...sam, name: '<img src=x onerror=alert(1)> "Sam"' };
    const { container } = mount(<RequestView scraper="clearview-ai" source={fakeSource({ getDetails: async () => evil })} />);
    const body = (await screen.findByTestId('letter-body')) as HTMLTextAreaElement;
    expect(body.value).toContain('<img src=x onerror=alert(1)> "Sam"');
    expect(container.querySelector('img[src=x]')).toBeNull();
  });
});

const row = (over: Partial<RequestLogView['requests'][number]> = {}): RequestLogView['requests'][number] => ({
  id: 'aaaaaaaa-1111', scraper: 'clearview-ai', kind: 'access', law: 'gdpr', channel: 'email', channelId: 'clearview-ai-email', language: 'en',
  sentOn: '2026-09-27', status: 'sent', history: [{ on: '2026-09-27', status: 'sent' }], dueDate: '2026-10-27', overdue: true, ...over,
});

describe('the request log', () => {
  it('lists each request with its company, kind, law, channel, days and status', async () => {
    mount(<LogView source={fakeSource({ getRequestLog: async () => ({ today: '2026-11-28', notify: false, requests: [row(), row({ id: 'bbbbbbbb-2222', overdue: false, dueDate: '2026-12-28', sentOn: '2026-11-28', scraper: 'facecheck-id', channel: 'webform', kind: 'erasure', channelId: undefined })] }) })} />);
    const rows = await screen.findAllByTestId('log-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Clearview AI · Access');
    expect(within(rows[0]!).getByTestId('log-due').textContent).toBe('2026-10-27 Past its deadline');
    expect(within(rows[1]!).queryByTestId('log-overdue')).toBeNull();
    expect(within(rows[1]!).queryByTestId('reminder-button')).toBeNull();
  });

  it('an overdue request: a reminder to the company through the same channel, and a complaint to the user’s authority', async () => {
    const source = fakeSource({ getRequestLog: async () => ({ today: '2026-11-28', notify: false, requests: [row()] }) });
    mount(<LogView source={source} />);
    fireEvent.click(await screen.findByTestId('reminder-button'));
    const reminder = await screen.findByTestId('reminder-draft');
    expect(within(reminder).getByTestId('letter-to').textContent).toBe('legal-requests@clearview.ai');
    expect((within(reminder).getByTestId('letter-body') as HTMLTextAreaElement).value).toMatch(/27 September 2026/);
    fireEvent.click(within(reminder).getByTestId('reminder-sent'));
    await waitFor(() => expect(source.calls.markFollowUp).toEqual([{ id: 'aaaaaaaa-1111', what: 'reminded', on: '2026-11-28' }]));
    fireEvent.click(screen.getByTestId('complaint-button'));
    const complaint = await screen.findByTestId('complaint-draft');
    expect(complaint.textContent).toContain('Complaint to Autoriteit Persoonsgegevens');
    expect((within(complaint).getByTestId('letter-body') as HTMLTextAreaElement).value).toMatch(/Article 77 GDPR/);
  });

  it('changes a status with a note', async () => {
    const source = fakeSource({ getRequestLog: async () => ({ today: '2026-11-28', notify: false, requests: [row()] }) });
    mount(<LogView source={source} />);
    const r = await screen.findByTestId('log-row');
    fireEvent.change(within(r).getByLabelText('New status'), { target: { value: 'extended' } });
    fireEvent.input(within(r).getByLabelText('Note (optional)'), { target: { value: 'They need two more months.' } });
    fireEvent.click(within(r).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(source.calls.updateRequest).toEqual([{ id: 'aaaaaaaa-1111', status: 'extended', on: '2026-11-28', note: 'They need two more months.' }]));
  });

  it('removes a request only after the user confirms, and keeps it when they change their mind', async () => {
    const source = fakeSource({ getRequestLog: async () => ({ today: '2026-11-28', notify: false, requests: [row()] }) });
    mount(<LogView source={source} />);
    const r = await screen.findByTestId('log-row');
    fireEvent.click(within(r).getByRole('button', { name: 'Remove this request from the log' }));
    within(r).getByText(/cannot be brought back/);
    fireEvent.click(within(r).getByRole('button', { name: 'Keep it' }));
    expect(source.calls.removeRequest).toBeUndefined();
    fireEvent.click(within(r).getByRole('button', { name: 'Remove this request from the log' }));
    fireEvent.click(within(r).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(source.calls.removeRequest).toEqual(['aaaaaaaa-1111']));
  });

  it('asks for notifications only when the user turns them on, and says so when the browser refuses', async () => {
    const source = fakeSource({ getRequestLog: async () => ({ today: '2026-11-28', notify: false, requests: [row()] }), setNotify: vi.fn(async () => false) });
    mount(<LogView source={source} />);
    fireEvent.click(await screen.findByLabelText(/system notification/));
    await screen.findByText(/did not allow notifications/);
    expect(source.setNotify).toHaveBeenCalledWith(true);
  });
});

describe('Request from all', () => {
  it('shows the companies one by one; a skipped one is not logged, a sent one is; the end says how many were logged', async () => {
    const source = fakeSource();
    mount(<RequestQueue scrapers={['clearview-ai', 'pimeyes']} source={source} />);
    expect((await screen.findByTestId('queue')).textContent).toContain('Company 1 of 2: Clearview AI');
    await screen.findByTestId('sent-button');
    fireEvent.click(screen.getByRole('button', { name: 'Skip, go to PimEyes' }));
    expect(screen.getByTestId('queue').textContent).toContain('Company 2 of 2: PimEyes');
    fireEvent.click(await screen.findByTestId('sent-button'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Finish' })).toBeTruthy());
    expect(source.calls.logRequest).toEqual([expect.objectContaining({ scraper: 'pimeyes' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Done: 1 of 2 requests logged as sent.');
  });
});
