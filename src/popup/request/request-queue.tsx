/** "Request from all": one request per company, shown one by one. Each is sent by the user through the company's own
 * channel and logged only when they confirm it; they may skip any. */
import { useState } from 'preact/hooks';
import { scraperInfo } from '../../core/registry/index';
import { useT } from '../../ui/i18n';
import type { RequestSource } from '../connector';
import { RequestView } from './request-view';

export function RequestQueue({ scrapers, source }: { scrapers: string[]; source: RequestSource }) {
  const t = useT();
  const [at, setAt] = useState(0);
  const [logged, setLogged] = useState<Set<string>>(new Set());
  if (at >= scrapers.length) {
    return (
      <main class="popup request" aria-labelledby="queue-done">
        <h1 id="queue-done">{t('queueDone', [String(logged.size), String(scrapers.length)])}</h1>
        <p>
          <button type="button" class="primary" onClick={() => source.openView({ view: 'log' })}>
            {t('openLog')}
          </button>
        </p>
      </main>
    );
  }
  const current = scrapers[at]!;
  const next = scrapers[at + 1];
  const done = logged.has(current);
  return (
    <>
      <nav class="queue" aria-label={t('queueLabel')} data-testid="queue">
        <p role="status">{t('queuePosition', [String(at + 1), String(scrapers.length), scraperInfo(current)?.name ?? current])}</p>
        <button type="button" class={done ? 'primary' : undefined} onClick={() => setAt(at + 1)} data-testid="queue-next">
          {next ? t(done ? 'queueNext' : 'queueSkip', scraperInfo(next)?.name ?? next) : t(done ? 'queueFinish' : 'queueSkipLast')}
        </button>
      </nav>
      <RequestView key={current} scraper={current} source={source} onLogged={() => setLogged(new Set([...logged, current]))} />
    </>
  );
}
