/** The options page, rendered from a data interface (`OptionsData`) so tests can render it with a fake. The
 * controller that fills it is options/app.tsx. */
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health, KeptAsideInfo } from '../core/protocol/pages';
import { HealthCard, SaveError } from '../ui/health-card';
import { TranslateProvider, useT, type Translate } from '../ui/i18n';
import { DefaultModeSection } from './sections/default-mode';
import { KeptAsideSection } from './sections/kept-aside';
import { RequestsSection } from './sections/requests';
import { RegistrySection, type PlatformGroups } from './sections/registry';
import { SitesSection } from './sections/sites';

export interface OptionsData {
  /** null while loading */
  prefs: Prefs | null;
  platforms: PlatformGroups;
  registryVersion: string;
  registryDate: string;
  t: Translate;
  onDefaultMode?: (mode: SiteMode) => void;
  onSiteMode?: (site: string, mode: SiteMode | null) => void;
  health?: Health | null;
  /** the last choice could not be saved */
  saveFailed?: boolean;
  /** null while unknown */
  keptAside?: KeptAsideInfo[] | null;
  onClearKeptAside?: () => void;
  /** how many requests the log holds; null while unknown */
  requestCount?: number | null;
  /** the request log page */
  logHref?: string;
}

export function Options(d: OptionsData) {
  return (
    <TranslateProvider t={d.t}>
      <OptionsBody {...d} />
    </TranslateProvider>
  );
}

function OptionsBody(d: OptionsData) {
  const t = useT();
  return (
    <main class="options" aria-busy={d.prefs === null}>
      <header class="brand">
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <HealthCard health={d.health} />
      <SaveError shown={!!d.saveFailed} />
      <DefaultModeSection prefs={d.prefs} onDefaultMode={d.onDefaultMode} />
      <SitesSection prefs={d.prefs} onSiteMode={d.onSiteMode} />
      <RequestsSection count={d.requestCount ?? null} logHref={d.logHref ?? '#'} />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
      <KeptAsideSection items={d.keptAside ?? null} onClear={d.onClearKeptAside} />
      <RegistrySection version={d.registryVersion} date={d.registryDate} platforms={d.platforms} />
    </main>
  );
}
