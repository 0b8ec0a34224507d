import { useState } from 'preact/hooks';
import { chosenMode, type Prefs, type SiteMode } from '../../core/prefs';
import { runningPauses } from '../../core/prefs-edit';
import { useT } from '../../ui/i18n';
import { ModeSelect } from '../../ui/mode-picker';
import { formatMoment } from '../../ui/time';

/** Every site with a choice of its own or a running pause: change the choice, go back to the default, end a pause. */
export function SitesSection({ prefs, onSiteMode, onPause, now, lang, listed = [] }: {
  prefs: Prefs | null;
  /** the listed platforms' main sites, to add a choice for one from here */
  listed?: readonly { site: string; name: string }[];
  onSiteMode?: (site: string, mode: SiteMode | null) => void;
  onPause?: (site: string, until: number | null) => void;
  now: number;
  lang: string;
}) {
  const t = useT();
  const pauses = prefs ? runningPauses(prefs, now) : {};
  const sites = prefs ? [...new Set([...Object.keys(prefs.sites), ...Object.keys(pauses)])].sort((a, b) => a.localeCompare(b)) : [];
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      {prefs && sites.length === 0 && <p class="muted" data-testid="no-sites">{t('optionsNoSites')}</p>}
      {prefs && sites.length > 0 && (
        <table class="sites" data-testid="sites">
          <thead>
            <tr>
              <th scope="col">{t('optionsSiteColumn')}</th>
              <th scope="col">{t('optionsModeColumn')}</th>
              <th scope="col">{t('optionsPauseColumn')}</th>
              <th scope="col">
                <span class="sr-only">{t('optionsActionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => {
              const own = Object.prototype.hasOwnProperty.call(prefs.sites, site);
              const until = pauses[site];
              return (
                <tr key={site} data-site={site}>
                  <th scope="row">{site}</th>
                  <td>
                    <ModeSelect value={chosenMode(prefs, site)} label={t('optionsModeFor', site)} onChange={(m) => onSiteMode?.(site, m)} />
                    {!own && <span class="muted"> {t('optionsIsDefault')}</span>}
                  </td>
                  <td>
                    {until ? (
                      <>
                        <span data-testid="pause-until">{t('optionsPausedUntil', formatMoment(until, now, lang))}</span>{' '}
                        <button type="button" onClick={() => onPause?.(site, null)} aria-label={t('optionsEndPauseFor', site)}>
                          {t('optionsEndPause')}
                        </button>
                      </>
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <td>
                    {own && (
                      <button type="button" onClick={() => onSiteMode?.(site, null)} aria-label={t('optionsResetFor', site)}>
                        {t('optionsReset')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {prefs && listed.length > 0 && <AddSite listed={listed.filter((l) => !Object.prototype.hasOwnProperty.call(prefs.sites, l.site))} onAdd={(site, mode) => onSiteMode?.(site, mode)} />}
    </section>
  );
}

/** Choose a mode for a listed platform without visiting it. */
function AddSite({ listed, onAdd }: { listed: readonly { site: string; name: string }[]; onAdd: (site: string, mode: SiteMode) => void }) {
  const t = useT();
  const [site, setSite] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  if (!listed.length) return null;
  return (
    <form
      class="add-site"
      onSubmit={(e) => {
        e.preventDefault();
        if (site) onAdd(site, mode);
        setSite('');
      }}
      aria-labelledby="add-site-heading"
    >
      <h3 id="add-site-heading">{t('optionsAddSite')}</h3>
      <label for="add-site-platform">{t('optionsAddSitePlatform')}</label>{' '}
      <select id="add-site-platform" value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)} required>
        <option value="">—</option>
        {listed.map((l) => (
          <option key={l.site} value={l.site}>
            {l.name} ({l.site})
          </option>
        ))}
      </select>{' '}
      <ModeSelect value={mode} label={t('optionsAddSiteMode')} onChange={setMode} />{' '}
      <button type="submit">{t('optionsAddSiteButton')}</button>
    </form>
  );
}
