import type { Prefs, SiteMode } from '../../core/prefs';
import { useT } from '../../ui/i18n';
import { ModeSelect } from '../../ui/mode-picker';

/** Every site with a choice of its own: change it, or go back to the default. */
export function SitesSection({ prefs, onSiteMode }: { prefs: Prefs | null; onSiteMode?: (site: string, mode: SiteMode | null) => void }) {
  const t = useT();
  const sites = prefs ? Object.entries(prefs.sites).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      {prefs && sites.length === 0 && <p class="muted" data-testid="no-sites">{t('optionsNoSites')}</p>}
      {sites.length > 0 && (
        <table class="sites" data-testid="sites">
          <thead>
            <tr>
              <th scope="col">{t('optionsSiteColumn')}</th>
              <th scope="col">{t('optionsModeColumn')}</th>
              <th scope="col">
                <span class="sr-only">{t('optionsActionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map(([site, mode]) => (
              <tr key={site}>
                <th scope="row">{site}</th>
                <td>
                  <ModeSelect value={mode} label={t('optionsModeFor', site)} onChange={(m) => onSiteMode?.(site, m)} />
                </td>
                <td>
                  <button type="button" onClick={() => onSiteMode?.(site, null)} aria-label={t('optionsResetFor', site)}>
                    {t('optionsReset')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
