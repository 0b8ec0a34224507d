/** Which sites already showed the in-page notice in this browser session (`storage.session`, memory only). */
import { browser } from './browser';

const KEY = 'noticeShown';

async function readShown(): Promise<Record<string, true>> {
  const got = await browser.storage.session.get(KEY);
  const v = got[KEY];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, true>) : {};
}

export async function wasShown(site: string): Promise<boolean> {
  return (await readShown())[site] === true;
}

export async function markShown(site: string): Promise<void> {
  const shown = await readShown();
  if (shown[site]) return;
  await browser.storage.session.set({ [KEY]: { ...shown, [site]: true } });
}
