/**
 * "Is this page on a listed platform?", asked by the content script before anything else. The hosts are one string
 * literal between bars, not a table: the content script is parsed afresh in every page, and a single string costs the
 * parser next to nothing where an array of strings costs it measurably. Nobody writes that string: the build makes it
 * from the registry's PLATFORM_HOSTS (`hostsString` in hosts.ts, handed in by the `define` in vite.config.ts, which
 * the unit tests' config repeats), so the content script never imports the registry. Where nothing defines it (a
 * bundle made without that config), the list is empty and the script does nothing anywhere.
 */
declare const __UNSCRAPED_LISTED_HOSTS__: string | undefined;

export const LISTED_HOSTS: string =
  typeof __UNSCRAPED_LISTED_HOSTS__ === 'string' ? __UNSCRAPED_LISTED_HOSTS__ : '';

/**
 * True when a page at `loc` (its location, or a URL) is on a listed host: the host itself, or a `*.x.com` entry for
 * its parent. Only one label under a `*.` entry counts: deeper subdomains (`64.media.tumblr.com`) are the platform's
 * infrastructure (the classifier calls every URL there `other`), where this script has nothing to watch.
 */
export function isListedLocation(loc: { protocol: string; hostname: string }): boolean {
  if (loc.protocol !== 'https:' && loc.protocol !== 'http:') return false;
  const host = loc.hostname.endsWith('.') ? loc.hostname.slice(0, -1) : loc.hostname;
  if (!host || host.includes('|')) return false;
  // one use of LISTED_HOSTS: a minifier would copy the string into each use
  const keys = [`|${host}|`];
  const dot = host.indexOf('.');
  if (dot > 0) keys.push(`|*${host.slice(dot)}|`);
  return keys.some((k) => LISTED_HOSTS.includes(k));
}
