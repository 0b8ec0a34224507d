/** Evidence linking a scraper or dataset to a platform it harvested (or that objected to its harvesting). Each record
 * carries its source, taken from shared/research/face-scraping-facts.md (sections A, B, C and the cross-checks in G
 * and H), and says on what basis the source makes the link (see EvidenceBasis): a fact it documents, the company's
 * own claim, or an accusation. Left out on purpose: PimEyes' unofficial Telegram bot (a way to reach PimEyes through
 * Telegram, not harvesting of Telegram), Tumblr's data-licensing talks (not face scraping), FindClone → VK
 * (unverified), and platforms outside the list (MySpace, OkCupid, Ancestry). */
import type { Evidence, Source } from './schema';
import { NYT_2020, undated } from './sources';

const MEDIANAMA: Source = { url: 'https://www.medianama.com/2020/02/223-google-youtube-facebook-cease-and-desist-clearview/', date: '2020-02', grade: 'verified' };
const AP_SPOKESMAN: Source = { url: 'https://www.spokesman.com/stories/2020/feb/05/youtube-venmo-ai-firm-must-stop-scraping-faces-fro/', date: '2020-02-05', grade: 'verified' };
const TAIPEI_TIMES: Source = { url: 'https://www.taipeitimes.com/News/world/archives/2020/02/07/2003730549', date: '2020-02-07', grade: 'verified' };
const VICE_FILE: Source = {
  url: 'https://vice.com/en/article/5dmkyq/heres-the-file-clearview-ai-has-been-keeping-on-me-and-probably-on-you-too',
  date: '2020',
  grade: 'verified',
};
const OPC_SUMMARY: Source = {
  url: 'https://webiis05.mondaq.com/canada/privacy-protection/1039428/big-brother39s-access-limited-canadian-privacy-commissioners-rule-clearview-ai39s-facial-recognition-tool-in-breach-of-canadian-privacy-laws',
  date: '2021-02-02',
  grade: 'secondary',
};
const SPIEGEL_PIMEYES: Source = {
  url: 'https://www.spiegel.de/netzwelt/web/google-und-facebook-mahnen-bildersuchmaschine-pimeyes-ab-a-16b9a889-47f5-4f43-813e-acbc61166f58',
  date: '2020',
  grade: 'verified',
};
/** Open-source client code for Search4faces' documented API; it names the databases the service searches. */
const SEARCH4FACES_CLIENT: Source = undated(
  'https://github.com/Vipstarik-arch/searxng/blob/d1d9e4e093b545a92bb15175811938572871ee20/searx/engines/search4faces.py',
  'secondary',
);
const WAXY_LAION: Source = {
  url: 'https://waxy.org/2022/08/exploring-12-million-of-the-images-used-to-train-stable-diffusions-image-generator/',
  date: '2022-08',
  grade: 'secondary',
};

const NYT_CLAIM = 'Clearview AI claimed to have scraped images "from Facebook, YouTube, Venmo and millions of other websites" (The New York Times, January 2020).';
const MEDIANAMA_CLAIM = 'According to The New York Times, as relayed by MediaNama, Clearview AI took images from Facebook, Instagram, Twitter and news sites.';
const FB_DEMAND_CLAIM =
  'In February 2020 Facebook demanded that Clearview AI stop accessing and using data from Facebook and Instagram. Some outlets noted that this was not yet a formal cease-and-desist at first.';
const VICE_CLAIM =
  'A Vice reporter who asked Clearview AI for their data under the CCPA got back images from 2004 to 2019 taken from MySpace, Instagram, Twitter and Facebook, many of them via third-party sites that had already scraped Instagram (such as "Insta Stalker").';
const OPC_CLAIM =
  "A law-firm summary of Canada's 2021 findings on Clearview AI says it scraped images from Facebook, YouTube, Instagram and Twitter, and that images behind privacy settings, such as private Instagram accounts, were not collected. The commissioners' report itself speaks of \"publicly accessible online sources (including social media)\".";
const PIMEYES_2020 = 'In 2020, after a netzpolitik.org report on PimEyes,';
const SEARCH4FACES_PREFIX = 'According to open-source client code for its API, Search4faces searches';
const LAION_AESTHETICS = 'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion,';

