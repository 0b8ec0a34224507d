/**
 * The registry's user-facing texts in Dutch (nl): the exact English text (the key) and its translation. Checked by
 * validate-translations.ts; the quoting rule and how to update an entry are in ./index.ts.
 * Register: u. Terms: AVG (GDPR), sommatiebrief (cease-and-desist letter), class action / groepsactie, toezichthouder
 * (voor gegevensbescherming) (data protection authority), verwerkingsverantwoordelijke (controller), inzageverzoek
 * (access request), deelstaat (German Land). Quotation marks: “…”.
 */
import type { TranslationTable } from './index';

export const NL: TranslationTable = {
  // evidence.ts: each claim
  'Clearview AI claimed to have scraped images "from Facebook, YouTube, Venmo and millions of other websites" (The New York Times, January 2020).':
    'Clearview AI beweerde afbeeldingen te hebben gescrapet “from Facebook, YouTube, Venmo and millions of other websites” (van Facebook, YouTube, Venmo en miljoenen andere websites). Bron: The New York Times, januari 2020.',
  'According to The New York Times, as relayed by MediaNama, Clearview AI took images from Facebook, Instagram, Twitter and news sites.':
    'Volgens The New York Times, zoals doorgegeven door MediaNama, haalde Clearview AI afbeeldingen van Facebook, Instagram, Twitter en nieuwssites.',
  'Twitter sent Clearview AI a cease-and-desist letter in January 2020 and asked it to delete the data it had collected.':
    'Twitter stuurde Clearview AI in januari 2020 een sommatiebrief en vroeg het bedrijf de gegevens te verwijderen die het had verzameld.',
  "YouTube's owner Google sent Clearview AI a cease-and-desist letter on 4 February 2020, saying YouTube's terms of service forbid collecting data that can identify a person.":
    'Google, eigenaar van YouTube, stuurde Clearview AI op 4 februari 2020 een sommatiebrief en stelde dat de gebruiksvoorwaarden van YouTube het verzamelen van gegevens verbieden waarmee iemand kan worden geïdentificeerd.',
  'Venmo, owned by PayPal, announced on 5 February 2020 that it was sending Clearview AI a cease-and-desist letter.':
    'Venmo, eigendom van PayPal, maakte op 5 februari 2020 bekend dat het Clearview AI een sommatiebrief stuurde.',
  'In February 2020 Facebook demanded that Clearview AI stop accessing and using data from Facebook and Instagram. Some outlets noted that this was not yet a formal cease-and-desist at first.':
    'In februari 2020 eiste Facebook dat Clearview AI stopte met het benaderen en gebruiken van gegevens van Facebook en Instagram. Sommige media merkten op dat dit aanvankelijk nog geen formele sommatie was.',
  'LinkedIn announced in February 2020 that it was sending Clearview AI a cease-and-desist letter.':
    'LinkedIn maakte in februari 2020 bekend dat het Clearview AI een sommatiebrief stuurde.',
  'A Vice reporter who asked Clearview AI for their data under the CCPA got back images from 2004 to 2019 taken from MySpace, Instagram, Twitter and Facebook, many of them via third-party sites that had already scraped Instagram (such as "Insta Stalker").':
    'Een verslaggever van Vice die Clearview AI op grond van de CCPA om de eigen gegevens vroeg, kreeg afbeeldingen uit 2004 tot 2019 terug, afkomstig van MySpace, Instagram, Twitter en Facebook, veel daarvan via sites van derden die Instagram al hadden gescrapet (zoals “Insta Stalker”).',
  'A law-firm summary of Canada\'s 2021 findings on Clearview AI says it scraped images from Facebook, YouTube, Instagram and Twitter, and that images behind privacy settings, such as private Instagram accounts, were not collected. The commissioners\' report itself speaks of "publicly accessible online sources (including social media)".':
    'Volgens een samenvatting die een advocatenkantoor maakte van de Canadese bevindingen uit 2021 over Clearview AI, heeft het bedrijf afbeeldingen gescrapet van Facebook, YouTube, Instagram en Twitter, en werden afbeeldingen achter privacyinstellingen, zoals privé-Instagramaccounts, niet verzameld. Het rapport van de commissarissen zelf spreekt van “publicly accessible online sources (including social media)” (openbaar toegankelijke onlinebronnen, waaronder sociale media).',
  'The Verge\'s introduction to a 2023 Decoder interview with Kashmir Hill, author of a book about Clearview AI, says Clearview scraped "everything from Venmo transactions to Flickr posts".':
    'Volgens de inleiding van The Verge bij een Decoder-interview uit 2023 met Kashmir Hill, auteur van een boek over Clearview AI, heeft Clearview “everything from Venmo transactions to Flickr posts” (alles van Venmo-transacties tot Flickr-posts) gescrapet.',
  'In 2020, after a netzpolitik.org report on PimEyes, Facebook sent it a cease-and-desist letter, accusing it of harvesting Instagram photos. PimEyes denied the accusations.':
    "In 2020, na een bericht van netzpolitik.org over PimEyes, stuurde Facebook het bedrijf een sommatiebrief waarin het PimEyes beschuldigde van het oogsten van Instagram-foto's. PimEyes ontkende de beschuldigingen.",
  'In 2020, after a netzpolitik.org report on PimEyes, Google said it would send it a legal warning, accusing it of harvesting YouTube. PimEyes denied the accusations.':
    'In 2020, na een bericht van netzpolitik.org over PimEyes, zei Google het bedrijf een juridische waarschuwing te zullen sturen en beschuldigde het PimEyes van het oogsten van YouTube. PimEyes ontkende de beschuldigingen.',
  'In 2020, after a netzpolitik.org report on PimEyes, Der Spiegel reported that TikTok was affected too and planned legal steps against it. PimEyes denied the accusations.':
    'In 2020, na een bericht van netzpolitik.org over PimEyes, meldde Der Spiegel dat ook TikTok was getroffen en juridische stappen tegen het bedrijf plande. PimEyes ontkende de beschuldigingen.',
  'According to open-source client code for its API, Search4faces searches databases of VK profile photos and of VK and OK avatars.':
    "Volgens opensource-clientcode voor de API doorzoekt Search4faces databases met profielfoto's van VK en met avatars van VK en OK.",
  'According to open-source client code for its API, Search4faces searches databases of VK and OK (Odnoklassniki) avatars, including a set from 2020.':
    'Volgens opensource-clientcode voor de API doorzoekt Search4faces databases met avatars van VK en OK (Odnoklassniki), waaronder een set uit 2020.',
  'According to open-source client code for its API, Search4faces searches a database of TikTok avatars (profile pictures).':
    "Volgens opensource-clientcode voor de API doorzoekt Search4faces een database met TikTok-avatars (profielfoto's).",
  'FindFace matched any photo to VK profiles and was used to de-anonymise porn actresses (Meduza, April 2016).':
    'FindFace koppelde elke foto aan VK-profielen en werd gebruikt om pornoactrices te de-anonimiseren (Meduza, april 2016).',
  'SearchFace (February 2019) held about 500 million faces from VK, collected before VK introduced closed profiles. In February 2019 VK said it was preparing to sue.':
    'SearchFace (februari 2019) bevatte ongeveer 500 miljoen gezichten van VK, verzameld voordat VK gesloten profielen invoerde. In februari 2019 zei VK een rechtszaak voor te bereiden.',
  'YFCC100M is made of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences between 2004 and 2014.':
    "YFCC100M bestaat uit ongeveer 99,2 miljoen foto's en 0,8 miljoen video's die tussen 2004 en 2014 onder Creative Commons-licenties naar Flickr zijn geüpload.",
  'MegaFace was built, via YFCC100M, from 3,311,471 photos of 48,383 Flickr accounts; 69% of the images carried non-commercial Creative Commons licences.':
    "MegaFace is via YFCC100M opgebouwd uit 3.311.471 foto's van 48.383 Flickr-accounts; 69% van de afbeeldingen had een niet-commerciële Creative Commons-licentie.",
  "IBM's Diversity in Faces dataset (January 2019) annotated about 1 million face images from Flickr, taken via YFCC100M from Creative Commons photos only.":
    "De dataset Diversity in Faces van IBM (januari 2019) annoteerde ongeveer 1 miljoen gezichtsafbeeldingen van Flickr, via YFCC100M uitsluitend genomen uit Creative Commons-foto's.",
  "NVIDIA's FFHQ dataset holds 70,000 face images crawled from Flickr photos with permissive licences. To have a photo removed, NVIDIA asks you to tag it no_cv on Flickr, change its licence, make it private or remove it, and then write to NVIDIA with your Flickr username.":
    "De FFHQ-dataset van NVIDIA bevat 70.000 gezichtsafbeeldingen, gecrawld uit Flickr-foto's met ruime licenties. Om een foto te laten verwijderen, vraagt NVIDIA u die op Flickr te taggen met no_cv, de licentie te wijzigen, de foto privé te maken of te verwijderen, en daarna NVIDIA te schrijven met uw Flickr-gebruikersnaam.",
  'Human Rights Watch found 190 photos of Australian children in LAION-5B, some taken from unlisted YouTube videos and from posts with privacy restrictions (July 2024).':
    "Human Rights Watch vond 190 foto's van Australische kinderen in LAION-5B, sommige afkomstig uit verborgen YouTube-video's en uit berichten met privacybeperkingen (juli 2024).",
  "In September 2024 Human Rights Watch confirmed that LAION had removed the children's photos it had flagged from its newly released dataset; the images had shown 362 Australian children.":
    "In september 2024 bevestigde Human Rights Watch dat LAION de foto's van kinderen die de organisatie had gemarkeerd, uit zijn nieuw uitgebrachte dataset had verwijderd; de afbeeldingen toonden 362 Australische kinderen.",
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, Pinterest was the largest source, at about 8.5% of the sample.':
    'In een analyse uit 2022 van 12 miljoen afbeeldingen uit LAION-Aesthetics, een deelverzameling van LAION-5B die werd gebruikt om Stable Diffusion te trainen, was Pinterest de grootste bron, met ongeveer 8,5% van de steekproef.',
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, Flickr was among the other frequent sources, with sites such as WordPress, Blogspot, DeviantArt and Wikimedia Commons.':
    'In een analyse uit 2022 van 12 miljoen afbeeldingen uit LAION-Aesthetics, een deelverzameling van LAION-5B die werd gebruikt om Stable Diffusion te trainen, was Flickr een van de andere veelvoorkomende bronnen, met sites als WordPress, Blogspot, DeviantArt en Wikimedia Commons.',
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, DeviantArt was among the other frequent sources, with sites such as WordPress, Blogspot, Flickr and Wikimedia Commons.':
    'In een analyse uit 2022 van 12 miljoen afbeeldingen uit LAION-Aesthetics, een deelverzameling van LAION-5B die werd gebruikt om Stable Diffusion te trainen, was DeviantArt een van de andere veelvoorkomende bronnen, met sites als WordPress, Blogspot, Flickr en Wikimedia Commons.',

  // scrapers.ts: each entity's name, `what`, and each record's authority, amount and `ordered`
  'Clearview AI, Inc.':
    'Clearview AI, Inc.',
  'Sells a search engine for faces: a customer uploads a photo of a face and gets matching scraped photos, with links to where they appeared.':
    "Verkoopt een zoekmachine voor gezichten: een klant uploadt een foto van een gezicht en krijgt overeenkomende gescrapete foto's, met links naar de plekken waar ze verschenen.",
  'Hamburg data protection commissioner (HmbBfDI)':
    'Hamburgse toezichthouder voor gegevensbescherming (HmbBfDI)',
  "Preliminary finding that Clearview's face profiles are unlawful; ordered it to delete the complainant's biometric hash values by 12 February 2021. The photos themselves were not covered.":
    "Voorlopige vaststelling dat de gezichtsprofielen van Clearview onrechtmatig zijn; droeg het bedrijf op de biometrische hashwaarden van de klager uiterlijk 12 februari 2021 te verwijderen. De foto's zelf vielen er niet onder.",
  'Office of the Privacy Commissioner of Canada, with the privacy commissioners of Québec, British Columbia and Alberta':
    'Office of the Privacy Commissioner of Canada, met de privacycommissarissen van Québec, Brits-Columbia en Alberta',
  'Joint findings (PIPEDA Findings #2021-001): Clearview\'s collection amounted to "mass surveillance", was done without consent and served an inappropriate purpose. No fine was reported.':
    'Gezamenlijke bevindingen (PIPEDA Findings #2021-001): de verzameling door Clearview kwam neer op “mass surveillance” (massasurveillance), gebeurde zonder toestemming en diende een ongepast doel. Er werd geen boete gemeld.',
  'Office of the Australian Information Commissioner (OAIC)':
    'Office of the Australian Information Commissioner (OAIC)',
  'Determination [2021] AICmr 54 (published 3 November 2021): Clearview breached Australian privacy law, including by collecting sensitive information without consent. Ordered it to stop collecting images of people in Australia and to destroy the images and face templates it had collected.':
    'Besluit [2021] AICmr 54 (gepubliceerd op 3 november 2021): Clearview heeft de Australische privacywetgeving geschonden, onder meer door zonder toestemming gevoelige informatie te verzamelen. Beval het bedrijf te stoppen met het verzamelen van beelden van mensen in Australië en de verzamelde beelden en gezichtstemplates te vernietigen.',
  'Garante per la protezione dei dati personali (Italian data protection authority)':
    'Garante per la protezione dei dati personali (Italiaanse toezichthouder voor gegevensbescherming)',
  'EUR 20,000,000':
    'EUR 20.000.000',
  'Order-injunction no. 50 (announced 9 March 2022): a fine; delete the data of people in Italy; a ban on further collection and processing; appoint a representative in the EU.':
    'Bevel (ordinanza ingiunzione) nr. 50 (bekendgemaakt op 9 maart 2022): een boete; de gegevens van mensen in Italië verwijderen; een verbod op verdere verzameling en verwerking; een vertegenwoordiger in de EU aanwijzen.',
  'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois':
    'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois',
  "Settlement of the ACLU's lawsuit under Illinois' biometric privacy law (BIPA): a permanent nationwide ban on giving most private entities access to the faceprint database; no sales to any Illinois entity, police included, for 5 years; keep an opt-out request form; spend $50,000 advertising the Illinois opt-out; filter out photos taken or uploaded in Illinois for 5 years.":
    "Schikking in de rechtszaak van de ACLU op grond van de biometrische privacywet van Illinois (BIPA): een permanent verbod in de hele VS om de meeste private partijen toegang te geven tot de database met gezichtsafdrukken; 5 jaar lang geen verkoop aan enige partij in Illinois, politie inbegrepen; een formulier voor opt-outverzoeken aanhouden; $50.000 besteden aan reclame voor de opt-out in Illinois; 5 jaar lang foto's wegfilteren die in Illinois zijn gemaakt of geüpload.",
  "Information Commissioner's Office (ICO)":
    "Information Commissioner's Office (ICO)",
  'GBP 7,552,800':
    'GBP 7.552.800',
  'A fine and an enforcement notice: stop obtaining the data of UK residents and delete the data it holds on them.':
    'Een boete en een handhavingsbevel (enforcement notice): stoppen met het verkrijgen van gegevens van inwoners van het VK en de gegevens verwijderen die het bedrijf over hen heeft.',
  'Hellenic Data Protection Authority (HDPA)':
    'Hellenic Data Protection Authority (HDPA)',
  'Decision 35/2022, on a complaint about an access request brought through Homo Digitalis: breaches of GDPR Articles 5, 6, 9, 12, 14, 15 and 27. Ordered Clearview to answer the access request, stop collecting, and delete the data of people in Greece.':
    'Besluit 35/2022, naar aanleiding van een klacht over een inzageverzoek, ingediend via Homo Digitalis: schendingen van de artikelen 5, 6, 9, 12, 14, 15 en 27 AVG. Droeg Clearview op het inzageverzoek te beantwoorden, te stoppen met verzamelen en de gegevens van mensen in Griekenland te verwijderen.',
  'CNIL (French data protection authority)':
    'CNIL (Franse toezichthouder voor gegevensbescherming)',
  'Sanction SAN-2022-019, after a formal notice in late 2021: a fine, and an order to stop processing the data of people in France without a legal basis and to delete it after answering their access requests, within two months or pay a penalty of EUR 100,000 per day of delay.':
    'Sanctie SAN-2022-019, na een formele ingebrekestelling eind 2021: een boete, en een bevel om de verwerking van gegevens van mensen in Frankrijk zonder rechtsgrond te staken en die gegevens na beantwoording van hun inzageverzoeken te verwijderen, binnen twee maanden, op straffe van een dwangsom van EUR 100.000 per dag vertraging.',
  'Administrative Appeals Tribunal, Australia':
    'Administrative Appeals Tribunal, Australië',
  "[2023] AATA 1069, on Clearview's appeal: confirmed that it breached Australian Privacy Principles 3.3 (sensitive information collected without consent) and 1.2.":
    '[2023] AATA 1069, in het beroep van Clearview: bevestigde dat het bedrijf de Australian Privacy Principles 3.3 (gevoelige informatie zonder toestemming verzameld) en 1.2 heeft geschonden.',
  'EUR 5,200,000':
    'EUR 5.200.000',
  'Fixed the amount due under the daily penalty for 19 December 2022 to 9 February 2023, because Clearview had not shown that it complied with the 2022 order.':
    'Stelde het verschuldigde bedrag vast onder de dagelijkse dwangsom voor de periode van 19 december 2022 tot 9 februari 2023, omdat Clearview niet had aangetoond dat het aan het bevel van 2022 had voldaan.',
  'Datenschutzbehörde (Austrian data protection authority)':
    'Datenschutzbehörde (Oostenrijkse toezichthouder voor gegevensbescherming)',
  "Found the processing unlawful (GDPR Articles 5, 6, 9 and 27); ordered Clearview to delete the complainant's data and to designate a representative in the EU. No fine and no general ban.":
    'Oordeelde dat de verwerking onrechtmatig was (artikelen 5, 6, 9 en 27 AVG); droeg Clearview op de gegevens van de klager te verwijderen en een vertegenwoordiger in de EU aan te wijzen. Geen boete en geen algemeen verbod.',
  'First-tier Tribunal, UK':
    'First-tier Tribunal, VK',
  "On Clearview's appeal, held that the ICO lacked jurisdiction over it. The Upper Tribunal reversed this in October 2025.":
    'Oordeelde in het beroep van Clearview dat de ICO niet bevoegd was ten aanzien van het bedrijf. Het Upper Tribunal heeft dit in oktober 2025 teruggedraaid.',
  'Autoriteit Persoonsgegevens (Dutch data protection authority)':
    'Autoriteit Persoonsgegevens (Nederlandse privacytoezichthouder)',
  'EUR 30,500,000':
    'EUR 30.500.000',
  'A fine, plus orders to stop the violations backed by penalty payments of up to about EUR 5.1 million. Breaches: no legal basis, processing of biometric data, lack of transparency, ignored access requests, and no EU representative. Decided 16 May 2024 and published 3 September 2024; Clearview did not object, so it can no longer appeal.':
    'Een boete, plus lasten onder dwangsom om de overtredingen te beëindigen, met dwangsommen tot ongeveer EUR 5,1 miljoen. Overtredingen: geen rechtsgrond, verwerking van biometrische gegevens, gebrek aan transparantie, genegeerde inzageverzoeken en geen vertegenwoordiger in de EU. Besloten op 16 mei 2024 en gepubliceerd op 3 september 2024; Clearview heeft geen bezwaar gemaakt en kan dus niet meer in beroep gaan.',
  'Clearview withdrew its tribunal appeal in August 2023, so the 2021 determination stands. The OAIC decided to take no further action.':
    'Clearview trok in augustus 2023 zijn beroep bij het tribunaal in, waardoor het besluit uit 2021 van kracht blijft. De OAIC besloot geen verdere actie te ondernemen.',
  'Bundesverwaltungsgericht (Austrian Federal Administrative Court)':
    'Bundesverwaltungsgericht (Oostenrijkse federale bestuursrechter)',
  'Decision W108 2274731-1/11E: the data protection authority must reconsider its refusal to ban the processing; the court said a ban would have been the appropriate measure.':
    'Uitspraak W108 2274731-1/11E: de toezichthouder voor gegevensbescherming moet zijn weigering om de verwerking te verbieden heroverwegen; volgens de rechter zou een verbod de passende maatregel zijn geweest.',
  'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)':
    'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)',
  'USD 51,750,000 (estimated value of a 23% equity stake)':
    'USD 51.750.000 (geschatte waarde van een aandelenbelang van 23%)',
  'Final approval of the class-action settlement: the class receives a 23% equity stake in Clearview, estimated at $51.75 million. 22 states and DC objected because it has no injunctive relief.':
    'Definitieve goedkeuring van de schikking in de class action (groepsactie): de groep krijgt een aandelenbelang van 23% in Clearview, geschat op $51,75 miljoen. 22 staten en DC maakten bezwaar omdat de schikking geen gebod of verbod (injunctive relief) bevat.',
  'US Court of Appeals for the Seventh Circuit (appeal by objectors)':
    'US Court of Appeals for the Seventh Circuit (hoger beroep door bezwaarmakers)',
  'Objectors appealed the approval of the class-action settlement in April 2025, so the settlement may not be final. This is an appeal, not a decision.':
    'Bezwaarmakers gingen in april 2025 in hoger beroep tegen de goedkeuring van de schikking in de class action, dus de schikking is mogelijk niet definitief. Dit is een hoger beroep, geen beslissing.',
  'Upper Tribunal (Administrative Appeals Chamber), UK':
    'Upper Tribunal (Administrative Appeals Chamber), VK',
  "[2025] UKUT 319 (AAC), decided 6 October and handed down 7 October 2025: reversed the First-tier Tribunal. The ICO did have jurisdiction, and the merits of Clearview's appeal against the fine go back to the First-tier Tribunal. Clearview may seek permission to appeal.":
    '[2025] UKUT 319 (AAC), beslist op 6 oktober en uitgesproken op 7 oktober 2025: vernietigde de uitspraak van het First-tier Tribunal. De ICO was wel bevoegd, en de inhoudelijke behandeling van het beroep van Clearview tegen de boete gaat terug naar het First-tier Tribunal. Clearview kan toestemming vragen om in hoger beroep te gaan.',
  'noyb, criminal complaint to Austrian public prosecutors':
    'noyb, strafklacht bij het Oostenrijkse openbaar ministerie',
  'noyb filed a criminal complaint against Clearview and its managers under section 63 of the Austrian Data Protection Act (Article 84 GDPR). This is a complaint, not a decision. By then Clearview had neither paid its EU fines nor complied with the orders.':
    'noyb diende een strafklacht in tegen Clearview en zijn managers op grond van § 63 van de Oostenrijkse wet op de gegevensbescherming (artikel 84 AVG). Dit is een klacht, geen beslissing. Clearview had op dat moment noch zijn boetes in de EU betaald, noch aan de bevelen voldaan.',
  'PimEyes operator, which noyb says appears to be based in Dubai':
    'Exploitant van PimEyes, die volgens noyb in Dubai lijkt te zijn gevestigd',
  'A public face search engine: anyone can upload a face and get visually matching faces and the sites they appear on. Links to the pages require a paid plan.':
    "Een openbare zoekmachine voor gezichten: iedereen kan een gezicht uploaden en krijgt visueel overeenkomende gezichten en de sites waarop ze staan. Voor links naar die pagina's is een betaald abonnement nodig.",
  "A complaint was filed in July 2020. The authority considers PimEyes' practices unlawful but has taken no effective action, as the company is outside the EU.":
    'In juli 2020 werd een klacht ingediend. De toezichthouder acht de praktijken van PimEyes onrechtmatig, maar heeft geen effectieve maatregelen genomen, omdat het bedrijf buiten de EU gevestigd is.',
  "Big Brother Watch, complaint to the UK Information Commissioner's Office (ICO)":
    "Big Brother Watch, klacht bij het Britse Information Commissioner's Office (ICO)",
  'Big Brother Watch filed a legal complaint (via AWO) alleging that PimEyes unlawfully processes the biometric data of UK residents. This is a complaint, not a decision. A later Big Brother Watch page dates it September 2022.':
    'Big Brother Watch diende (via AWO) een juridische klacht in met de aantijging dat PimEyes de biometrische gegevens van inwoners van het VK onrechtmatig verwerkt. Dit is een klacht, geen beslissing. Een latere pagina van Big Brother Watch dateert de klacht in september 2022.',
  'LfDI Baden-Württemberg (state data protection commissioner)':
    'LfDI Baden-Württemberg (toezichthouder voor gegevensbescherming van de deelstaat)',
  'Opened proceedings in May 2021. After PimEyes replied on 1 November 2022, claiming it processes no personal data and acts in the public interest, the authority opened proceedings to fine it (announced 21 December 2022). The outcome is not known.':
    'Startte in mei 2021 een procedure. Nadat PimEyes op 1 november 2022 had geantwoord met de bewering dat het geen persoonsgegevens verwerkt en in het algemeen belang handelt, opende de toezichthouder een boeteprocedure (bekendgemaakt op 21 december 2022). De uitkomst is niet bekend.',
  'Declined to formally investigate the Big Brother Watch complaint, saying another data protection authority was investigating.':
    'Weigerde de klacht van Big Brother Watch formeel te onderzoeken en stelde dat een andere toezichthouder voor gegevensbescherming een onderzoek voerde.',
  "Big Brother Watch and 16 other groups, request to the UK Information Commissioner's Office (ICO)":
    "Big Brother Watch en 16 andere organisaties, verzoek aan het Britse Information Commissioner's Office (ICO)",
  "Asked the ICO to investigate Metropolitan Police staff's use of PimEyes. This is a request, not a decision.":
    'Vroegen de ICO het gebruik van PimEyes door medewerkers van de Metropolitan Police te onderzoeken. Dit is een verzoek, geen beslissing.',
  'noyb, lawsuit against the Hamburg data protection commissioner':
    'noyb, rechtszaak tegen de Hamburgse toezichthouder voor gegevensbescherming',
  'noyb sued the Hamburg authority for taking no effective action on the 2020 complaint about PimEyes. This is a lawsuit, not a decision.':
    'noyb daagde de Hamburgse toezichthouder voor de rechter omdat die geen effectieve maatregelen nam naar aanleiding van de klacht uit 2020 over PimEyes. Dit is een rechtszaak, geen beslissing.',
  'FaceCheck.ID, registered in Belize and based in Honolulu (Biometric Update)':
    'FaceCheck.ID, geregistreerd in Belize en gevestigd in Honolulu (Biometric Update)',
  'A face search engine that matches an uploaded face against photos from social media and public websites, including what Biometric Update calls "illicit websites".':
    "Een zoekmachine voor gezichten die een geüpload gezicht vergelijkt met foto's van sociale media en openbare websites, waaronder wat Biometric Update “illicit websites” (illegale websites) noemt.",
  'LENSO AI S.A., Wrocław (named as data controller in its privacy policy)':
    'LENSO AI S.A., Wrocław (in het privacybeleid genoemd als verwerkingsverantwoordelijke)',
  'An image search site with a face search, which is supplied by EyeMatch AI Pte. Ltd. of Singapore.':
    'Een zoeksite voor afbeeldingen met een gezichtszoekfunctie, die wordt geleverd door EyeMatch AI Pte. Ltd. uit Singapore.',
  'A pay-to-use face search service, named by AlgorithmWatch alongside FindClone and PimEyes.':
    'Een betaalde zoekdienst voor gezichten, door AlgorithmWatch genoemd naast FindClone en PimEyes.',
  "A paid service (about $5 a month) that finds a face across Russian social media. In March 2022 Radio Liberty used it to identify a probable officer of the FSO, Russia's Federal Protective Service, at a Putin rally.":
    'Een betaalde dienst (ongeveer $5 per maand) die een gezicht opspoort in Russische sociale media. In maart 2022 gebruikte Radio Liberty de dienst om op een bijeenkomst van Poetin een vermoedelijke officier van de FSO, de Russische federale beschermingsdienst, te identificeren.',
  "A verification service for online daters: it checks people's names, photos, e-mail addresses, phone numbers and profiles.":
    "Een verificatiedienst voor online daters: hij controleert namen, foto's, e-mailadressen, telefoonnummers en profielen van mensen.",
  'A face search app by NtechLab, launched in February 2016, that matched any photo to VK profiles. Its public version was shut down in 2018.':
    'Een app van NtechLab om gezichten te zoeken, gelanceerd in februari 2016, die elke foto aan VK-profielen koppelde. De openbare versie werd in 2018 stopgezet.',
  'A face search site, launched in February 2019, that matched photos against faces collected from VK. After VK said it was preparing to sue, it removed its links to VK profiles.':
    "Een zoeksite voor gezichten, gelanceerd in februari 2019, die foto's vergeleek met gezichten die van VK waren verzameld. Nadat VK had gezegd een rechtszaak voor te bereiden, verwijderde de site zijn links naar VK-profielen.",
  'A research dataset of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences from 2004 to 2014, released in 2014. The MegaFace and IBM Diversity in Faces face datasets were built from it.':
    "Een onderzoeksdataset van ongeveer 99,2 miljoen foto's en 0,8 miljoen video's die van 2004 tot 2014 onder Creative Commons-licenties naar Flickr zijn geüpload, uitgebracht in 2014. De gezichtsdatasets MegaFace en IBM Diversity in Faces zijn ermee opgebouwd.",
  'A face recognition dataset project of the University of Washington (from 2015), built from Flickr photos in YFCC100M; its largest set holds 4,753,320 faces of 672,057 people. The university stopped distributing it in June 2020, after a New York Times exposé in October 2019.':
    "Een datasetproject voor gezichtsherkenning van de University of Washington (vanaf 2015), opgebouwd uit Flickr-foto's in YFCC100M; de grootste set bevat 4.753.320 gezichten van 672.057 mensen. De universiteit stopte in juni 2020 met de verspreiding, na een onthulling van The New York Times in oktober 2019.",
  'An IBM research dataset, released in January 2019, of annotations for about 1 million face images taken from Flickr photos in YFCC100M. IBM said it would remove images on request.':
    "Een onderzoeksdataset van IBM, uitgebracht in januari 2019, met annotaties bij ongeveer 1 miljoen gezichtsafbeeldingen uit Flickr-foto's in YFCC100M. IBM zei afbeeldingen op verzoek te zullen verwijderen.",
  "Class action under Illinois' biometric privacy law (BIPA), Vance v. IBM (N.D. Ill.)":
    'Class action (groepsactie) op grond van de biometrische privacywet van Illinois (BIPA), Vance v. IBM (N.D. Ill.)',
  'Illinois residents whose photos were in the dataset sued IBM in January 2020. The case was later dismissed by agreement of the parties. This was a lawsuit, not a decision.':
    "Inwoners van Illinois van wie foto's in de dataset stonden, daagden IBM in januari 2020 voor de rechter. De zaak werd later met instemming van de partijen beëindigd. Dit was een rechtszaak, geen beslissing.",
  'A dataset of 70,000 face images that NVIDIA crawled from Flickr photos with permissive licences, published with its StyleGAN paper (arXiv, December 2018).':
    "Een dataset van 70.000 gezichtsafbeeldingen die NVIDIA heeft gecrawld uit Flickr-foto's met ruime licenties, gepubliceerd bij het StyleGAN-artikel (arXiv, december 2018).",
  'A 2022 dataset of 5.85 billion image-text pairs taken from Common Crawl, a collection of pages from any website, and filtered with the CLIP model. It was used to train Stable Diffusion.':
    "Een dataset uit 2022 van 5,85 miljard beeld-tekstparen uit Common Crawl, een verzameling pagina's van allerlei websites, gefilterd met het CLIP-model. Hij werd gebruikt om Stable Diffusion te trainen.",

  // platforms.ts: each setting
  'Make your account private: only followers you approve can then see your posts.':
    'Maak uw account privé: alleen volgers die u goedkeurt, kunnen dan uw berichten zien.',
  'In your privacy settings, turn off the option that lets search engines outside Facebook link to your profile (its wording has changed over the years).':
    'Schakel in uw privacyinstellingen de optie uit waarmee zoekmachines buiten Facebook naar uw profiel kunnen linken (de formulering ervan is in de loop der jaren veranderd).',
  'Turn on "Protect your posts" in your privacy settings. Protected posts are kept out of Google search.':
    'Zet “Protect your posts” (uw berichten beschermen) aan in uw privacyinstellingen. Beschermde berichten blijven buiten de zoekresultaten van Google.',
  "Turn off your public profile's visibility, or make your profile photo visible to your connections only.":
    'Zet de zichtbaarheid van uw openbare profiel uit, of maak uw profielfoto alleen zichtbaar voor uw connecties.',
  'Make your account private, and turn off "Suggest your account to others".':
    'Maak uw account privé en zet “Suggest your account to others” (uw account aan anderen voorstellen) uit.',
  'Set videos to Private; Unlisted is not enough. Human Rights Watch found images from unlisted YouTube videos in the LAION-5B AI training dataset.':
    "Zet video's op Privé; Verborgen is niet genoeg. Human Rights Watch vond beelden uit verborgen YouTube-video's in de AI-trainingsdataset LAION-5B.",
  'Set who can see your photos to Private, Friends or Family, and turn on "hide from public searches".':
    "Stel in wie uw foto's kan zien: Privé, Vrienden of Familie, en zet “hide from public searches” (verbergen voor openbare zoekopdrachten) aan.",
  'Make your profile closed (a profile type VK has offered since 31 August 2018): strangers then see only your name, your main photo and a few other fields.':
    'Maak uw profiel gesloten (een profieltype dat VK sinds 31 augustus 2018 aanbiedt): vreemden zien dan alleen uw naam, uw hoofdfoto en enkele andere velden.',
  'Turn on "Search privacy", which asks search engines to leave out your profile and boards, and keep personal pins on secret boards.':
    'Zet “Search privacy” (zoekprivacy) aan, waarmee zoekmachines wordt gevraagd uw profiel en borden weg te laten, en bewaar persoonlijke pins op geheime borden.',
  'For each blog, turn on "Prevent third-party sharing" (added in February 2024; it was switched on automatically for blogs that already discouraged search crawling). It opts the blog out of Tumblr\'s own sharing of content with AI companies; it is not documented to stop scrapers.':
    'Zet voor elke blog “Prevent third-party sharing” (delen met derden voorkomen) aan. De optie is in februari 2024 toegevoegd en werd automatisch ingeschakeld voor blogs die het crawlen door zoekmachines al ontmoedigden. Daarmee wordt de blog uitgesloten van het delen van content door Tumblr zelf met AI-bedrijven; er is niet gedocumenteerd dat het scrapers tegenhoudt.',
  'In your privacy settings, choose who can see your Story and who can contact you. This limits who sees your posts; it is not documented to reduce face scraping.':
    'Kies in uw privacyinstellingen wie uw Story kan zien en wie contact met u kan opnemen. Dit beperkt wie uw berichten ziet; er is niet gedocumenteerd dat het het scrapen van gezichten vermindert.',
  'Make your profile private: only followers you approve can then see your posts.':
    'Maak uw profiel privé: alleen volgers die u goedkeurt, kunnen dan uw berichten zien.',
  "Turn off logged-out visibility, so people who are not signed in cannot see your posts on Bluesky's own app and website (added in December 2023). It does not bind other apps, and Bluesky has no private accounts.":
    'Zet de zichtbaarheid voor uitgelogde gebruikers uit, zodat mensen die niet zijn ingelogd uw berichten niet kunnen zien in de eigen app en op de eigen website van Bluesky (toegevoegd in december 2023). Andere apps zijn daar niet aan gebonden, en Bluesky heeft geen privéaccounts.',
  'In your profile settings, opt out of search-engine indexing (an option since July 2017).':
    'Meld u in uw profielinstellingen af voor indexering door zoekmachines (een optie sinds juli 2017).',
  'Choose who can see your profile photo: Telegram has a separate privacy setting for it.':
    'Kies wie uw profielfoto kan zien: Telegram heeft daar een aparte privacyinstelling voor.',
  'Set your default privacy to Private, change all your past payments to private, and hide your friends list.':
    'Zet uw standaardprivacy op Privé, maak al uw eerdere betalingen privé en verberg uw vriendenlijst.',

  // channels.ts: summaries, channel notes, proof, copy-to reasons, info pages, recall texts; NO_CHANNEL (request-schema.ts)
  'Clearview answers rights requests at legal-requests@clearview.ai and by post in New York. Illinois residents also have an opt-out form under the 2022 ACLU settlement, but its address is not sourced.':
    'Clearview beantwoordt verzoeken om rechten uit te oefenen via legal-requests@clearview.ai en per post in New York. Inwoners van Illinois hebben daarnaast een opt-outformulier op grond van de ACLU-schikking van 2022, maar het adres ervan is niet met een bron onderbouwd.',
  "The privacy address in the Datenanfragen record, checked in August 2025 against Clearview's privacy policy. Clearview needs a photo of your face to search for you; the letter offers one only if Clearview asks, and asks that it be deleted afterwards.":
    'Het privacyadres uit het record van Datenanfragen, in augustus 2025 gecontroleerd aan de hand van het privacybeleid van Clearview. Clearview heeft een foto van uw gezicht nodig om naar u te zoeken; de brief biedt die alleen aan als Clearview erom vraagt, en vraagt om de foto daarna te verwijderen.',
  'For a rights request Clearview may collect your e-mail address, contact details, a photo of you, or an image of a government-issued ID.':
    'Voor een verzoek om uw rechten uit te oefenen kan Clearview uw e-mailadres, contactgegevens, een foto van u of een afbeelding van een door de overheid uitgegeven identiteitsbewijs verzamelen.',
  'In 2020 a reporter sent a clear photo and a redacted passport; the answer came after about a month.':
    'In 2020 stuurde een verslaggever een duidelijke foto en een paspoort met zwartgemaakte gegevens; het antwoord kwam na ongeveer een maand.',
  'The business address the Dutch authority sent its 2024 decision to, also in Clearview’s terms of 29 March 2023. Send a copy to the registered address in Albany.':
    'Het bedrijfsadres waarnaar de Nederlandse toezichthouder zijn besluit van 2024 stuurde; het staat ook in de voorwaarden van Clearview van 29 maart 2023. Stuur een kopie naar het geregistreerde adres in Albany.',
  'Clearview’s registered address, listed in the Datenanfragen record.':
    'Het geregistreerde adres van Clearview, vermeld in het record van Datenanfragen.',
  'Under the 2022 ACLU settlement Clearview keeps an opt-out request form for Illinois residents, which blocks their faceprints from its search results. Its address is not sourced, so Unscraped cannot link to it.':
    'Op grond van de ACLU-schikking van 2022 houdt Clearview een formulier voor opt-outverzoeken aan voor inwoners van Illinois, dat hun gezichtsafdrukken uit de zoekresultaten weert. Het adres ervan is niet met een bron onderbouwd, dus Unscraped kan er niet naar linken.',
  'The form lets Illinois residents upload a photo so that their faceprints are blocked from search results.':
    'Met het formulier kunnen inwoners van Illinois een foto uploaden, zodat hun gezichtsafdrukken uit de zoekresultaten worden geweerd.',
  'Clearview AI privacy policy':
    'Privacybeleid van Clearview AI',
  'For a rights request Clearview may collect your e-mail address, contact details, a photo, or an image of a government-issued ID.':
    'Voor een verzoek om uw rechten uit te oefenen kan Clearview uw e-mailadres, contactgegevens, een foto of een afbeelding van een door de overheid uitgegeven identiteitsbewijs verzamelen.',
  'Clearview AI: state information and rights':
    'Clearview AI: informatie en rechten per staat',
  'For California residents: Clearview says its disclosure of photos collected from the internet is deemed a sale under the CPRA, and describes an opt-out of sale. Only Clearview’s own page says so; no independent source was found.':
    "Voor inwoners van Californië: Clearview zegt dat het verstrekken van foto's die het van internet verzamelt onder de CPRA als verkoop geldt, en beschrijft een opt-out van verkoop. Alleen de eigen pagina van Clearview zegt dit; er is geen onafhankelijke bron gevonden.",
  'Clearview AI: Illinois biometric information retention policy':
    'Clearview AI: bewaarbeleid voor biometrische informatie in Illinois',
  'Clearview blocks biometric information it can associate with Illinois from search results, and keeps it for as long as legal preservation obligations require.':
    'Clearview weert biometrische informatie die het met Illinois kan verbinden uit de zoekresultaten, en bewaart die zo lang als wettelijke bewaarplichten vereisen.',
  'Clearview AI: California privacy notice':
    'Clearview AI: privacyverklaring voor Californië',
  'Clearview says the only personal information it collects from the internet is photos and the links where they appear.':
    "Clearview zegt dat de enige persoonsgegevens die het van internet verzamelt, foto's zijn en de links waar die verschijnen.",
  'PimEyes has a free opt-out form that removes matching face fingerprints from its search results, and a form for single result images. No sourced channel answers an access request.':
    'PimEyes heeft een gratis opt-outformulier dat overeenkomende gezichtsafdrukken uit de zoekresultaten verwijdert, en een formulier voor afzonderlijke resultaatafbeeldingen. Geen van de kanalen met een bron beantwoordt een inzageverzoek.',
  'PimEyes’ own opt-out: it removes you from PimEyes’ search results. The photos stay on the sites they were found on.':
    "De eigen opt-out van PimEyes: die verwijdert u uit de zoekresultaten van PimEyes. De foto's blijven op de sites waar ze zijn gevonden.",
  'A photo of yourself, used to find and remove matching face fingerprints; PimEyes says it is not used otherwise.':
    'Een foto van uzelf, gebruikt om overeenkomende gezichtsafdrukken te vinden en te verwijderen; PimEyes zegt dat die niet anders wordt gebruikt.',
  'A photo ID with everything blurred except your name and photo, and an e-mail address.':
    'Een identiteitsbewijs met foto waarop alles onleesbaar is gemaakt behalve uw naam en foto, en een e-mailadres.',
  'PimEyes’ form for removing single result images, separate from the opt-out.':
    'Het formulier van PimEyes om afzonderlijke resultaatafbeeldingen te verwijderen, los van de opt-out.',
  'FaceCheck.ID has a free removal form. It only stops FaceCheck.ID’s search results; the sites the photos came from keep them.':
    "FaceCheck.ID heeft een gratis verwijderformulier. Het stopt alleen de zoekresultaten van FaceCheck.ID; de sites waar de foto's vandaan komen, houden ze.",
  'An opt-out of FaceCheck.ID’s search results, not a deletion at the source. Removal is free, says FaceCheck.ID’s FAQ.':
    'Een opt-out uit de zoekresultaten van FaceCheck.ID, geen verwijdering bij de bron. Verwijderen is gratis, volgens de FAQ van FaceCheck.ID.',
  'Search for your face, then upload either an ID with your name, address and ID number hidden, or a selfie with two fingers touching your chin.':
    'Zoek naar uw gezicht en upload dan een identiteitsbewijs waarop uw naam, adres en ID-nummer zijn afgedekt, of een selfie waarop u met twee vingers uw kin aanraakt.',
  'FaceCheck.ID FAQ':
    'FaceCheck.ID: veelgestelde vragen (FAQ)',
  'Removing your photos costs nothing.':
    "Het verwijderen van uw foto's kost niets.",
  'FaceCheck.ID privacy':
    'FaceCheck.ID: privacy',
  'It indexes low-resolution face thumbnails and URLs from public web pages and deletes uploads after 24 hours.':
    "De dienst indexeert miniaturen van gezichten in lage resolutie en URL's van openbare webpagina's, en verwijdert uploads na 24 uur.",
  'Lenso.ai has an image opt-out form, but its address is not sourced: its own guide explains where to find it. Once removed, images are not re-indexed.':
    'Lenso.ai heeft een opt-outformulier voor afbeeldingen, maar het adres ervan is niet met een bron onderbouwd: de eigen handleiding van Lenso.ai legt uit waar het te vinden is. Eenmaal verwijderde afbeeldingen worden niet opnieuw geïndexeerd.',
  'The form’s address is not sourced, so Unscraped cannot link to it; Lenso.ai’s guide shows how to reach it. A separate form covers single images (DSA/DMCA).':
    'Het adres van het formulier is niet met een bron onderbouwd, dus Unscraped kan er niet naar linken; de handleiding van Lenso.ai laat zien hoe u er komt. Een apart formulier is er voor afzonderlijke afbeeldingen (DSA/DMCA).',
  'The form asks for your country, a reason, your name, e-mail address, phone number and the face image.':
    'Het formulier vraagt naar uw land, een reden, uw naam, e-mailadres, telefoonnummer en de gezichtsafbeelding.',
  'Requests are reviewed daily and usually handled within 24 hours; normally no documents are required.':
    'Verzoeken worden dagelijks beoordeeld en meestal binnen 24 uur afgehandeld; normaal gesproken zijn er geen documenten nodig.',
  'Lenso.ai: how to send an image opt-out request':
    'Lenso.ai: zo verstuurt u een opt-outverzoek voor een afbeelding',
  'Explains the image opt-out request form and what it asks for.':
    'Legt het opt-outformulier voor afbeeldingen uit en wat het vraagt.',
  'Lenso.ai: privacy protection':
    'Lenso.ai: privacybescherming',
  'Opt-out requests are reviewed daily; removal usually takes under 24 hours.':
    'Opt-outverzoeken worden dagelijks beoordeeld; verwijdering duurt meestal minder dan 24 uur.',
  'No request channel, address or form is sourced for this service; Unscraped does not guess one.':
    'Voor deze dienst is geen verzoekkanaal, adres of formulier met een bron onderbouwd; Unscraped gaat er niet naar gissen.',
  'Social Catfish has an opt-out page for its listings of names, e-mail addresses, phone numbers and addresses. Whether it removes anything from a face index is not known.':
    'Social Catfish heeft een opt-outpagina voor zijn vermeldingen van namen, e-mailadressen, telefoonnummers en adressen. Of het iets uit een gezichtsindex verwijdert, is niet bekend.',
  'Listed by a third-party opt-out guide only. It covers listings of names, e-mail addresses, phone numbers and addresses; its effect on photos is not known.':
    "Alleen vermeld in een opt-outgids van een derde partij. Het dekt vermeldingen van namen, e-mailadressen, telefoonnummers en adressen; het effect op foto's is niet bekend.",
  'An e-mail address and a click on the confirmation link sent to it.':
    'Een e-mailadres en een klik op de bevestigingslink die daarheen wordt gestuurd.',
  'FindFace’s public face search closed in 2018. No request channel, address or form is sourced for this service; Unscraped does not guess one.':
    'De openbare gezichtszoekfunctie van FindFace is in 2018 gesloten. Voor deze dienst is geen verzoekkanaal, adres of formulier met een bron onderbouwd; Unscraped gaat er niet naar gissen.',
  'No removal or request channel is sourced for YFCC100M, a snapshot of Flickr photos uploaded from 2004 to 2014.':
    "Voor YFCC100M, een momentopname van Flickr-foto's die van 2004 tot 2014 zijn geüpload, is geen verwijder- of verzoekkanaal met een bron onderbouwd.",
  'Copies of a dataset that were already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.':
    'Al gedownloade kopieën van een dataset kunnen niet worden teruggehaald; een zoektool voor deze datasets zegt dat het bestaande kopieën niet kan verwijderen.',
  'The University of Washington stopped distributing MegaFace in June 2020. No request channel is sourced.':
    'De University of Washington stopte in juni 2020 met de verspreiding van MegaFace. Er is geen verzoekkanaal met een bron onderbouwd.',
  'Stopping distribution does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.':
    'Het stoppen van de verspreiding haalt al gedownloade kopieën niet terug; een zoektool voor deze datasets zegt dat het bestaande kopieën niet kan verwijderen.',
  'IBM said it would remove images from Diversity in Faces on request, but no address for such a request is sourced.':
    "IBM zei afbeeldingen op verzoek uit Diversity in Faces te zullen verwijderen, maar er is geen adres voor zo'n verzoek met een bron onderbouwd.",
  'Exposing.ai: IBM Diversity in Faces':
    'Exposing.ai: IBM Diversity in Faces',
  'IBM said it would remove images on request.':
    'IBM zei afbeeldingen op verzoek te zullen verwijderen.',
  'Removing an image from IBM’s copy does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.':
    'Een afbeelding verwijderen uit de kopie van IBM haalt al gedownloade kopieën niet terug; een zoektool voor deze datasets zegt dat het bestaande kopieën niet kan verwijderen.',
  'NVIDIA’s own instructions: to have a photo removed from FFHQ, tag it no_cv on Flickr, change its licence, make it private or remove it, then write to NVIDIA with your Flickr username.':
    'De eigen instructies van NVIDIA: om een foto uit FFHQ te laten verwijderen, tagt u die op Flickr met no_cv, wijzigt u de licentie, maakt u de foto privé of verwijdert u hem, en schrijft u daarna NVIDIA met uw Flickr-gebruikersnaam.',
  'First tag the photo no_cv on Flickr, change its licence to None or a NoDerivs licence, make it private or remove it; then write with your Flickr username. NVIDIA says it then checks all photos of that user and updates the dataset.':
    "Tag de foto eerst op Flickr met no_cv, wijzig de licentie in None of een NoDerivs-licentie, maak de foto privé of verwijder hem; schrijf daarna met uw Flickr-gebruikersnaam. NVIDIA zegt dat het dan alle foto's van die gebruiker controleert en de dataset bijwerkt.",
  'NVIDIA: Flickr-Faces-HQ Dataset (FFHQ)':
    'NVIDIA: Flickr-Faces-HQ Dataset (FFHQ)',
  'Tag the photo no_cv on Flickr, change its licence, make it private or remove it, then contact researchinquiries@nvidia.com with your Flickr username.':
    'Tag de foto op Flickr met no_cv, wijzig de licentie, maak de foto privé of verwijder hem, en neem daarna contact op met researchinquiries@nvidia.com, met uw Flickr-gebruikersnaam.',
  'FFHQ is a 2018 snapshot: copies already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.':
    'FFHQ is een momentopname uit 2018: al gedownloade kopieën kunnen niet worden teruggehaald; een zoektool voor deze datasets zegt dat het bestaande kopieën niet kan verwijderen.',
  'After Human Rights Watch reported children’s photos in LAION-5B, LAION removed those photos from its re-released dataset. No request channel for individuals is sourced.':
    "Nadat Human Rights Watch foto's van kinderen in LAION-5B had gemeld, verwijderde LAION die foto's uit zijn opnieuw uitgebrachte dataset. Er is geen verzoekkanaal voor individuele personen met een bron onderbouwd.",
  'Human Rights Watch, 3 September 2024':
    'Human Rights Watch, 3 september 2024',
  'LAION removed the children’s photos Human Rights Watch identified from its newly released dataset.':
    "LAION verwijderde de door Human Rights Watch geïdentificeerde foto's van kinderen uit zijn nieuw uitgebrachte dataset.",
  'Removal from a re-released dataset does not recall copies of the 2022 dataset already downloaded.':
    'Verwijdering uit een opnieuw uitgebrachte dataset haalt al gedownloade kopieën van de dataset uit 2022 niet terug.',

  // authorities.ts: each authority's conditions and channel notes
  'Federal public bodies, and telecommunications and postal companies nationwide (BayLfD FAQ, 2017). Complaints about other companies go to the Land authority.':
    'Federale overheidsinstanties, en telecommunicatie- en postbedrijven in het hele land (BayLfD FAQ, 2017). Klachten over andere bedrijven gaan naar de toezichthouder van de deelstaat.',
  'Complaints about companies go to the authority of the Land; the record suggests German and e-mail. Its online form is not linked: its address looks session-specific (cross-check G5).':
    'Klachten over bedrijven gaan naar de toezichthouder van de deelstaat; het record wijst op Duits en e-mail. Het onlineformulier wordt niet gelinkt: het adres ervan lijkt sessiegebonden (controle G5).',
  'The Bavarian private sector: companies, freelancers, associations, the internet. Use this authority, not the BayLfD, for complaints about companies.':
    'De Beierse private sector: bedrijven, zelfstandigen, verenigingen, het internet. Gebruik voor klachten over bedrijven deze toezichthouder, niet de BayLfD.',
  'Bavarian public bodies only; complaints about companies go to the BayLDA.':
    'Alleen Beierse overheidsinstanties; klachten over bedrijven gaan naar de BayLDA.',
  'Complaints about companies go to the authority of the Land; the record suggests German and e-mail.':
    'Klachten over bedrijven gaan naar de toezichthouder van de deelstaat; het record wijst op Duits en e-mail.',
  "Complaints about companies go to the authority of the Land; the record suggests German and e-mail. The LDI recommends (does not require) contacting the company first; its form's address is not sourced.":
    'Klachten over bedrijven gaan naar de toezichthouder van de deelstaat; het record wijst op Duits en e-mail. De LDI raadt aan (verplicht niet) eerst contact op te nemen met het bedrijf; het adres van het formulier is niet met een bron onderbouwd.',
  'Competent for companies and public bodies in Thüringen; its form’s address is not sourced.':
    'Bevoegd voor bedrijven en overheidsinstanties in Thüringen; het adres van het formulier is niet met een bron onderbouwd.',
  'Contact the organisation first. Only about your own personal data; no anonymous complaints. In Dutch or English. The AP names its form or a letter, not e-mail, as complaint channels.':
    'Neem eerst contact op met de organisatie. Alleen over uw eigen persoonsgegevens; geen anonieme klachten. In het Nederlands of Engels. De AP noemt haar formulier of een brief als klachtkanalen, niet e-mail.',
  'Entry page: https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap':
    'Startpagina: https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap',
  'Exercise your rights with the organisation first (it has one month to answer, which it may extend by two months). The complaint must be written in French.':
    'Oefen uw rechten eerst uit bij de organisatie (die heeft een maand om te antwoorden en mag dat met twee maanden verlengen). De klacht moet in het Frans zijn opgesteld.',
  'The complaint must be signed (digitally, or by hand with a copy of an ID); the Garante publishes a complaint model (secondary).':
    'De klacht moet ondertekend zijn (digitaal, of met de hand met een kopie van een identiteitsbewijs); de Garante publiceert een modelklacht (secundair).',
  'Receives only certified e-mail (PEC), per copies of the Garante’s complaint model (secondary).':
    'Ontvangt alleen gecertificeerde e-mail (PEC), volgens kopieën van de modelklacht van de Garante (secundair).',
  'By registered mail with return receipt (secondary).':
    'Per aangetekende post met ontvangstbevestiging (secundair).',
  'The AEPD’s complaint models are mandatory, including a specific one for unanswered rights requests; filing is preferably online.':
    'De modelklachten van de AEPD zijn verplicht, waaronder een specifiek model voor onbeantwoorde verzoeken om rechten uit te oefenen; indienen gebeurt bij voorkeur online.',
  'Generally raise the matter with the organisation first. The DPC gives an update or outcome within 3 months.':
    'Leg de kwestie in de regel eerst aan de organisatie voor. De DPC geeft binnen 3 maanden een stand van zaken of een uitkomst.',
  'Dated and signed, with a statement of facts and proof that you first exercised your rights; in French, Dutch or German. A mediation request is a faster alternative.':
    'Gedateerd en ondertekend, met een uiteenzetting van de feiten en bewijs dat u eerst uw rechten hebt uitgeoefend; in het Frans, Nederlands of Duits. Een verzoek om bemiddeling is een sneller alternatief.',
  'Download the form and send it signed, by post or via the website.':
    'Download het formulier en stuur het ondertekend op, per post of via de website.',
  'General address.':
    'Algemeen adres.',
  'Name the right violated, the respondent, the facts, the reasons and what you ask for, with information on timeliness; attach your request and any reply. Templates are German/English.':
    'Noem het geschonden recht, de verweerder, de feiten, de redenen en wat u vraagt, met informatie over de tijdigheid; voeg uw verzoek en eventuele antwoorden bij. Sjablonen zijn er in het Duits/Engels.',
  'The DSB says complaints may be submitted to this address.':
    'De DSB zegt dat klachten naar dit adres mogen worden gestuurd.',
  'Try to resolve it with the controller first; name the controller and give your identity and contact details.':
    'Probeer het eerst met de verwerkingsverantwoordelijke op te lossen; noem de verwerkingsverantwoordelijke en geef uw identiteit en contactgegevens op.',
  'In writing, via ePUAP, or orally for the record; it must be in Polish and give your name and address.':
    'Schriftelijk, via ePUAP of mondeling voor het proces-verbaal; de klacht moet in het Pools zijn en uw naam en adres vermelden.',
  'Electronic complaints need a qualified e-signature or the ePUAP trusted profile (secondary).':
    'Elektronische klachten vereisen een gekwalificeerde elektronische handtekening of het vertrouwde ePUAP-profiel (secundair).',
  'A rights complaint only after you exercised the right with the controller and got no reply in time, or an unsatisfactory one.':
    'Een klacht over uw rechten alleen nadat u het recht bij de verwerkingsverantwoordelijke hebt uitgeoefend en niet tijdig of onbevredigend antwoord hebt gekregen.',
  'complaints@dpa.gr is the complaints address; the general address is not used.':
    'complaints@dpa.gr is het adres voor klachten; het algemene adres wordt niet gebruikt.',
  'Contact the company first and get its explanation. Name and address are required (secondary).':
    'Neem eerst contact op met het bedrijf en vraag om zijn uitleg. Naam en adres zijn verplicht (secundair).',
  'For rights requests, contact the controller first. Target processing time: one year.':
    'Neem bij verzoeken om uw rechten uit te oefenen eerst contact op met de verwerkingsverantwoordelijke. Beoogde behandeltijd: een jaar.',
  'Do not send sensitive data by ordinary e-mail.':
    'Stuur geen gevoelige gegevens per gewone e-mail.',
  'No official statement of complaint conditions was found.':
    'Er is geen officiële verklaring van de voorwaarden voor klachten gevonden.',
  'The general address in the record; no official complaint page was found.':
    'Het algemene adres uit het record; er is geen officiële klachtenpagina gevonden.',
  'Complain to the organisation first and follow up if there is no answer after 30 days; complain to the ICO within three months of your last contact, with copies of the correspondence.':
    'Dien eerst een klacht in bij de organisatie en vraag na als er na 30 dagen geen antwoord is; dien binnen drie maanden na uw laatste contact een klacht in bij de ICO, met kopieën van de correspondentie.',
  'Start page: https://ico.org.uk/make-a-complaint/data-protection-complaints':
    'Startpagina: https://ico.org.uk/make-a-complaint/data-protection-complaints',
  'The CCPA protects California residents; the form says you need not reside in California to complain. Contact details are optional, but without them there is no follow-up. The Agency does not act as your attorney.':
    'De CCPA beschermt inwoners van Californië; volgens het formulier hoeft u niet in Californië te wonen om een klacht in te dienen. Contactgegevens zijn optioneel, maar zonder die gegevens is er geen opvolging. Het agentschap treedt niet op als uw advocaat.',
  'For California residents. The Attorney General does not represent individual consumers.':
    'Voor inwoners van Californië. De Attorney General vertegenwoordigt geen individuele consumenten.',
  'Only third parties name this form.':
    'Alleen derden noemen dit formulier.',
  'It takes consumer complaints and can mediate informally. Privacy and biometrics are not among its listed categories, and no source says it handles BIPA complaints: BIPA is enforced by individuals in court.':
    'Het neemt klachten van consumenten aan en kan informeel bemiddelen. Privacy en biometrie staan niet in de vermelde categorieën, en geen enkele bron zegt dat het BIPA-klachten behandelt: de BIPA wordt door individuen bij de rechter gehandhaafd.',
  'PIPEDA covers private-sector organisations in commercial activities and cross-border data flows. The OPC encourages (does not require) trying to resolve it with the organisation first. Free.':
    'PIPEDA geldt voor organisaties in de private sector bij commerciële activiteiten en voor grensoverschrijdende gegevensstromen. De OPC moedigt aan (verplicht niet) om het eerst met de organisatie op te lossen. Gratis.',
  'The page that leads to the online form; the form’s own address is not sourced.':
    'De pagina die naar het onlineformulier leidt; het adres van het formulier zelf is niet met een bron onderbouwd.',
  'Complain to the organisation first; if it does not respond within 30 days, or the reply is unsatisfactory, lodge in writing, generally within 12 months. Covers businesses with annual turnover over A$3 million, among others. Free.':
    'Dien eerst een klacht in bij de organisatie; als die niet binnen 30 dagen reageert of het antwoord onbevredigend is, dien dan schriftelijk een klacht in, in de regel binnen 12 maanden. Geldt onder meer voor bedrijven met een jaaromzet van meer dan A$3 miljoen. Gratis.',
};
