/** The options page's controller: the preferences as the worker has them, and changes sent through the worker. It
 * shows only what was saved: a change the worker could not save is reported, and the page goes back to the saved
 * preferences. */
import { useEffect, useState } from 'preact/hooks';
import type { Prefs } from '../core/prefs';
import type { Health, KeptAsideInfo } from '../core/protocol/pages';
import { PLATFORMS, REGISTRY_DATE, REGISTRY_VERSION, platformFindings } from '../core/registry/index';
import type { Translate } from '../ui/i18n';
import type { OptionsSource } from './connector';
import { Options } from './options-view';

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

  const refresh = async () => {
    const [p, h, k, n] = await Promise.all([source.getPrefs(), source.health(), source.listKeptAside(), source.requestCount()]);
    // a new object even when nothing changed, so controls the user moved go back to what is saved
    setPrefs((old) => (p ? p : old && { ...old }));
    setHealth(h ?? null);
    setKept(k ?? null);
    setRequestCount(n ?? null);
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
    />
  );
}
