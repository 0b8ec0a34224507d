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
import { EMPTY_TAB_STATE } from '../../src/core/types';
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
    setPause: async () => undefined,
    getDetails: async () => null,
    saveDetails: async () => undefined,
    deleteDetails: async () => undefined,
    getExposure: async () => ({ schemaVersion: 1, profiles: [], countUploads: null, uploads: {} }),
    removeProfile: async () => undefined,
    setCountUploads: async () => undefined,
    requestAll: () => undefined,
    uiLanguage: () => 'en',
    getSyncStatus: async () => ({ on: false, problem: null, left: 0, at: null }),
    setSync: async () => undefined,
    exportData: async () => true,
    importData: async () => undefined,
    eraseAll: async () => true,
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
    setPause: async () => undefined,
    getProfileMark: async () => ({ profile: { platform: 'instagram', handle: 'sam.example' }, mine: false }),
    markProfile: async (_tab, mine) => ({ profile: { platform: 'instagram', handle: 'sam.example' }, mine }),
    getExposure: async () => ({ schemaVersion: 1, profiles: [], countUploads: null, uploads: {} }),
    setCountUploads: async (on) => ({ schemaVersion: 1, profiles: [], countUploads: on, uploads: {} }),
    openExposure: () => undefined,
    uiLanguage: () => 'en',
    ...over,
  };
}

