/** The popup and the explanation page, rendered from a data interface (`PopupData`) so tests can render it with a
 * fake. The controller that fills it is popup/app.tsx. */
import type { Words } from '../../core/evidence-words';
import type { SiteMode } from '../../core/prefs';
import type { Health, ProfileMark } from '../../core/protocol/pages';
import type { Evidence, PlatformInfo, Scraper } from '../../core/registry/schema';
import type { RiskReason } from '../../core/risk';
import type { SiteModeReply } from '../../core/site-mode';
import type { TabState } from '../../core/types';
import { HealthCard, SaveError } from '../../ui/health-card';
import { TranslateProvider, useT, type Translate } from '../../ui/i18n';
import type { ComponentType } from 'preact';
import type { DetailsProps } from './details';
import type { CountUploadsQuestion, MyProfileToggle } from './exposure-cards';
import { AccessCard } from './access-card';
import { SiteModeControl } from './site-mode';
import { StateCard } from './state-card';
import { RequestsSummary } from './requests-summary';

/** Everything the popup needs from the outside world. */
export interface PopupData {
  /** null while loading */
  state: TabState | null;
  /** the platform's name (from the build-time findings table, core/registry/findings.ts: known at the first paint) */
  name?: string;
  /** the platform's registry entry and its evidence: null and empty until they have loaded, after the first paint */
  platform: PlatformInfo | null;
  /** the parts whose code loads after the first paint (explain/details.tsx): the registry entry and the evidence, and
   * My exposure's cards */
  Details?: ComponentType<DetailsProps> | null;
  Exposure?: { MyProfileToggle: typeof MyProfileToggle; CountUploadsQuestion: typeof CountUploadsQuestion } | null;
  /** evidence about this platform, strongest first, with the scraper each one names */
  evidence: { evidence: Evidence; scraper: Scraper | null }[];
  site: SiteModeReply | null;
  /** why the page has its level (from core assessRisk) */
  reasons?: readonly RiskReason[];
  /** what the page is and what is documented about its platform (core explainWords) */
  summary: readonly Words[];
  registryVersion: string;
  /** opened as a page from the in-page notice ("What can I do?"): everything expanded */
  expanded?: boolean;
  /** false when the browser lets Unscraped read the listed platforms no longer (or not yet); null while unknown */
  hostAccess?: boolean | null;
  onRequestAccess?: () => void;
  t: Translate;
  onSiteMode?: (site: string, mode: SiteMode) => void;
  onOpenSettings?: () => void;
  /** the worker's storage health; a failure is shown */
  health?: Health | null;
  /** the last choice could not be saved */
  saveFailed?: boolean;
  /** the request log's summary (null while unknown) */
  requests?: { count: number; overdue: number } | null;
  onOpenLog?: () => void;
  /** prepare a request to a company ("Ask them") */
  onAsk?: (scraper: string) => void;
  /** pause Unscraped on a site until a moment (epoch ms), or end the pause (`null`) */
  onPause?: (site: string, until: number | null) => void;
  /** the current time and the UI language, to say until when a pause runs */
  now?: number;
  lang?: string;
  /** the profile open in the tab, and whether the user marked it as theirs (null while unknown) */
  profileMark?: ProfileMark | null;
  onMarkProfile?: (mine: boolean) => void;
  /** ask, once, whether to count uploads per platform */
  askCountUploads?: boolean;
  onCountUploads?: (yes: boolean) => void;
}

export function Popup(d: PopupData) {
  return (
    <TranslateProvider t={d.t}>
      <PopupBody {...d} />
    </TranslateProvider>
  );
}

function PopupBody(d: PopupData) {
  const t = useT();
  const { state } = d;
  return (
    <main class={d.expanded ? 'popup expanded' : 'popup'} aria-busy={state === null}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {d.hostAccess === false && <AccessCard onRequest={d.onRequestAccess} />}
      <HealthCard health={d.health} />
      {d.hostAccess === false ? null : state === null ? <p class="muted">{t('loading')}</p> : <TabBody {...d} state={state} />}
      <RequestsSummary requests={d.requests ?? null} onOpenLog={d.onOpenLog} />
      <footer class="foot muted">
        {t('footerRegistry', d.registryVersion)} · {t('footerNoNetwork')}
      </footer>
    </main>
  );
}

function TabBody(d: PopupData & { state: TabState }) {
  const { state } = d;
  const name = d.name ?? d.platform?.name ?? '';
  const off = d.site?.mode === 'off' && !!state.platform;
  const paused = off && !!d.site?.pausedUntil;
  return (
    <>
      <StateCard state={state} name={name} off={off} paused={paused} reasons={off ? [] : (d.reasons ?? [])} summary={d.summary} />
      {d.Exposure && d.askCountUploads && state.uploads > 0 && <d.Exposure.CountUploadsQuestion onAnswer={d.onCountUploads} />}
      {d.Exposure && d.profileMark && !d.site?.tabOnly && <d.Exposure.MyProfileToggle mark={d.profileMark} onMark={d.onMarkProfile} />}
      {state.platform && d.platform && d.Details && <d.Details name={name} platform={d.platform} evidence={d.evidence} expanded={!!d.expanded} onAsk={d.onAsk} />}
      {d.site?.site && (
        <SiteModeControl site={d.site} onChange={d.onSiteMode} onPause={d.onPause} onOpenSettings={d.onOpenSettings} now={d.now ?? Date.now()} lang={d.lang ?? 'en'} />
      )}
      <SaveError shown={!!d.saveFailed} />
    </>
  );
}
