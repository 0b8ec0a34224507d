/** Platform rules beyond the registry examples: the handle each profile yields, and look-alikes that must not pass. */
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../src/core/url';

describe('handles taken from profile URLs', () => {
  it.each([
    ['https://www.instagram.com/_u/sam.example', 'instagram', 'sam.example'],
    ['https://www.facebook.com/profile.php?id=100012345678901', 'facebook', '100012345678901'],
    ['https://www.facebook.com/profile/100012345678901', 'facebook', '100012345678901'],
    ['https://x.com/intent/user?screen_name=sam_example', 'x', 'sam_example'],
    ['https://www.linkedin.com/in/%E5%BC%A0%E4%B8%89-123/', 'linkedin', '张三-123'],
    ['https://www.youtube.com/channel/UCAbCdEfGhIjKlMnOpQrStUv/videos', 'youtube', 'UCAbCdEfGhIjKlMnOpQrStUv'],
    ['https://www.flickr.com/photos/12345678@N05/', 'flickr', '12345678@N05'],
    ['https://vk.com/id123456789', 'vk', '123456789'],
    ['https://vk.com/wall123456789', 'vk', '123456789'],
    ['https://vk.com/wallace_fan', 'vk', 'wallace_fan'],
    ['https://ok.ru/profile/571234567890/friends', 'ok', '571234567890'],
    ['https://www.reddit.com/r/u_sam_example/', 'reddit', 'sam_example'],
    ['https://sam-example.tumblr.com/archive', 'tumblr', 'sam-example'],
    ['https://tumblr.com/sam-example', 'tumblr', 'sam-example'],
    ['https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx', 'bluesky', 'did:plc:abcdefghijklmnopqrstuvwx'],
    ['https://mstdn.social/@sam_example@mastodon.online', 'mastodon', 'sam_example@mastodon.online'],
    ['https://venmo.com/code?user_id=1234567890123456789', 'venmo', '1234567890123456789'],
    ['https://weibo.com/u/1234567890', 'weibo', '1234567890'],
    ['https://sam-example.medium.com/about', 'medium', 'sam-example'],
    ['https://gist.github.com/sam-example', 'github', 'sam-example'],
    // country, language, mobile and user subdomains
    ['https://fr-fr.facebook.com/sam.example', 'facebook', 'sam.example'],
    ['https://mbasic.facebook.com/profile.php?id=100012345678901', 'facebook', '100012345678901'],
    ['https://in.linkedin.com/in/sam-example', 'linkedin', 'sam-example'],
    ['https://br.pinterest.com/sam_example/', 'pinterest', 'sam_example'],
    ['https://pinterest.co.kr/sam_example', 'pinterest', 'sam_example'],
    ['https://old.reddit.com/user/sam_example', 'reddit', 'sam_example'],
    ['https://sam-example.deviantart.com/gallery/', 'deviantart', 'sam-example'],
    ['https://es.quora.com/profile/Sam-Example', 'quora', 'Sam-Example'],
    ['https://music.youtube.com/channel/UCAbCdEfGhIjKlMnOpQrStUv', 'youtube', 'UCAbCdEfGhIjKlMnOpQrStUv'],
    ['https://telegram.dog/sam_example', 'telegram', 'sam_example'],
    ['https://Sam_X.t.me/', 'telegram', 'sam_x'],
    // old names shorter than today's minimum, where nothing else competes for the path
    ['https://www.facebook.com/abc', 'facebook', 'abc'],
    ['https://www.linkedin.com/in/ab', 'linkedin', 'ab'],
    ['https://www.reddit.com/user/ab', 'reddit', 'ab'],
    ['https://www.tiktok.com/@a', 'tiktok', 'a'],
    ['https://www.snapchat.com/add/ab', 'snapchat', 'ab'],
    ['https://www.flickr.com/photos/a/', 'flickr', 'a'],
  ])('%s', (url, platform, handle) => {
    expect(classifyUrl(url)).toEqual({ platform, pageKind: 'profile', handle });
  });
});

