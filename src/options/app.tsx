/** The options page's controller: the preferences as the worker has them, and changes sent through the worker. */
import { useEffect, useState } from 'preact/hooks';
import type { Prefs } from '../core/prefs';
import { PLATFORMS, REGISTRY_DATE, REGISTRY_VERSION } from '../core/registry/index';
import type { Translate } from '../ui/i18n';
import type { OptionsSource } from './connector';
import { Options } from './options-view';

export function App({ source, t }: { source: OptionsSource; t: Translate }) {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  useEffect(() => {
    void source.getPrefs().then((p) => p && setPrefs(p));
  }, []);
  const apply = async (change: Promise<Prefs | undefined>) => {
    const p = await change;
    if (p) setPrefs(p);
  };
  return (
    <Options
      prefs={prefs}
      platformNames={PLATFORMS.map((p) => p.name)}
      registryVersion={REGISTRY_VERSION}
      registryDate={REGISTRY_DATE}
      t={t}
      onDefaultMode={(mode) => void apply(source.setDefaultMode(mode))}
      onSiteMode={(site, mode) => void apply(source.setSiteMode(site, mode))}
    />
  );
}
