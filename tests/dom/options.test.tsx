// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Options, type OptionsData } from '../../src/options/options-view';
import { t } from './i18n';

afterEach(cleanup);

const base = (over: Partial<OptionsData> = {}): OptionsData => ({
  prefs: { schemaVersion: 2, defaultMode: 'warn', sites: {}, pauses: {}, sync: false },
  platforms: { services: ['Instagram', 'Facebook'], datasets: ['Pinterest'], none: ['Reddit', 'GitHub'] },
  registryVersion: '2026.11.21',
  registryDate: '2026-11-21',
  t,
  ...over,
});

describe('Options', () => {
  it('shows the default mode and changes it', () => {
    const onDefaultMode = vi.fn();
    render(<Options {...base({ onDefaultMode })} />);
    const group = screen.getByTestId('default-mode');
    expect((within(group).getByRole('radio', { name: /Warn/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: /Off/ }));
    expect(onDefaultMode).toHaveBeenCalledWith('off');
  });

  it('lists sites with their own setting, and resets one to the default', () => {
    const onSiteMode = vi.fn();
    render(<Options {...base({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off', 'instagram.com': 'quiet' }, pauses: {}, sync: false }, onSiteMode })} />);
    const rows = within(screen.getByTestId('sites')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['instagram.com', 'x.com']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Mode for x.com' }), { target: { value: 'quiet' } });
    expect(onSiteMode).toHaveBeenCalledWith('x.com', 'quiet');
    fireEvent.click(screen.getByRole('button', { name: 'Use the default for instagram.com' }));
    expect(onSiteMode).toHaveBeenCalledWith('instagram.com', null);
  });

  it('explains where choices come from when there are none', () => {
    render(<Options {...base()} />);
    expect(screen.getByTestId('no-sites').textContent).toContain('Not on this site');
  });

  it('says what the registry covers', () => {
    render(<Options {...base()} />);
    expect(screen.getByText(/Registry 2026.11.21, facts reviewed on 2026-11-21\. .* Unscraped watches 5 social and photo platforms:/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Face-search services documented or reported to have harvested photos (2)' })).toBeTruthy();
    expect(screen.getByTestId('platforms-services').textContent).toBe('Instagram · Facebook');
    expect(screen.getByTestId('platforms-datasets').textContent).toBe('Pinterest');
    expect(screen.getByTestId('platforms-none').textContent).toBe('Reddit · GitHub');
  });
});

describe('Options: pauses, details and My exposure', () => {
  const NOW = Date.now();
  it('lists a running pause beside the sites’ own choices, and ends it; an ended pause is not listed', () => {
    const onPause = vi.fn();
    const prefs = { schemaVersion: 2 as const, defaultMode: 'warn' as const, sites: { 'x.com': 'off' as const }, pauses: { 'instagram.com': NOW + 3_600_000, 'vk.com': NOW - 1 }, sync: false };
    render(<Options {...base({ prefs, onPause, now: NOW })} />);
    const rows = within(screen.getByTestId('sites')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['instagram.com', 'x.com']);
    expect(rows[0]!.textContent).toContain('(default)');
    expect(within(rows[0]!).getByTestId('pause-until').textContent).toMatch(/^until \d\d:\d\d|^until \w{3} \d\d:\d\d/);
    expect(within(rows[0]!).queryByRole('button', { name: /Use the default/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'End the pause on instagram.com' }));
    expect(onPause).toHaveBeenCalledWith('instagram.com', null);
  });

  it('shows the details for letters, edits them, and deletes them only after a confirmation', async () => {
    const onSaveDetails = vi.fn(async () => null);
    const onDeleteDetails = vi.fn(async () => true);
    const details = { schemaVersion: 1 as const, name: 'Sam Example', email: 'sam@example.org', country: 'DE', region: 'BY', letterLanguage: 'de' as const };
    render(<Options {...base({ details, onSaveDetails, onDeleteDetails })} />);
    const section = screen.getByTestId('details-section');
    expect(within(section).getByTestId('details-shown').textContent).toMatch(/Sam Example.*sam@example\.org.*Bayern \(Germany\).*Deutsch/);
    fireEvent.click(within(section).getByRole('button', { name: 'Delete my details' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Keep it' }));
    expect(onDeleteDetails).not.toHaveBeenCalled();
    fireEvent.click(within(section).getByRole('button', { name: 'Delete my details' }));
    fireEvent.click(within(section).getByTestId('details-delete-confirm'));
    expect(onDeleteDetails).toHaveBeenCalledOnce();
    fireEvent.click(within(section).getByRole('button', { name: 'Change my details' }));
    fireEvent.input(within(section).getByLabelText('Your name'), { target: { value: 'Sam Other' } });
    fireEvent.submit(within(section).getByTestId('details-form'));
    await vi.waitFor(() => expect(onSaveDetails).toHaveBeenCalledWith(expect.objectContaining({ name: 'Sam Other', country: 'DE', region: 'BY' })));
  });

  it('My exposure: each platform with the profiles marked and uploads counted, the evidence, and Request from all', () => {
    const onRequestAll = vi.fn();
    const onRemoveProfile = vi.fn();
    const exposure = {
      schemaVersion: 1 as const,
      profiles: [{ platform: 'instagram', handle: 'sam.example', markedOn: '2026-11-20' }, { platform: 'reddit', handle: 'sam_example', markedOn: '2026-11-21' }],
      countUploads: true,
      uploads: { facebook: 3 },
    };
    render(<Options {...base({ exposure, onRequestAll, onRemoveProfile })} />);
    const section = screen.getByTestId('exposure');
    const articles = within(section).getAllByRole('article');
    expect(articles.map((a) => a.getAttribute('data-platform'))).toEqual(['instagram', 'facebook', 'reddit']);
    const ig = articles[0]!;
    expect(ig.textContent).toContain('Your profile sam.example (marked on 2026-11-20)');
    expect(within(ig).getByText('Clearview AI')).toBeTruthy();
    fireEvent.click(within(ig).getByTestId('request-all'));
    expect(onRequestAll).toHaveBeenCalledWith(expect.arrayContaining(['clearview-ai']));
    expect(articles[1]!.textContent).toContain('Photos you chose to upload here: 3');
    // a platform with nothing documented says so, and offers no request
    expect(articles[2]!.textContent).toContain('No face-search company or dataset is documented to have harvested Reddit.');
    expect(within(articles[2]!).queryByTestId('request-all')).toBeNull();
    fireEvent.click(within(ig).getByRole('button', { name: 'Remove sam.example on Instagram from My exposure' }));
    expect(onRemoveProfile).toHaveBeenCalledWith('instagram', 'sam.example');
    expect((within(section).getByRole('checkbox', { name: /Count the photos I upload/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('My exposure, empty: says how to add a profile', () => {
    render(<Options {...base({ exposure: { schemaVersion: 1, profiles: [], countUploads: null, uploads: {} } })} />);
    expect(screen.getByTestId('exposure-empty').textContent).toContain('This is my profile');
  });
});

describe('Options: sync and your data', () => {
  it('sync is off until ticked, says what it carries and never carries, and shows a quota problem', () => {
    const onSync = vi.fn();
    const { unmount } = render(<Options {...base({ sync: { on: false, problem: null, left: 0, at: null }, onSync })} />);
    const section = screen.getByTestId('sync');
    expect(section.textContent).toMatch(/Your details, your request log and My exposure never leave this device/);
    fireEvent.click(within(section).getByRole('checkbox'));
    expect(onSync).toHaveBeenCalledWith(true);
    unmount();
    render(<Options {...base({ sync: { on: true, problem: 'QUOTA_BYTES quota exceeded', left: 7, at: 1 } })} />);
    expect(screen.getByTestId('sync-problem').textContent).toContain('kept on this device only: QUOTA_BYTES quota exceeded');
    expect(screen.getByTestId('sync-left').textContent).toContain('7 site choices did not fit');
  });

  it('an import reports what it took, counted, and each thing it did not take with the reason', async () => {
    const report = {
      taken: [
        { item: 'prefs', code: 'site-taken', args: ['vk.com', 'off'], what: '' },
        { item: 'prefs', code: 'site-taken', args: ['ok.ru', 'quiet'], what: '' },
        { item: 'requests', code: 'request-taken', args: ['id-aaaaaaaa', 'pimeyes', '2026-01-06'], what: '' },
      ],
      skipped: [
        { item: 'prefs', code: 'site-kept-here', args: ['x.com', 'warn', 'off'], what: '' },
        { item: 'requests', code: 'request-kept-here', args: ['id-bbbbbbbb', 'clearview-ai', '2026-01-05'], what: '' },
      ],
      unchanged: [],
    };
    const onImport = vi.fn(async () => ({ report }) as never);
    render(<Options {...base({ onImport })} />);
    const input = screen.getByLabelText('Import a file:') as HTMLInputElement;
    const file = new File(['{"format":"unscraped-export"}'], 'unscraped.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    const result = await screen.findByTestId('import-result');
    expect(onImport).toHaveBeenCalledWith('{"format":"unscraped-export"}');
    expect(within(result).getByTestId('import-taken').textContent).toBe('Site choices: 2Requests in the log: 1');
    expect(within(result).getByTestId('import-skipped').textContent).toBe(
      'x.com: the file says Off, you chose Warn hereRequest to Clearview AI sent on 2026-01-05: the one here is at least as recent',
    );
  });

  it('a file that is not an export changes nothing and says so', async () => {
    render(<Options {...base({ onImport: async () => ({ error: { code: 'not-json', message: '', args: [] } }) })} />);
    const input = screen.getByLabelText('Import a file:') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['hello'], 'x.json')] });
    fireEvent.change(input);
    expect((await screen.findByTestId('import-result')).textContent).toBe('This file is not an Unscraped export (it is not JSON). Nothing was changed.');
  });

  it('erases everything only after the confirmation, and says it is done', async () => {
    const onErase = vi.fn(async () => true);
    render(<Options {...base({ onErase })} />);
    fireEvent.click(screen.getByTestId('erase'));
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be undone/);
    expect(onErase).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('erase-confirm'));
    expect(onErase).toHaveBeenCalledOnce();
    expect((await screen.findByTestId('erased')).textContent).toBe('Everything Unscraped stored is erased.');
  });
});

describe('Options: choosing for a platform from the settings', () => {
  it('sets a mode for a listed platform not yet chosen, and lists only those', () => {
    const onSiteMode = vi.fn();
    const listedSites = [{ site: 'instagram.com', name: 'Instagram' }, { site: 'x.com', name: 'X (Twitter)' }];
    render(<Options {...base({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'quiet' }, pauses: {}, sync: false }, listedSites, onSiteMode })} />);
    const select = screen.getByLabelText('Platform') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['—', 'Instagram (instagram.com)']);
    fireEvent.change(select, { target: { value: 'instagram.com' } });
    fireEvent.submit(select.closest('form')!);
    expect(onSiteMode).toHaveBeenCalledWith('instagram.com', 'off');
  });
});
