/**
 * Export and import, run by the options page (core/data/backup.ts holds the rules; the worker does not load them).
 * The export is a read of `storage.local`; the import reads the file, merges it with what is stored and asks the
 * worker to write the result (pages never write durable data themselves), again if storage changed meanwhile.
 */
import { storageBasis } from '../core/data/apply';
import { buildExport, mergeImport, parseExport, type ImportError, type ImportReport } from '../core/data/backup';
import { browser } from './browser';
import { askWorker } from './messaging';
import { localToday } from './today';

/** Everything stored, as one JSON file's text (details and the request log included: it is the user's own copy). */
export async function exportFile(): Promise<{ text: string; fileName: string }> {
  const all = await browser.storage.local.get(null);
  const file = buildExport(all, { exportedAt: new Date().toISOString(), extensionVersion: browser.runtime.getManifest().version });
  return { text: JSON.stringify(file, null, 2), fileName: `unscraped-${localToday()}.json` };
}

/** How often an import merges again when storage changed under it before it gives up and says so. */
const ATTEMPTS = 3;

const failed = (message: string, detail: string): { error: ImportError } => ({ error: { code: 'write-failed', message: `Nothing was imported: ${message}`, args: [detail.slice(0, 200)] } });

/** An exported file's text: checked, merged without losing what is here, written, and reported line by line. */
export async function importFile(text: string): Promise<{ report: ImportReport } | { error: ImportError }> {
  const parsed = parseExport(text);
  if ('error' in parsed) return { error: parsed.error };
  for (let attempt = 1; ; attempt++) {
    const all = await browser.storage.local.get(null);
    const { writes, report } = mergeImport(all, parsed.file, Date.now());
    report.skipped.unshift(...parsed.skipped);
    if (!Object.keys(writes).length) return { report };
    const r = await askWorker('applyImport', { writes, basis: storageBasis(all) });
    if (r && 'written' in r) return { report };
    if (r?.error === 'changed' && attempt < ATTEMPTS) continue;
    const why = r ? r.message : 'Unscraped’s background worker did not answer.';
    return failed(why, why);
  }
}
