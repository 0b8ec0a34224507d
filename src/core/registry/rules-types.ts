/**
 * How a platform's URLs are recognised. This is the only part of the registry the content script carries, so it
 * stays small: hosts and routes, no prose.
 *
 * Route syntax, one string per route, first match wins, anything unmatched on a listed host is `other`:
 *
 *   <kind> [host] <path>[?key=:capture&...]
 *
 * - kind: `profile`, `post` or `other`.
 * - host (optional): the route applies only on that host, and on that host only such scoped routes apply. A host
 *   `:handle.example.com` takes the handle from the first label (for `*.example.com` hosts).
 * - path: segments separated by `/`, matched case-insensitively; trailing slashes and empty segments are ignored.
 *   - `name` a literal; `(a|b|c)` one of several literals;
 *   - `:handle` a handle (the platform's `handle` pattern, not in `reserved`), `:uid` a numeric user id (both are
 *     returned as `handle`), `:id` any segment, `:num` digits; a literal prefix may precede a capture (`@:handle`,
 *     `id:uid`);
 *   - a trailing `?` makes a trailing segment optional; `*` as the last segment matches anything after it.
 * - query: `?key=:capture` requires that parameter (e.g. `/profile.php?id=:uid`).
 */
export interface PlatformRules {
  /** stable id, lowercase, e.g. 'instagram' */
  id: string;
  /** exact lowercase hostnames, or `*.example.com` for every subdomain of example.com (not example.com itself) */
  hosts: readonly string[];
  /**
   * For `*.example.com` hosts without `:handle.` routes: the subdomain labels (regular-expression source, anchored,
   * matched against the lowercase label) that serve the platform's pages under its general routes, such as country
   * or language sites (`fr`, `es-la`). Every URL on any other subdomain (APIs, link shims, help and business sites)
   * is `other`. Default: every one-label subdomain. Deeper subdomains (`a.b.example.com`) are always `other`.
   */
  subdomains?: string;
  /** regular-expression source for a valid handle (anchored for you); default `[A-Za-z0-9._-]{1,64}` */
  handle?: string;
  /** first path segments (lowercase) that are never handles: feeds, settings, help, login, ... */
  reserved?: readonly string[];
  routes: readonly string[];
}
