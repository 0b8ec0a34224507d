/** The options page's data source: the worker behind one small interface (fakeable in tests). Only this file and
 * main.tsx touch the browser. */
import type { Prefs, SiteMode } from '../core/prefs';
import { askWorker } from '../ext/messaging';

export interface OptionsSource {
  getPrefs(): Promise<Prefs | undefined>;
  setDefaultMode(mode: SiteMode): Promise<Prefs | undefined>;
  setSiteMode(site: string, mode: SiteMode | null): Promise<Prefs | undefined>;
}

export const browserSource: OptionsSource = {
  getPrefs: () => askWorker('getPrefs', {}),
  setDefaultMode: (mode) => askWorker('setDefaultMode', { mode }),
  setSiteMode: (site, mode) => askWorker('setSiteMode', { site, mode }),
};
