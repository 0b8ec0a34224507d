import { useT } from '../../ui/i18n';

/** The browser withholds access to the listed platforms (Firefox lets users do this): say so, ask in one click. */
export function AccessCard({ onRequest }: { onRequest?: () => void }) {
  const t = useT();
  return (
    <section class="card access" role="alert" data-testid="access">
      <h2>{t('accessHeading')}</h2>
      <p>{t('accessText')}</p>
      <button type="button" class="primary" onClick={() => onRequest?.()}>
        {t('accessButton')}
      </button>
    </section>
  );
}
