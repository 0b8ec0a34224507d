/** Descriptive data of each listed platform. The URL rules live in `rules.ts` and the example URLs in `examples.ts`,
 * keyed by the same id, so the content script carries only the rules.
 *
 * Each `setting` is the platform's own exposure-limiting setting from section C of
 * shared/research/face-scraping-facts.md, with that row's source. A platform whose setting the research left
 * unsourced (or has no row for) is `'none-known'`. */
import type { PlatformInfo } from './schema';
import { undated } from './sources';


export const PLATFORMS: readonly PlatformInfo[] = [
  {
    id: 'instagram',
    name: 'Instagram',
    setting: {
      text: 'Make your account private: only followers you approve can then see your posts.',
      // the research cites this help page as http://; the same page is served over https
      source: undated('https://help.instagram.com/448523408565555/', 'verified'),
    },
  },
  {
    id: 'facebook',
    name: 'Facebook',
    setting: {
      text: 'In your privacy settings, turn off the option that lets search engines outside Facebook link to your profile (its wording has changed over the years).',
      source: undated('https://www.bloggeroctopus.com/facebook/come-eliminare-il-tuo-profilo-facebook-da-google/', 'secondary'),
    },
  },
  {
    id: 'x',
    name: 'X (Twitter)',
    setting: {
      text: 'Turn on "Protect your posts" in your privacy settings. Protected posts are kept out of Google search.',
      source: { url: 'https://www.slashgear.com/1366627/how-to-change-privacy-settings-on-twitter/', date: '2023-08', grade: 'secondary' },
    },
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    setting: {
      text: "Turn off your public profile's visibility, or make your profile photo visible to your connections only.",
      source: undated('https://www.business2community.com/linkedin/has-your-picture-disappeared-to-others-on-linkedin-02168064', 'secondary'),
    },
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    setting: {
      text: 'Make your account private, and turn off "Suggest your account to others".',
      link: 'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private',
      source: undated('https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private', 'verified'),
    },
  },
  {
    id: 'youtube',
    name: 'YouTube',
    setting: {
      text: 'Set videos to Private; Unlisted is not enough. Human Rights Watch found images from unlisted YouTube videos in the LAION-5B AI training dataset.',
      source: { url: 'https://hrw.org/news/2024/07/02/australia-childrens-personal-photos-misused-power-ai-tools', date: '2024-07-02', grade: 'verified' },
    },
  },
  {
    id: 'flickr',
    name: 'Flickr',
    setting: {
      text: 'Set who can see your photos to Private, Friends or Family, and turn on "hide from public searches".',
      link: 'https://flickrhelp.com/hc/en-us/articles/4404078163732-Change-your-privacy-settings',
      source: undated('https://flickrhelp.com/hc/en-us/articles/4404078163732-Change-your-privacy-settings', 'verified'),
    },
  },
  {
    id: 'vk',
    name: 'VK',
    setting: {
      text: 'Make your profile closed (a profile type VK has offered since 31 August 2018): strangers then see only your name, your main photo and a few other fields.',
      source: { url: 'https://spektr.press/news/2018/08/31/vkontakte-razreshila-zakryvat-profil-ot-postoronnih/', date: '2018-08-31', grade: 'verified' },
    },
  },
  { id: 'ok', name: 'OK.ru', setting: 'none-known' },
  {
    id: 'pinterest',
    name: 'Pinterest',
    setting: {
      text: 'Turn on "Search privacy", which asks search engines to leave out your profile and boards, and keep personal pins on secret boards.',
      link: 'https://help.pinterest.com/en-gb/article/your-privacy-and-data-settings',
      source: undated('https://help.pinterest.com/en-gb/article/your-privacy-and-data-settings', 'verified'),
    },
  },
  { id: 'reddit', name: 'Reddit', setting: 'none-known' },
  {
    id: 'tumblr',
    name: 'Tumblr',
    setting: {
      text: 'For each blog, turn on "Prevent third-party sharing" (added in February 2024; it was switched on automatically for blogs that already discouraged search crawling). It opts the blog out of Tumblr\'s own sharing of content with AI companies; it is not documented to stop scrapers.',
      source: { url: 'https://ailurinae.blog/', date: '2024-02', grade: 'verified' },
    },
  },
  {
    id: 'snapchat',
    name: 'Snapchat',
    setting: {
      text: 'In your privacy settings, choose who can see your Story and who can contact you. This limits who sees your posts; it is not documented to reduce face scraping.',
      source: undated('https://www.cyberdive.co/blog/social-media-privacy-options-your-child-can-control', 'secondary'),
    },
  },
  {
    id: 'threads',
    name: 'Threads',
    setting: {
      text: 'Make your profile private: only followers you approve can then see your posts.',
      source: undated('https://www.downloadsource.net/how-to-change-your-threads-profile-from-public-to-private/n/22717/?amp=yes', 'secondary'),
    },
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    setting: {
      text: 'Turn off logged-out visibility, so people who are not signed in cannot see your posts on Bluesky\'s own app and website (added in December 2023). It does not bind other apps, and Bluesky has no private accounts.',
      source: {
        url: 'https://www.theverge.com/2023/12/6/23990757/bluesky-is-going-to-let-people-opt-out-of-letting-logged-out-users-see-their-posts',
        date: '2023-12-06',
        grade: 'verified',
      },
    },
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    setting: {
      text: 'In your profile settings, opt out of search-engine indexing (an option since July 2017).',
      source: {
        url: 'https://gitlab.com/chameleoid/awoo.pub/mastodon/blob/c42092ba7ad1cbf78ca8463b6525ec2b7efbdd92/app/views/accounts/show.html.haml',
        date: '2017-07',
        grade: 'verified',
      },
    },
  },
  {
    id: 'telegram',
    name: 'Telegram',
    setting: {
      text: 'Choose who can see your profile photo: Telegram has a separate privacy setting for it.',
      source: undated('https://corefork.telegram.org/type/PrivacyKey?layer=2', 'verified'),
    },
  },
  {
    id: 'venmo',
    name: 'Venmo',
    setting: {
      text: 'Set your default privacy to Private, change all your past payments to private, and hide your friends list.',
      source: { url: 'https://www.washingtonpost.com/technology/2021/09/23/venmo-privacy-settings/', date: '2021-09-23', grade: 'verified' },
    },
  },
  { id: 'twitch', name: 'Twitch', setting: 'none-known' },
  { id: 'imgur', name: 'Imgur', setting: 'none-known' },
  { id: 'deviantart', name: 'DeviantArt', setting: 'none-known' },
  { id: 'weibo', name: 'Weibo', setting: 'none-known' },
  { id: 'vimeo', name: 'Vimeo', setting: 'none-known' },
  { id: 'medium', name: 'Medium', setting: 'none-known' },
  { id: 'quora', name: 'Quora', setting: 'none-known' },
  { id: 'soundcloud', name: 'SoundCloud', setting: 'none-known' },
  { id: 'behance', name: 'Behance', setting: 'none-known' },
  { id: 'dribbble', name: 'Dribbble', setting: 'none-known' },
  { id: 'github', name: 'GitHub', setting: 'none-known' },
];
