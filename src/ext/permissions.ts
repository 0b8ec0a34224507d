/**
 * Host access to the listed platforms.
 * Differs: Chrome grants it at install (users can still withhold it in the site-access menu); Firefox MV3 leaves it
 * to the user to grant and withdraw, and content scripts do not run without it.
 */
import { browser } from './browser';

function listedOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/** True when the extension may read every listed platform. */
export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: listedOrigins() });
  } catch {
    return true; // cannot tell: do not nag
  }
}

/** Ask for access to the listed platforms; must run inside a user action (a click in an extension page). */
export async function requestHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: listedOrigins() });
  } catch {
    return false;
  }
}
