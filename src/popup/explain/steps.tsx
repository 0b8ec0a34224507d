/** What the user can do on this platform: its own setting (sourced), and the general steps. */
import type { PlatformInfo } from '../../core/registry/schema';
import { useR, useT } from '../../ui/i18n';

export function Steps({ platform }: { platform: PlatformInfo }) {
  const t = useT();
  const r = useR();
  const s = platform.setting;
  return (
    <section class="block" aria-labelledby="steps-heading">
      <h3 id="steps-heading">{t('stepsHeading')}</h3>
      <ol class="steps">
        {s === 'none-known' ? (
          <li data-testid="setting">{t('stepNoSetting', platform.name)}</li>
        ) : (
          <li data-testid="setting">
            {r(s.text)}{' '}
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
