/**
 * "Does this page serve the platform's pages?", asked by the content script before anything else.
 *
 * The browser runs the content script only on the manifest's hosts, which the build writes from the registry's
 * PLATFORM_HOSTS (`matchPatterns` in hosts.ts, tests check the built manifests), so this script need not check the
 * host against the whole list again. What the browser lets through beyond them: a `*.x.com` match pattern matches
 * every deeper subdomain too, and under a `*.` entry only one label counts (deeper ones, `64.media.tumblr.com`, are
 * the platform's infrastructure, where the classifier says `other` and this script has nothing to watch). So the
 * check is only: is the host more than one label below the parent of a `*.` entry?
 *
 * It reads the page's origin string (`self.origin`), not `location`: the first use of `location` sets up the Location
 * interface in the content script's world, which every page would pay for. The parents are one short string literal
 * between bars, `|facebook.com|tumblr.com|…|`, that nobody writes: the build makes it from PLATFORM_HOSTS
 * (`wildcardParentsString` in hosts.ts, handed in by the `define` in vite.config.ts, which the unit tests' config
 * repeats), so the content script never imports the registry. (The whole host list as such a string, 2 KB, cost
 * every page about 0.1 ms to parse: see the README's Performance section.)
 */
declare const __UNSCRAPED_WILDCARD_PARENTS__: string | undefined;

export const WILDCARD_PARENTS: string =
  typeof __UNSCRAPED_WILDCARD_PARENTS__ === 'string' ? __UNSCRAPED_WILDCARD_PARENTS__ : '';

/**
 * True when a page of `origin` (as `self.origin` gives it: `https://host` or `https://host:port`), on a host the
 * manifest matched, is one where the content script has work: an http(s) page, and not more than one label below
 * the parent of a `*.` host.
 */
export function isPageOrigin(origin: string): boolean {
  const start = origin.startsWith('https://') ? 8 : origin.startsWith('http://') ? 7 : 0;
  if (!start) return false;
  let host = origin.slice(start);
  const port = host.indexOf(':');
  if (port >= 0) host = host.slice(0, port);
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!host || host.includes('|')) return false;
  // every suffix after the second label: `a.b.tumblr.com` has `tumblr.com` there, `sam.tumblr.com` only `com`
  for (let i = host.indexOf('.', host.indexOf('.') + 1); i > 0; i = host.indexOf('.', i + 1)) {
    if (WILDCARD_PARENTS.includes(`|${host.slice(i + 1)}|`)) return false;
  }
  return true;
}
