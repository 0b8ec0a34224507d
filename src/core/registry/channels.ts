/**
 * Where a person sends a request to each scraper and dataset of the registry (one record per scraper id), from the
 * research sheet's sections A, B, G and H (G and H win). Only sourced values ship: a form known to exist whose address
 * is not sourced has no `url`, and a company with no sourced channel says so. Struck values (e.g. privacy@clearview.ai,
 * facecheck.id/opt-out, any clearview.ai form URL) are refused by `validate-requests.ts`.
 */
import type { Source } from './schema';
import { NO_CHANNEL, type ScraperContact } from './request-schema';
import { CONSULTED } from './sources';

/** A source: with its own date, or (without one) consulted in 2026. */
const v = (url: string, date?: string): Source => ({ url, date: date ?? CONSULTED, grade: 'verified', ...(date ? {} : { undated: true as const }) });
const s2 = (url: string, date?: string): Source => ({ url, date: date ?? CONSULTED, grade: 'secondary', ...(date ? {} : { undated: true as const }) });

// Clearview AI (A1, G1, G2)
const DA_CLEARVIEW = v('https://github.com/datenanfragen/data/blob/master/companies/clearview-ai.json', '2025-08');
const CV_POLICY = v('https://www.clearview.ai/privacy-policy');
const VICE_2020 = v('https://vice.com/en/article/5dmkyq/heres-the-file-clearview-ai-has-been-keeping-on-me-and-probably-on-you-too', '2020-03');
const AP_2024 = v('https://avgtekst.nl/document/1-besluit-boete-clearview-ai', '2024-05-16');
const CV_TERMS_2023 = v('https://www.clearview.ai/march-29-2023-terms-of-service', '2023-03-29');
const PROTOCOL_2022 = v('https://www.protocol.com/bulletins/aclu-clearview-ai-lawsuit', '2022-05-09');
/** not in the sheet: the ACLU's press release on the settlement (a party's own statement, so secondary) */
const ACLU_2022 = s2('https://www.aclu-il.org/en/big-win-settlement-ensures-clearview-ai-complies-groundbreaking-illinois-biometric-privacy-law', '2022-05-09');
const CV_BIPA = v('https://clearview.ai/privacy/bipa');
const CV_STATE = v('https://www.clearview.ai/state-information-and-rights');
const CV_CA_NOTICE = v('https://staticfiles.clearview.ai/clearview_california_notice.html');

// PimEyes, FaceCheck.ID, Lenso.ai, Social Catfish (A2-A4, A9, G1)
const BADBOOL = s2('https://github.com/yaelwrites/Big-Ass-Data-Broker-Opt-Out-List');
const PIMEYES_FORM = v('https://pimeyes.com/en/opt-out-request-form');
const PIMEYES_DELETE = v('https://pimeyes.com/en/submit-delete-request');
const LFDI_PIMEYES = v('https://www.baden-wuerttemberg.datenschutz.de/pimeyes-lfdi-eroeffnet-bussgeldverfahren', '2022-12-21');
const FACECHECK_FAQ = v('https://facecheck.id/Face-Search/FAQ');
const FACECHECK_PRIVACY = v('https://facecheck.id/Face-Search/Privacy');
const LENSO_GUIDE = v('https://lenso.ai/en/blog/guides/how-to-send-an-image-opt-out-request-on-lensoai');
const LENSO_GUIDE_2 = v('https://lenso.ai/en/blog/guides/dmcadsa-or-opt-out-which-form-to-choose-and-how-to-fill-out-the-request');
const LENSO_PROTECTION = v('https://lenso.ai/tl/page/privacy-protection');

// Datasets (B, H2, H6, H7)
const EXPOSING_AI = v('https://kim.hfg-karlsruhe.de/exposing-ai/', '2021-01-31');
const EXPOSING_IBM = s2('https://exposing.ai/ibm_dif', '2021');
const MEGAFACE_STOP = s2('https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/megaface-facial-recognition-dataset-raises-privacy-liability-concerns', '2020-06');
/** NVIDIA's own FFHQ page (README), with its removal steps. */
const FFHQ_NVIDIA = v('https://github.com/NVlabs/ffhq-dataset');
const YFCC = v('https://multimediacommons.wordpress.com/yfcc100m-core-dataset/');
const FINDFACE_CLOSED = v('https://sudonull.com/post/14393-FindFace-closes-for-mere-mortals', '2018');
const HRW_2024_09 = v('https://www.hrw.org/news/2024/09/03/720-australian-and-brazilian-children-better-protected-ai-misuse', '2024-09-03');


