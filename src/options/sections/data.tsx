/**
 * Your data: export everything Unscraped stores to one file, import such a file (merged with what is here, with a
 * report of what was taken, what was not and why), and erase everything after a confirmation.
 */
import { useState } from 'preact/hooks';
import type { ImportError, ImportReport, ReportLine } from '../../core/data/backup';
import { scraperInfo } from '../../core/registry/index';
import { isMode } from '../../core/prefs';
import { useT, type Translate } from '../../ui/i18n';
import { MODE_KEYS } from '../../ui/mode-picker';

const ITEM_KEYS: Record<string, string> = { prefs: 'item_prefs', details: 'item_details', requests: 'item_requests', exposure: 'item_exposure' };
const itemName = (x: string | undefined, t: Translate) => (x && ITEM_KEYS[x] ? t(ITEM_KEYS[x]) : (x ?? ''));
const modeName = (x: string | undefined, t: Translate) => (isMode(x) ? t(MODE_KEYS[x].label) : (x ?? ''));

export type ImportOutcome = { report: ImportReport } | { error: ImportError };

/** What was taken, counted by kind: "Site choices: 3". */
const TAKEN_KEYS: Partial<Record<ReportLine['code'], string>> = {
  'site-taken': 'importTakenSites',
  'default-taken': 'importTakenDefault',
  'pause-taken': 'importTakenPauses',
  'details-taken': 'importTakenDetails',
  'request-taken': 'importTakenRequests',
  'request-updated': 'importUpdatedRequests',
  'profile-taken': 'importTakenProfiles',
  'count-uploads-taken': 'importTakenCountAnswer',
  'uploads-taken': 'importTakenUploads',
  'kept-aside-taken': 'importTakenKeptAside',
  'kept-here-aside': 'importKeptHereAside',
};

/** One line per thing not taken, with the reason, in the page's language where there are words for it. */
function skippedLine(l: ReportLine, t: Translate): string {
  const a = l.args;
  switch (l.code) {
    case 'site-kept-here':
      return t('importSkipSite', [a[0] ?? '', modeName(a[2], t), modeName(a[1], t)]);
    case 'default-kept-here':
      return t('importSkipDefault', [modeName(a[1], t), modeName(a[0], t)]);
    case 'details-differ':
      return t('importSkipDetails');
    case 'request-kept-here':
      return t('importSkipRequest', [scraperInfo(a[1])?.name ?? a[1] ?? '', a[2] ?? '']);
    case 'pause-ended':
      return t('importSkipPauseEnded', a[0] ?? '');
    case 'sync-kept-here':
    case 'notify-kept-here':
      return t('importSkipPerBrowser');
    case 'here-newer':
      return t('importSkipNewer', itemName(a[0], t));
    case 'unreadable-dropped':
      return t('importSkipUnreadable', [itemName(a[0], t), a[1] ?? '']);
    default:
      return l.why ? `${l.what}: ${l.why}` : l.what;
  }
}

const ERROR_KEYS: Record<ImportError['code'], string> = {
  'not-json': 'importErrorNotJson',
  'too-large': 'importErrorTooLarge',
  'not-an-export': 'importErrorNotExport',
  'newer-export': 'importErrorNewer',
  'bad-shape': 'importErrorShape',
  'write-failed': 'importErrorWrite',
};

export function DataSection({ onExport, onImport, onErase }: {
  onExport?: () => Promise<boolean>;
  onImport?: (text: string) => Promise<ImportOutcome | undefined>;
  onErase?: () => Promise<boolean>;
}) {
  const t = useT();
  const [outcome, setOutcome] = useState<ImportOutcome | 'failed' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState<boolean | null>(null);
  const [exported, setExported] = useState<boolean | null>(null);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => null);
    input.value = '';
    const r = text === null ? undefined : await onImport?.(text);
    setOutcome(r ?? 'failed');
  };

  return (
    <section aria-labelledby="data-heading" data-testid="data">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <p>
        <button type="button" onClick={() => void onExport?.().then(setExported)} data-testid="export">
          {t('dataExport')}
        </button>
        {exported === false && (
          <span class="form-error" role="alert">
            {' '}
            {t('dataExportFailed')}
          </span>
        )}
      </p>
      <p>
        <label for="import-file">{t('dataImport')}</label>{' '}
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} data-testid="import" />
      </p>
      {outcome && <ImportResult outcome={outcome} />}
      <p>
        {confirming ? (
          <span class="confirm">
            <span role="alert">{t('dataEraseConfirm')}</span>{' '}
            <button
              type="button"
              class="danger"
              onClick={() => void onErase?.().then((ok) => (setErased(ok), setConfirming(false), setOutcome(null)))}
              data-testid="erase-confirm"
            >
              {t('dataEraseYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('logRemoveNo')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => (setConfirming(true), setErased(null))} data-testid="erase">
            {t('dataErase')}
          </button>
        )}
      </p>
      {erased !== null && (
        <p role="status" class={erased ? undefined : 'form-error'} data-testid="erased">
          {t(erased ? 'dataErased' : 'dataEraseFailed')}
        </p>
      )}
    </section>
  );
}

function ImportResult({ outcome }: { outcome: ImportOutcome | 'failed' }) {
  const t = useT();
  if (outcome === 'failed') {
    return (
      <p class="form-error" role="alert" data-testid="import-result">
        {t('importErrorRead')}
      </p>
    );
  }
  if ('error' in outcome) {
    return (
      <p class="form-error" role="alert" data-testid="import-result">
        {t(ERROR_KEYS[outcome.error.code] ?? 'importErrorShape', outcome.error.args[0] ?? '')}
      </p>
    );
  }
  const counts = new Map<string, number>();
  for (const l of outcome.report.taken) {
    const key = TAKEN_KEYS[l.code];
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (
    <div role="status" data-testid="import-result" class="import-result">
      <p>
        <strong>{outcome.report.taken.length ? t('importDone') : t('importNothing')}</strong>
      </p>
      {counts.size > 0 && (
        <ul data-testid="import-taken">
          {[...counts].map(([key, n]) => (
            <li key={key}>{t(key, String(n))}</li>
          ))}
        </ul>
      )}
      {outcome.report.skipped.length > 0 && (
        <>
          <p>{t('importSkippedHeading', String(outcome.report.skipped.length))}</p>
          <ul data-testid="import-skipped">
            {outcome.report.skipped.slice(0, 50).map((l, i) => (
              <li key={i}>{skippedLine(l, t)}</li>
            ))}
          </ul>
          {outcome.report.skipped.length > 50 && <p class="muted">{t('importMore', String(outcome.report.skipped.length - 50))}</p>}
        </>
      )}
    </div>
  );
}
