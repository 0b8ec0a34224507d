/** My exposure in the popup: "This is my profile" on a profile page, and the one question about counting uploads. */
import type { ProfileMark } from '../../core/protocol/pages';
import { useT } from '../../ui/i18n';

export function MyProfileToggle({ mark, onMark }: { mark: ProfileMark; onMark?: (mine: boolean) => void }) {
  const t = useT();
  if (!mark.profile) return null;
  return (
    <section class="block mine" data-testid="my-profile">
      <label class="check">
        <input type="checkbox" checked={mark.mine} onChange={(e) => onMark?.((e.currentTarget as HTMLInputElement).checked)} aria-describedby="mine-hint" />{' '}
        {t('myProfileLabel')}
      </label>
      <p class="muted" id="mine-hint">
        {t('myProfileHint', mark.profile.handle)}
      </p>
    </section>
  );
}

/** Asked once, after the first upload Unscraped sees, and never again once answered (My exposure can change it). */
export function CountUploadsQuestion({ onAnswer }: { onAnswer?: (yes: boolean) => void }) {
  const t = useT();
  return (
    <section class="block question" aria-labelledby="count-heading" data-testid="count-question">
      <h3 id="count-heading">{t('countQuestion')}</h3>
      <p>{t('countExplain')}</p>
      <p>
        <button type="button" class="primary" onClick={() => onAnswer?.(true)}>
          {t('countYes')}
        </button>{' '}
        <button type="button" onClick={() => onAnswer?.(false)}>
          {t('countNo')}
        </button>
      </p>
    </section>
  );
}