export const EVIDENCE: readonly Evidence[] = [
  // Clearview AI
  { scraper: 'clearview-ai', platform: 'facebook', claim: NYT_CLAIM, basis: 'claimed', source: NYT_2020 },
  { scraper: 'clearview-ai', platform: 'youtube', claim: NYT_CLAIM, basis: 'claimed', source: NYT_2020 },
  { scraper: 'clearview-ai', platform: 'venmo', claim: NYT_CLAIM, basis: 'claimed', source: NYT_2020 },
  { scraper: 'clearview-ai', platform: 'instagram', claim: MEDIANAMA_CLAIM, source: MEDIANAMA },
  { scraper: 'clearview-ai', platform: 'x', claim: MEDIANAMA_CLAIM, source: MEDIANAMA },
  {
    scraper: 'clearview-ai',
    platform: 'x',
    claim: 'Twitter sent Clearview AI a cease-and-desist letter in January 2020 and asked it to delete the data it had collected.',
    basis: 'accused',
    source: MEDIANAMA,
  },
  {
    scraper: 'clearview-ai',
    platform: 'youtube',
    claim: "YouTube's owner Google sent Clearview AI a cease-and-desist letter on 4 February 2020, saying YouTube's terms of service forbid collecting data that can identify a person.",
    basis: 'accused',
    source: AP_SPOKESMAN,
  },
  {
    scraper: 'clearview-ai',
    platform: 'venmo',
    claim: 'Venmo, owned by PayPal, announced on 5 February 2020 that it was sending Clearview AI a cease-and-desist letter.',
    basis: 'accused',
    source: AP_SPOKESMAN,
  },
  { scraper: 'clearview-ai', platform: 'facebook', claim: FB_DEMAND_CLAIM, basis: 'accused', source: TAIPEI_TIMES },
  { scraper: 'clearview-ai', platform: 'instagram', claim: FB_DEMAND_CLAIM, basis: 'accused', source: TAIPEI_TIMES },
  {
    scraper: 'clearview-ai',
    platform: 'linkedin',
    claim: 'LinkedIn announced in February 2020 that it was sending Clearview AI a cease-and-desist letter.',
    basis: 'accused',
    source: {
      url: 'https://www.cbsnews.com/news/clearview-ai-google-youtube-send-cease-and-desist-letter-to-facial-recognition-app/?lspt_context=gdpr',
      date: '2020-02',
      grade: 'verified',
    },
  },
  { scraper: 'clearview-ai', platform: 'facebook', claim: VICE_CLAIM, source: VICE_FILE },
  { scraper: 'clearview-ai', platform: 'instagram', claim: VICE_CLAIM, source: VICE_FILE },
  { scraper: 'clearview-ai', platform: 'x', claim: VICE_CLAIM, source: VICE_FILE },
  { scraper: 'clearview-ai', platform: 'facebook', claim: OPC_CLAIM, source: OPC_SUMMARY },
  { scraper: 'clearview-ai', platform: 'youtube', claim: OPC_CLAIM, source: OPC_SUMMARY },
  { scraper: 'clearview-ai', platform: 'instagram', claim: OPC_CLAIM, source: OPC_SUMMARY },
  { scraper: 'clearview-ai', platform: 'x', claim: OPC_CLAIM, source: OPC_SUMMARY },
  {
    scraper: 'clearview-ai',
    platform: 'flickr',
    claim: 'The Verge\'s introduction to a 2023 Decoder interview with Kashmir Hill, author of a book about Clearview AI, says Clearview scraped "everything from Venmo transactions to Flickr posts".',
    source: { url: 'https://www.theverge.com/e/23683175', date: '2023-10-17', grade: 'secondary' },
  },

  // PimEyes: accusations, which PimEyes denied
  {
    scraper: 'pimeyes',
    platform: 'instagram',
    claim: `${PIMEYES_2020} Facebook sent it a cease-and-desist letter, accusing it of harvesting Instagram photos. PimEyes denied the accusations.`,
    basis: 'accused',
    source: SPIEGEL_PIMEYES,
  },
  {
    scraper: 'pimeyes',
    platform: 'youtube',
    claim: `${PIMEYES_2020} Google said it would send it a legal warning, accusing it of harvesting YouTube. PimEyes denied the accusations.`,
    basis: 'accused',
    source: SPIEGEL_PIMEYES,
  },
  {
    scraper: 'pimeyes',
    platform: 'tiktok',
    claim: `${PIMEYES_2020} Der Spiegel reported that TikTok was affected too and planned legal steps against it. PimEyes denied the accusations.`,
    basis: 'accused',
    source: SPIEGEL_PIMEYES,
  },

  // Search4faces
  { scraper: 'search4faces', platform: 'vk', claim: `${SEARCH4FACES_PREFIX} databases of VK profile photos and of VK and OK avatars.`, source: SEARCH4FACES_CLIENT },
  { scraper: 'search4faces', platform: 'ok', claim: `${SEARCH4FACES_PREFIX} databases of VK and OK (Odnoklassniki) avatars, including a set from 2020.`, source: SEARCH4FACES_CLIENT },
  { scraper: 'search4faces', platform: 'tiktok', claim: `${SEARCH4FACES_PREFIX} a database of TikTok avatars (profile pictures).`, source: SEARCH4FACES_CLIENT },

  // FindFace and SearchFace (VK)
  {
    scraper: 'findface',
    platform: 'vk',
    claim: 'FindFace matched any photo to VK profiles and was used to de-anonymise porn actresses (Meduza, April 2016).',
    source: { url: 'https://meduza.io/en/feature/2016/04/28/findface-lose-hope', date: '2016-04-28', grade: 'verified' },
  },
  {
    scraper: 'searchface',
    platform: 'vk',
    claim: 'SearchFace (February 2019) held about 500 million faces from VK, collected before VK introduced closed profiles. In February 2019 VK said it was preparing to sue.',
    source: { url: 'https://novideo.rbc.ru/rbcfreenews/5c6336f09a794711f771334d?from=materials_on_subject', date: '2019-02', grade: 'verified' },
  },

  // Research datasets
  {
    scraper: 'yfcc100m',
    platform: 'flickr',
    claim: 'YFCC100M is made of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences between 2004 and 2014.',
    source: { url: 'https://multimediacommons.wordpress.com/yfcc100m-core-dataset/', date: '2014', grade: 'verified' },
  },
  {
    scraper: 'megaface',
    platform: 'flickr',
    claim: 'MegaFace was built, via YFCC100M, from 3,311,471 photos of 48,383 Flickr accounts; 69% of the images carried non-commercial Creative Commons licences.',
    source: undated('https://megapixels.cc/megaface/', 'verified'),
  },
  {
    scraper: 'ibm-dif',
    platform: 'flickr',
    claim: "IBM's Diversity in Faces dataset (January 2019) annotated about 1 million face images from Flickr, taken via YFCC100M from Creative Commons photos only.",
    source: { url: 'https://exposing.ai/ibm_dif', date: '2021', grade: 'verified' },
  },
  {
    scraper: 'ffhq',
    platform: 'flickr',
    claim: "NVIDIA's FFHQ dataset holds 70,000 face images crawled from Flickr photos with permissive licences. To have a photo removed, NVIDIA asks you to tag it no_cv on Flickr, change its licence, make it private or remove it, and then write to NVIDIA with your Flickr username.",
    source: undated('https://github.com/NVlabs/ffhq-dataset', 'verified'),
  },
  {
    scraper: 'laion-5b',
    platform: 'youtube',
    claim: 'Human Rights Watch found 190 photos of Australian children in LAION-5B, some taken from unlisted YouTube videos and from posts with privacy restrictions (July 2024).',
    source: { url: 'https://www.hrw.org/news/2024/07/02/australia-childrens-personal-photos-misused-power-ai-tools', date: '2024-07-02', grade: 'verified' },
  },
  {
    scraper: 'laion-5b',
    platform: 'youtube',
    claim: 'In September 2024 Human Rights Watch confirmed that LAION had removed the children\'s photos it had flagged from its newly released dataset; the images had shown 362 Australian children.',
    source: { url: 'https://www.hrw.org/news/2024/09/03/720-australian-and-brazilian-children-better-protected-ai-misuse', date: '2024-09-03', grade: 'verified' },
  },
  { scraper: 'laion-5b', platform: 'pinterest', claim: `${LAION_AESTHETICS} Pinterest was the largest source, at about 8.5% of the sample.`, source: WAXY_LAION },
  { scraper: 'laion-5b', platform: 'flickr', claim: `${LAION_AESTHETICS} Flickr was among the other frequent sources, with sites such as WordPress, Blogspot, DeviantArt and Wikimedia Commons.`, source: WAXY_LAION },
  {
    scraper: 'laion-5b',
    platform: 'deviantart',
    claim: `${LAION_AESTHETICS} DeviantArt was among the other frequent sources, with sites such as WordPress, Blogspot, Flickr and Wikimedia Commons.`,
    source: WAXY_LAION,
  },
];
