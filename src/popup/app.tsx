/** The popup's controller: paints first from storage (the worker may be asleep), then takes the worker's answers. */
import { useEffect, useState } from 'preact/hooks';
import type { SiteMode } from '../core/prefs';
import { EVIDENCE, REGISTRY_VERSION, evidenceFor, platformInfo, scraperInfo } from '../core/registry/index';
import { assessRisk } from '../core/risk';
import type { SiteModeReply } from '../core/tab-state';
import { EMPTY_TAB_STATE, type TabState } from '../core/types';
import type { Translate } from '../ui/i18n';
import type { PopupSource } from './connector';
import { Popup } from './explain/popup-view';

export function App({ source, t, expanded }: { source: PopupSource; t: Translate; expanded: boolean }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [site, setSite] = useState<SiteModeReply | null>(null);
  const [access, setAccess] = useState<boolean | null>(null);

  const load = async (id: number | null) => {
    if (id === null) {
      setState({ ...EMPTY_TAB_STATE });
      return;
    }
    const fast = await source.readFromStorage(id);
    setState(fast.state);
    setSite(fast.site);
    const [s, m] = await Promise.all([source.askTabState(id), source.askSiteMode(id)]);
    setState(s ?? { ...EMPTY_TAB_STATE });
    setSite(m ?? null);
  };

  useEffect(() => {
    void source.hasHostAccess().then(setAccess);
    void source.targetTabId().then((id) => {
      setTabId(id);
      return load(id);
    }, () => setState({ ...EMPTY_TAB_STATE }));
  }, []);

  const onSiteMode = async (s: string, mode: SiteMode) => {
    await source.setSiteMode(s, mode);
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
      onOpenSettings={() => source.openSettings()}
      hostAccess={access}
      onRequestAccess={() => void source.requestHostAccess().then((ok) => ok && setAccess(true))}
    />
  );
}
