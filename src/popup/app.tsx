/** The popup's controller: paints first from storage (the worker may be asleep), then takes the worker's answers. */
import { useEffect, useState } from 'preact/hooks';
import type { SiteMode } from '../core/prefs';
import type { Health, ProfileMark } from '../core/protocol/pages';
import { explainWords } from '../core/evidence-words';
import { builtCoverage, builtFindings, findingsOf, platformName } from '../core/registry/findings';
import { REGISTRY_VERSION } from '../core/registry/meta';
import { assessRisk } from '../core/risk';
import type { RequestSummary } from '../core/requests/log';
import type { SiteModeReply } from '../core/site-mode';
import { EMPTY_TAB_STATE, type TabState } from '../core/types';
import type { Translate } from '../ui/i18n';
import { MORNING_HOUR, formatMoment, tomorrowAt } from '../ui/time';
import type { PopupSource } from './connector';
import { Popup, type PopupData } from './explain/popup-view';

/** Waiting for an answer and past the due date (the due day itself is still in time). */
function countOverdue(list: RequestSummary[], today: string): number {
  return list.filter((r) => (r.status === 'sent' || r.status === 'extended') && r.dueDate !== null && r.dueDate < today).length;
}

/** Resolves once the browser has painted what was rendered (or at once where nothing paints, as in tests). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * What the first render does for the first time in a fresh page, done while storage answers the first read (main.tsx
 * calls this once that read is under way), so that the render itself finds them done: the platforms' findings table
 * read, and the date formatter of the pause button's label made (the browser loads its date patterns for the language).
 */
export function prepareFirstRender(lang: string, now = Date.now()): void {
  builtFindings();
  formatMoment(tomorrowAt(now, MORNING_HOUR), now, lang);
}

/** What main.tsx read before the first render (see readFirst in connector.ts), so that render paints the tab. */
export interface FirstRead {
  tabId: number | null;
  view: { state: TabState; site: SiteModeReply | null } | null;
  /** whether Unscraped may read the listed sites, where it was asked before the first render (see readFirst) */
  access?: boolean;
}

export function App({ source, t, expanded, first }: { source: PopupSource; t: Translate; expanded: boolean; first?: FirstRead }) {
  const [tabId, setTabId] = useState<number | null>(first?.tabId ?? null);
  const [state, setState] = useState<TabState | null>(first ? (first.view?.state ?? { ...EMPTY_TAB_STATE }) : null);
  const [site, setSite] = useState<SiteModeReply | null>(first?.view?.site ?? null);
  const [access, setAccess] = useState<boolean | null>(first?.access ?? null);
  const [health, setHealth] = useState<Health | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [requests, setRequests] = useState<{ count: number; overdue: number } | null>(null);
  const [mark, setMark] = useState<ProfileMark | null>(null);
  const [askCount, setAskCount] = useState(false);
  /** the registry's long texts for the tab's platform, and the code that shows them, loaded after the first paint */
  const [details, setDetails] = useState<(Pick<PopupData, 'platform' | 'evidence' | 'Details' | 'Exposure'> & { for: string }) | null>(null);

  const load = async (id: number | null) => {
    if (id === null) {
      setState({ ...EMPTY_TAB_STATE });
      return;
    }
    const fast = await source.readFromStorage(id);
    setState(fast.state);
    setSite(fast.site);
    await follow(id, fast);
  };

  /** After the first paint from storage: the worker's answers, which win. */
  const follow = async (id: number, fast: NonNullable<FirstRead['view']>) => {
    // the worker may be asleep: wake it only once the first paint is on screen, so its start does not compete with it
    await afterPaint();
    const [s, m, h] = await Promise.all([source.askTabState(id), source.askSiteMode(id), source.health()]);
    // no answer (the worker failed): keep what storage said rather than claim the page is unlisted
    setState(s ?? fast.state);
    setSite(m ?? (fast.site ? { ...fast.site } : null));
    setHealth(h ?? null);
    // My exposure: after the first paint, and only on listed pages
    if ((s ?? fast.state).platform) {
      const [pm, e] = await Promise.all([source.getProfileMark(id), source.getExposure()]);
      setMark(pm ?? null);
      setAskCount(e?.countUploads === null);
    }
  };

  useEffect(() => {
    void afterPaint().then(() => {
      // asked already before the first render where storage called the tab unlisted (see readFirst)
      if (first?.access === undefined) void source.hasHostAccess().then(setAccess);
      void source.listRequests().then((list) => list && setRequests({ count: list.length, overdue: countOverdue(list, source.today()) }));
    });
    if (first) {
      if (first.tabId !== null && first.view) void follow(first.tabId, first.view);
      return;
    }
    void source.targetTabId().then((id) => {
      setTabId(id);
      return load(id);
    }, () => setState({ ...EMPTY_TAB_STATE }));
  }, []);

  const onSiteMode = async (s: string, mode: SiteMode) => {
    if (tabId === null) return;
    const saved = await source.setSiteMode(s, mode, tabId);
    setSaveFailed(saved === undefined);
    await load(tabId); // also when it failed: the radios go back to what is saved
  };

  const onPause = async (s: string, until: number | null) => {
    if (tabId === null) return;
    setSaveFailed((await source.setPause(s, until)) === undefined);
    await load(tabId);
  };

  const platformId = state?.platform ?? null;
  useEffect(() => {
    if (!platformId || details?.for === platformId) return;
    void import('./explain/details').then(({ registryDetails, PlatformDetails, MyProfileToggle, CountUploadsQuestion }) =>
      setDetails({ ...registryDetails(platformId), Details: PlatformDetails, Exposure: { MyProfileToggle, CountUploadsQuestion }, for: platformId }));
  }, [platformId]);
  const name = platformName(platformId);
  const loaded = details && details.for === platformId ? details : null;
  const findings = findingsOf(platformId);
  const reasons = state ? assessRisk(state, findings).reasons : [];
  const summary = state
    ? explainWords({ platform: name, level: state.level, pageKind: state.pageKind, mode: site?.mode ?? 'warn' }, findings, builtCoverage())
    : [];
  return (
    <Popup
      state={state}
      name={name}
      platform={loaded?.platform ?? null}
      evidence={loaded?.evidence ?? []}
      Details={loaded?.Details ?? null}
      Exposure={loaded?.Exposure ?? null}
      site={site}
      reasons={reasons}
      summary={summary}
      registryVersion={REGISTRY_VERSION}
      expanded={expanded}
      t={t}
      onSiteMode={(s, m) => void onSiteMode(s, m)}
      onOpenSettings={() => source.openSettings()}
      hostAccess={access}
      onRequestAccess={() => void source.requestHostAccess().then((ok) => ok && setAccess(true))}
      health={health}
      saveFailed={saveFailed}
      requests={requests}
      onOpenLog={() => source.openView({ view: 'log' })}
      onAsk={(scraper) => source.openView({ view: 'request', scraper })}
      onPause={(s, until) => void onPause(s, until)}
      now={Date.now()}
      lang={source.uiLanguage()}
      profileMark={mark}
      onMarkProfile={(mine) => tabId !== null && void source.markProfile(tabId, mine).then((r) => (r ? setMark(r) : setSaveFailed(true)))}
      askCountUploads={askCount}
      onCountUploads={(yes) => void source.setCountUploads(yes).then((e) => (e ? setAskCount(false) : setSaveFailed(true)))}
    />
  );
}
