/**
 * Which sites already showed the in-page notice in this browser session (`storage.session`, memory only). One key
 * per site (`shown:<site>`), so marking one site never reads and rewrites another's flag. A mark that session
 * storage would not take is kept in the worker's memory instead, so the notice still shows once, not at every page.
 */
import { browser } from './browser';
import { bounded } from './storage-guard';

const keyOf = (site: string) => `shown:${site}`;
const unsaved = new Set<string>();

export async function wasShown(site: string): Promise<boolean> {
  if (unsaved.has(site)) return true;
  const k = keyOf(site);
  try {
    const got = await bounded('session', 'read', `read ${k}`, () => browser.storage.session.get(k));
    return got[k] === true;
  } catch {
    return false;
  }
}

export async function markShown(site: string): Promise<void> {
  const k = keyOf(site);
  try {
    await bounded('session', 'write', `save ${k}`, () => browser.storage.session.set({ [k]: true }));
  } catch {
    unsaved.add(site);
  }
}
