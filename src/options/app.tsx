/** The options page's controller: the preferences as the worker has them, and changes sent through the worker. It
 * shows only what was saved: a change the worker could not save is reported, and the page goes back to the saved
 * preferences. */
import { useEffect, useState } from 'preact/hooks';
import type { Prefs } from '../core/prefs';
import type { Health, KeptAsideInfo } from '../core/protocol/pages';
import type { UserDetails } from '../core/user/details';
import type { Exposure } from '../core/user/exposure';
import type { SyncStatus } from '../core/sync';
import type { DetailsError } from '../ui/details-form';
import { PLATFORMS, REGISTRY_DATE, REGISTRY_VERSION, platformFindings } from '../core/registry/index';
import { PLATFORM_HOSTS } from '../core/registry/rules';
import { registrableDomain } from '../core/site';
import type { Translate } from '../ui/i18n';
import type { OptionsSource } from './connector';
import { Options } from './options-view';

/** Each listed platform's main site (the registrable domain of its first host), to choose a mode for it here. */
function listedSites(): { site: string; name: string }[] {
  const out: { site: string; name: string }[] = [];
  for (const p of PLATFORMS) {
    const host = PLATFORM_HOSTS[p.id]?.find((h) => !h.startsWith('*.'));
    const site = host ? registrableDomain(host) : null;
    if (site && !out.some((o) => o.site === site)) out.push({ site, name: p.name });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
const LISTED_SITES = listedSites();

/** The listed platforms by what the registry documents about them. */
function platformGroups() {
  const groups = { services: [] as string[], datasets: [] as string[], none: [] as string[] };
  for (const p of PLATFORMS) {
    const f = platformFindings(p.id);
    (f.services.length ? groups.services : f.datasets.length ? groups.datasets : groups.none).push(p.name);
  }
  return groups;
}

export function App({ source, t }: { source: OptionsSource; t: Translate }) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [health, setHealth] = useState<Health | null>(null);
  const [kept, setKept] = useState<KeptAsideInfo[] | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [requestCount, setRequestCount] = useState<number | null>(null);
  const [details, setDetails] = useState<UserDetails | null | undefined>(undefined);
  const [exposure, setExposure] = useState<Exposure | undefined>(undefined);
  const [sync, setSync] = useState<SyncStatus | null>(null);

  const refresh = async () => {
    const [p, h, k, n, d, e, y] = await Promise.all([
      source.getPrefs(), source.health(), source.listKeptAside(), source.requestCount(), source.getDetails(), source.getExposure(), source.getSyncStatus(),
    ]);
    // a new object even when nothing changed, so controls the user moved go back to what is saved
    setPrefs((old) => (p ? p : old && { ...old }));
    setHealth(h ?? null);
    setKept(k ?? null);
    setRequestCount(n ?? null);
    // details that could not be read show as none: the worker keeps whatever it could not read aside
    setDetails(d === undefined ? null : d);
    setExposure(e);
    setSync(y ?? null);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const apply = async (change: Promise<Prefs | undefined>) => {
    const p = await change;
    setSaveFailed(p === undefined);
    if (p) setPrefs(p);
    else await refresh();
  };
  return (
    <Options
      prefs={prefs}
      platforms={platformGroups()}
      registryVersion={REGISTRY_VERSION}
      registryDate={REGISTRY_DATE}
      t={t}
      onDefaultMode={(mode) => void apply(source.setDefaultMode(mode))}
      onSiteMode={(site, mode) => void apply(source.setSiteMode(site, mode))}
      health={health}
      saveFailed={saveFailed}
      keptAside={kept}
      onClearKeptAside={() => void source.clearKeptAside().then(refresh)}
      requestCount={requestCount}
      logHref={source.logHref}
      onPause={(site, until) => void apply(source.setPause(site, until))}
      listedSites={LISTED_SITES}
      now={Date.now()}
      lang={source.uiLanguage()}
      details={details}
      onSaveDetails={async (input): Promise<DetailsError | null> => {
        const r = await source.saveDetails(input);
        if (!r) return 'save';
        if ('error' in r) return r.error as DetailsError;
        setDetails(r.details);
        return null;
      }}
      onDeleteDetails={async () => {
        const r = await source.deleteDetails();
        if (r) setDetails(null);
        return !!r;
      }}
      exposure={exposure}
      onRemoveProfile={(platform, handle) => void source.removeProfile(platform, handle).then((x) => (x ? setExposure(x) : setSaveFailed(true)))}
      onCountUploads={(on) => void source.setCountUploads(on).then((x) => (x ? setExposure(x) : setSaveFailed(true)))}
      onRequestAll={(scrapers) => source.requestAll(scrapers)}
      sync={sync}
      onSync={(on) => void source.setSync(on).then((y) => (y ? (setSync(y), refresh()) : (setSaveFailed(true), refresh())))}
      onExport={() => source.exportData()}
      onImport={async (text) => {
        const r = await source.importData(text);
        await refresh();
        return r;
      }}
      onErase={async () => {
        const ok = await source.eraseAll();
        await refresh();
        return ok;
      }}
    />
  );
}
