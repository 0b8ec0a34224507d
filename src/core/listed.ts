/**
 * "Is this page on a listed platform?", asked by the content script before anything else. The hosts are one string
 * literal between bars, not a table: the content script is parsed afresh in every page, and a single string costs the
 * parser next to nothing where an array of 115 strings costs it measurably. A unit test pins this list to the
 * registry's PLATFORM_HOSTS (and another pins the manifest's matches to them), so the three cannot drift apart.
 */
export const LISTED_HOSTS =
  '|instagram.com|www.instagram.com|m.instagram.com|instagr.am|facebook.com|www.facebook.com|'
  + 'm.facebook.com|web.facebook.com|mbasic.facebook.com|touch.facebook.com|fb.com|www.fb.com|fb.me|'
  + 'fb.watch|x.com|www.x.com|mobile.x.com|twitter.com|www.twitter.com|mobile.twitter.com|t.co|'
  + 'linkedin.com|www.linkedin.com|lnkd.in|tiktok.com|www.tiktok.com|m.tiktok.com|vm.tiktok.com|'
  + 'vt.tiktok.com|youtube.com|www.youtube.com|m.youtube.com|youtu.be|flickr.com|www.flickr.com|flic.kr|'
  + 'vk.com|m.vk.com|vk.ru|m.vk.ru|ok.ru|m.ok.ru|odnoklassniki.ru|www.odnoklassniki.ru|pinterest.com|'
  + 'www.pinterest.com|pin.it|www.pinterest.co.uk|www.pinterest.de|www.pinterest.fr|www.pinterest.ca|'
  + 'www.pinterest.com.au|www.pinterest.es|www.pinterest.it|www.pinterest.jp|www.pinterest.com.mx|'
  + 'br.pinterest.com|in.pinterest.com|reddit.com|www.reddit.com|old.reddit.com|new.reddit.com|'
  + 'np.reddit.com|redd.it|tumblr.com|www.tumblr.com|*.tumblr.com|snapchat.com|www.snapchat.com|'
  + 'story.snapchat.com|threads.net|www.threads.net|threads.com|www.threads.com|bsky.app|mastodon.social|'
  + 'mastodon.online|mstdn.social|mastodon.world|t.me|telegram.me|venmo.com|www.venmo.com|'
  + 'account.venmo.com|twitch.tv|www.twitch.tv|m.twitch.tv|clips.twitch.tv|imgur.com|m.imgur.com|'
  + 'deviantart.com|www.deviantart.com|fav.me|weibo.com|www.weibo.com|m.weibo.cn|weibo.cn|vimeo.com|'
  + 'medium.com|*.medium.com|quora.com|www.quora.com|es.quora.com|pt.quora.com|fr.quora.com|de.quora.com|'
  + 'jp.quora.com|soundcloud.com|m.soundcloud.com|on.soundcloud.com|behance.net|www.behance.net|'
  + 'dribbble.com|github.com|gist.github.com|';

/** True when a page at `loc` (its location, or a URL) is on a listed host. `*.x.com` entries cover any subdomain. */
export function isListedLocation(loc: { protocol: string; hostname: string }): boolean {
  if (loc.protocol !== 'https:' && loc.protocol !== 'http:') return false;
  const host = loc.hostname.endsWith('.') ? loc.hostname.slice(0, -1) : loc.hostname;
  if (!host || host.includes('|')) return false;
  // the host itself, then `*.` and each of its parent domains (one use of LISTED_HOSTS: a minifier would copy it)
  const keys = [`|${host}|`];
  for (let dot = host.indexOf('.'); dot > 0; dot = host.indexOf('.', dot + 1)) keys.push(`|*${host.slice(dot)}|`);
  return keys.some((k) => LISTED_HOSTS.includes(k));
}
