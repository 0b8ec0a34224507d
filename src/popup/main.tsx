import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/base.css';
import './popup.css';
import { Popup } from '../ui/Popup';
import type { SiteModeReply } from '../core/messages';
import type { SiteMode } from '../core/prefs';
import { EVIDENCE, REGISTRY_VERSION, evidenceFor, platformInfo, scraperInfo } from '../core/registry/index';
import { assessRisk } from '../core/risk';
import { EMPTY_TAB_STATE, type TabState } from '../core/types';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';
import { hasHostAccess, requestHostAccess } from '../ext/permissions';
import { askWorker as ask } from '../ext/messaging';
import { readTabView } from '../ext/tab-view';

const params = new URLSearchParams(location.search);
const expanded = params.get('view') === 'explain';

/** The tab this popup describes: `?tabId=N` (opened as a page: from the notice, in tests, on Android), else the
 * active tab. */
async function targetTabId(): Promise<number | null> {
  const q = params.get('tabId');
  if (q !== null && /^[0-9]{1,10}$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}


function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [site, setSite] = useState<SiteModeReply | null>(null);
  const [access, setAccess] = useState<boolean | null>(null);

  const load = async (id: number | null) => {
    if (id === null) {
      setState({ ...EMPTY_TAB_STATE });
      return;
    }
    // first paint straight from storage (the worker may be asleep), then the worker's own answer
    const fast = await readTabView(id);
    setState(fast.state);
    setSite(fast.site);
    const [s, m] = await Promise.all([
      ask<TabState>({ type: 'getTabState', tabId: id }),
      ask<SiteModeReply>({ type: 'getSiteMode', tabId: id }),
    ]);
    setState(s ?? { ...EMPTY_TAB_STATE });
    setSite(m ?? null);
  };

  useEffect(() => {
    void hasHostAccess().then(setAccess);
    void targetTabId().then((id) => {
      setTabId(id);
      return load(id);
    }, () => setState({ ...EMPTY_TAB_STATE }));
  }, []);

  const onSiteMode = async (s: string, mode: SiteMode) => {
    await ask({ type: 'setSiteMode', site: s, mode });
    await load(tabId);
  };

  const platform = platformInfo(state?.platform);
  const evidence = evidenceFor(state?.platform).map((e) => ({ evidence: e, scraper: scraperInfo(e.scraper) }));
  const reasons = state ? assessRisk(state, EVIDENCE).reasons : [];
  return (
    <Popup
      state={state}
      platform={platform}
      evidence={evidence}
      site={site}
      reasons={reasons}
      registryVersion={REGISTRY_VERSION}
      expanded={expanded}
      t={t}
      onSiteMode={(s, m) => void onSiteMode(s, m)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      hostAccess={access}
      onRequestAccess={() => void requestHostAccess().then((ok) => ok && setAccess(true))}
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
if (expanded) document.title = t('explainTitle');
render(<App />, document.getElementById('app')!);
