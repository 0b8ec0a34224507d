/**
 * The registrable domain ("site") of a hostname, the key for per-site preferences. Every listed platform lives on a
 * plain registrable domain (example.com, ok.ru, bsky.app, mastodon.social...), so the rule is the last two labels,
 * except under the few two-level public suffixes below. A unit test checks it against every registry host.
 */
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'co.jp', 'ne.jp', 'or.jp', 'com.au', 'net.au', 'org.au', 'com.br', 'net.br',
  'com.cn', 'net.cn', 'org.cn', 'com.tr', 'co.in', 'co.nz', 'co.za', 'com.mx', 'com.ar', 'co.kr', 'com.tw', 'com.hk',
]);

export function registrableDomain(hostname: string): string | null {
  if (typeof hostname !== 'string') return null;
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(h) || !h.includes('.') || /^[0-9.]+$/.test(h)) return null;
  const labels = h.split('.');
  if (labels.some((l) => l === '')) return null;
  const lastTwo = labels.slice(-2).join('.');
  if (TWO_LEVEL_SUFFIXES.has(lastTwo)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return lastTwo;
}

/** The site of a URL, or null for anything that is not an http(s) URL with a domain name. */
export function siteOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return registrableDomain(u.hostname);
  } catch {
    return null;
  }
}
