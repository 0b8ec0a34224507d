/** How Unscraped behaves on this tab's site: warn, quiet or off, and a way to all the sites' settings. */
import type { SiteModeReply } from '../../core/tab-state';
import { useT } from '../../ui/i18n';
import { ModeRadios } from '../../ui/mode-picker';
import type { PopupData } from './popup-view';

export function SiteModeControl({ site, onChange, onOpenSettings }: {
  site: SiteModeReply;
  onChange?: PopupData['onSiteMode'];
  onOpenSettings?: () => void;
}) {
  const t = useT();
  return (
    <section class="block">
      <ModeRadios
        name={`mode-${site.site}`}
        value={site.mode}
        legend={t('siteModeLegend', site.site ?? '')}
        onChange={(m) => site.site && onChange?.(site.site, m)}
      />
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
