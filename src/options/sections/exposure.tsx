/**
 * My exposure: the platforms where the user marked a profile as theirs or uploaded photos (if they agreed to count
 * them), and for each the companies and datasets documented to have harvested it, with the evidence and its sources.
 * "Request from all" prepares one request per company that has a channel, shown one by one for sending.
 */
import { serviceWords } from '../../core/evidence-words';
import { evidenceFor, platformInfo, PLATFORMS, scraperInfo } from '../../core/registry/index';
import { contactOf as contactInfo } from '../../core/registry/channels';
import { exposedPlatforms, type Exposure } from '../../core/user/exposure';
import { useR, useT } from '../../ui/i18n';
import { SourceLine } from '../../ui/source-line';
import { useSay } from '../../ui/words';

const ORDER = PLATFORMS.map((p) => p.id);

/** The companies documented for a platform, each once, in the order of their strongest evidence. */
function companiesOf(platform: string): string[] {
  return [...new Set(evidenceFor(platform).map((e) => e.scraper))];
}

/** Those a request can go to: a company with at least one sourced channel. */
export function requestable(platform: string): string[] {
  return companiesOf(platform).filter((id) => (contactInfo(id)?.channels.length ?? 0) > 0);
}

export function ExposureSection({ exposure, onRemoveProfile, onCountUploads, onRequestAll }: {
  /** undefined while loading */
  exposure: Exposure | undefined;
  onRemoveProfile?: (platform: string, handle: string) => void;
  onCountUploads?: (on: boolean) => void;
  onRequestAll?: (scrapers: string[]) => void;
}) {
  const t = useT();
  const r = useR();
  const say = useSay();
  if (!exposure) return null;
  const platforms = exposedPlatforms(exposure, ORDER);
  return (
    <section id="exposure" aria-labelledby="exposure-heading" data-testid="exposure">
      <h2 id="exposure-heading">{t('exposureHeading')}</h2>
      <p class="muted">{t('exposureIntro')}</p>
      {platforms.length === 0 && <p data-testid="exposure-empty">{t('exposureEmpty')}</p>}
      {platforms.map((id) => {
        const name = platformInfo(id)?.name ?? id;
        const profiles = exposure.profiles.filter((p) => p.platform === id);
        const uploads = exposure.uploads[id] ?? 0;
        const companies = companiesOf(id);
        const askable = requestable(id);
        return (
          <article key={id} class="exposed" data-platform={id} aria-labelledby={`exposed-${id}`}>
            <h3 id={`exposed-${id}`}>{name}</h3>
            <ul class="mine-list">
              {profiles.map((p) => (
                <li key={p.handle}>
                  {t('exposureProfile', [p.handle, p.markedOn])}{' '}
                  <button type="button" class="link" onClick={() => onRemoveProfile?.(p.platform, p.handle)} aria-label={t('exposureRemoveFor', [p.handle, name])}>
                    {t('exposureRemove')}
                  </button>
                </li>
              ))}
              {uploads > 0 && <li data-testid="exposure-uploads">{t('exposureUploads', String(uploads))}</li>}
            </ul>
            {companies.length === 0 ? (
              <p>{t('exposureNone', name)}</p>
            ) : (
              <>
                <p>{t('exposureWho', name)}</p>
                <ul class="companies">
                  {companies.map((sid) => {
                    const s = scraperInfo(sid);
                    const items = evidenceFor(id).filter((e) => e.scraper === sid);
                    return (
                      <li key={sid} data-scraper={sid}>
                        <strong>{s?.name ?? sid}</strong>
                        {s && <span class="muted"> · {serviceWords(s).map((x) => say([x])).join(' · ')}</span>}
                        <details>
                          <summary>{t('exposureEvidence', String(items.length))}</summary>
                          {items.map((e) => (
                            <div class="claim" key={`${e.source.url}|${e.claim}`}>
                              <p>{r(e.claim)}</p>
                              <SourceLine source={e.source} />
                            </div>
                          ))}
                        </details>
                      </li>
                    );
                  })}
                </ul>
                {askable.length > 0 ? (
                  <button type="button" class="primary" onClick={() => onRequestAll?.(askable)} data-testid="request-all">
                    {t('exposureRequestAll', String(askable.length))}
                  </button>
                ) : (
                  <p class="muted">{t('exposureNoChannel')}</p>
                )}
              </>
            )}
          </article>
        );
      })}
      <p class="count-uploads">
        <label class="check">
          <input type="checkbox" checked={exposure.countUploads === true} onChange={(e) => onCountUploads?.((e.currentTarget as HTMLInputElement).checked)} aria-describedby="count-hint" />{' '}
          {t('exposureCountLabel')}
        </label>
      </p>
      <p class="muted" id="count-hint">
        {t('exposureCountHint')}
      </p>
    </section>
  );
}
