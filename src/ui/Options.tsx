import type { Prefs, SiteMode } from '../core/prefs';
import type { Translate } from './Popup';

export interface OptionsData {
  /** null while loading */
  prefs: Prefs | null;
  platformNames: string[];
  registryVersion: string;
  registryDate: string;
  t: Translate;
  onDefaultMode?: (mode: SiteMode) => void;
  onSiteMode?: (site: string, mode: SiteMode | null) => void;
}

const MODES: SiteMode[] = ['warn', 'quiet', 'off'];
const MODE_LABEL: Record<SiteMode, string> = { warn: 'modeWarn', quiet: 'modeQuiet', off: 'modeOff' };
const MODE_HINT: Record<SiteMode, string> = { warn: 'modeWarnHint', quiet: 'modeQuietHint', off: 'modeOffHint' };

export function Options(d: OptionsData) {
  const { t, prefs } = d;
  const sites = prefs ? Object.entries(prefs.sites).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <main class="options" aria-busy={prefs === null}>
      <header class="brand">
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>

      <section aria-labelledby="default-heading">
        <h2 id="default-heading">{t('optionsDefaultHeading')}</h2>
        <p class="muted">{t('optionsDefaultText')}</p>
        {prefs && (
          <fieldset class="modes" data-testid="default-mode">
            <legend class="sr-only">{t('optionsDefaultHeading')}</legend>
            {MODES.map((m) => (
              <label key={m} class="mode">
                <input type="radio" name="default-mode" value={m} checked={prefs.defaultMode === m} onChange={() => d.onDefaultMode?.(m)} />
                <span>
                  <span class="mode-label">{t(MODE_LABEL[m])}</span>
                  <span class="muted mode-hint">{t(MODE_HINT[m])}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </section>

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
                    <select aria-label={t('optionsModeFor', site)} value={mode} onChange={(e) => d.onSiteMode?.(site, (e.currentTarget as HTMLSelectElement).value as SiteMode)}>
                      {MODES.map((m) => (
                        <option key={m} value={m}>
                          {t(MODE_LABEL[m])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" onClick={() => d.onSiteMode?.(site, null)} aria-label={t('optionsResetFor', site)}>
                      {t('optionsReset')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>

      <section aria-labelledby="registry-heading">
        <h2 id="registry-heading">{t('optionsRegistryHeading')}</h2>
        <p>{t('optionsRegistryText', [d.registryVersion, d.registryDate])}</p>
        <p class="platforms" data-testid="platforms">{d.platformNames.join(' · ')}</p>
      </section>
    </main>
  );
}
