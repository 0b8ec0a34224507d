/** The page's level in words and marks, why it has that level, and the facts about the page. */
import type { Words } from '../../core/evidence-words';
import type { RiskReason } from '../../core/risk';
import type { PageKind, RiskLevel, TabState } from '../../core/types';
import { useT, type Translate } from '../../ui/i18n';
import { useSay } from '../../ui/words';

const LEVEL_KEYS: Record<RiskLevel, string> = { none: 'levelNone', low: 'levelLow', medium: 'levelMedium', high: 'levelHigh' };
const LEVEL_MARK: Record<RiskLevel, string> = { none: '✓', low: 'i', medium: '!', high: '!!' };
const PAGE_KIND_KEYS: Record<PageKind, string> = { profile: 'pageKindProfile', post: 'pageKindPost', other: 'pageKindOther' };
const REASON_KEYS: Record<RiskReason['code'], string> = {
  'listed-platform': 'reasonListed',
  'no-documented-scraper': 'reasonNoScraper',
  'face-search': 'reasonServices',
  datasets: 'reasonDatasets',
  'public-profile': 'reasonProfile',
  'photo-uploaded': 'reasonUpload',
};

function reasonText(r: RiskReason, name: string, state: TabState, t: Translate): string {
  if (r.code === 'face-search' || r.code === 'datasets') return t(REASON_KEYS[r.code], [name, String(r.count)]);
  if (r.code === 'photo-uploaded') return t('reasonUpload', String(state.uploads));
  return t(REASON_KEYS[r.code], name);
}

/** `summary`: what the page is and what is documented about its platform, said only as strongly as the evidence. */
export function StateCard({ state, name, off, paused, reasons, summary }: {
  state: TabState;
  name: string;
  off: boolean;
  /** off because of a pause that ends by itself */
  paused?: boolean;
  reasons: readonly RiskReason[];
  summary: readonly Words[];
}) {
  const t = useT();
  const say = useSay();
  return (
    <section class={paused ? 'card paused-card' : `card level-${state.level}`} aria-labelledby="level-heading" data-level={state.level}>
      <h2 id="level-heading">
        <span class="level-mark" aria-hidden="true">
          {paused ? '❚❚' : LEVEL_MARK[state.level]}
        </span>
        {paused ? t('levelPaused') : off ? t('levelOff') : t(LEVEL_KEYS[state.level])}
      </h2>
      <p data-testid="summary">{paused ? t('explainPaused') : say(summary)}</p>
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
