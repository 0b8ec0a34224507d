/** How Unscraped behaves on this tab's site: warn, quiet or off, a pause that ends by itself, and a way to all the
 * sites' settings. While a pause runs, it is the one thing shown: until when, and how to end it now. */
import type { SiteModeReply } from '../../core/site-mode';
import { useT } from '../../ui/i18n';
import { ModeRadios } from '../../ui/mode-picker';
import { HOUR_MS, MORNING_HOUR, formatMoment, tomorrowAt } from '../../ui/time';
import type { PopupData } from './popup-view';

export function SiteModeControl({ site, onChange, onPause, onOpenSettings, now, lang }: {
  site: SiteModeReply;
  onChange?: PopupData['onSiteMode'];
  onPause?: PopupData['onPause'];
  onOpenSettings?: () => void;
  now: number;
  lang: string;
}) {
  const t = useT();
  const s = site.site ?? '';
  const paused = site.pausedUntil;
  const morning = tomorrowAt(now, MORNING_HOUR);
  return (
    <section class="block" data-testid="site-mode">
      {paused ? (
        <div class="paused" data-testid="paused">
          <p role="status">{t('pausedUntil', [s, formatMoment(paused, now, lang)])}</p>
          <button type="button" onClick={() => onPause?.(s, null)}>
            {t('pauseResume')}
          </button>
        </div>
      ) : (
        <>
          <ModeRadios name={`mode-${s}`} value={site.mode} legend={t('siteModeLegend', s)} onChange={(m) => s && onChange?.(s, m)} />
          {!site.tabOnly && site.mode !== 'off' && onPause && (
            <p class="pause">
              <span id="pause-label">{t('pauseLabel')}</span>{' '}
              <span role="group" aria-labelledby="pause-label">
                <button type="button" onClick={() => onPause(s, now + HOUR_MS)}>
                  {t('pauseHour')}
                </button>{' '}
                <button type="button" onClick={() => onPause(s, morning)}>
                  {t('pauseTomorrow', formatMoment(morning, now, lang))}
                </button>
              </span>
            </p>
          )}
        </>
      )}
      {site.tabOnly && (
        <p class="muted" data-testid="tab-only">
          {t('siteModeTabOnly')}
        </p>
      )}
      {onOpenSettings && (
        <button type="button" class="link" onClick={onOpenSettings}>
          {t('openSettings')}
        </button>
      )}
    </section>
  );
}
