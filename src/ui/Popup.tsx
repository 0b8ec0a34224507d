import type { PageKind, RiskLevel, TabState } from '../core/types';

/** Everything the popup needs from the outside world, so tests can render it with a fake. */
export interface PopupData {
  /** null while loading */
  state: TabState | null;
  platformName: string;
  t: (key: string, subs?: string | string[]) => string;
}

const LEVEL_KEYS: Record<RiskLevel, { label: string; explain: string }> = {
  none: { label: 'levelNone', explain: 'explainNone' },
  low: { label: 'levelLow', explain: 'explainLow' },
  medium: { label: 'levelMedium', explain: 'explainMedium' },
  high: { label: 'levelHigh', explain: 'explainHigh' },
};

const PAGE_KIND_KEYS: Record<PageKind, string> = {
  profile: 'pageKindProfile',
  post: 'pageKindPost',
  other: 'pageKindOther',
};

export function Popup({ state, platformName, t }: PopupData) {
  return (
    <main class="popup" aria-busy={state === null}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {state === null ? <p class="muted">{t('loading')}</p> : <StateCard state={state} platformName={platformName} t={t} />}
    </main>
  );
}

function StateCard({ state, platformName, t }: { state: TabState; platformName: string; t: PopupData['t'] }) {
  const keys = LEVEL_KEYS[state.level];
  return (
    <section class={`card level-${state.level}`} aria-labelledby="level-heading" data-level={state.level}>
      <h2 id="level-heading">
        <span class="level-mark" aria-hidden="true">
          {state.level === 'none' ? '✓' : state.level === 'low' ? 'i' : state.level === 'medium' ? '!' : '!!'}
        </span>
        {t(keys.label)}
      </h2>
      <p>{t(keys.explain, platformName)}</p>
      {state.platform && (
        <dl class="facts">
          <div>
            <dt>{t('factPlatform')}</dt>
            <dd data-testid="platform">{platformName}</dd>
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
