import type { KeptAsideInfo } from '../../core/protocol/pages';
import { useT } from '../../ui/i18n';

/** Copies of stored data that could not be read whole: listed, and cleared on request (they are never dropped
 * silently). */
export function KeptAsideSection({ items, onClear }: { items: KeptAsideInfo[] | null; onClear?: () => void }) {
  const t = useT();
  if (items === null) return null;
  return (
    <section aria-labelledby="kept-heading" data-testid="kept-aside">
      <h2 id="kept-heading">{t('optionsKeptHeading')}</h2>
      <p class="muted">{t('optionsKeptText')}</p>
      {items.length === 0 ? (
        <p>{t('optionsKeptNone')}</p>
      ) : (
        <>
          <ul>
            {items.map((k) => (
              <li key={k.key}>{t('optionsKeptItem', [k.item, k.at.slice(0, 10), String(k.bytes)])}</li>
            ))}
          </ul>
          <button type="button" onClick={() => onClear?.()}>
            {t('optionsKeptClear')}
          </button>
        </>
      )}
    </section>
  );
}
