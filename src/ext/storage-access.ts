/**
 * Keep `storage.local` (preferences now; the user's details and request log later) out of content scripts' reach.
 * Differs: Chrome lets an extension restrict every storage area to its own pages and worker with
 * `setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })`; Firefox supports it for storage.session only (and
 * storage.session is trusted-only by default there), so in Firefox storage.local stays reachable from content scripts
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754). Unscraped's content script never touches storage.
 */
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/** True when the browser now keeps storage.local from content scripts. */
export async function restrictLocalStorage(): Promise<boolean> {
  const local = (globalThis as { chrome?: { storage?: { local?: AccessLevelArea } } }).chrome?.storage?.local;
  if (typeof local?.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
