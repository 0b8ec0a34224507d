/** Face-search companies and research datasets documented to harvest photos from listed platforms, with their
 * status (active, closed, a frozen snapshot) and their regulatory and court record. Every statement comes from
 * shared/research/face-scraping-facts.md (sections A, B and the cross-checks in G and H, whose corrections win), or
 * from a primary source named in the project's notes; nothing the research tagged UNVERIFIED is here. */
import type { Scraper, Source } from './schema';
import { NYT_2020, undated } from './sources';


const ALGORITHMWATCH: Source = { url: 'https://algorithmwatch.org/en/face-recognition-for-everyone/', date: '2022', grade: 'verified' };
const GOV_UK_UT: Source = {
  url: 'https://www.gov.uk/administrative-appeals-tribunal-decisions/the-information-commissioners-office-v-clearview-ai-inc-privacy-international-intervening-2025-ukut-319-aac',
  date: '2025-10-06',
  grade: 'verified',
};
const NOYB_PIMEYES: Source = { url: 'https://noyb.eu/en/no-action-taken-against-pimeyes-noyb-lawsuit-against-hamburg-dpa', date: '2026-04-30', grade: 'verified' };
const CLEARVIEW_SETTLEMENT: Source = {
  url: 'https://www.biometricupdate.com/202503/clearview-facial-recognition-service-web-scraping-preserved-with-court-approval',
  date: '2025-03-21',
  grade: 'verified',
};
const BIOMETRIC_UPDATE_FACECHECK: Source = { url: 'https://www.biometricupdate.com/202412/facial-recognition-search-engine-claims-50k-new-photos-of-missing-people', date: '2024-12', grade: 'verified' };
const YFCC: Source = { url: 'https://multimediacommons.wordpress.com/yfcc100m-core-dataset/', date: '2014', grade: 'verified' };
const FFHQ_README: Source = undated('https://github.com/NVlabs/ffhq-dataset', 'verified');
const BBW_PIMEYES: Source = { url: 'https://bigbrotherwatch.org.uk/press-releases/pimeyes-press-release/', date: '2022-11-08', grade: 'verified' };

