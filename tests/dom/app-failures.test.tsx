// @vitest-environment happy-dom
/**
 * The popup's and the options page's controllers when the worker fails: they never show a choice that was not saved,
 * and they keep what they painted from storage rather than claim the page is unlisted (reliability audit D11, L).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App as OptionsApp } from '../../src/options/app';
import type { OptionsSource } from '../../src/options/connector';
import { App as PopupApp } from '../../src/popup/app';
import type { PopupSource } from '../../src/popup/connector';
import type { Prefs } from '../../src/core/prefs';
import { t } from './i18n';

afterEach(cleanup);

const saved: Prefs = { schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off' }, pauses: {}, sync: false };
const broken = { ok: false, problems: ['storage.local: save prefs: QUOTA_BYTES quota exceeded'] };

function optionsSource(over: Partial<OptionsSource> = {}): OptionsSource {
  return {
    getPrefs: async () => structuredClone(saved),
    setDefaultMode: async () => undefined, // the worker could not save
    setSiteMode: async () => undefined,
    health: async () => broken,
    listKeptAside: async () => [],
    clearKeptAside: async () => ({ cleared: 0 }),
    requestCount: async () => 2,
    logHref: 'chrome-extension://ourid/src/popup/index.html?view=log',
    ...over,
  };
}

describe('options, when the worker cannot save', () => {
  it('L: a default mode that was not saved does not stay chosen, and the page says so', async () => {
    render(<OptionsApp source={optionsSource()} t={t} />);
    const group = await screen.findByTestId('default-mode');
    fireEvent.click(within(group).getByRole('radio', { name: /Off/ }));
    await screen.findByTestId('save-error');
    await waitFor(() => expect((within(group).getByRole('radio', { name: /Warn/ }) as HTMLInputElement).checked).toBe(true));
    expect((within(group).getByRole('radio', { name: /Off/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('a site’s mode that was not saved goes back to the saved one', async () => {
    render(<OptionsApp source={optionsSource()} t={t} />);
    const select = (await screen.findByRole('combobox', { name: 'Mode for x.com' })) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'quiet' } });
    await screen.findByTestId('save-error');
    await waitFor(() => expect(select.value).toBe('off'));
  });

  it('shows the storage failure in words', async () => {
    render(<OptionsApp source={optionsSource()} t={t} />);
    const card = await screen.findByTestId('health');
    expect(card.textContent).toContain('cannot use the browser');
    expect(card.textContent).toContain('QUOTA_BYTES');
  });

  it('a saved change shows, with no error', async () => {
    const setDefaultMode = vi.fn(async (mode: Prefs['defaultMode']) => ({ ...saved, defaultMode: mode }));
    render(<OptionsApp source={optionsSource({ setDefaultMode, health: async () => ({ ok: true, problems: [] }) })} t={t} />);
    const group = await screen.findByTestId('default-mode');
    fireEvent.click(within(group).getByRole('radio', { name: /Quiet/ }));
    await waitFor(() => expect((within(group).getByRole('radio', { name: /Quiet/ }) as HTMLInputElement).checked).toBe(true));
    expect(screen.queryByTestId('save-error')).toBeNull();
    expect(screen.queryByTestId('health')).toBeNull();
  });

  it('lists kept-aside copies and clears them on request', async () => {
    let kept = [{ key: 'prefs.keptAside.0a1b2c3d', item: 'prefs', at: '2026-11-28T10:00:00.000Z', bytes: 42, truncated: false }];
    const clearKeptAside = vi.fn(async () => {
      kept = [];
      return { cleared: 1 };
    });
    render(<OptionsApp source={optionsSource({ listKeptAside: async () => kept, clearKeptAside })} t={t} />);
    const section = await screen.findByTestId('kept-aside');
    await waitFor(() => expect(section.textContent).toContain('prefs, kept on 2026-11-28 (42 bytes)'));
    fireEvent.click(within(section).getByRole('button', { name: 'Clear these copies' }));
    await waitFor(() => expect(section.textContent).toContain('everything stored could be read'));
    expect(clearKeptAside).toHaveBeenCalledOnce();
  });
});

function popupSource(over: Partial<PopupSource> = {}): PopupSource {
  return {
    targetTabId: async () => 3,
    readFromStorage: async () => ({
      state: { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' },
      site: { site: 'instagram.com', mode: 'warn', isDefault: true },
    }),
    askTabState: async () => undefined, // the worker failed
    askSiteMode: async () => undefined,
    setSiteMode: async () => undefined,
    health: async () => undefined,
    hasHostAccess: async () => true,
    requestHostAccess: async () => true,
    openSettings: () => undefined,
    listRequests: async () => [],
    openView: () => undefined,
    today: () => '2026-11-28',
    ...over,
  };
}

describe('popup, when the worker fails', () => {
  it('keeps what it painted from storage instead of calling the page unlisted', async () => {
    render(<PopupApp source={popupSource()} t={t} expanded={false} />);
    await waitFor(() => expect(screen.getByTestId('platform').textContent).toBe('Instagram'));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Medium risk');
    expect(screen.queryByText('Not a listed platform')).toBeNull();
    expect((screen.getByRole('radio', { name: /Warn/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('a mode that was not saved does not stay chosen, and the popup says so', async () => {
    render(<PopupApp source={popupSource()} t={t} expanded={false} />);
    const off = (await screen.findByRole('radio', { name: /Off/ })) as HTMLInputElement;
    fireEvent.click(off);
    await screen.findByTestId('save-error');
    await waitFor(() => expect((screen.getByRole('radio', { name: /Warn/ }) as HTMLInputElement).checked).toBe(true));
    expect(off.checked).toBe(false);
  });

  it('passes its tab, so a private window can keep the choice to that tab', async () => {
    const setSiteMode = vi.fn(async () => undefined);
    render(<PopupApp source={popupSource({ setSiteMode })} t={t} expanded={false} />);
    fireEvent.click(await screen.findByRole('radio', { name: /Quiet/ }));
    await waitFor(() => expect(setSiteMode).toHaveBeenCalledWith('instagram.com', 'quiet', 3));
  });
});

describe('options, the request log', () => {
  it('links to the request log page and says how many requests it holds', async () => {
    render(<OptionsApp source={optionsSource()} t={t} />);
    const section = await screen.findByTestId('requests-section');
    await within(section).findByText('Requests logged: 2');
    expect(within(section).getByRole('link', { name: 'Open the request log' }).getAttribute('href')).toBe(
      'chrome-extension://ourid/src/popup/index.html?view=log',
    );
  });

  it('says the log is empty when it is, and says nothing about a count it could not read', async () => {
    const { unmount } = render(<OptionsApp source={optionsSource({ requestCount: async () => 0 })} t={t} />);
    await within(await screen.findByTestId('requests-section')).findByText(/No requests logged yet/);
    unmount();
    render(<OptionsApp source={optionsSource({ requestCount: async () => undefined })} t={t} />);
    const section = await screen.findByTestId('requests-section');
    await screen.findByTestId('default-mode');
    expect(within(section).queryByText(/Requests logged|No requests/)).toBeNull();
  });
});