describe('look-alikes', () => {
  it.each([
    // VK: community addresses and tab pages are not people; compound ids only as posts
    ['https://vk.com/club12345678', 'vk', 'other'],
    ['https://vk.com/photos-12345678', 'vk', 'other'],
    ['https://vk.com/wall-12345678', 'vk', 'other'],
    ['https://vk.com/clips', 'vk', 'other'],
    ['https://vk.com/photos123456789', 'vk', 'profile'],
    ['https://vk.com/story123456789_456239020', 'vk', 'post'],
    // handle rules keep section pages and bad names out
    ['https://www.facebook.com/live', 'facebook', 'other'],
    ['https://www.facebook.com/ads', 'facebook', 'other'],
    ['https://www.facebook.com/sam-example', 'facebook', 'other'],
    ['https://x.com/this_name_is_too_long', 'x', 'other'],
    ['https://t.me/abc', 'telegram', 'other'],
    ['https://t.me/1abcdef', 'telegram', 'other'],
    ['https://github.com/-sam', 'github', 'other'],
    ['https://www.twitch.tv/abc', 'twitch', 'other'],
    // infrastructure subdomains of wildcard hosts
    ['https://media.tumblr.com/0123456789abcdef/tumblr_abc_1280.jpg', 'tumblr', 'other'],
    ['https://vt.tumblr.com/tumblr_abc.mp4', 'tumblr', 'other'],
    ['https://www.medium.com/', 'medium', 'other'],
    ['https://cdn-images-1.medium.com/max/800/1*abc.jpeg', 'medium', 'other'],
    ['https://a.b.medium.com/@sam.example', 'medium', 'other'],
    ['https://developers.facebook.com/docs/', 'facebook', 'other'],
    ['https://graph.facebook.com/sam.example', 'facebook', 'other'],
    ['https://lm.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2F', 'facebook', 'other'],
    ['https://star.c10r.facebook.com/sam.example', 'facebook', 'other'],
    ['https://learning.linkedin.com/in/sam-example', 'linkedin', 'other'],
    ['https://a.fr.linkedin.com/in/sam-example', 'linkedin', 'other'],
    ['https://developers.pinterest.com/sam_example/', 'pinterest', 'other'],
    ['https://gateway.reddit.com/user/sam_example', 'reddit', 'other'],
    ['https://api.deviantart.com/sam-example', 'deviantart', 'other'],
    ['https://www.deviantart.com/sam-example/art/Sunset-1012345678', 'deviantart', 'post'],
    // collections and short links
    ['https://www.pinterest.com/sam_example/boards-of-canada/', 'pinterest', 'other'],
    ['https://www.youtube.com/shorts/', 'youtube', 'other'],
    ['https://www.instagram.com/reels/audio/123456789/', 'instagram', 'other'],
    ['https://www.instagram.com/stories/highlights/17890000000000000/', 'instagram', 'post'],
    ['https://clips.twitch.tv/', 'twitch', 'other'],
    ['https://flic.kr/ps/AbCdE', 'flickr', 'profile'],
    ['https://flic.kr/s/aHsAbCdE', 'flickr', 'other'],
    ['https://imgur.com/removalrequest', 'imgur', 'other'],
  ])('%s -> %s %s', (url, platform, pageKind) => {
    expect(classifyUrl(url)).toMatchObject({ platform, pageKind });
  });

  it('does not reach CDN, API or developer hosts', () => {
    for (const url of [
      'https://i.imgur.com/AbC1234.jpg',
      'https://i.redd.it/abc123.jpg',
      'https://pbs.twimg.com/media/abc.jpg',
      'https://scontent.cdninstagram.com/v/abc.jpg',
      'https://i.pinimg.com/originals/ab/cd/ef.jpg',
      'https://api.github.com/users/sam-example',
      'https://raw.githubusercontent.com/sam-example/repo/main/a.png',
      'https://connect.facebook.net/en_US/sdk.js',
      'https://scontent.xx.fbcdn.net/v/abc.jpg',
      'https://media.licdn.com/dms/image/abc/profile-displayphoto-shrink_800_800/0/1',
      'https://static.licdn.com/aero-v1/sc/h/abc',
      'https://preview.redd.it/abc123.jpg',
      'https://www.redditstatic.com/avatars/abc.png',
      'https://images-wixmp-0123456789abcdef.wixmp.com/f/abc.jpg',
      'https://qph.cf2.quoracdn.net/main-qimg-abc',
      'https://music.youtube.com.evil.example/channel/UCAbCdEfGhIjKlMnOpQrStUv',
      'https://pinterest.de.evil.example/sam_example/',
      'https://evilpinterest.de/sam_example/',
      'https://player.vimeo.com/video/123456789',
      'https://i.ytimg.com/vi/AbCdEfGhIj0/hqdefault.jpg',
      'https://bit.ly/3AbCdEf',
      'https://t.cn/A6AbCdEf',
    ]) {
      expect(classifyUrl(url), url).toEqual({ platform: null, pageKind: null });
    }
  });
});
