import { useState } from 'preact/hooks';
import type { SiteModeReply } from '../core/messages';
import type { SiteMode } from '../core/prefs';
import type { Evidence, PlatformInfo, Scraper } from '../core/registry/schema';
import type { RiskReason } from '../core/risk';
import type { PageKind, RiskLevel, TabState } from '../core/types';

export type Translate = (key: string, subs?: string | string[]) => string;

/** Everything the popup needs from the outside world, so tests can render it with a fake. */
export interface PopupData {
  /** null while loading */
  state: TabState | null;
  platform: PlatformInfo | null;
  /** evidence about this platform, strongest first, with the scraper each one names */
  evidence: { evidence: Evidence; scraper: Scraper | null }[];
  site: SiteModeReply | null;
  /** why the page has its level (from core assessRisk) */
  reasons?: readonly RiskReason[];
  registryVersion: string;
  /** opened as a page from the in-page notice ("What can I do?"): everything expanded */
  expanded?: boolean;
  /** false when the browser lets Unscraped read the listed platforms no longer (or not yet); null while unknown */
  hostAccess?: boolean | null;
  onRequestAccess?: () => void;
  t: Translate;
  onSiteMode?: (site: string, mode: SiteMode) => void;
  onOpenSettings?: () => void;
}

const LEVEL_KEYS: Record<RiskLevel, { label: string; explain: string }> = {
  none: { label: 'levelNone', explain: 'explainNone' },
  low: { label: 'levelLow', explain: 'explainLow' },
  medium: { label: 'levelMedium', explain: 'explainMedium' },
  high: { label: 'levelHigh', explain: 'explainHigh' },
};
const LEVEL_MARK: Record<RiskLevel, string> = { none: '✓', low: 'i', medium: '!', high: '!!' };
const PAGE_KIND_KEYS: Record<PageKind, string> = { profile: 'pageKindProfile', post: 'pageKindPost', other: 'pageKindOther' };
const GRADE_KEYS = { verified: 'gradeVerified', secondary: 'gradeSecondary', vendor: 'gradeVendor' } as const;
const MODE_KEYS: Record<SiteMode, { label: string; hint: string }> = {
  warn: { label: 'modeWarn', hint: 'modeWarnHint' },
  quiet: { label: 'modeQuiet', hint: 'modeQuietHint' },
  off: { label: 'modeOff', hint: 'modeOffHint' },
};

export function Popup(d: PopupData) {
  const { state, t } = d;
  return (
    <main class={d.expanded ? 'popup expanded' : 'popup'} aria-busy={state === null}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {d.hostAccess === false && <AccessCard t={t} onRequest={d.onRequestAccess} />}
      {d.hostAccess === false ? null : state === null ? <p class="muted">{t('loading')}</p> : <Body {...d} state={state} />}
      <footer class="foot muted">
        {t('footerRegistry', d.registryVersion)} · {t('footerNoNetwork')}
      </footer>
    </main>
  );
}

function AccessCard({ t, onRequest }: { t: Translate; onRequest?: () => void }) {
  return (
    <section class="card access" role="alert" data-testid="access">
      <h2>{t('accessHeading')}</h2>
      <p>{t('accessText')}</p>
      <button type="button" class="primary" onClick={() => onRequest?.()}>
        {t('accessButton')}
      </button>
    </section>
  );
}

function Body(d: PopupData & { state: TabState }) {
  const { state, t } = d;
  const name = d.platform?.name ?? '';
  const off = d.site?.mode === 'off' && !!state.platform;
  return (
    <>
      <StateCard state={state} name={name} off={off} reasons={off ? [] : (d.reasons ?? [])} t={t} />
      {state.platform && d.platform && (
        <>
          <Harvesters name={name} items={d.evidence} expanded={!!d.expanded} t={t} />
          <Steps platform={d.platform} t={t} />
        </>
      )}
      {d.site?.site && <SiteModeControl site={d.site} t={t} onChange={d.onSiteMode} onOpenSettings={d.onOpenSettings} />}
    </>
  );
}

const REASON_KEYS: Record<RiskReason['code'], string> = {
  'listed-platform': 'reasonListed',
  'no-documented-scraper': 'reasonNoScraper',
  'documented-harvest': 'reasonHarvest',
  'public-profile': 'reasonProfile',
  'photo-uploaded': 'reasonUpload',
};

function reasonText(r: RiskReason, name: string, state: TabState, t: Translate): string {
  if (r.code === 'documented-harvest') return t('reasonHarvest', [name, String(new Set(r.evidence.map((e) => e.scraper)).size)]);
  if (r.code === 'photo-uploaded') return t('reasonUpload', String(state.uploads));
  return t(REASON_KEYS[r.code], name);
}

