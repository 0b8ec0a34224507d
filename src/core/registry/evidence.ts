/** Evidence linking a scraper or dataset to a platform it harvested. Each record carries its source. */
import type { Evidence } from './schema';

export const EVIDENCE: readonly Evidence[] = [
  {
    scraper: 'clearview',
    platform: 'facebook',
    claim: 'Clearview AI said it had scraped images "from Facebook, YouTube, Venmo and millions of other websites".',
    source: { url: 'https://lists.ghserv.net/pipermail/lt/2020-January/018229.html', date: '2020-01-18', grade: 'verified' },
  },
  {
    scraper: 'clearview',
    platform: 'instagram',
    claim: 'The New York Times reported that Clearview AI took images from Facebook, Instagram, Twitter and news sites.',
    source: { url: 'https://www.medianama.com/2020/02/223-google-youtube-facebook-cease-and-desist-clearview/', date: '2020-02', grade: 'verified' },
  },
  {
    scraper: 'clearview',
    platform: 'x',
    claim: 'Twitter sent Clearview AI a cease-and-desist letter in January 2020 and asked it to delete the data it had collected.',
    source: { url: 'https://www.medianama.com/2020/02/223-google-youtube-facebook-cease-and-desist-clearview/', date: '2020-02', grade: 'verified' },
  },
];
