/** Face-search companies and research datasets documented to harvest photos from listed platforms. */
import type { Scraper } from './schema';

export const SCRAPERS: readonly Scraper[] = [
  {
    id: 'clearview',
    name: 'Clearview AI',
    kind: 'face-search',
    what: 'Sells a search engine for faces: a customer uploads a photo of a face and gets matching scraped photos, with links to where they appeared.',
    whatSource: { url: 'https://lists.ghserv.net/pipermail/lt/2020-January/018229.html', date: '2020-01-18', grade: 'verified' },
    record: [],
  },
];
