/**
 * My exposure (privileged: see core/protocol/pages.ts): profiles the user marks as their own, read from the tab by the
 * worker (the page never names a URL), and upload counts per platform, kept only after the user said yes. Nothing is
 * remembered from a private window.
 */
import type { PageReply, PageRequest, ProfileMark } from '../core/protocol/pages';
import { classifyUrl } from '../core/url';
import { isMyProfile, withCountUploads, withProfile, withUploadCounted, withoutProfile } from '../core/user/exposure';
import { browser } from '../ext/browser';
import { exposureStore } from '../ext/exposure-store';
import { localToday } from '../ext/today';

export const getExposure = (): Promise<PageReply<'getExposure'>> => exposureStore.load();

/** The profile a tab shows (platform and handle), or null off a profile page or in a private window. */
async function profileIn(tabId: number): Promise<{ platform: string; handle: string } | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || tab.incognito) return null;
  const c = classifyUrl(tab.url);
  return c.platform && c.pageKind === 'profile' && c.handle ? { platform: c.platform, handle: c.handle } : null;
}

export async function getProfileMark(req: PageRequest<'getProfileMark'>): Promise<ProfileMark> {
  const profile = await profileIn(req.tabId);
  if (!profile) return { profile: null, mine: false };
  return { profile, mine: isMyProfile(await exposureStore.load(), profile.platform, profile.handle) };
}

export async function markProfile(req: PageRequest<'markProfile'>): Promise<ProfileMark> {
  const profile = await profileIn(req.tabId);
  if (!profile) return { profile: null, mine: false };
  const e = await exposureStore.update((x) =>
    req.mine ? withProfile(x, { ...profile, markedOn: localToday() }) : withoutProfile(x, profile.platform, profile.handle));
  return { profile, mine: isMyProfile(e, profile.platform, profile.handle) };
}

export function removeProfile(req: PageRequest<'removeProfile'>): Promise<PageReply<'removeProfile'>> {
  return exposureStore.update((x) => withoutProfile(x, req.platform, req.handle));
}

export function setCountUploads(req: PageRequest<'setCountUploads'>): Promise<PageReply<'setCountUploads'>> {
  return exposureStore.update((x) => withCountUploads(x, req.on));
}

/** One more upload on a platform, if the user agreed to counting (never from a private window). */
export async function countUpload(platform: string, incognito: boolean): Promise<void> {
  if (incognito) return;
  try {
    if ((await exposureStore.load()).countUploads !== true) return;
    await exposureStore.update((x) => withUploadCounted(x, platform));
  } catch {
    // a count is a convenience: the badge and the notice do not depend on it
  }
}
