/** Who is linked to the platform: one entry per face-search service or dataset, what it is and whether it still runs,
 * its strongest claim with its source and grade, and on request every source and the regulators' and courts' record
 * (decisions counted apart from complaints and lawsuits). */
import { useState } from 'preact/hooks';
import { serviceWords } from '../../core/evidence-words';
import type { Evidence, Scraper } from '../../core/registry/schema';
import { useR, useT } from '../../ui/i18n';
import { SourceLine } from '../../ui/source-line';
import { useSay } from '../../ui/words';
import type { PopupData } from './popup-view';

interface Group {
  scraper: Scraper | null;
  id: string;
  items: Evidence[];
}

/** One entry per scraper, in the order of its strongest evidence. */
function groupByScraper(items: PopupData['evidence']): Group[] {
  const groups = new Map<string, Group>();
  for (const { evidence, scraper } of items) {
    const g = groups.get(evidence.scraper) ?? { scraper, id: evidence.scraper, items: [] };
    g.items.push(evidence);
    groups.set(evidence.scraper, g);
  }
  return [...groups.values()];
}

export function Harvesters({ name, items, expanded: startExpanded, onAsk }: { name: string; items: PopupData['evidence']; expanded: boolean; onAsk?: (scraper: string) => void }) {
  const t = useT();
  const r = useR();
  const say = useSay();
  const [expanded, setExpanded] = useState(startExpanded);
  const groups = groupByScraper(items);
  const hidden = items.length - groups.length;
  return (
    <section class="block" aria-labelledby="who-heading">
      <h3 id="who-heading">{t('whoHeading', name)}</h3>
      {groups.length === 0 ? (
        <p data-testid="no-evidence">{t('noEvidence', name)}</p>
      ) : (
        <ul class="evidence" data-testid="evidence">
          {groups.map((g) => {
            const shown = expanded ? g.items : g.items.slice(0, 1);
            return (
              <li key={g.id} data-scraper={g.id}>
                <strong>{g.scraper?.name ?? g.id}</strong>
                {g.scraper && (
                  <span class="service muted" data-testid="service">
                    {' · '}
                    {serviceWords(g.scraper).map((x) => say([x])).join(' · ')}
                  </span>
                )}
                {onAsk && g.scraper && (
                  <button type="button" class="ask" onClick={() => onAsk(g.id)} aria-label={t('askThemLabel', g.scraper.name)} data-testid="ask">
                    {t('askThem')}
                  </button>
                )}
                {shown.map((e) => (
                  <div class="claim" key={`${e.source.url}|${e.claim}`}>
                    <p>{r(e.claim)}</p>
                    <SourceLine source={e.source} />
                  </div>
                ))}
                {expanded && g.scraper && g.scraper.record.length > 0 && <Record scraper={g.scraper} />}
              </li>
            );
          })}
        </ul>
      )}
      {!expanded && (hidden > 0 || groups.some((g) => (g.scraper?.record.length ?? 0) > 0)) && (
        <button type="button" class="link" onClick={() => setExpanded(true)} aria-controls="who-heading">
          {hidden > 0 ? t('showAllSources', String(items.length)) : t('showRecord')}
        </button>
      )}
    </section>
  );
}

function Record({ scraper }: { scraper: Scraper }) {
  const t = useT();
  const r = useR();
  const decisions = scraper.record.filter((r) => r.type === 'decision').length;
  return (
    <details class="record">
      <summary>{t('recordSummary', [scraper.name, String(decisions), String(scraper.record.length - decisions)])}</summary>
      <ul>
        {scraper.record.map((a) => (
          <li key={`${a.authority}|${a.date}`}>
            <span class="record-head">
              {a.date.slice(0, 7)} · {r(a.authority)}
              {a.amount ? ` · ${r(a.amount)}` : ''}
            </span>
            <p>{r(a.ordered)}</p>
            <SourceLine source={a.source} />
          </li>
        ))}
      </ul>
    </details>
  );
}
