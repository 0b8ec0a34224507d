import { useT } from '../../ui/i18n';

/** What the shipped registry covers, and when its facts were last reviewed. */
export function RegistrySection({ version, date, platformNames }: { version: string; date: string; platformNames: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby="registry-heading">
      <h2 id="registry-heading">{t('optionsRegistryHeading')}</h2>
      <p>{t('optionsRegistryText', [version, date])}</p>
      <p class="platforms" data-testid="platforms">{platformNames.join(' · ')}</p>
    </section>
  );
}
