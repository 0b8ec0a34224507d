/**
 * URL rules of every listed platform. Each platform's example URLs (in `platforms.ts`) are run against every rule
 * set by a test, so a new rule cannot steal another platform's pages.
 */
import type { PlatformRules } from './rules-types';

export const PLATFORM_RULES: readonly PlatformRules[] = [
  {
    id: 'instagram',
    hosts: ['instagram.com', 'www.instagram.com', 'm.instagram.com'],
    handle: '[A-Za-z0-9._]{1,30}',
    reserved: ['explore', 'accounts', 'direct', 'reels', 'stories', 'about', 'legal', 'developer', 'p', 'reel', 'tv',
      'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'press', 'api', 'oauth', 'static', 'graphql',
      'ajax', 'data', 'download', 'directory', 'help', 'lite', 'your_activity', 'create', 'invite', 'threads'],
    routes: [
      'post /(p|reel|reels|tv)/:id',
      'post /:handle/(p|reel)/:id',
      'post /stories/:handle/:num',
      'profile /:handle/(tagged|reels|saved|guides|feed|channel|followers|following)?',
    ],
  },
  {
    id: 'facebook',
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com', 'mbasic.facebook.com',
      'touch.facebook.com', 'fb.com', 'www.fb.com', 'fb.me'],
    handle: '[A-Za-z0-9.]{5,50}',
    reserved: ['home.php', 'login', 'login.php', 'logout.php', 'settings', 'help', 'groups', 'pages', 'events',
      'marketplace', 'watch', 'gaming', 'messages', 'notifications', 'friends', 'search', 'hashtag', 'stories',
      'reel', 'reels', 'photo', 'photo.php', 'photos', 'videos', 'video.php', 'permalink.php', 'story.php', 'share',
      'sharer', 'sharer.php', 'privacy', 'policies', 'legal', 'about', 'ads', 'business', 'bookmarks', 'saved',
      'memories', 'games', 'fundraisers', 'people', 'public', 'dialog', 'plugins', 'profile.php', 'recover',
      'checkpoint', 'careers', 'terms', 'policy.php', 'l.php', 'media', 'feeds', 'latest', 'composer', 'live',
      'places', 'jobs', 'offers', 'lite', 'mobile', 'directory', 'pg'],
    routes: [
      'other fb.me /*',
      'profile /profile.php?id=:uid',
      'post /(permalink.php|story.php)?story_fbid=:id',
      'post /(photo|photo.php)?fbid=:num',
      'post /(reel|watch)/:num',
      'post /watch?v=:num',
      'post /:handle/(posts|videos|photos)/:id',
      'post /share/(p|v|r)/:id',
      'profile /people/:id/:uid',
      'profile /:handle/(about|photos|photos_by|videos|friends|reels|posts|about_overview|about_work_and_education|about_places|about_contact_and_basic_info|about_family_and_relationships|about_details|about_life_events)?',
    ],
  },
  {
    id: 'x',
    hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 't.co'],
    handle: '[A-Za-z0-9_]{1,15}',
    reserved: ['home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'login', 'logout',
      'signup', 'tos', 'privacy', 'compose', 'hashtag', 'intent', 'share', 'account', 'jobs', 'about', 'download',
      'following', 'followers', 'lists', 'communities', 'premium', 'verified-choose', 'bookmarks', 'topics',
      'help', 'en', 'rules', 'who_to_follow', 'grok', 'jobs', 'sw.js', 'manifest.json', 'robots.txt'],
    routes: [
      'other t.co /*',
      'post /:handle/status/:num/*',
      'post /i/web/status/:num',
      'profile /:handle/(with_replies|media|likes|highlights|articles|superfollows|affiliates|verified_followers|followers|following|photo|header_photo)?',
    ],
  },
];
