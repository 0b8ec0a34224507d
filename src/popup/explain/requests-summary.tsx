import { useT } from '../../ui/i18n';

/** The request log in one line, on every site: how many requests are logged and how many are past their deadline. */
export function RequestsSummary({ requests, onOpenLog }: { requests: { count: number; overdue: number } | null; onOpenLog?: () => void }) {
  const t = useT();
  if (!requests) return null;
  return (
    <section class={requests.overdue ? 'block requests overdue' : 'block requests'} data-testid="requests-summary">
      <p>{requests.count ? t('requestsSummary', [String(requests.count), String(requests.overdue)]) : t('requestsNone')}</p>
      {requests.count > 0 && onOpenLog && (
        <button type="button" class="link" onClick={onOpenLog}>
          {t('openLog')}
        </button>
      )}
    </section>
  );
}
