/**
 * URL rules of every listed platform (route syntax in `rules-types.ts`; `:ref` is an owner_item pair such as VK's
 * `-123_456`, see `classify.ts`). Each platform's example URLs (in `examples.ts`) are run against every rule set by a
 * test, so a new rule cannot steal another platform's pages. Reserved words are only the first path segments (or
 * subdomain labels) that would otherwise pass as a handle on a profile route.
 */
import type { PlatformRules } from './rules-types';

/**
 * The hosts of every platform, on their own so the content script can carry them without the routes (it only asks
 * "is this a listed platform?"; the worker classifies the page kind). Lowercase hostnames, or `*.example.com` for
 * every subdomain of example.com (one label deep for pages: deeper ones are infrastructure, always `other`). A wildcard
 * only where the platform serves pages on many subdomains (user, country or language sites). The build writes these
 * into the manifest and the content script (see vite.config.ts): add a host here and nowhere else.
 */
export const PLATFORM_HOSTS: Readonly<Record<string, readonly string[]>> = {
  instagram: ['instagram.com', 'www.instagram.com', 'm.instagram.com', 'instagr.am'],
  // www, m, mbasic, touch, web, mobile, free... and language sites such as es-la. or fr-fr.: see `subdomains`
  facebook: ['facebook.com', '*.facebook.com', 'fb.com', 'www.fb.com', 'fb.me', 'fb.watch'],
  x: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 't.co'],
  // country sites: fr.linkedin.com/in/NAME, in.linkedin.com/in/NAME...
  linkedin: ['linkedin.com', '*.linkedin.com', 'lnkd.in'],
  tiktok: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com'],
  youtube: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be'],
  flickr: ['flickr.com', 'www.flickr.com', 'flic.kr'],
  vk: ['vk.com', 'www.vk.com', 'm.vk.com', 'vk.ru', 'www.vk.ru', 'm.vk.ru'],
  ok: ['ok.ru', 'www.ok.ru', 'm.ok.ru', 'odnoklassniki.ru', 'www.odnoklassniki.ru'],
  // country subdomains of pinterest.com (br., in., de...), then the country domains, bare and www
  pinterest: ['pinterest.com', '*.pinterest.com', 'pin.it',
    ...['at', 'ca', 'ch', 'cl', 'co.kr', 'co.uk', 'com.au', 'com.mx', 'de', 'dk', 'es', 'fr', 'ie', 'it', 'jp', 'nz',
      'ph', 'pt', 'ru', 'se'].flatMap((tld) => [`pinterest.${tld}`, `www.pinterest.${tld}`])],
  // old., new., np., i., m., amp., sh. and language sites: see `subdomains`
  reddit: ['reddit.com', '*.reddit.com', 'redd.it'],
  tumblr: ['tumblr.com', 'www.tumblr.com', '*.tumblr.com'],
  snapchat: ['snapchat.com', 'www.snapchat.com', 'story.snapchat.com'],
  threads: ['threads.net', 'www.threads.net', 'threads.com', 'www.threads.com'],
  bluesky: ['bsky.app'],
  mastodon: ['mastodon.social', 'mastodon.online', 'mstdn.social', 'mastodon.world'],
  // NAME.t.me: the address of a collectible (Fragment) username
  telegram: ['t.me', '*.t.me', 'telegram.me', 'telegram.dog'],
  venmo: ['venmo.com', 'www.venmo.com', 'account.venmo.com'],
  twitch: ['twitch.tv', 'www.twitch.tv', 'm.twitch.tv', 'clips.twitch.tv'],
  imgur: ['imgur.com', 'www.imgur.com', 'm.imgur.com'],
  // NAME.deviantart.com, the profile address until 2018 (it now redirects to www.deviantart.com/NAME)
  deviantart: ['deviantart.com', 'www.deviantart.com', '*.deviantart.com', 'fav.me'],
  weibo: ['weibo.com', 'www.weibo.com', 'm.weibo.cn', 'weibo.cn'],
  vimeo: ['vimeo.com', 'www.vimeo.com'],
  medium: ['medium.com', '*.medium.com'],
  // language sites (es., fr., de., jp., hi....) and Spaces, which live on their own subdomains
  quora: ['quora.com', '*.quora.com'],
  soundcloud: ['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com', 'on.soundcloud.com'],
  behance: ['behance.net', 'www.behance.net'],
  dribbble: ['dribbble.com', 'www.dribbble.com'],
  github: ['github.com', 'www.github.com', 'gist.github.com'],
};