/** A popup whose worker answers: the tab's state and site mode as given. */
function answering(site: Record<string, unknown>, state: Record<string, unknown> = { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' }) {
  return {
    readFromStorage: async () => ({ state, site }) as never,
    askTabState: async () => state as never,
    askSiteMode: async () => site as never,
  };
}

describe('popup, pause and My exposure', () => {
  it('pauses the site for an hour from now, and while paused says until when and offers to resume', async () => {
    const setPause = vi.fn(async () => saved);
    render(<PopupApp source={popupSource({ ...answering({ site: 'instagram.com', mode: 'warn', isDefault: true }), setPause })} t={t} expanded={false} />);
    const before = Date.now();
    fireEvent.click(await screen.findByRole('button', { name: 'For 1 hour' }));
    await waitFor(() => expect(setPause).toHaveBeenCalledOnce());
    const [site, until] = setPause.mock.calls[0] as unknown as [string, number];
    expect(site).toBe('instagram.com');
    expect(until - before).toBeGreaterThanOrEqual(3_600_000);
    expect(until - Date.now()).toBeLessThanOrEqual(3_600_000);
    cleanup();

    const end = new Date();
    end.setHours(end.getHours() + 1, 5, 0, 0);
    const resume = vi.fn(async () => saved);
    render(<PopupApp source={popupSource({ ...answering({ site: 'instagram.com', mode: 'off', isDefault: true, pausedUntil: end.getTime() }), setPause: resume })} t={t} expanded={false} />);
    const paused = await screen.findByTestId('paused');
    const hhmm = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(end);
    expect(paused.textContent).toContain(`Paused on instagram.com until ${end.toDateString() === new Date().toDateString() ? hhmm : ''}`);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Paused here');
    expect(screen.queryByRole('radio')).toBeNull(); // one thing at a time: the pause, and how to end it
    fireEvent.click(within(paused).getByRole('button', { name: 'Resume now' }));
    await waitFor(() => expect(resume).toHaveBeenCalledWith('instagram.com', null));
  });

  it('offers no pause in a private window, where choices last only as long as the tab', async () => {
    render(<PopupApp source={popupSource(answering({ site: 'instagram.com', mode: 'warn', isDefault: true, tabOnly: true }))} t={t} expanded={false} />);
    await screen.findByTestId('tab-only');
    expect(screen.queryByRole('button', { name: 'For 1 hour' })).toBeNull();
    expect(screen.queryByTestId('my-profile')).toBeNull();
  });

  it('marks the profile as mine, and says what that keeps', async () => {
    const markProfile = vi.fn(async (_tab: number, mine: boolean) => ({ profile: { platform: 'instagram', handle: 'sam.example' }, mine }));
    render(<PopupApp source={popupSource({ ...answering({ site: 'instagram.com', mode: 'warn', isDefault: true }), markProfile })} t={t} expanded={false} />);
    const box = (await screen.findByRole('checkbox', { name: 'This is my profile' })) as HTMLInputElement;
    expect(screen.getByTestId('my-profile').textContent).toContain('(sam.example), nothing else');
    fireEvent.click(box);
    await waitFor(() => expect(markProfile).toHaveBeenCalledWith(3, true));
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('asks once, after an upload, whether to count uploads; an answer makes the question go away', async () => {
    const setCountUploads = vi.fn(async (on: boolean) => ({ schemaVersion: 1 as const, profiles: [], countUploads: on, uploads: {} }));
    const state = { platform: 'facebook', pageKind: 'other', uploads: 1, level: 'high' };
    render(<PopupApp source={popupSource({ ...answering({ site: 'facebook.com', mode: 'warn', isDefault: true }, state), setCountUploads })} t={t} expanded={false} />);
    const q = await screen.findByTestId('count-question');
    expect(q.textContent).toMatch(/only the platform and a number, never the photo/);
    fireEvent.click(within(q).getByRole('button', { name: 'No' }));
    await waitFor(() => expect(screen.queryByTestId('count-question')).toBeNull());
    expect(setCountUploads).toHaveBeenCalledWith(false);
  });

  it('does not ask when nothing was uploaded, or when the user already answered', async () => {
    render(<PopupApp source={popupSource(answering({ site: 'instagram.com', mode: 'warn', isDefault: true }))} t={t} expanded={false} />);
    await screen.findByTestId('my-profile');
    expect(screen.queryByTestId('count-question')).toBeNull();
    cleanup();
    const state = { platform: 'facebook', pageKind: 'other', uploads: 2, level: 'high' };
    render(<PopupApp source={popupSource({ ...answering({ site: 'facebook.com', mode: 'warn', isDefault: true }, state), getExposure: async () => ({ schemaVersion: 1, profiles: [], countUploads: false, uploads: {} }) })} t={t} expanded={false} />);
    await screen.findByTestId('site-mode');
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByTestId('count-question')).toBeNull();
  });
});

describe('popup, painted from what main.tsx read before its first render', () => {
  const first = {
    tabId: 3,
    view: { state: { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' } as const, site: { site: 'instagram.com', mode: 'warn', isDefault: true } as const },
  };

  it('shows the tab in its very first render, without reading storage again, then takes the worker’s answer', async () => {
    const readFromStorage = vi.fn(async () => ({ state: first.view.state, site: first.view.site }));
    const targetTabId = vi.fn(async () => 3);
    let answer: (s: never) => void = () => undefined;
    const askTabState = vi.fn(() => new Promise<never>((r) => (answer = r)));
    render(<PopupApp source={popupSource({ readFromStorage, targetTabId, askTabState })} t={t} expanded={false} first={first} />);
    // synchronously, before any effect or promise has run: the heading is there
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Medium risk');
    expect(screen.getByTestId('platform').textContent).toBe('Instagram');
    await waitFor(() => expect(askTabState).toHaveBeenCalledWith(3));
    answer({ platform: 'instagram', pageKind: 'profile', uploads: 1, level: 'high' } as never);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('High risk'));
    expect(readFromStorage).not.toHaveBeenCalled();
    expect(targetTabId).not.toHaveBeenCalled();
  });

  it('where the listed sites are withheld, its very first render says so, never "Not a listed platform"', async () => {
    const unseen = { tabId: 3, view: { state: { ...EMPTY_TAB_STATE }, site: null }, access: false };
    const headings: string[] = [];
    const seen = new MutationObserver(() => document.querySelectorAll('h2').forEach((h) => headings.push(h.textContent ?? '')));
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
    const hasHostAccess = vi.fn(async () => false);
    const listRequests = vi.fn(async () => []);
    render(<PopupApp source={popupSource({ hasHostAccess, listRequests })} t={t} expanded={false} first={unseen} />);
    // synchronously, in the first render
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Unscraped cannot see the listed sites');
    await new Promise((r) => setTimeout(r, 20));
    seen.disconnect();
    // after the paint the popup asks the log, but not the access again: the first read answered that
    await waitFor(() => expect(listRequests).toHaveBeenCalled());
    expect(hasHostAccess).not.toHaveBeenCalled();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => h.includes('Not a listed platform'))).toEqual([]);
  });

  it('with no tab, says so at once and asks the worker nothing about a tab', async () => {
    const askTabState = vi.fn(async () => undefined);
    render(<PopupApp source={popupSource({ askTabState })} t={t} expanded={false} first={{ tabId: null, view: null }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Not a listed platform');
    await new Promise((r) => setTimeout(r, 20));
    expect(askTabState).not.toHaveBeenCalled();
  });
});

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
