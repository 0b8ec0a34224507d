import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/base.css';
import './options.css';
import { Options } from '../ui/Options';
import type { Prefs, SiteMode } from '../core/prefs';
import { PLATFORMS, REGISTRY_DATE, REGISTRY_VERSION } from '../core/registry/index';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';
import { askWorker } from '../ext/messaging';

const ask = (message: unknown) => askWorker<Prefs>(message);

function App() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  useEffect(() => {
    void ask({ type: 'getPrefs' }).then((p) => p && setPrefs(p));
  }, []);
  const apply = async (message: unknown) => {
    const p = await ask(message);
    if (p) setPrefs(p);
  };
  return (
    <Options
      prefs={prefs}
      platformNames={PLATFORMS.map((p) => p.name)}
      registryVersion={REGISTRY_VERSION}
      registryDate={REGISTRY_DATE}
      t={t}
      onDefaultMode={(mode: SiteMode) => void apply({ type: 'setDefaultMode', mode })}
      onSiteMode={(site: string, mode: SiteMode | null) => void apply({ type: 'setSiteMode', site, mode })}
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
