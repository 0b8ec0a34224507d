import type { SyncStatus } from '../../core/sync';
import { useT } from '../../ui/i18n';

/** Sync of modes and pauses across the user's browsers: off by default, with what it carries and what it never does. */
export function SyncSection({ status, onSync }: { status: SyncStatus | null; onSync?: (on: boolean) => void }) {
  const t = useT();
  if (!status) return null;
  return (
    <section aria-labelledby="sync-heading" data-testid="sync">
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p>
        <label class="check">
          <input type="checkbox" checked={status.on} onChange={(e) => onSync?.((e.currentTarget as HTMLInputElement).checked)} aria-describedby="sync-what" />{' '}
          {t('syncLabel')}
        </label>
      </p>
      <p class="muted" id="sync-what">
        {t('syncWhat')}
      </p>
      {status.on && status.problem && (
        <p class="form-error" role="alert" data-testid="sync-problem">
          {t('syncProblem', status.problem)}
        </p>
      )}
      {status.on && status.left > 0 && (
        <p role="status" data-testid="sync-left">
          {t('syncLeft', String(status.left))}
        </p>
      )}
    </section>
  );
}