function StateCard({ state, name, off, reasons, t }: { state: TabState; name: string; off: boolean; reasons: readonly RiskReason[]; t: Translate }) {
  const keys = LEVEL_KEYS[state.level];
  return (
    <section class={`card level-${state.level}`} aria-labelledby="level-heading" data-level={state.level}>
      <h2 id="level-heading">
        <span class="level-mark" aria-hidden="true">
          {LEVEL_MARK[state.level]}
        </span>
        {off ? t('levelOff') : t(keys.label)}
      </h2>
      <p>{off ? t('explainOff', name) : t(keys.explain, name)}</p>
      {reasons.length > 0 && (
        <ul class="reasons" aria-label={t('reasonsLabel')} data-testid="reasons">
          {reasons.map((r) => (
            <li key={r.code}>{reasonText(r, name, state, t)}</li>
          ))}
        </ul>
      )}
      {state.platform && (
        <dl class="facts">
          <div>
            <dt>{t('factPlatform')}</dt>
            <dd data-testid="platform">{name}</dd>
          </div>
          <div>
            <dt>{t('factPage')}</dt>
            <dd data-testid="page-kind">{state.pageKind ? t(PAGE_KIND_KEYS[state.pageKind]) : '—'}</dd>
          </div>
          <div>
            <dt>{t('factUploads')}</dt>
            <dd data-testid="uploads">{String(state.uploads)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

function year(date: string): string {
  return date.slice(0, 4);
}

interface Group {
  scraper: Scraper | null;
  id: string;
  items: Evidence[];
}

/** One entry per scraper, in the order of its strongest evidence. */
function groupByScraper(items: PopupData['evidence']): Group[] {
  const groups = new Map<string, Group>();
  for (const { evidence, scraper } of items) {
    const g = groups.get(evidence.scraper) ?? { scraper, id: evidence.scraper, items: [] };
    g.items.push(evidence);
    groups.set(evidence.scraper, g);
  }
  return [...groups.values()];
}

function SourceLine({ e, t }: { e: Evidence; t: Translate }) {
  return (
    <span class="source-line">
      <a href={e.source.url} target="_blank" rel="noopener noreferrer" class="source">
        {t('sourceLink', [hostOf(e.source.url), year(e.source.date)])}
      </a>
      <span class={`grade grade-${e.source.grade}`}>{t(GRADE_KEYS[e.source.grade])}</span>
    </span>
  );
}

function Harvesters({ name, items, expanded: startExpanded, t }: { name: string; items: PopupData['evidence']; expanded: boolean; t: Translate }) {
  const [expanded, setExpanded] = useState(startExpanded);
  const groups = groupByScraper(items);
  const hidden = items.length - groups.length;
  return (
    <section class="block" aria-labelledby="who-heading">
      <h3 id="who-heading">{t('whoHeading', name)}</h3>
      {groups.length === 0 ? (
        <p data-testid="no-evidence">{t('noEvidence', name)}</p>
      ) : (
        <ul class="evidence" data-testid="evidence">
          {groups.map((g) => {
            const shown = expanded ? g.items : g.items.slice(0, 1);
            return (
              <li key={g.id} data-scraper={g.id}>
                <strong>{g.scraper?.name ?? g.id}</strong>
                {shown.map((e) => (
                  <div class="claim" key={`${e.source.url}|${e.claim}`}>
                    <p>{e.claim}</p>
                    <SourceLine e={e} t={t} />
                  </div>
                ))}
                {expanded && g.scraper && g.scraper.record.length > 0 && <Record scraper={g.scraper} t={t} />}
              </li>
            );
          })}
        </ul>
      )}
      {!expanded && (hidden > 0 || groups.some((g) => (g.scraper?.record.length ?? 0) > 0)) && (
        <button type="button" class="link" onClick={() => setExpanded(true)} aria-controls="who-heading">
          {hidden > 0 ? t('showAllSources', String(items.length)) : t('showRecord')}
        </button>
      )}
    </section>
  );
}

function Record({ scraper, t }: { scraper: Scraper; t: Translate }) {
  return (
    <details class="record">
      <summary>{t('recordSummary', [scraper.name, String(scraper.record.length)])}</summary>
      <ul>
        {scraper.record.map((r) => (
          <li key={`${r.authority}|${r.date}`}>
            <span class="record-head">
              {r.date.slice(0, 7)} · {r.authority}
              {r.amount ? ` · ${r.amount}` : ''}
            </span>
            <p>{r.ordered}</p>
            <a href={r.source.url} target="_blank" rel="noopener noreferrer" class="source">
              {t('sourceLink', [hostOf(r.source.url), year(r.source.date)])}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function Steps({ platform, t }: { platform: PlatformInfo; t: Translate }) {
  const s = platform.setting;
  return (
    <section class="block" aria-labelledby="steps-heading">
      <h3 id="steps-heading">{t('stepsHeading')}</h3>
      <ol class="steps">
        {s === 'none-known' ? (
          <li data-testid="setting">{t('stepNoSetting', platform.name)}</li>
        ) : (
          <li data-testid="setting">
            {s.text}{' '}
            {s.link && (
              <a href={s.link} target="_blank" rel="noopener noreferrer">
                {t('stepSettingLink', platform.name)}
              </a>
            )}
          </li>
        )}
        <li>{t('stepThink')}</li>
        <li>{t('stepOldCopies')}</li>
      </ol>
    </section>
  );
}

function SiteModeControl({ site, t, onChange, onOpenSettings }: {
  site: SiteModeReply;
  t: Translate;
  onChange?: PopupData['onSiteMode'];
  onOpenSettings?: () => void;
}) {
  const name = `mode-${site.site}`;
  return (
    <section class="block">
      <fieldset class="modes">
        <legend>{t('siteModeLegend', site.site ?? '')}</legend>
        {(['warn', 'quiet', 'off'] as const).map((m) => (
          <label key={m} class="mode">
            <input
              type="radio"
              name={name}
              value={m}
              checked={site.mode === m}
              onChange={() => site.site && onChange?.(site.site, m)}
            />
            <span>
              <span class="mode-label">{t(MODE_KEYS[m].label)}</span>
              <span class="muted mode-hint">{t(MODE_KEYS[m].hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {onOpenSettings && (
        <button type="button" class="link" onClick={onOpenSettings}>
          {t('openSettings')}
        </button>
      )}
    </section>
  );
}
