/** "Is this page on a listed platform?" from the host table only: what the content script asks before anything. */
import { compileHostLookup, webHostname } from './hosts';
import { PLATFORM_HOSTS } from './registry/rules';

const lookup = compileHostLookup(PLATFORM_HOSTS);

/** The listed platform a URL's host belongs to, or null. Never throws. */
export function platformOfUrl(url: string): string | null {
  try {
    const web = webHostname(url);
    return web ? (lookup(web.host)?.id ?? null) : null;
  } catch {
    return null;
  }
}