export const CONTACTS: readonly ScraperContact[] = [
  {
    scraper: 'clearview-ai',
    summarySources: [DA_CLEARVIEW, PROTOCOL_2022],
    addressee: 'Clearview AI, Inc.',
    summary:
      'Clearview answers rights requests at legal-requests@clearview.ai and by post in New York. Illinois residents also have an opt-out form under the 2022 ACLU settlement, but its address is not sourced.',
    channels: [
      {
        id: 'clearview-ai-email',
        type: 'email',
        address: 'legal-requests@clearview.ai',
        kinds: ['access', 'erasure', 'objection', 'combined', 'opt-out'],
        scope: 'full',
        jurisdictions: ['*'],
        proof: [
          {
            what: 'photo',
            text: 'For a rights request Clearview may collect your e-mail address, contact details, a photo of you, or an image of a government-issued ID.',
            source: CV_POLICY,
          },
          { what: 'id-redacted', text: 'In 2020 a reporter sent a clear photo and a redacted passport; the answer came after about a month.', source: VICE_2020 },
        ],
        note:
          "The privacy address in the Datenanfragen record, checked in August 2025 against Clearview's privacy policy. Clearview needs a photo of your face to search for you; the letter offers one only if Clearview asks, and asks that it be deleted afterwards.",
        sources: [DA_CLEARVIEW, CV_POLICY],
      },
      {
        id: 'clearview-ai-postal',
        type: 'postal',
        lines: ['Clearview AI, Inc.', '99 Wall Street #5730', 'New York, NY 10005', 'USA'],
        copyTo: {
          lines: ['Clearview AI, Inc.', '418 Broadway STE N', 'Albany, NY 12207', 'USA'],
          why: 'Clearview’s registered address, listed in the Datenanfragen record.',
          source: DA_CLEARVIEW,
        },
        kinds: ['access', 'erasure', 'objection', 'combined', 'opt-out'],
        scope: 'full',
        jurisdictions: ['*'],
        proof: [],
        note: 'The business address the Dutch authority sent its 2024 decision to, also in Clearview’s terms of 29 March 2023. Send a copy to the registered address in Albany.',
        sources: [AP_2024, CV_TERMS_2023],
      },
      {
        id: 'clearview-ai-illinois-opt-out',
        type: 'webform',
        kinds: ['opt-out'],
        scope: 'search-results',
        jurisdictions: ['US-IL'],
        proof: [{ what: 'photo', text: 'The form lets Illinois residents upload a photo so that their faceprints are blocked from search results.', source: ACLU_2022 }],
        note:
          'Under the 2022 ACLU settlement Clearview keeps an opt-out request form for Illinois residents, which blocks their faceprints from its search results. Its address is not sourced, so Unscraped cannot link to it.',
        sources: [PROTOCOL_2022, ACLU_2022],
      },
    ],
    pages: [
      { url: 'https://www.clearview.ai/privacy-policy', title: 'Clearview AI privacy policy', says: 'For a rights request Clearview may collect your e-mail address, contact details, a photo, or an image of a government-issued ID.', source: CV_POLICY },
      {
        url: 'https://www.clearview.ai/state-information-and-rights',
        title: 'Clearview AI: state information and rights',
        says: 'For California residents: Clearview says its disclosure of photos collected from the internet is deemed a sale under the CPRA, and describes an opt-out of sale. Only Clearview’s own page says so; no independent source was found.',
        source: CV_STATE,
      },
      { url: 'https://clearview.ai/privacy/bipa', title: 'Clearview AI: Illinois biometric information retention policy', says: 'Clearview blocks biometric information it can associate with Illinois from search results, and keeps it for as long as legal preservation obligations require.', source: CV_BIPA },
      { url: 'https://staticfiles.clearview.ai/clearview_california_notice.html', title: 'Clearview AI: California privacy notice', says: 'Clearview says the only personal information it collects from the internet is photos and the links where they appear.', source: CV_CA_NOTICE },
    ],
    facts: [
      { id: 'nl-ap-2024', laws: ['gdpr', 'uk-gdpr'], says: 'The Dutch authority fined Clearview EUR 30.5 million (decided 16 May 2024, published 3 September 2024), among other things for not answering access requests, and rejected its argument that faces online were manifestly made public.', source: AP_2024 },
      { id: 'il-retention-policy', laws: ['bipa'], says: 'Clearview’s Illinois retention policy says it keeps Illinois biometric information to comply with legal preservation obligations.', source: CV_BIPA },
      { id: 'aclu-settlement-opt-out', laws: ['bipa'], says: 'Under the 2022 ACLU settlement Clearview keeps an opt-out request form for Illinois residents.', source: PROTOCOL_2022 },
      { id: 'ca-sale', laws: ['ccpa'], says: 'Clearview’s own page says its disclosure of photos collected from the internet is deemed a sale under the CPRA.', source: CV_STATE },
      { id: 'opc-2021', laws: ['pipeda'], says: 'The Privacy Commissioner of Canada and three provincial commissioners found in 2021 that Clearview collected images without consent for a purpose amounting to mass surveillance.', source: v('https://priv.gc.ca/en/opc-actions-and-decisions/investigations/investigations-into-businesses/2021/pipeda-2021-001', '2021-02-02') },
      { id: 'oaic-2021', laws: ['au-privacy'], says: 'The Australian Information Commissioner determined in 2021 that Clearview breached the Privacy Act and ordered it to destroy the images and templates collected from individuals in Australia; the determination stands.', source: v('https://oaic.gov.au/newsroom/statement-on-clearview-ai', '2024-08-21') },
    ],
    decisions: [
      { authority: 'de-hh', date: '2021-01-27', ref: 'Anordnung zur Löschung der biometrischen Hashwerte eines Beschwerdeführers', source: v('https://noyb.eu/en/clearview-ai-deemed-illegal-eu', '2021-01-28') },
      { authority: 'ca-opc', date: '2021-02-02', ref: 'PIPEDA Findings #2021-001', source: v('https://priv.gc.ca/en/opc-actions-and-decisions/investigations/investigations-into-businesses/2021/pipeda-2021-001', '2021-02-02') },
      { authority: 'au-oaic', date: '2021-10-14', ref: '[2021] AICmr 54', source: v('https://oaic.gov.au/newsroom/statement-on-clearview-ai', '2024-08-21') },
      { authority: 'it-garante', date: '2022-02-10', ref: 'ordinanza ingiunzione n. 50', source: v('https://www.gpdp.it/garante/doc.jsp?ID=9751362', '2022-02-10') },
      { authority: 'gb-ico', date: '2022-05-23', ref: 'monetary penalty and enforcement notice', source: v('https://awo.agency/articles/upper-tribunal-rules-against-clearview-ai-affirms-information-commissioners-jurisdiction', '2025-10') },
      { authority: 'gr-hdpa', date: '2022-07-13', ref: 'decision 35/2022', source: v('https://gdprhub.eu/index.php?title=HDPA_(Greece)_-_35/2022', '2022-07-13') },
      { authority: 'fr-cnil', date: '2022-10-17', ref: 'délibération SAN-2022-019', source: v('https://www.nextinpact.com/article/70209/rgpd-clearview-ai-condamne-a-20-millions-deuros-damende-pour-3e-fois', '2022-10') },
      { authority: 'at-dsb', date: '2023-05-10', ref: 'Bescheid zu Clearview AI (bekannt gegeben)', source: v('https://noyb.eu/en/clearview-ai-data-use-deemed-illegal-austria-however-no-fine-issued', '2023-05-10') },
      { authority: 'nl-ap', date: '2024-05-16', ref: 'boetebesluit Clearview AI', source: AP_2024 },
    ],
  },
  {
    scraper: 'pimeyes',
    summarySources: [PIMEYES_FORM, PIMEYES_DELETE],
    addressee: 'PimEyes',
    summary:
      'PimEyes has a free opt-out form that removes matching face fingerprints from its search results, and a form for single result images. No sourced channel answers an access request.',
    channels: [
      {
        id: 'pimeyes-opt-out-form',
        type: 'webform',
        url: 'https://pimeyes.com/en/opt-out-request-form',
        kinds: ['erasure'],
        scope: 'search-results',
        jurisdictions: ['*'],
        proof: [
          { what: 'photo', text: 'A photo of yourself, used to find and remove matching face fingerprints; PimEyes says it is not used otherwise.', source: PIMEYES_FORM },
          { what: 'id-redacted', text: 'A photo ID with everything blurred except your name and photo, and an e-mail address.', source: BADBOOL },
        ],
        note: 'PimEyes’ own opt-out: it removes you from PimEyes’ search results. The photos stay on the sites they were found on.',
        sources: [PIMEYES_FORM, BADBOOL],
      },
      {
        id: 'pimeyes-delete-request-form',
        type: 'webform',
        url: 'https://pimeyes.com/en/submit-delete-request',
        kinds: ['erasure'],
        scope: 'search-results',
        jurisdictions: ['*'],
        proof: [],
        note: 'PimEyes’ form for removing single result images, separate from the opt-out.',
        sources: [PIMEYES_DELETE],
      },
    ],
    pages: [],
    facts: [],
    decisions: [{ authority: 'de-bw', date: '2022-12-21', ref: 'Bußgeldverfahren gegen PimEyes eröffnet (Ausgang nicht bekannt)', source: LFDI_PIMEYES }],
  },
  {
    scraper: 'facecheck-id',
    summarySources: [BADBOOL],
    addressee: 'FaceCheck.ID',
    summary: 'FaceCheck.ID has a free removal form. It only stops FaceCheck.ID’s search results; the sites the photos came from keep them.',
    channels: [
      {
        id: 'facecheck-id-remove-form',
        type: 'webform',
        url: 'https://facecheck.id/Face-Search/RemoveMyPhotos',
        kinds: ['erasure'],
        scope: 'search-results',
        jurisdictions: ['*'],
        proof: [
          {
            what: 'id-or-photo',
            text: 'Search for your face, then upload either an ID with your name, address and ID number hidden, or a selfie with two fingers touching your chin.',
            source: BADBOOL,
          },
        ],
        note: 'An opt-out of FaceCheck.ID’s search results, not a deletion at the source. Removal is free, says FaceCheck.ID’s FAQ.',
        sources: [BADBOOL, FACECHECK_FAQ],
      },
    ],
    pages: [
      { url: 'https://facecheck.id/Face-Search/FAQ', title: 'FaceCheck.ID FAQ', says: 'Removing your photos costs nothing.', source: FACECHECK_FAQ },
      { url: 'https://facecheck.id/Face-Search/Privacy', title: 'FaceCheck.ID privacy', says: 'It indexes low-resolution face thumbnails and URLs from public web pages and deletes uploads after 24 hours.', source: FACECHECK_PRIVACY },
    ],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'lenso-ai',
    summarySources: [LENSO_GUIDE, LENSO_PROTECTION],
    addressee: 'Lenso.ai',
    summary:
      'Lenso.ai has an image opt-out form, but its address is not sourced: its own guide explains where to find it. Once removed, images are not re-indexed.',
    channels: [
      {
        id: 'lenso-ai-opt-out-form',
        type: 'webform',
        kinds: ['erasure'],
        scope: 'search-results',
        jurisdictions: ['*'],
        proof: [
          { what: 'photo', text: 'The form asks for your country, a reason, your name, e-mail address, phone number and the face image.', source: LENSO_GUIDE },
          { what: 'email', text: 'Requests are reviewed daily and usually handled within 24 hours; normally no documents are required.', source: LENSO_PROTECTION },
        ],
        note: 'The form’s address is not sourced, so Unscraped cannot link to it; Lenso.ai’s guide shows how to reach it. A separate form covers single images (DSA/DMCA).',
        sources: [LENSO_GUIDE, LENSO_GUIDE_2, LENSO_PROTECTION],
      },
    ],
    pages: [
      { url: 'https://lenso.ai/en/blog/guides/how-to-send-an-image-opt-out-request-on-lensoai', title: 'Lenso.ai: how to send an image opt-out request', says: 'Explains the image opt-out request form and what it asks for.', source: LENSO_GUIDE },
      { url: 'https://lenso.ai/tl/page/privacy-protection', title: 'Lenso.ai: privacy protection', says: 'Opt-out requests are reviewed daily; removal usually takes under 24 hours.', source: LENSO_PROTECTION },
    ],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'search4faces',
    summarySources: [],
    addressee: 'Search4faces',
    summary: NO_CHANNEL,
    channels: [],
    pages: [],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'findclone',
    summarySources: [],
    addressee: 'FindClone',
    summary: NO_CHANNEL,
    channels: [],
    pages: [],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'social-catfish',
    summarySources: [BADBOOL],
    addressee: 'Social Catfish',
    summary: 'Social Catfish has an opt-out page for its listings of names, e-mail addresses, phone numbers and addresses. Whether it removes anything from a face index is not known.',
    channels: [
      {
        id: 'social-catfish-opt-out',
        type: 'webform',
        url: 'https://socialcatfish.com/opt-out/',
        kinds: ['erasure'],
        scope: 'search-results',
        jurisdictions: ['*'],
        proof: [{ what: 'confirmation-link', text: 'An e-mail address and a click on the confirmation link sent to it.', source: BADBOOL }],
        note: 'Listed by a third-party opt-out guide only. It covers listings of names, e-mail addresses, phone numbers and addresses; its effect on photos is not known.',
        sources: [BADBOOL],
      },
    ],
    pages: [],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'findface',
    summarySources: [FINDFACE_CLOSED],
    addressee: 'FindFace',
    summary: `FindFace’s public face search closed in 2018. ${NO_CHANNEL}`,
    channels: [],
    pages: [],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'searchface',
    summarySources: [],
    addressee: 'SearchFace',
    summary: NO_CHANNEL,
    channels: [],
    pages: [],
    facts: [],
    decisions: [],
  },
  {
    scraper: 'yfcc100m',
    summarySources: [YFCC],
    addressee: 'YFCC100M',
    summary: 'No removal or request channel is sourced for YFCC100M, a snapshot of Flickr photos uploaded from 2004 to 2014.',
    channels: [],
    pages: [],
    facts: [],
    decisions: [],
    recall: { text: 'Copies of a dataset that were already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.', source: EXPOSING_AI },
  },
  {
    scraper: 'megaface',
    summarySources: [MEGAFACE_STOP],
    addressee: 'MegaFace',
    summary: 'The University of Washington stopped distributing MegaFace in June 2020. No request channel is sourced.',
    channels: [],
    pages: [],
    facts: [],
    decisions: [],
    recall: { text: 'Stopping distribution does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.', source: EXPOSING_AI },
  },
  {
    scraper: 'ibm-dif',
    summarySources: [EXPOSING_IBM],
    addressee: 'IBM',
    summary: 'IBM said it would remove images from Diversity in Faces on request, but no address for such a request is sourced.',
    channels: [],
    pages: [{ url: 'https://exposing.ai/ibm_dif', title: 'Exposing.ai: IBM Diversity in Faces', says: 'IBM said it would remove images on request.', source: EXPOSING_IBM }],
    facts: [],
    decisions: [],
    recall: { text: 'Removing an image from IBM’s copy does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.', source: EXPOSING_AI },
  },
  {
    scraper: 'ffhq',
    summarySources: [FFHQ_NVIDIA],
    addressee: 'NVIDIA',
    summary: 'NVIDIA’s own instructions: to have a photo removed from FFHQ, tag it no_cv on Flickr, change its licence, make it private or remove it, then write to NVIDIA with your Flickr username.',
    channels: [
      {
        id: 'ffhq-email',
        type: 'email',
        address: 'researchinquiries@nvidia.com',
        kinds: ['erasure'],
        scope: 'full',
        jurisdictions: ['*'],
        proof: [],
        note: 'First tag the photo no_cv on Flickr, change its licence to None or a NoDerivs licence, make it private or remove it; then write with your Flickr username. NVIDIA says it then checks all photos of that user and updates the dataset.',
        sources: [FFHQ_NVIDIA],
      },
    ],
    pages: [{ url: 'https://github.com/NVlabs/ffhq-dataset', title: 'NVIDIA: Flickr-Faces-HQ Dataset (FFHQ)', says: 'Tag the photo no_cv on Flickr, change its licence, make it private or remove it, then contact researchinquiries@nvidia.com with your Flickr username.', source: FFHQ_NVIDIA }],
    facts: [],
    decisions: [],
    recall: { text: 'FFHQ is a 2018 snapshot: copies already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.', source: EXPOSING_AI },
  },
  {
    scraper: 'laion-5b',
    summarySources: [HRW_2024_09],
    addressee: 'LAION',
    summary: 'After Human Rights Watch reported children’s photos in LAION-5B, LAION removed those photos from its re-released dataset. No request channel for individuals is sourced.',
    channels: [],
    pages: [{ url: 'https://www.hrw.org/news/2024/09/03/720-australian-and-brazilian-children-better-protected-ai-misuse', title: 'Human Rights Watch, 3 September 2024', says: 'LAION removed the children’s photos Human Rights Watch identified from its newly released dataset.', source: HRW_2024_09 }],
    facts: [],
    decisions: [],
    recall: { text: 'Removal from a re-released dataset does not recall copies of the 2022 dataset already downloaded.', source: EXPOSING_AI },
  },
];

export function contactOf(scraper: string): ScraperContact | undefined {
  return CONTACTS.find((c) => c.scraper === scraper);
}
