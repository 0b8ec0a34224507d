/** The worker's storage trouble, said plainly, with the browser's own words folded away. */
import type { Health } from '../core/protocol/pages';
import { useT } from './i18n';

export function HealthCard({ health }: { health: Health | null | undefined }) {
  const t = useT();
  if (!health || health.ok) return null;
  return (
    <section class="card health" role="alert" data-testid="health">
      <h2>{t('healthHeading')}</h2>
      <p>{t('healthText')}</p>
      <details>
        <summary>{t('healthDetails')}</summary>
        <ul>
          {health.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** A choice that did not reach storage: nothing changed. */
export function SaveError({ shown }: { shown: boolean }) {
  const t = useT();
  return shown ? (
    <p class="save-error" role="alert" data-testid="save-error">
      {t('saveFailed')}
    </p>
  ) : null;
}