export const PLATFORM_RULES: readonly PlatformRules[] = [
  {
    id: 'instagram',
    hosts: PLATFORM_HOSTS['instagram']!,
    handle: '[A-Za-z0-9._]{1,30}',
    reserved: ['explore', 'accounts', 'direct', 'reels', 'stories', 'p', 'reel', 'tv', 'challenge', 'about', 'legal',
      'privacy', 'help', 'download', 'create', 'web', 'your_activity'],
    routes: [
      'post /(p|reel|tv)/:id/*',
      'post /reels/:id',
      'post /:handle/(p|reel|tv)/:id/*',
      'post /stories/highlights/:num',
      'post /stories/:handle/:num?',
      'profile /_u/:handle',
      'profile /:handle/(tagged|reels|saved|guides|feed|channel|followers|following|related_profiles)?',
    ],
  },
  {
    id: 'facebook',
    hosts: PLATFORM_HOSTS['facebook']!,
    // mobile and old sites, Free Basics (0., free.), and language sites such as es-la. and fr-fr.; not l., lm.
    // (link shims), developers., business., graph. and the like
    subdomains: 'www|m|mbasic|touch|web|mobile|iphone|free|0|[a-z]{2}-[a-z]{2}',
    // 5 or more since usernames opened in 2009, but older and partner names are shorter (facebook.com/zuck)
    handle: '[A-Za-z0-9.]{1,50}',
    reserved: ['home.php', 'login', 'login.php', 'logout.php', 'settings', 'groups', 'pages', 'events', 'marketplace',
      'watch', 'gaming', 'messages', 'notifications', 'friends', 'search', 'stories', 'reels', 'photo', 'photo.php',
      'permalink.php', 'story.php', 'sharer.php', 'privacy', 'bookmarks', 'saved', 'memories', 'fundraisers',
      'profile.php', 'policy.php', 'l.php', 'careers',
      // short section paths, which only the handle's 5-character minimum used to keep out
      'home', 'live', 'ads', 'help', 'jobs', 'news', 'feed', 'feeds', 'reel', 'lite', 'apps', 'games', 'pay', 'tr',
      'ajax', 'api', 'p', 'pg', 'page', 'people', 'profile', 'video', 'media', 'share', 'sharer', 'hashtag',
      'dialog', 'plugins', 'business', 'policies', 'terms', 'legal', 'about', 'recover', 'checkpoint', 'dating',
      'shop', 'shops', 'places', 'offers', 'latest', 'notes', 'music', 'support', 'security', 'donate', 'community',
      'creators', 'adsmanager', 'campaign', 'weather'],
    routes: [
      'other fb.me /*',
      'post fb.watch /:id',
      'profile /profile.php?id=:uid',
      'profile /profile/:uid',
      'post /(permalink.php|story.php)?story_fbid=:id',
      'post /(photo|photo.php)?fbid=:num',
      'post /(watch|video.php)?v=:num',
      'post /(reel|watch)/:num',
      'post /stories/:num/*',
      'post /groups/:id/(posts|permalink)/:id',
      'profile /groups/:id/user/:uid',
      'post /:handle/(posts|videos|photos)/:id/*',
      'post /share/(p|v|r)/:id',
      'profile /people/:id/:uid',
      'profile /p/:id',
      'profile /:handle/(about|photos|photos_by|photos_of|photos_albums|videos|friends|followers|following|reels|posts|about_overview|about_work_and_education|about_places|about_contact_and_basic_info|about_family_and_relationships|about_details|about_life_events)?',
    ],
  },
  {
    id: 'x',
    hosts: PLATFORM_HOSTS['x']!,
    handle: '[A-Za-z0-9_]{1,15}',
    reserved: ['home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'login', 'logout', 'signup',
      'tos', 'privacy', 'share', 'jobs', 'download', 'grok', 'compose'],
    routes: [
      'other t.co /*',
      'post /:handle/status/:num/*',
      'post /i/web/status/:num',
      'post /i/status/:num/*',
      'profile /i/user/:uid',
      'profile /intent/user?screen_name=:handle',
      'profile /:handle/(with_replies|media|likes|highlights|articles|superfollows|affiliates|verified_followers|followers|following|followers_you_follow|lists|photo|header_photo)?',
    ],
  },
  {
    id: 'linkedin',
    hosts: PLATFORM_HOSTS['linkedin']!,
    // country sites (fr., in., uk....) serve the same pages; not business., learning., developer. and the like
    subdomains: 'www|m|[a-z]{2}',
    // 3 to 100 today (5 to 30 until about 2015); under /in/ nothing else competes, so older names of any length pass
    handle: '[\\w\\u00c0-\\uffff-]{1,100}',
    reserved: ['dir'],
    routes: [
      'post /(posts|pulse)/:id',
      'post /feed/update/:id/*',
      'profile /(in|pub)/:handle/*',
    ],
  },
  {
    id: 'tiktok',
    hosts: PLATFORM_HOSTS['tiktok']!,
    // 2 to 24 today; after @ nothing else competes, so shorter old names pass
    handle: '[A-Za-z0-9._]{1,24}',
    routes: [
      'post /@:handle/(video|photo)/:num',
      'post /(v|embed)/:id/:num?',
      'profile /@:handle/live?',
    ],
  },
  {
    id: 'youtube',
    hosts: PLATFORM_HOSTS['youtube']!,
    handle: '[\\w.\\u00b7\\u00c0-\\uffff-]{1,100}',
    routes: [
      'post youtu.be /:id',
      'post music.youtube.com /watch?v=:id',
      'profile music.youtube.com /channel/:handle',
      'post /watch?v=:id',
      'post /(shorts|live|embed|v|clip|post)/:id',
      'profile /@:handle/*',
      'profile /(c|channel|user)/:handle/*',
    ],
  },
  {
    id: 'flickr',
    hosts: PLATFORM_HOSTS['flickr']!,
    handle: '[\\w@-]{1,50}',
    reserved: ['friends', 'organize'],
    routes: [
      'post flic.kr /p/:id',
      'profile flic.kr /ps/:id',
      'post /photos/:handle/:num/*',
      'profile /photos/:handle/(albums|favorites|galleries|map)?',
      'profile /people/:handle/*',
    ],
  },
  {
    id: 'vk',
    hosts: PLATFORM_HOSTS['vk']!,
    // VK gives communities `club123` / `public123` / `event123` addresses; those are not people
    handle: '(?!(id|club|public|event|board|topic|market|app)\\d)[A-Za-z0-9_.]{3,32}',
    reserved: ['feed', 'friends', 'groups', 'search', 'video', 'music', 'audio', 'clips', 'apps', 'games', 'settings',
      'login', 'join', 'restore', 'support', 'about', 'blog', 'dev', 'terms', 'privacy', 'docs', 'services',
      'bookmarks', 'fave', 'edit', 'gifts', 'albums', 'photos', 'stickers', 'jobs', 'ads', 'away.php', 'share.php',
      'pages', 'calls', 'market', 'podcasts'],
    routes: [
      'post /wall:ref',
      'post /photo:ref',
      'post /video:ref',
      'post /clip:ref',
      'post /story:ref',
      'post /:id?w=:id',
      'post /:id?z=:id',
      'profile /id:uid',
      'profile /wall:uid',
      'profile /photos:uid',
      'profile /:handle',
    ],
  },
  {
    id: 'ok',
    hosts: PLATFORM_HOSTS['ok']!,
    handle: '[A-Za-z0-9._]{3,50}',
    reserved: ['feed', 'messages', 'discussions', 'notifications', 'guests', 'marks', 'friends', 'photos', 'video',
      'music', 'games', 'apps', 'groups', 'gifts', 'settings', 'search', 'live', 'shop', 'payments', 'regulations',
      'dating', 'about', 'bookmarks', 'hobby', 'events'],
    routes: [
      'post /(profile|group)/:num/(statuses|topic|pphotos)/:num',
      'post /profile/:num/album/:num/:num',
      'post /(video|live)/:num',
      'post /:handle/(statuses|topic|pphotos)/:num',
      'profile /profile/:uid/*',
      'profile /:handle/(friends|photos|statuses|video|groups|subscribers|about)?',
    ],
  },
  {
    id: 'pinterest',
    hosts: PLATFORM_HOSTS['pinterest']!,
    // country subdomains (br., in., de....); not api., developers., business., help., ct. and the like
    subdomains: 'www|[a-z]{2}',
    handle: '[A-Za-z0-9_]{3,30}',
    reserved: ['search', 'ideas', 'today', 'settings', 'login', 'logout', 'signup', 'business', 'explore',
      'categories', 'topics', 'news_hub', 'notifications', 'inbox', 'homefeed', 'following', 'videos'],
    routes: [
      'other pin.it /*',
      'post /pin/:id/*',
      'profile /:handle/(_created|_saved|pins|boards|followers|following|_shop|_profile)?',
    ],
  },
  {
    id: 'reddit',
    hosts: PLATFORM_HOSTS['reddit']!,
    // the front ends (old., new., np., i., m., amp., sh.) and language sites; not oauth., gateway., out., chat....
    subdomains: 'www|old|new|np|i|m|amp|sh|[a-z]{2}',
    // 3 to 20 today; after /user/ nothing else competes, so shorter old names pass
    handle: '[A-Za-z0-9_-]{1,20}',
    routes: [
      'post /(r|user|u)/:id/comments/:id/*',
      'post /(comments|gallery)/:id/*',
      'profile /(user|u)/:handle/(overview|submitted|comments|posts|saved|upvoted|downvoted|hidden|gilded|about)?',
      'profile /r/u_:handle',
    ],
  },
  {
    id: 'tumblr',
    hosts: PLATFORM_HOSTS['tumblr']!,
    handle: '[A-Za-z0-9-]{1,32}',
    // subdomains that are not blogs, then www.tumblr.com sections
    reserved: ['api', 'assets', 'static', 'media', 'help', 'embed', 'vt', 'dashboard', 'explore', 'tagged', 'search',
      'settings', 'login', 'register', 'logout', 'likes', 'following', 'inbox', 'messaging', 'new', 'blog',
      'communities', 'about', 'privacy', 'policy', 'docs', 'developers', 'oauth', 'apps', 'reblog', 'edit',
      'activity', 'jobs', 'support', 'customize', 'tumblrmart', 'premium', 'changes', 'account'],
    routes: [
      'post :handle.tumblr.com /(post|image|private)/:num/*',
      'profile :handle.tumblr.com /*',
      'post /:handle/:num/*',
      'post /blog/view/:handle/:num/*',
      'profile /blog/view/:handle',
      'profile /:handle/*',
    ],
  },
  {
    id: 'snapchat',
    hosts: PLATFORM_HOSTS['snapchat']!,
    // 3 to 15, starting with a letter, today; after /add/ and @ nothing else competes
    handle: '[A-Za-z0-9._-]{1,15}',
    routes: [
      'profile /(add|s)/:handle',
      'post /@:handle/spotlight/:id',
      'profile /@:handle',
      'post /(spotlight|p)/:id/*',
    ],
  },
  {
    id: 'threads',
    hosts: PLATFORM_HOSTS['threads']!,
    handle: '[A-Za-z0-9._]{1,30}',
    routes: [
      'post /@:handle/post/:id/*',
      'post /t/:id',
      'profile /@:handle/(replies|media|reposts)?',
    ],
  },
  {
    id: 'bluesky',
    hosts: PLATFORM_HOSTS['bluesky']!,
    // a domain-name handle or a DID
    handle: 'did:[a-z]+:[\\w.:%-]{1,200}|[A-Za-z0-9][A-Za-z0-9.-]{2,252}',
    routes: [
      'post /profile/:handle/post/:id/*',
      'profile /profile/:handle/(follows|followers|known-followers)?',
    ],
  },
  {
    id: 'mastodon',
    hosts: PLATFORM_HOSTS['mastodon']!,
    // a local account, or a remote one as user@domain
    handle: '[A-Za-z0-9_]{1,30}(@[A-Za-z0-9.-]{1,253})?',
    routes: [
      'post /@:handle/:num/*',
      'post /users/:handle/statuses/:num/*',
      'profile /@:handle/*',
      'profile /users/:handle/*',
    ],
  },
  {
    id: 'telegram',
    hosts: PLATFORM_HOSTS['telegram']!,
    // 5 to 32 for free names; 4-character names are sold as collectibles on Fragment
    handle: '[A-Za-z][A-Za-z0-9_]{3,31}',
    reserved: ['proxy', 'socks', 'confirmphone', 'boost', 'share', 'www'],
    routes: [
      'post :handle.t.me /:num/*',
      'profile :handle.t.me /',
      'post /c/:num/:num/*',
      'post /s/:handle/:num',
      'post /:handle/:num/*',
      'profile /s/:handle',
      'profile /:handle',
    ],
  },
  {
    id: 'venmo',
    hosts: PLATFORM_HOSTS['venmo']!,
    handle: '[A-Za-z0-9_-]{5,30}',
    reserved: ['about', 'account', 'business', 'careers', 'legal', 'login', 'signin', 'signup', 'settings',
      'security', 'resources', 'support', 'privacy', 'developers'],
    routes: [
      'profile account.venmo.com /u/:handle',
      'profile /u/:handle',
      'profile /code?user_id=:uid',
      'post /story/:id',
      'profile /:handle',
    ],
  },
  {
    id: 'twitch',
    hosts: PLATFORM_HOSTS['twitch']!,
    handle: '[A-Za-z0-9_]{4,25}',
    reserved: ['directory', 'search', 'settings', 'login', 'signup', 'subscriptions', 'inventory', 'wallet', 'turbo',
      'prime', 'downloads', 'jobs', 'payments', 'activate', 'redeem', 'broadcast'],
    routes: [
      'post clips.twitch.tv /:id',
      'post /videos/:num',
      'post /:handle/clip/:id',
      'profile /:handle/(videos|clips|schedule|about|home|profile)?',
    ],
  },
  {
    id: 'imgur',
    hosts: PLATFORM_HOSTS['imgur']!,
    routes: [
      'post /(gallery|a)/:id',
      'post /t/:id/:id',
      'profile /user/:handle/*',
      // single-segment site sections; any other single segment is an image page
      'other /(upload|search|signin|register|hot|new|top|rules|privacy|tos|emerald|account|notifications|about|removalrequest)',
      'post /:id',
    ],
  },
  {
    id: 'deviantart',
    hosts: PLATFORM_HOSTS['deviantart']!,
    handle: '[A-Za-z0-9-]{3,20}',
    // www.deviantart.com sections, then subdomains that are not NAME.deviantart.com profiles
    reserved: ['search', 'tag', 'topic', 'watch', 'notifications', 'settings', 'users', 'join', 'about', 'developers',
      'popular', 'shop', 'groups', 'studio', 'daily-deviations', 'core-membership', 'submit', 'dreamup', 'www',
      'backend', 'api', 'help', 'chat', 'forum', 'comments', 'portfolio', 'sta', 'st', 'my', 'store', 'welcome'],
    routes: [
      'post fav.me /:id',
      'post :handle.deviantart.com /(art|journal|status-update|poll)/:id',
      'profile :handle.deviantart.com /*',
      'post /:handle/(art|journal|status-update|poll)/:id',
      'profile /:handle/*',
    ],
  },
  {
    id: 'weibo',
    hosts: PLATFORM_HOSTS['weibo']!,
    handle: '[A-Za-z][A-Za-z0-9_]{3,29}',
    reserved: ['home', 'login', 'newlogin', 'signup', 'settings', 'messages', 'message', 'compose', 'search',
      'mygroups'],
    routes: [
      'profile /:uid/(follow|fans|info|album|photos)',
      'post /:uid/:id',
      'post /(detail|status)/:id',
      'profile /(u|profile)/:uid',
      'profile /n/:id',
      'profile /:uid',
      'profile /:handle',
    ],
  },
  {
    id: 'vimeo',
    hosts: PLATFORM_HOSTS['vimeo']!,
    handle: '[A-Za-z0-9_]{2,64}',
    reserved: ['channels', 'groups', 'ondemand', 'categories', 'watch', 'search', 'features', 'upgrade', 'pricing',
      'log_in', 'join', 'settings', 'manage', 'upload', 'help', 'blog', 'about', 'jobs', 'privacy', 'terms', 'home',
      'explore', 'create', 'stock', 'enterprise', 'live', 'events', 'business', 'purchases', 'watchlater', 'library'],
    routes: [
      'post /:num/:id?',
      'post /channels/:id/:num',
      'post /showcase/:num/video/:num',
      'post /groups/:id/videos/:num',
      'profile /:handle/(videos|about|likes|collections|following|followers|albums|channels|groups|shorts|showcases)?',
    ],
  },
  {
    id: 'medium',
    hosts: PLATFORM_HOSTS['medium']!,
    // subdomains that are not member pages, then medium.com sections
    reserved: ['www', 'miro', 'link', 'help', 'policy', 'cdn-images-1', 'tag', 'topic', 'me', 'm', 'search'],
    routes: [
      'profile :handle.medium.com /(about|lists|followers|following|has-recommended)?',
      'post :handle.medium.com /:id',
      'post /p/:id',
      'profile /@:handle/(about|lists|followers|following|has-recommended|highlights)?',
      'post /@:handle/:id',
      'post /:handle/:id',
    ],
  },
  {
    id: 'quora',
    hosts: PLATFORM_HOSTS['quora']!,
    handle: '[\\w\\u00c0-\\uffff.-]{1,100}',
    routes: [
      'profile /profile/:handle/(answers|questions|posts|followers|following|edits|activity|spaces|log)?',
      'post /profile/:handle/:id',
      'post /:id/(answer|answers)/:id/*',
    ],
  },
  {
    id: 'soundcloud',
    hosts: PLATFORM_HOSTS['soundcloud']!,
    handle: '[\\w-]{2,64}',
    reserved: ['discover', 'search', 'stream', 'feed', 'upload', 'you', 'settings', 'messages', 'notifications',
      'pages', 'charts', 'stations', 'mobile', 'jobs', 'imprint', 'tags', 'people', 'signin', 'logout', 'pro',
      'premium', 'go', 'terms-of-use'],
    routes: [
      'other on.soundcloud.com /*',
      'profile /:handle/(tracks|albums|sets|reposts|popular-tracks|likes|followers|following|comments|spotlight)?',
      'other /:handle/sets/*',
      'post /:handle/:id/*',
    ],
  },
  {
    id: 'behance',
    hosts: PLATFORM_HOSTS['behance']!,
    handle: '[A-Za-z0-9_-]{3,40}',
    reserved: ['search', 'galleries', 'joblist', 'hire', 'live', 'assets', 'blog', 'for_you', 'following', 'messages',
      'notifications', 'about', 'settings'],
    routes: [
      'post /gallery/:num/*',
      'profile /:handle/(projects|moodboards|appreciated|info|insights|services|stats|drafts|assets|livestreams|subscriptions|resume)?',
    ],
  },
  {
    id: 'dribbble',
    hosts: PLATFORM_HOSTS['dribbble']!,
    handle: '[A-Za-z0-9_-]{2,40}',
    reserved: ['shots', 'designers', 'jobs', 'search', 'following', 'stories', 'about', 'learn', 'hiring', 'pro',
      'resources', 'goods', 'services', 'terms', 'privacy', 'contact', 'freelance-jobs', 'messages', 'notifications'],
    routes: [
      'other /shots/(popular|recent|following|animated)/*',
      'post /shots/:id/*',
      'profile /:handle/(shots|collections|likes|about|projects|followers|following|services|goods|members)?',
    ],
  },
  {
    id: 'github',
    hosts: PLATFORM_HOSTS['github']!,
    handle: '[A-Za-z0-9][A-Za-z0-9-]{0,38}',
    reserved: ['about', 'login', 'logout', 'join', 'signup', 'settings', 'explore', 'topics', 'trending',
      'collections', 'marketplace', 'pulls', 'issues', 'notifications', 'new', 'search', 'sponsors', 'features',
      'pricing', 'enterprise', 'team', 'security', 'contact', 'readme', 'codespaces', 'copilot', 'dashboard',
      'discussions', 'stars', 'watching', 'mobile', 'education', 'customer-stories', 'partners', 'discover',
      'starred', 'mine'],
    routes: [
      'post gist.github.com /:handle/:id/*',
      'profile gist.github.com /:handle',
      'profile /:handle',
    ],
  },
];
