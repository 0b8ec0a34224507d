/** The options page, rendered from a data interface (`OptionsData`) so tests can render it with a fake. The
 * controller that fills it is options/app.tsx. */
import type { Prefs, SiteMode } from '../core/prefs';
import type { Health, KeptAsideInfo } from '../core/protocol/pages';
import type { DetailsInput, UserDetails } from '../core/user/details';
import type { Exposure } from '../core/user/exposure';
import type { DetailsError } from '../ui/details-form';
import { HealthCard, SaveError } from '../ui/health-card';
import { TranslateProvider, useT, type Translate } from '../ui/i18n';
import type { SyncStatus } from '../core/sync';
import { DataSection, type ImportOutcome } from './sections/data';
import { DefaultModeSection } from './sections/default-mode';
import { SyncSection } from './sections/sync';
import { DetailsSection } from './sections/details';
import { ExposureSection } from './sections/exposure';
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
  onPause?: (site: string, until: number | null) => void;
  /** the listed platforms' main sites */
  listedSites?: readonly { site: string; name: string }[];
  now?: number;
  lang?: string;
  /** undefined while loading */
  details?: UserDetails | null;
  onSaveDetails?: (d: DetailsInput) => Promise<DetailsError | null>;
  onDeleteDetails?: () => Promise<boolean>;
  exposure?: Exposure;
  onRemoveProfile?: (platform: string, handle: string) => void;
  onCountUploads?: (on: boolean) => void;
  onRequestAll?: (scrapers: string[]) => void;
  sync?: SyncStatus | null;
  onSync?: (on: boolean) => void;
  onExport?: () => Promise<boolean>;
  onImport?: (text: string) => Promise<ImportOutcome | undefined>;
  onErase?: () => Promise<boolean>;
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
      <SitesSection prefs={d.prefs} onSiteMode={d.onSiteMode} onPause={d.onPause} now={d.now ?? Date.now()} lang={d.lang ?? 'en'} listed={d.listedSites} />
      <ExposureSection exposure={d.exposure} onRemoveProfile={d.onRemoveProfile} onCountUploads={d.onCountUploads} onRequestAll={d.onRequestAll} />
      <RequestsSection count={d.requestCount ?? null} logHref={d.logHref ?? '#'} />
      <DetailsSection
        details={d.details}
        lang={d.lang ?? 'en'}
        onSave={d.onSaveDetails ?? (async () => 'save')}
        onDelete={d.onDeleteDetails ?? (async () => false)}
      />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
      <SyncSection status={d.sync ?? null} onSync={d.onSync} />
      <DataSection onExport={d.onExport} onImport={d.onImport} onErase={d.onErase} />
      <KeptAsideSection items={d.keptAside ?? null} onClear={d.onClearKeptAside} />
      <RegistrySection version={d.registryVersion} date={d.registryDate} platforms={d.platforms} />
    </main>
  );
}
