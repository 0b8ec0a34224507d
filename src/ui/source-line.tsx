/** A source as users see it: a link named by its host and its own date (or "consulted" and the year the research read
 * it, for a source with no date), and its grade in words. */
import type { Grade, Source } from '../core/registry/schema';
import { useT } from './i18n';

const GRADE_KEYS: Record<Grade, string> = { verified: 'gradeVerified', secondary: 'gradeSecondary', vendor: 'gradeVendor' };

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function year(date: string): string {
  return date.slice(0, 4);
}

export function SourceLink({ source }: { source: Source }) {
  const t = useT();
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" class="source">
      {t(source.undated ? 'sourceLinkConsulted' : 'sourceLink', [hostOf(source.url), year(source.date)])}
    </a>
  );
}

export function SourceLine({ source }: { source: Source }) {
  const t = useT();
  return (
    <span class="source-line">
      <SourceLink source={source} />
      <span class={`grade grade-${source.grade}`}>{t(GRADE_KEYS[source.grade])}</span>
    </span>
  );
}
