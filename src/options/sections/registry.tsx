import { useT } from '../../ui/i18n';

/** The listed platforms by what is documented about them, computed from the registry. */
export interface PlatformGroups {
  services: string[];
  datasets: string[];
  none: string[];
}

/** What the shipped registry covers, and when its facts were last reviewed. */
export function RegistrySection({ version, date, platforms }: { version: string; date: string; platforms: PlatformGroups }) {
  const t = useT();
  const count = platforms.services.length + platforms.datasets.length + platforms.none.length;
  const groups: [string, string[], string][] = [
    ['optionsPlatformsServices', platforms.services, 'platforms-services'],
    ['optionsPlatformsDatasets', platforms.datasets, 'platforms-datasets'],
    ['optionsPlatformsNone', platforms.none, 'platforms-none'],
  ];
  return (
    <section aria-labelledby="registry-heading">
      <h2 id="registry-heading">{t('optionsRegistryHeading')}</h2>
      <p>{t('optionsRegistryText', [version, date, String(count)])}</p>
      {groups.map(([key, names, id]) =>
        names.length ? (
          <div key={id}>
            <h3 class="platform-group">{t(key, String(names.length))}</h3>
            <p class="platforms" data-testid={id}>
              {names.join(' · ')}
            </p>
          </div>
        ) : null,
      )}
    </section>
  );
}
