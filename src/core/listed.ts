/** "Is this page on a listed platform?" from the host table only: what the content script asks before anything. */
import { webHostname } from './hosts';
import { PLATFORM_HOSTS } from './registry/rules';

/** The listed platform a URL's host belongs to, or null. Never throws. A direct scan of the table: the content
 * script asks once per page, so building lookup maps first would cost more than it saves. */
export function platformOfUrl(url: string): string | null {
  try {
    const web = webHostname(url);
    if (!web) return null;
    const host = web.host;
    for (const id in PLATFORM_HOSTS) {
      for (const h of PLATFORM_HOSTS[id]!) {
        if (h === host) return id;
        // `*.example.com`: any subdomain of example.com
        if (h.charCodeAt(0) === 42 && host.length > h.length - 1 && host.endsWith(h.slice(1))) return id;
      }
    }
    return null;
  } catch {
    return null;
  }
}
