import { useT } from '../../ui/i18n';

/** Where the request log lives: a link to the log page (an extension page; nothing leaves the browser). */
export function RequestsSection({ count, logHref }: { count: number | null; logHref: string }) {
  const t = useT();
  return (
    <section aria-labelledby="requests-heading" data-testid="requests-section">
      <h2 id="requests-heading">{t('optionsRequestsHeading')}</h2>
      <p>{t('optionsRequestsText')}</p>
      {count !== null && <p class="muted">{count === 0 ? t('optionsRequestsNone') : t('optionsRequestsCount', String(count))}</p>}
      <p>
        <a href={logHref} target="_blank" rel="noopener">
          {t('optionsRequestsOpen')}
        </a>
      </p>
    </section>
  );
}
