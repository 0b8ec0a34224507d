import type { Prefs, SiteMode } from '../../core/prefs';
import { useT } from '../../ui/i18n';
import { ModeRadios } from '../../ui/mode-picker';

/** The mode for every site without a choice of its own. */
export function DefaultModeSection({ prefs, onDefaultMode }: { prefs: Prefs | null; onDefaultMode?: (mode: SiteMode) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="default-heading">
      <h2 id="default-heading">{t('optionsDefaultHeading')}</h2>
      <p class="muted">{t('optionsDefaultText')}</p>
      {prefs && (
        <ModeRadios
          name="default-mode"
          value={prefs.defaultMode}
          legend={t('optionsDefaultHeading')}
          legendHidden
          onChange={(m) => onDefaultMode?.(m)}
          testId="default-mode"
        />
      )}
    </section>
  );
}