export const SCRAPERS: readonly Scraper[] = [
  {
    id: 'clearview-ai',
    name: 'Clearview AI',
    kind: 'face-search',
    entity: {
      name: 'Clearview AI, Inc.',
      country: 'US',
      source: { url: 'https://avgtekst.nl/document/1-besluit-boete-clearview-ai', date: '2024-05-16', grade: 'verified' },
    },
    what: 'Sells a search engine for faces: a customer uploads a photo of a face and gets matching scraped photos, with links to where they appeared.',
    whatSource: NYT_2020,
    status: { state: 'active', asOf: '2025-03', source: CLEARVIEW_SETTLEMENT },
    record: [
      {
        type: 'decision',
        authority: 'Hamburg data protection commissioner (HmbBfDI)',
        country: 'DE',
        date: '2021-01-27',
        ordered:
          "Preliminary finding that Clearview's face profiles are unlawful; ordered it to delete the complainant's biometric hash values by 12 February 2021. The photos themselves were not covered.",
        source: { url: 'https://noyb.eu/en/clearview-ai-deemed-illegal-eu', date: '2021-01-28', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'Office of the Privacy Commissioner of Canada, with the privacy commissioners of Québec, British Columbia and Alberta',
        country: 'CA',
        date: '2021-02-02',
        ordered:
          'Joint findings (PIPEDA Findings #2021-001): Clearview\'s collection amounted to "mass surveillance", was done without consent and served an inappropriate purpose. No fine was reported.',
        source: {
          url: 'https://priv.gc.ca/en/opc-actions-and-decisions/investigations/investigations-into-businesses/2021/pipeda-2021-001',
          date: '2021-02-02',
          grade: 'verified',
        },
      },
      {
        type: 'decision',
        authority: 'Office of the Australian Information Commissioner (OAIC)',
        country: 'AU',
        date: '2021-10-14',
        ordered:
          'Determination [2021] AICmr 54 (published 3 November 2021): Clearview breached Australian privacy law, including by collecting sensitive information without consent. Ordered it to stop collecting images of people in Australia and to destroy the images and face templates it had collected.',
        source: { url: 'https://www.dataguidance.com/news/international-oaic-publishes-determination-confirming', date: '2021-11', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'Garante per la protezione dei dati personali (Italian data protection authority)',
        country: 'IT',
        date: '2022-02-10',
        amount: 'EUR 20,000,000',
        ordered:
          'Order-injunction no. 50 (announced 9 March 2022): a fine; delete the data of people in Italy; a ban on further collection and processing; appoint a representative in the EU.',
        source: { url: 'https://www.gpdp.it/garante/doc.jsp?ID=9751362', date: '2022-02-10', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois',
        country: 'US',
        date: '2022-05-09',
        ordered:
          "Settlement of the ACLU's lawsuit under Illinois' biometric privacy law (BIPA): a permanent nationwide ban on giving most private entities access to the faceprint database; no sales to any Illinois entity, police included, for 5 years; keep an opt-out request form; spend $50,000 advertising the Illinois opt-out; filter out photos taken or uploaded in Illinois for 5 years.",
        source: {
          url: 'https://www.dataprivacyandsecurityinsider.com/2022/05/privacy-tip-331-aclu-settles-facial-recognition-suit-with-clearview-ai/',
          date: '2022-05',
          grade: 'verified',
        },
      },
      {
        type: 'decision',
        authority: "Information Commissioner's Office (ICO)",
        country: 'GB',
        date: '2022-05-23',
        amount: 'GBP 7,552,800',
        ordered: 'A fine and an enforcement notice: stop obtaining the data of UK residents and delete the data it holds on them.',
        // the exact figure is in AWO's note on the Upper Tribunal ruling (the Simmons page says only "£7.5 million")
        source: {
          url: 'https://awo.agency/articles/upper-tribunal-rules-against-clearview-ai-affirms-information-commissioners-jurisdiction',
          date: '2025-10',
          grade: 'verified',
        },
      },
      {
        type: 'decision',
        authority: 'Hellenic Data Protection Authority (HDPA)',
        country: 'GR',
        date: '2022-07-13',
        amount: 'EUR 20,000,000',
        ordered:
          'Decision 35/2022, on a complaint about an access request brought through Homo Digitalis: breaches of GDPR Articles 5, 6, 9, 12, 14, 15 and 27. Ordered Clearview to answer the access request, stop collecting, and delete the data of people in Greece.',
        source: { url: 'https://gdprhub.eu/index.php?title=HDPA_(Greece)_-_35/2022', date: '2022-07-13', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'CNIL (French data protection authority)',
        country: 'FR',
        date: '2022-10-17',
        amount: 'EUR 20,000,000',
        ordered:
          'Sanction SAN-2022-019, after a formal notice in late 2021: a fine, and an order to stop processing the data of people in France without a legal basis and to delete it after answering their access requests, within two months or pay a penalty of EUR 100,000 per day of delay.',
        source: { url: 'https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000046444859', date: '2022-10-17', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'Administrative Appeals Tribunal, Australia',
        country: 'AU',
        date: '2023-05-08',
        ordered: "[2023] AATA 1069, on Clearview's appeal: confirmed that it breached Australian Privacy Principles 3.3 (sensitive information collected without consent) and 1.2.",
        source: { url: 'https://casechat.au/cases/au/clearview-ai-inc-and-australian-information-commissioner', date: '2023-05-08', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'CNIL (French data protection authority)',
        country: 'FR',
        date: '2023-05-10',
        amount: 'EUR 5,200,000',
        ordered: 'Fixed the amount due under the daily penalty for 19 December 2022 to 9 February 2023, because Clearview had not shown that it complied with the 2022 order.',
        source: {
          url: 'https://next.ink/1126/la-cnil-inflige-5-millions-deuros-dastreinte-a-clearview-mais-comment-contraindre-a-payer',
          date: '2023-05-15',
          grade: 'verified',
        },
      },
      {
        type: 'decision',
        authority: 'Datenschutzbehörde (Austrian data protection authority)',
        country: 'AT',
        date: '2023-05-10',
        ordered:
          'Found the processing unlawful (GDPR Articles 5, 6, 9 and 27); ordered Clearview to delete the complainant\'s data and to designate a representative in the EU. No fine and no general ban.',
        source: { url: 'https://noyb.eu/en/clearview-ai-data-use-deemed-illegal-austria-however-no-fine-issued', date: '2023-05-10', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'First-tier Tribunal, UK',
        country: 'GB',
        date: '2023-10-17',
        ordered: "On Clearview's appeal, held that the ICO lacked jurisdiction over it. The Upper Tribunal reversed this in October 2025.",
        source: GOV_UK_UT,
      },
      {
        type: 'decision',
        authority: 'Autoriteit Persoonsgegevens (Dutch data protection authority)',
        country: 'NL',
        date: '2024-05-16',
        amount: 'EUR 30,500,000',
        ordered:
          'A fine, plus orders to stop the violations backed by penalty payments of up to about EUR 5.1 million. Breaches: no legal basis, processing of biometric data, lack of transparency, ignored access requests, and no EU representative. Decided 16 May 2024 and published 3 September 2024; Clearview did not object, so it can no longer appeal.',
        source: { url: 'https://avgtekst.nl/document/1-besluit-boete-clearview-ai', date: '2024-05-16', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'Office of the Australian Information Commissioner (OAIC)',
        country: 'AU',
        date: '2024-08-21',
        ordered: 'Clearview withdrew its tribunal appeal in August 2023, so the 2021 determination stands. The OAIC decided to take no further action.',
        source: { url: 'https://oaic.gov.au/newsroom/statement-on-clearview-ai', date: '2024-08-21', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'Bundesverwaltungsgericht (Austrian Federal Administrative Court)',
        country: 'AT',
        date: '2025-01-28',
        ordered:
          'Decision W108 2274731-1/11E: the data protection authority must reconsider its refusal to ban the processing; the court said a ban would have been the appropriate measure.',
        source: { url: 'https://gdprhub.eu/index.php?title=BVwG_-_W108_2274731-1%2F11E', date: '2025-01-28', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)',
        country: 'US',
        date: '2025-03-20',
        amount: 'USD 51,750,000 (estimated value of a 23% equity stake)',
        ordered:
          'Final approval of the class-action settlement: the class receives a 23% equity stake in Clearview, estimated at $51.75 million. 22 states and DC objected because it has no injunctive relief.',
        source: CLEARVIEW_SETTLEMENT,
      },
      {
        type: 'action',
        authority: 'US Court of Appeals for the Seventh Circuit (appeal by objectors)',
        country: 'US',
        date: '2025-04',
        ordered:
          'Objectors appealed the approval of the class-action settlement in April 2025, so the settlement may not be final. This is an appeal, not a decision.',
        source: { url: 'https://www.biometricupdate.com/202504/objectors-appeal-clearviews-biometric-data-privacy-settlement-approval', date: '2025-04', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: 'Upper Tribunal (Administrative Appeals Chamber), UK',
        country: 'GB',
        date: '2025-10-06',
        ordered:
          '[2025] UKUT 319 (AAC), decided 6 October and handed down 7 October 2025: reversed the First-tier Tribunal. The ICO did have jurisdiction, and the merits of Clearview\'s appeal against the fine go back to the First-tier Tribunal. Clearview may seek permission to appeal.',
        source: GOV_UK_UT,
      },
      {
        type: 'action',
        authority: 'noyb, criminal complaint to Austrian public prosecutors',
        country: 'AT',
        date: '2025-10-28',
        ordered:
          'noyb filed a criminal complaint against Clearview and its managers under section 63 of the Austrian Data Protection Act (Article 84 GDPR). This is a complaint, not a decision. By then Clearview had neither paid its EU fines nor complied with the orders.',
        source: { url: 'https://cyberinsider.com/clearview-ai-faces-legal-action-for-violating-eu-privacy-sanctions', date: '2025-10-28', grade: 'verified' },
      },
    ],
  },
  {
    id: 'pimeyes',
    name: 'PimEyes',
    kind: 'face-search',
    entity: {
      name: 'PimEyes operator, which noyb says appears to be based in Dubai',
      country: 'AE',
      source: NOYB_PIMEYES,
    },
    what: 'A public face search engine: anyone can upload a face and get visually matching faces and the sites they appear on. Links to the pages require a paid plan.',
    whatSource: { url: 'https://netzpolitik.org/2020/gesichter-suchmaschine-pimeyes-schafft-anonymitaet-ab/', date: '2020-07', grade: 'verified' },
    status: { state: 'active', asOf: '2026-04', source: NOYB_PIMEYES },
    record: [
      {
        type: 'action',
        authority: 'Hamburg data protection commissioner (HmbBfDI)',
        country: 'DE',
        date: '2020-07',
        ordered:
          "A complaint was filed in July 2020. The authority considers PimEyes' practices unlawful but has taken no effective action, as the company is outside the EU.",
        source: NOYB_PIMEYES,
      },
      {
        type: 'action',
        authority: "Big Brother Watch, complaint to the UK Information Commissioner's Office (ICO)",
        country: 'GB',
        date: '2022-11-08',
        ordered:
          'Big Brother Watch filed a legal complaint (via AWO) alleging that PimEyes unlawfully processes the biometric data of UK residents. This is a complaint, not a decision. A later Big Brother Watch page dates it September 2022.',
        source: BBW_PIMEYES,
      },
      {
        type: 'action',
        authority: 'LfDI Baden-Württemberg (state data protection commissioner)',
        country: 'DE',
        date: '2022-12-21',
        ordered:
          'Opened proceedings in May 2021. After PimEyes replied on 1 November 2022, claiming it processes no personal data and acts in the public interest, the authority opened proceedings to fine it (announced 21 December 2022). The outcome is not known.',
        source: { url: 'https://www.baden-wuerttemberg.datenschutz.de/pimeyes-lfdi-eroeffnet-bussgeldverfahren', date: '2022-12-21', grade: 'verified' },
      },
      {
        type: 'decision',
        authority: "Information Commissioner's Office (ICO)",
        country: 'GB',
        date: '2023-05',
        ordered: 'Declined to formally investigate the Big Brother Watch complaint, saying another data protection authority was investigating.',
        source: {
          url: 'https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/uk-pressure-group-accuses-pimeyes-of-surveillance-privacy-abuse',
          date: '2023-05',
          grade: 'secondary',
        },
      },
      {
        type: 'action',
        authority: "Big Brother Watch and 16 other groups, request to the UK Information Commissioner's Office (ICO)",
        country: 'GB',
        date: '2024-05',
        ordered: "Asked the ICO to investigate Metropolitan Police staff's use of PimEyes. This is a request, not a decision.",
        source: {
          url: 'https://bigbrotherwatch.org.uk/press-coverage/i-ico-urged-to-investigate-met-polices-likely-unlawful-use-of-private-facial-recognition-tool/',
          date: '2024-05',
          grade: 'verified',
        },
      },
      {
        type: 'action',
        authority: 'noyb, lawsuit against the Hamburg data protection commissioner',
        country: 'DE',
        date: '2026-04-30',
        ordered: 'noyb sued the Hamburg authority for taking no effective action on the 2020 complaint about PimEyes. This is a lawsuit, not a decision.',
        source: NOYB_PIMEYES,
      },
    ],
  },
  {
    id: 'facecheck-id',
    name: 'FaceCheck.ID',
    kind: 'face-search',
    entity: {
      name: 'FaceCheck.ID, registered in Belize and based in Honolulu (Biometric Update)',
      country: 'BZ',
      source: BIOMETRIC_UPDATE_FACECHECK,
    },
    what: 'A face search engine that matches an uploaded face against photos from social media and public websites, including what Biometric Update calls "illicit websites".',
    whatSource: BIOMETRIC_UPDATE_FACECHECK,
    status: { state: 'active', asOf: '2024-12', source: BIOMETRIC_UPDATE_FACECHECK },
    record: [],
  },
  {
    id: 'lenso-ai',
    name: 'Lenso.ai',
    kind: 'face-search',
    entity: {
      name: 'LENSO AI S.A., Wrocław (named as data controller in its privacy policy)',
      country: 'PL',
      source: { url: 'https://lenso.ai/legal/privacy-policy', date: '2025-10-22', grade: 'verified' },
    },
    what: 'An image search site with a face search, which is supplied by EyeMatch AI Pte. Ltd. of Singapore.',
    whatSource: { url: 'https://lenso.ai/legal/terms-and-conditions', date: '2026-02-17', grade: 'verified' },
    status: { state: 'active', asOf: '2026-02', source: { url: 'https://lenso.ai/legal/terms-and-conditions', date: '2026-02-17', grade: 'verified' } },
    record: [],
  },
  {
    id: 'search4faces',
    name: 'Search4faces',
    kind: 'face-search',
    what: 'A pay-to-use face search service, named by AlgorithmWatch alongside FindClone and PimEyes.',
    whatSource: ALGORITHMWATCH,
    status: { state: 'active', asOf: '2022', source: ALGORITHMWATCH },
    record: [],
  },
  {
    id: 'findclone',
    name: 'FindClone',
    kind: 'face-search',
    what: "A paid service (about $5 a month) that finds a face across Russian social media. In March 2022 Radio Liberty used it to identify a probable officer of the FSO, Russia's Federal Protective Service, at a Putin rally.",
    whatSource: ALGORITHMWATCH,
    status: { state: 'active', asOf: '2022', source: ALGORITHMWATCH },
    record: [],
  },
  {
    id: 'social-catfish',
    name: 'Social Catfish',
    kind: 'other',
    what: "A verification service for online daters: it checks people's names, photos, e-mail addresses, phone numbers and profiles.",
    whatSource: undated('https://www.datingnews.com/industry-trends/social-catfish-authenticates-details-of-online-daters/', 'verified'),
    status: { state: 'unknown' },
    record: [],
  },
  {
    id: 'findface',
    name: 'FindFace',
    kind: 'face-search',
    what: 'A face search app by NtechLab, launched in February 2016, that matched any photo to VK profiles. Its public version was shut down in 2018.',
    whatSource: { url: 'https://sudonull.com/post/14393-FindFace-closes-for-mere-mortals', date: '2018', grade: 'verified' },
    status: { state: 'closed', asOf: '2018', source: { url: 'https://sudonull.com/post/14393-FindFace-closes-for-mere-mortals', date: '2018', grade: 'verified' } },
    record: [],
  },
  {
    id: 'searchface',
    name: 'SearchFace',
    kind: 'face-search',
    what: 'A face search site, launched in February 2019, that matched photos against faces collected from VK. After VK said it was preparing to sue, it removed its links to VK profiles.',
    whatSource: { url: 'https://tvrain.tv/amp/480384', date: '2019-02', grade: 'verified' },
    status: { state: 'withdrawn', asOf: '2019-02', source: { url: 'https://tvrain.tv/amp/480384', date: '2019-02', grade: 'verified' } },
    record: [],
  },
  {
    id: 'yfcc100m',
    name: 'YFCC100M (Yahoo Flickr Creative Commons 100M)',
    kind: 'dataset',
    what: 'A research dataset of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences from 2004 to 2014, released in 2014. The MegaFace and IBM Diversity in Faces face datasets were built from it.',
    whatSource: YFCC,
    status: { state: 'frozen', asOf: '2014', source: YFCC },
    record: [],
  },
  {
    id: 'megaface',
    name: 'MegaFace',
    kind: 'dataset',
    what: 'A face recognition dataset project of the University of Washington (from 2015), built from Flickr photos in YFCC100M; its largest set holds 4,753,320 faces of 672,057 people. The university stopped distributing it in June 2020, after a New York Times exposé in October 2019.',
    whatSource: {
      url: 'https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/megaface-facial-recognition-dataset-raises-privacy-liability-concerns',
      date: '2020-06',
      grade: 'secondary',
    },
    status: { state: 'frozen', asOf: '2015', source: undated('https://megapixels.cc/megaface/', 'verified') },
    record: [],
  },
  {
    id: 'ibm-dif',
    name: 'IBM Diversity in Faces',
    kind: 'dataset',
    what: 'An IBM research dataset, released in January 2019, of annotations for about 1 million face images taken from Flickr photos in YFCC100M. IBM said it would remove images on request.',
    whatSource: { url: 'https://exposing.ai/ibm_dif', date: '2021', grade: 'verified' },
    status: { state: 'frozen', asOf: '2019-01', source: { url: 'https://exposing.ai/ibm_dif', date: '2021', grade: 'verified' } },
    record: [
      {
        type: 'action',
        authority: "Class action under Illinois' biometric privacy law (BIPA), Vance v. IBM (N.D. Ill.)",
        country: 'US',
        date: '2020-01',
        ordered: 'Illinois residents whose photos were in the dataset sued IBM in January 2020. The case was later dismissed by agreement of the parties. This was a lawsuit, not a decision.',
        source: { url: 'https://www.insideprivacy.com/data-privacy/what-the-diversity-in-faces-litigation-means-for-biometric-technologies/', date: '2024-05', grade: 'secondary' },
      },
    ],
  },
  {
    id: 'ffhq',
    name: 'FFHQ (NVIDIA)',
    kind: 'dataset',
    what: 'A dataset of 70,000 face images that NVIDIA crawled from Flickr photos with permissive licences, published with its StyleGAN paper (arXiv, December 2018).',
    whatSource: FFHQ_README,
    status: { state: 'frozen', asOf: '2018', source: FFHQ_README },
    record: [],
  },
  {
    id: 'laion-5b',
    name: 'LAION-5B',
    kind: 'dataset',
    what: 'A 2022 dataset of 5.85 billion image-text pairs taken from Common Crawl, a collection of pages from any website, and filtered with the CLIP model. It was used to train Stable Diffusion.',
    whatSource: { url: 'https://www.infoq.com/news/2022/05/laion-5b-image-text-dataset/', date: '2022-05', grade: 'verified' },
    status: { state: 'frozen', asOf: '2022', source: { url: 'https://www.infoq.com/news/2022/05/laion-5b-image-text-dataset/', date: '2022-05', grade: 'verified' } },
    record: [],
  },
];
