export interface OptionsData {
  t: (key: string, subs?: string | string[]) => string;
}

export function Options({ t }: OptionsData) {
  return (
    <main class="options">
      <header class="brand">
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
    </main>
  );
}
