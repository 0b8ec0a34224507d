/**
 * The registry's user-facing texts in German (de): the exact English text (the key) and its translation. Checked by
 * validate-translations.ts; the quoting rule and how to update an entry are in ./index.ts.
 * Register: Sie. Terms: DSGVO (GDPR), Abmahnung (cease-and-desist letter), Sammelklage (class action),
 * Datenschutzbehörde / Aufsichtsbehörde (data protection authority), Verantwortlicher (controller), Auskunftsersuchen
 * (access request), Vergleich (settlement), Land. Quotation marks: „…“.
 */
import type { TranslationTable } from './index';

export const DE: TranslationTable = {
  // evidence.ts: each claim
  'Clearview AI claimed to have scraped images "from Facebook, YouTube, Venmo and millions of other websites" (The New York Times, January 2020).':
    'Clearview AI behauptete, Bilder „from Facebook, YouTube, Venmo and millions of other websites“ (von Facebook, YouTube, Venmo und Millionen anderer Websites) gescrapt zu haben. Quelle: The New York Times, Januar 2020.',
  'According to The New York Times, as relayed by MediaNama, Clearview AI took images from Facebook, Instagram, Twitter and news sites.':
    'Laut The New York Times, wiedergegeben von MediaNama, hat Clearview AI Bilder von Facebook, Instagram, Twitter und Nachrichtenseiten genommen.',
  'Twitter sent Clearview AI a cease-and-desist letter in January 2020 and asked it to delete the data it had collected.':
    'Twitter schickte Clearview AI im Januar 2020 eine Abmahnung und bat das Unternehmen, die gesammelten Daten zu löschen.',
  "YouTube's owner Google sent Clearview AI a cease-and-desist letter on 4 February 2020, saying YouTube's terms of service forbid collecting data that can identify a person.":
    'Google, der Eigentümer von YouTube, schickte Clearview AI am 4. Februar 2020 eine Abmahnung und erklärte, die Nutzungsbedingungen von YouTube verböten das Sammeln von Daten, mit denen sich eine Person identifizieren lässt.',
  'Venmo, owned by PayPal, announced on 5 February 2020 that it was sending Clearview AI a cease-and-desist letter.':
    'Venmo, das zu PayPal gehört, gab am 5. Februar 2020 bekannt, Clearview AI eine Abmahnung zu schicken.',
  'In February 2020 Facebook demanded that Clearview AI stop accessing and using data from Facebook and Instagram. Some outlets noted that this was not yet a formal cease-and-desist at first.':
    'Im Februar 2020 forderte Facebook, dass Clearview AI den Zugriff auf Daten von Facebook und Instagram und deren Nutzung einstellt. Einige Medien merkten an, dass dies anfangs noch keine förmliche Abmahnung war.',
  'LinkedIn announced in February 2020 that it was sending Clearview AI a cease-and-desist letter.':
    'LinkedIn gab im Februar 2020 bekannt, Clearview AI eine Abmahnung zu schicken.',
  'A Vice reporter who asked Clearview AI for their data under the CCPA got back images from 2004 to 2019 taken from MySpace, Instagram, Twitter and Facebook, many of them via third-party sites that had already scraped Instagram (such as "Insta Stalker").':
    'Ein Vice-Reporter, der Clearview AI nach dem CCPA um die eigenen Daten bat, erhielt Bilder aus den Jahren 2004 bis 2019 von MySpace, Instagram, Twitter und Facebook, viele davon über Websites Dritter, die Instagram bereits gescrapt hatten (etwa „Insta Stalker“).',
  'A law-firm summary of Canada\'s 2021 findings on Clearview AI says it scraped images from Facebook, YouTube, Instagram and Twitter, and that images behind privacy settings, such as private Instagram accounts, were not collected. The commissioners\' report itself speaks of "publicly accessible online sources (including social media)".':
    'Laut einer Zusammenfassung einer Anwaltskanzlei zu den kanadischen Feststellungen von 2021 über Clearview AI hat das Unternehmen Bilder von Facebook, YouTube, Instagram und Twitter gescrapt, und Bilder hinter Privatsphäre-Einstellungen, etwa aus privaten Instagram-Konten, wurden nicht erfasst. Der Bericht der Datenschutzbeauftragten selbst spricht von „publicly accessible online sources (including social media)“ (öffentlich zugängliche Online-Quellen, einschließlich sozialer Medien).',
  'The Verge\'s introduction to a 2023 Decoder interview with Kashmir Hill, author of a book about Clearview AI, says Clearview scraped "everything from Venmo transactions to Flickr posts".':
    'Laut der Einleitung von The Verge zu einem Decoder-Interview von 2023 mit Kashmir Hill, Autorin eines Buches über Clearview AI, hat Clearview „everything from Venmo transactions to Flickr posts“ (alles von Venmo-Transaktionen bis zu Flickr-Beiträgen) gescrapt.',
  'In 2020, after a netzpolitik.org report on PimEyes, Facebook sent it a cease-and-desist letter, accusing it of harvesting Instagram photos. PimEyes denied the accusations.':
    'Im Jahr 2020, nach einem Bericht von netzpolitik.org über PimEyes, schickte Facebook dem Unternehmen eine Abmahnung und warf ihm vor, Instagram-Fotos abzugreifen. PimEyes bestritt die Vorwürfe.',
  'In 2020, after a netzpolitik.org report on PimEyes, Google said it would send it a legal warning, accusing it of harvesting YouTube. PimEyes denied the accusations.':
    'Im Jahr 2020, nach einem Bericht von netzpolitik.org über PimEyes, kündigte Google an, dem Unternehmen eine rechtliche Warnung zu schicken, und warf ihm vor, YouTube abzugreifen. PimEyes bestritt die Vorwürfe.',
  'In 2020, after a netzpolitik.org report on PimEyes, Der Spiegel reported that TikTok was affected too and planned legal steps against it. PimEyes denied the accusations.':
    'Im Jahr 2020, nach einem Bericht von netzpolitik.org über PimEyes, berichtete Der Spiegel, auch TikTok sei betroffen und plane rechtliche Schritte gegen das Unternehmen. PimEyes bestritt die Vorwürfe.',
  'According to open-source client code for its API, Search4faces searches databases of VK profile photos and of VK and OK avatars.':
    'Laut Open-Source-Client-Code für seine API durchsucht Search4faces Datenbanken mit VK-Profilfotos sowie mit VK- und OK-Avataren.',
  'According to open-source client code for its API, Search4faces searches databases of VK and OK (Odnoklassniki) avatars, including a set from 2020.':
    'Laut Open-Source-Client-Code für seine API durchsucht Search4faces Datenbanken mit VK- und OK-Avataren (Odnoklassniki), darunter einen Bestand von 2020.',
  'According to open-source client code for its API, Search4faces searches a database of TikTok avatars (profile pictures).':
    'Laut Open-Source-Client-Code für seine API durchsucht Search4faces eine Datenbank mit TikTok-Avataren (Profilbildern).',
  'FindFace matched any photo to VK profiles and was used to de-anonymise porn actresses (Meduza, April 2016).':
    'FindFace ordnete beliebige Fotos VK-Profilen zu und wurde genutzt, um Pornodarstellerinnen zu deanonymisieren (Meduza, April 2016).',
  'SearchFace (February 2019) held about 500 million faces from VK, collected before VK introduced closed profiles. In February 2019 VK said it was preparing to sue.':
    'SearchFace (Februar 2019) enthielt etwa 500 Millionen Gesichter von VK, gesammelt, bevor VK geschlossene Profile einführte. Im Februar 2019 sagte VK, es bereite eine Klage vor.',
  'YFCC100M is made of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences between 2004 and 2014.':
    'YFCC100M besteht aus etwa 99,2 Millionen Fotos und 0,8 Millionen Videos, die zwischen 2004 und 2014 unter Creative-Commons-Lizenzen auf Flickr hochgeladen wurden.',
  'MegaFace was built, via YFCC100M, from 3,311,471 photos of 48,383 Flickr accounts; 69% of the images carried non-commercial Creative Commons licences.':
    'MegaFace wurde über YFCC100M aus 3.311.471 Fotos von 48.383 Flickr-Konten erstellt; 69 % der Bilder trugen nicht kommerzielle Creative-Commons-Lizenzen.',
  "IBM's Diversity in Faces dataset (January 2019) annotated about 1 million face images from Flickr, taken via YFCC100M from Creative Commons photos only.":
    'IBMs Datensatz Diversity in Faces (Januar 2019) annotierte etwa 1 Million Gesichtsbilder von Flickr, die über YFCC100M ausschließlich aus Creative-Commons-Fotos stammen.',
  "NVIDIA's FFHQ dataset holds 70,000 face images crawled from Flickr photos with permissive licences. To have a photo removed, NVIDIA asks you to tag it no_cv on Flickr, change its licence, make it private or remove it, and then write to NVIDIA with your Flickr username.":
    'NVIDIAs Datensatz FFHQ enthält 70.000 Gesichtsbilder, gecrawlt aus Flickr-Fotos mit freizügigen Lizenzen. Damit ein Foto entfernt wird, bittet NVIDIA Sie, es auf Flickr mit no_cv zu taggen, seine Lizenz zu ändern, es auf privat zu stellen oder zu löschen und NVIDIA dann mit Ihrem Flickr-Benutzernamen zu schreiben.',
  'Human Rights Watch found 190 photos of Australian children in LAION-5B, some taken from unlisted YouTube videos and from posts with privacy restrictions (July 2024).':
    'Human Rights Watch fand 190 Fotos australischer Kinder in LAION-5B, manche aus nicht gelisteten YouTube-Videos und aus Beiträgen mit Privatsphäre-Beschränkungen (Juli 2024).',
  "In September 2024 Human Rights Watch confirmed that LAION had removed the children's photos it had flagged from its newly released dataset; the images had shown 362 Australian children.":
    'Im September 2024 bestätigte Human Rights Watch, dass LAION die von der Organisation gemeldeten Kinderfotos aus seinem neu veröffentlichten Datensatz entfernt hatte; die Bilder hatten 362 australische Kinder gezeigt.',
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, Pinterest was the largest source, at about 8.5% of the sample.':
    'In einer Analyse von 2022 mit 12 Millionen Bildern aus LAION-Aesthetics, einer Teilmenge von LAION-5B, mit der Stable Diffusion trainiert wurde, war Pinterest die größte Quelle, mit etwa 8,5 % der Stichprobe.',
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, Flickr was among the other frequent sources, with sites such as WordPress, Blogspot, DeviantArt and Wikimedia Commons.':
    'In einer Analyse von 2022 mit 12 Millionen Bildern aus LAION-Aesthetics, einer Teilmenge von LAION-5B, mit der Stable Diffusion trainiert wurde, gehörte Flickr zu den anderen häufigen Quellen, neben Websites wie WordPress, Blogspot, DeviantArt und Wikimedia Commons.',
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, DeviantArt was among the other frequent sources, with sites such as WordPress, Blogspot, Flickr and Wikimedia Commons.':
    'In einer Analyse von 2022 mit 12 Millionen Bildern aus LAION-Aesthetics, einer Teilmenge von LAION-5B, mit der Stable Diffusion trainiert wurde, gehörte DeviantArt zu den anderen häufigen Quellen, neben Websites wie WordPress, Blogspot, Flickr und Wikimedia Commons.',

  // scrapers.ts: each entity's name, `what`, and each record's authority, amount and `ordered`
  'Clearview AI, Inc.':
    'Clearview AI, Inc.',
  'Sells a search engine for faces: a customer uploads a photo of a face and gets matching scraped photos, with links to where they appeared.':
    'Verkauft eine Suchmaschine für Gesichter: Ein Kunde lädt das Foto eines Gesichts hoch und erhält passende gescrapte Fotos mit Links zu den Stellen, an denen sie erschienen.',
  'Hamburg data protection commissioner (HmbBfDI)':
    'Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit (HmbBfDI)',
  "Preliminary finding that Clearview's face profiles are unlawful; ordered it to delete the complainant's biometric hash values by 12 February 2021. The photos themselves were not covered.":
    'Vorläufige Feststellung, dass die Gesichtsprofile von Clearview rechtswidrig sind; ordnete an, die biometrischen Hashwerte des Beschwerdeführers bis zum 12. Februar 2021 zu löschen. Die Fotos selbst waren nicht erfasst.',
  'Office of the Privacy Commissioner of Canada, with the privacy commissioners of Québec, British Columbia and Alberta':
    'Office of the Privacy Commissioner of Canada, gemeinsam mit den Datenschutzbeauftragten von Québec, British Columbia und Alberta',
  'Joint findings (PIPEDA Findings #2021-001): Clearview\'s collection amounted to "mass surveillance", was done without consent and served an inappropriate purpose. No fine was reported.':
    'Gemeinsame Feststellungen (PIPEDA Findings #2021-001): Die Datenerhebung von Clearview kam einer „mass surveillance“ (Massenüberwachung) gleich, erfolgte ohne Einwilligung und diente einem unangemessenen Zweck. Über eine Geldbuße wurde nicht berichtet.',
  'Office of the Australian Information Commissioner (OAIC)':
    'Office of the Australian Information Commissioner (OAIC)',
  'Determination [2021] AICmr 54 (published 3 November 2021): Clearview breached Australian privacy law, including by collecting sensitive information without consent. Ordered it to stop collecting images of people in Australia and to destroy the images and face templates it had collected.':
    'Entscheidung [2021] AICmr 54 (veröffentlicht am 3. November 2021): Clearview hat gegen australisches Datenschutzrecht verstoßen, unter anderem durch die Erhebung sensibler Informationen ohne Einwilligung. Ordnete an, die Erhebung von Bildern von Menschen in Australien einzustellen und die erhobenen Bilder und Gesichts-Templates zu vernichten.',
  'Garante per la protezione dei dati personali (Italian data protection authority)':
    'Garante per la protezione dei dati personali (italienische Datenschutzbehörde)',
  'EUR 20,000,000':
    '20.000.000 EUR',
  'Order-injunction no. 50 (announced 9 March 2022): a fine; delete the data of people in Italy; a ban on further collection and processing; appoint a representative in the EU.':
    'Anordnung (ordinanza ingiunzione) Nr. 50 (bekannt gegeben am 9. März 2022): eine Geldbuße; Löschung der Daten von Menschen in Italien; ein Verbot weiterer Erhebung und Verarbeitung; Benennung eines Vertreters in der EU.',
  'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois':
    'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois',
  "Settlement of the ACLU's lawsuit under Illinois' biometric privacy law (BIPA): a permanent nationwide ban on giving most private entities access to the faceprint database; no sales to any Illinois entity, police included, for 5 years; keep an opt-out request form; spend $50,000 advertising the Illinois opt-out; filter out photos taken or uploaded in Illinois for 5 years.":
    'Vergleich in der Klage der ACLU nach dem biometrischen Datenschutzgesetz von Illinois (BIPA): ein dauerhaftes, USA-weites Verbot, den meisten privaten Stellen Zugang zur Gesichtsabdruck-Datenbank zu geben; 5 Jahre lang keine Verkäufe an Stellen in Illinois, Polizei eingeschlossen; ein Formular für Opt-out-Anträge vorhalten; 50.000 $ für Werbung für das Opt-out in Illinois ausgeben; 5 Jahre lang in Illinois aufgenommene oder hochgeladene Fotos herausfiltern.',
  "Information Commissioner's Office (ICO)":
    "Information Commissioner's Office (ICO)",
  'GBP 7,552,800':
    '7.552.800 GBP',
  'A fine and an enforcement notice: stop obtaining the data of UK residents and delete the data it holds on them.':
    'Eine Geldbuße und eine Durchsetzungsanordnung (enforcement notice): keine Daten von Einwohnern des Vereinigten Königreichs mehr beschaffen und die über sie gespeicherten Daten löschen.',
  'Hellenic Data Protection Authority (HDPA)':
    'Hellenic Data Protection Authority (HDPA)',
  'Decision 35/2022, on a complaint about an access request brought through Homo Digitalis: breaches of GDPR Articles 5, 6, 9, 12, 14, 15 and 27. Ordered Clearview to answer the access request, stop collecting, and delete the data of people in Greece.':
    'Entscheidung 35/2022 zu einer über Homo Digitalis eingereichten Beschwerde wegen eines Auskunftsersuchens: Verstöße gegen Art. 5, 6, 9, 12, 14, 15 und 27 DSGVO. Ordnete an, dass Clearview das Auskunftsersuchen beantwortet, die Erhebung einstellt und die Daten von Menschen in Griechenland löscht.',
  'CNIL (French data protection authority)':
    'CNIL (französische Datenschutzbehörde)',
  'Sanction SAN-2022-019, after a formal notice in late 2021: a fine, and an order to stop processing the data of people in France without a legal basis and to delete it after answering their access requests, within two months or pay a penalty of EUR 100,000 per day of delay.':
    'Sanktion SAN-2022-019 nach einer förmlichen Aufforderung Ende 2021: eine Geldbuße und die Anordnung, die Verarbeitung von Daten von Menschen in Frankreich ohne Rechtsgrundlage einzustellen und die Daten nach Beantwortung ihrer Auskunftsersuchen zu löschen, binnen zwei Monaten, andernfalls ein Zwangsgeld von 100.000 EUR pro Tag Verzug.',
  'Administrative Appeals Tribunal, Australia':
    'Administrative Appeals Tribunal, Australien',
  "[2023] AATA 1069, on Clearview's appeal: confirmed that it breached Australian Privacy Principles 3.3 (sensitive information collected without consent) and 1.2.":
    '[2023] AATA 1069, auf das Rechtsmittel von Clearview: bestätigte, dass Clearview gegen die Australian Privacy Principles 3.3 (sensible Informationen ohne Einwilligung erhoben) und 1.2 verstoßen hat.',
  'EUR 5,200,000':
    '5.200.000 EUR',
  'Fixed the amount due under the daily penalty for 19 December 2022 to 9 February 2023, because Clearview had not shown that it complied with the 2022 order.':
    'Setzte den fälligen Betrag aus dem täglichen Zwangsgeld für den Zeitraum vom 19. Dezember 2022 bis zum 9. Februar 2023 fest, weil Clearview nicht nachgewiesen hatte, dass es der Anordnung von 2022 nachgekommen war.',
  'Datenschutzbehörde (Austrian data protection authority)':
    'Datenschutzbehörde (Österreich)',
  "Found the processing unlawful (GDPR Articles 5, 6, 9 and 27); ordered Clearview to delete the complainant's data and to designate a representative in the EU. No fine and no general ban.":
    'Stellte fest, dass die Verarbeitung rechtswidrig war (Art. 5, 6, 9 und 27 DSGVO); ordnete an, dass Clearview die Daten des Beschwerdeführers löscht und einen Vertreter in der EU benennt. Keine Geldbuße und kein allgemeines Verbot.',
  'First-tier Tribunal, UK':
    'First-tier Tribunal, Vereinigtes Königreich',
  "On Clearview's appeal, held that the ICO lacked jurisdiction over it. The Upper Tribunal reversed this in October 2025.":
    'Entschied auf das Rechtsmittel von Clearview, dass das ICO für Clearview nicht zuständig war. Das Upper Tribunal hob dies im Oktober 2025 auf.',
  'Autoriteit Persoonsgegevens (Dutch data protection authority)':
    'Autoriteit Persoonsgegevens (niederländische Datenschutzbehörde)',
  'EUR 30,500,000':
    '30.500.000 EUR',
  'A fine, plus orders to stop the violations backed by penalty payments of up to about EUR 5.1 million. Breaches: no legal basis, processing of biometric data, lack of transparency, ignored access requests, and no EU representative. Decided 16 May 2024 and published 3 September 2024; Clearview did not object, so it can no longer appeal.':
    'Eine Geldbuße sowie Anordnungen, die Verstöße abzustellen, bewehrt mit Zwangsgeldern von bis zu etwa 5,1 Millionen EUR. Verstöße: keine Rechtsgrundlage, Verarbeitung biometrischer Daten, mangelnde Transparenz, ignorierte Auskunftsersuchen und kein Vertreter in der EU. Beschlossen am 16. Mai 2024 und veröffentlicht am 3. September 2024; Clearview hat keinen Widerspruch eingelegt und kann daher kein Rechtsmittel mehr einlegen.',
  'Clearview withdrew its tribunal appeal in August 2023, so the 2021 determination stands. The OAIC decided to take no further action.':
    'Clearview zog sein Rechtsmittel beim Tribunal im August 2023 zurück, daher bleibt die Entscheidung von 2021 bestehen. Das OAIC beschloss, keine weiteren Maßnahmen zu ergreifen.',
  'Bundesverwaltungsgericht (Austrian Federal Administrative Court)':
    'Bundesverwaltungsgericht (Österreich)',
  'Decision W108 2274731-1/11E: the data protection authority must reconsider its refusal to ban the processing; the court said a ban would have been the appropriate measure.':
    'Entscheidung W108 2274731-1/11E: Die Datenschutzbehörde muss ihre Weigerung, die Verarbeitung zu verbieten, überdenken; das Gericht erklärte, ein Verbot wäre die angemessene Maßnahme gewesen.',
  'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)':
    'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)',
  'USD 51,750,000 (estimated value of a 23% equity stake)':
    '51.750.000 USD (geschätzter Wert einer Kapitalbeteiligung von 23 %)',
  'Final approval of the class-action settlement: the class receives a 23% equity stake in Clearview, estimated at $51.75 million. 22 states and DC objected because it has no injunctive relief.':
    'Endgültige Genehmigung des Vergleichs in der Sammelklage: Die Klägergruppe erhält eine Kapitalbeteiligung von 23 % an Clearview, geschätzt auf 51,75 Millionen $. 22 Bundesstaaten und DC erhoben Einwände, weil er keine gerichtlichen Unterlassungs- oder Handlungsanordnungen (injunctive relief) enthält.',
  'US Court of Appeals for the Seventh Circuit (appeal by objectors)':
    'US Court of Appeals for the Seventh Circuit (Berufung von Einwendern)',
  'Objectors appealed the approval of the class-action settlement in April 2025, so the settlement may not be final. This is an appeal, not a decision.':
    'Einwender legten im April 2025 Berufung gegen die Genehmigung des Vergleichs in der Sammelklage ein; der Vergleich ist daher möglicherweise nicht endgültig. Dies ist eine Berufung, keine Entscheidung.',
  'Upper Tribunal (Administrative Appeals Chamber), UK':
    'Upper Tribunal (Administrative Appeals Chamber), Vereinigtes Königreich',
  "[2025] UKUT 319 (AAC), decided 6 October and handed down 7 October 2025: reversed the First-tier Tribunal. The ICO did have jurisdiction, and the merits of Clearview's appeal against the fine go back to the First-tier Tribunal. Clearview may seek permission to appeal.":
    '[2025] UKUT 319 (AAC), entschieden am 6. Oktober und verkündet am 7. Oktober 2025: hob die Entscheidung des First-tier Tribunal auf. Das ICO war sehr wohl zuständig, und über die Begründetheit des Rechtsmittels von Clearview gegen die Geldbuße entscheidet wieder das First-tier Tribunal. Clearview kann die Zulassung eines Rechtsmittels beantragen.',
  'noyb, criminal complaint to Austrian public prosecutors':
    'noyb, Strafanzeige bei der österreichischen Staatsanwaltschaft',
  'noyb filed a criminal complaint against Clearview and its managers under section 63 of the Austrian Data Protection Act (Article 84 GDPR). This is a complaint, not a decision. By then Clearview had neither paid its EU fines nor complied with the orders.':
    'noyb erstattete Strafanzeige gegen Clearview und seine Manager nach § 63 des österreichischen Datenschutzgesetzes (Art. 84 DSGVO). Dies ist eine Anzeige, keine Entscheidung. Zu diesem Zeitpunkt hatte Clearview weder seine Geldbußen in der EU bezahlt noch die Anordnungen befolgt.',
  'PimEyes operator, which noyb says appears to be based in Dubai':
    'Betreiber von PimEyes, der laut noyb seinen Sitz in Dubai zu haben scheint',
  'A public face search engine: anyone can upload a face and get visually matching faces and the sites they appear on. Links to the pages require a paid plan.':
    'Eine öffentliche Suchmaschine für Gesichter: Jeder kann ein Gesicht hochladen und erhält visuell ähnliche Gesichter und die Websites, auf denen sie erscheinen. Links zu den Seiten erfordern ein kostenpflichtiges Abo.',
  "A complaint was filed in July 2020. The authority considers PimEyes' practices unlawful but has taken no effective action, as the company is outside the EU.":
    'Im Juli 2020 wurde eine Beschwerde eingereicht. Die Behörde hält die Praktiken von PimEyes für rechtswidrig, hat aber keine wirksamen Maßnahmen ergriffen, da das Unternehmen außerhalb der EU sitzt.',
  "Big Brother Watch, complaint to the UK Information Commissioner's Office (ICO)":
    "Big Brother Watch, Beschwerde beim britischen Information Commissioner's Office (ICO)",
  'Big Brother Watch filed a legal complaint (via AWO) alleging that PimEyes unlawfully processes the biometric data of UK residents. This is a complaint, not a decision. A later Big Brother Watch page dates it September 2022.':
    'Big Brother Watch reichte (über AWO) eine rechtliche Beschwerde ein und warf PimEyes vor, die biometrischen Daten von Einwohnern des Vereinigten Königreichs rechtswidrig zu verarbeiten. Dies ist eine Beschwerde, keine Entscheidung. Eine spätere Seite von Big Brother Watch datiert sie auf September 2022.',
  'LfDI Baden-Württemberg (state data protection commissioner)':
    'LfDI Baden-Württemberg (Landesbeauftragter für den Datenschutz)',
  'Opened proceedings in May 2021. After PimEyes replied on 1 November 2022, claiming it processes no personal data and acts in the public interest, the authority opened proceedings to fine it (announced 21 December 2022). The outcome is not known.':
    'Eröffnete im Mai 2021 ein Verfahren. Nachdem PimEyes am 1. November 2022 geantwortet und behauptet hatte, keine personenbezogenen Daten zu verarbeiten und im öffentlichen Interesse zu handeln, leitete die Behörde ein Bußgeldverfahren ein (bekannt gegeben am 21. Dezember 2022). Der Ausgang ist nicht bekannt.',
  'Declined to formally investigate the Big Brother Watch complaint, saying another data protection authority was investigating.':
    'Lehnte es ab, die Beschwerde von Big Brother Watch förmlich zu untersuchen, und erklärte, eine andere Datenschutzbehörde ermittle.',
  "Big Brother Watch and 16 other groups, request to the UK Information Commissioner's Office (ICO)":
    "Big Brother Watch und 16 weitere Organisationen, Antrag beim britischen Information Commissioner's Office (ICO)",
  "Asked the ICO to investigate Metropolitan Police staff's use of PimEyes. This is a request, not a decision.":
    'Baten das ICO, die Nutzung von PimEyes durch Bedienstete der Metropolitan Police zu untersuchen. Dies ist ein Antrag, keine Entscheidung.',
  'noyb, lawsuit against the Hamburg data protection commissioner':
    'noyb, Klage gegen den Hamburgischen Beauftragten für Datenschutz und Informationsfreiheit',
  'noyb sued the Hamburg authority for taking no effective action on the 2020 complaint about PimEyes. This is a lawsuit, not a decision.':
    'noyb verklagte die Hamburger Behörde, weil sie auf die Beschwerde von 2020 über PimEyes keine wirksamen Maßnahmen ergriffen hat. Dies ist eine Klage, keine Entscheidung.',
  'FaceCheck.ID, registered in Belize and based in Honolulu (Biometric Update)':
    'FaceCheck.ID, registriert in Belize und mit Sitz in Honolulu (Biometric Update)',
  'A face search engine that matches an uploaded face against photos from social media and public websites, including what Biometric Update calls "illicit websites".':
    'Eine Suchmaschine für Gesichter, die ein hochgeladenes Gesicht mit Fotos aus sozialen Medien und öffentlichen Websites abgleicht, darunter Seiten, die Biometric Update „illicit websites“ (illegale Websites) nennt.',
  'LENSO AI S.A., Wrocław (named as data controller in its privacy policy)':
    'LENSO AI S.A., Wrocław (in der Datenschutzerklärung als Verantwortlicher genannt)',
  'An image search site with a face search, which is supplied by EyeMatch AI Pte. Ltd. of Singapore.':
    'Eine Bildersuch-Website mit Gesichtssuche, die von EyeMatch AI Pte. Ltd. aus Singapur bereitgestellt wird.',
  'A pay-to-use face search service, named by AlgorithmWatch alongside FindClone and PimEyes.':
    'Ein kostenpflichtiger Gesichtssuchdienst, den AlgorithmWatch neben FindClone und PimEyes nennt.',
  "A paid service (about $5 a month) that finds a face across Russian social media. In March 2022 Radio Liberty used it to identify a probable officer of the FSO, Russia's Federal Protective Service, at a Putin rally.":
    'Ein kostenpflichtiger Dienst (etwa 5 $ im Monat), der ein Gesicht in russischen sozialen Medien findet. Im März 2022 identifizierte Radio Liberty damit auf einer Putin-Kundgebung einen mutmaßlichen Offizier des FSO, des russischen Föderalen Schutzdienstes.',
  "A verification service for online daters: it checks people's names, photos, e-mail addresses, phone numbers and profiles.":
    'Ein Überprüfungsdienst für Online-Dating: Er prüft Namen, Fotos, E-Mail-Adressen, Telefonnummern und Profile von Personen.',
  'A face search app by NtechLab, launched in February 2016, that matched any photo to VK profiles. Its public version was shut down in 2018.':
    'Eine Gesichtssuch-App von NtechLab, gestartet im Februar 2016, die beliebige Fotos VK-Profilen zuordnete. Ihre öffentliche Version wurde 2018 eingestellt.',
  'A face search site, launched in February 2019, that matched photos against faces collected from VK. After VK said it was preparing to sue, it removed its links to VK profiles.':
    'Eine Gesichtssuch-Website, gestartet im Februar 2019, die Fotos mit von VK gesammelten Gesichtern abglich. Nachdem VK erklärt hatte, eine Klage vorzubereiten, entfernte sie ihre Links zu VK-Profilen.',
  'A research dataset of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences from 2004 to 2014, released in 2014. The MegaFace and IBM Diversity in Faces face datasets were built from it.':
    'Ein Forschungsdatensatz aus etwa 99,2 Millionen Fotos und 0,8 Millionen Videos, die von 2004 bis 2014 unter Creative-Commons-Lizenzen auf Flickr hochgeladen wurden, veröffentlicht 2014. Die Gesichtsdatensätze MegaFace und IBM Diversity in Faces wurden daraus erstellt.',
  'A face recognition dataset project of the University of Washington (from 2015), built from Flickr photos in YFCC100M; its largest set holds 4,753,320 faces of 672,057 people. The university stopped distributing it in June 2020, after a New York Times exposé in October 2019.':
    'Ein Gesichtserkennungs-Datensatzprojekt der University of Washington (ab 2015), erstellt aus Flickr-Fotos in YFCC100M; der größte Teildatensatz enthält 4.753.320 Gesichter von 672.057 Personen. Die Universität stellte die Verbreitung im Juni 2020 ein, nach einer Enthüllung der New York Times im Oktober 2019.',
  'An IBM research dataset, released in January 2019, of annotations for about 1 million face images taken from Flickr photos in YFCC100M. IBM said it would remove images on request.':
    'Ein Forschungsdatensatz von IBM, veröffentlicht im Januar 2019, mit Annotationen zu etwa 1 Million Gesichtsbildern aus Flickr-Fotos in YFCC100M. IBM sagte, es werde Bilder auf Anfrage entfernen.',
  "Class action under Illinois' biometric privacy law (BIPA), Vance v. IBM (N.D. Ill.)":
    'Sammelklage nach dem biometrischen Datenschutzgesetz von Illinois (BIPA), Vance v. IBM (N.D. Ill.)',
  'Illinois residents whose photos were in the dataset sued IBM in January 2020. The case was later dismissed by agreement of the parties. This was a lawsuit, not a decision.':
    'Einwohner von Illinois, deren Fotos im Datensatz enthalten waren, verklagten IBM im Januar 2020. Das Verfahren wurde später im Einvernehmen der Parteien eingestellt. Dies war eine Klage, keine Entscheidung.',
  'A dataset of 70,000 face images that NVIDIA crawled from Flickr photos with permissive licences, published with its StyleGAN paper (arXiv, December 2018).':
    'Ein Datensatz mit 70.000 Gesichtsbildern, die NVIDIA aus Flickr-Fotos mit freizügigen Lizenzen gecrawlt hat, veröffentlicht mit seinem StyleGAN-Paper (arXiv, Dezember 2018).',
  'A 2022 dataset of 5.85 billion image-text pairs taken from Common Crawl, a collection of pages from any website, and filtered with the CLIP model. It was used to train Stable Diffusion.':
    'Ein Datensatz von 2022 mit 5,85 Milliarden Bild-Text-Paaren aus Common Crawl, einer Sammlung von Seiten beliebiger Websites, gefiltert mit dem CLIP-Modell. Er wurde zum Training von Stable Diffusion verwendet.',

  // platforms.ts: each setting
  'Make your account private: only followers you approve can then see your posts.':
    'Stellen Sie Ihr Konto auf privat: Dann können nur Follower, die Sie bestätigen, Ihre Beiträge sehen.',
  'In your privacy settings, turn off the option that lets search engines outside Facebook link to your profile (its wording has changed over the years).':
    'Deaktivieren Sie in Ihren Privatsphäre-Einstellungen die Option, mit der Suchmaschinen außerhalb von Facebook auf Ihr Profil verlinken dürfen (ihre Bezeichnung hat sich im Lauf der Jahre geändert).',
  'Turn on "Protect your posts" in your privacy settings. Protected posts are kept out of Google search.':
    'Aktivieren Sie in Ihren Privatsphäre-Einstellungen „Protect your posts“ (Ihre Beiträge schützen). Geschützte Beiträge werden von der Google-Suche ausgeschlossen.',
  "Turn off your public profile's visibility, or make your profile photo visible to your connections only.":
    'Deaktivieren Sie die Sichtbarkeit Ihres öffentlichen Profils oder machen Sie Ihr Profilfoto nur für Ihre Kontakte sichtbar.',
  'Make your account private, and turn off "Suggest your account to others".':
    'Stellen Sie Ihr Konto auf privat und deaktivieren Sie „Suggest your account to others“ (Ihr Konto anderen vorschlagen).',
  'Set videos to Private; Unlisted is not enough. Human Rights Watch found images from unlisted YouTube videos in the LAION-5B AI training dataset.':
    'Stellen Sie Videos auf Privat; Nicht gelistet reicht nicht aus. Human Rights Watch fand Bilder aus nicht gelisteten YouTube-Videos im KI-Trainingsdatensatz LAION-5B.',
  'Set who can see your photos to Private, Friends or Family, and turn on "hide from public searches".':
    'Stellen Sie die Sichtbarkeit Ihrer Fotos auf Privat, Freunde oder Familie und aktivieren Sie „hide from public searches“ (vor öffentlichen Suchen verbergen).',
  'Make your profile closed (a profile type VK has offered since 31 August 2018): strangers then see only your name, your main photo and a few other fields.':
    'Stellen Sie Ihr Profil auf geschlossen (ein Profiltyp, den VK seit dem 31. August 2018 anbietet): Fremde sehen dann nur Ihren Namen, Ihr Hauptfoto und einige weitere Felder.',
  'Turn on "Search privacy", which asks search engines to leave out your profile and boards, and keep personal pins on secret boards.':
    'Aktivieren Sie „Search privacy“ (Suchprivatsphäre), womit Suchmaschinen gebeten werden, Ihr Profil und Ihre Pinnwände auszulassen, und speichern Sie persönliche Pins auf geheimen Pinnwänden.',
  'For each blog, turn on "Prevent third-party sharing" (added in February 2024; it was switched on automatically for blogs that already discouraged search crawling). It opts the blog out of Tumblr\'s own sharing of content with AI companies; it is not documented to stop scrapers.':
    'Aktivieren Sie für jeden Blog „Prevent third-party sharing“ (Weitergabe an Dritte verhindern). Die Option kam im Februar 2024 hinzu und wurde für Blogs, die Suchmaschinen bereits vom Crawlen abrieten, automatisch eingeschaltet. Sie nimmt den Blog von Tumblrs eigener Weitergabe von Inhalten an KI-Unternehmen aus; dass sie Scraper stoppt, ist nicht dokumentiert.',
  'In your privacy settings, choose who can see your Story and who can contact you. This limits who sees your posts; it is not documented to reduce face scraping.':
    'Legen Sie in Ihren Privatsphäre-Einstellungen fest, wer Ihre Story sehen und wer Sie kontaktieren kann. Das begrenzt, wer Ihre Beiträge sieht; dass es das Scraping von Gesichtern verringert, ist nicht dokumentiert.',
  'Make your profile private: only followers you approve can then see your posts.':
    'Stellen Sie Ihr Profil auf privat: Dann können nur Follower, die Sie bestätigen, Ihre Beiträge sehen.',
  "Turn off logged-out visibility, so people who are not signed in cannot see your posts on Bluesky's own app and website (added in December 2023). It does not bind other apps, and Bluesky has no private accounts.":
    'Deaktivieren Sie die Sichtbarkeit für abgemeldete Nutzer, damit Personen, die nicht angemeldet sind, Ihre Beiträge in Blueskys eigener App und auf der eigenen Website nicht sehen können (eingeführt im Dezember 2023). Andere Apps sind daran nicht gebunden, und Bluesky hat keine privaten Konten.',
  'In your profile settings, opt out of search-engine indexing (an option since July 2017).':
    'Widersprechen Sie in Ihren Profileinstellungen der Indexierung durch Suchmaschinen (eine Option seit Juli 2017).',
  'Choose who can see your profile photo: Telegram has a separate privacy setting for it.':
    'Legen Sie fest, wer Ihr Profilbild sehen kann: Telegram hat dafür eine eigene Privatsphäre-Einstellung.',
  'Set your default privacy to Private, change all your past payments to private, and hide your friends list.':
    'Stellen Sie Ihre Standard-Privatsphäre auf Privat, setzen Sie alle früheren Zahlungen auf privat und verbergen Sie Ihre Freundesliste.',

  // channels.ts: summaries, channel notes, proof, copy-to reasons, info pages, recall texts; NO_CHANNEL (request-schema.ts)
  'Clearview answers rights requests at legal-requests@clearview.ai and by post in New York. Illinois residents also have an opt-out form under the 2022 ACLU settlement, but its address is not sourced.':
    'Clearview beantwortet Anfragen zu Betroffenenrechten unter legal-requests@clearview.ai und per Post in New York. Einwohner von Illinois haben zudem ein Opt-out-Formular aus dem ACLU-Vergleich von 2022, dessen Adresse jedoch nicht belegt ist.',
  "The privacy address in the Datenanfragen record, checked in August 2025 against Clearview's privacy policy. Clearview needs a photo of your face to search for you; the letter offers one only if Clearview asks, and asks that it be deleted afterwards.":
    'Die Datenschutzadresse aus dem Eintrag von Datenanfragen, im August 2025 mit Clearviews Datenschutzerklärung abgeglichen. Clearview braucht ein Foto Ihres Gesichts, um nach Ihnen zu suchen; der Brief bietet eines nur an, wenn Clearview danach fragt, und bittet darum, es danach zu löschen.',
  'For a rights request Clearview may collect your e-mail address, contact details, a photo of you, or an image of a government-issued ID.':
    'Für eine Anfrage zu Ihren Rechten kann Clearview Ihre E-Mail-Adresse, Kontaktdaten, ein Foto von Ihnen oder ein Bild eines amtlichen Ausweises erheben.',
  'In 2020 a reporter sent a clear photo and a redacted passport; the answer came after about a month.':
    '2020 schickte ein Reporter ein deutliches Foto und einen geschwärzten Reisepass; die Antwort kam nach etwa einem Monat.',
  'The business address the Dutch authority sent its 2024 decision to, also in Clearview’s terms of 29 March 2023. Send a copy to the registered address in Albany.':
    'Die Geschäftsadresse, an die die niederländische Behörde ihre Entscheidung von 2024 schickte; sie steht auch in Clearviews Nutzungsbedingungen vom 29. März 2023. Senden Sie eine Kopie an die eingetragene Adresse in Albany.',
  'Clearview’s registered address, listed in the Datenanfragen record.':
    'Die eingetragene Adresse von Clearview, aufgeführt im Eintrag von Datenanfragen.',
  'Under the 2022 ACLU settlement Clearview keeps an opt-out request form for Illinois residents, which blocks their faceprints from its search results. Its address is not sourced, so Unscraped cannot link to it.':
    'Aufgrund des ACLU-Vergleichs von 2022 hält Clearview ein Formular für Opt-out-Anträge von Einwohnern von Illinois bereit, das ihre Gesichtsabdrücke für die Suchergebnisse sperrt. Seine Adresse ist nicht belegt, daher kann Unscraped nicht darauf verlinken.',
  'The form lets Illinois residents upload a photo so that their faceprints are blocked from search results.':
    'Über das Formular können Einwohner von Illinois ein Foto hochladen, damit ihre Gesichtsabdrücke für Suchergebnisse gesperrt werden.',
  'Clearview AI privacy policy':
    'Datenschutzerklärung von Clearview AI',
  'For a rights request Clearview may collect your e-mail address, contact details, a photo, or an image of a government-issued ID.':
    'Für eine Anfrage zu Ihren Rechten kann Clearview Ihre E-Mail-Adresse, Kontaktdaten, ein Foto oder ein Bild eines amtlichen Ausweises erheben.',
  'Clearview AI: state information and rights':
    'Clearview AI: Informationen und Rechte nach Bundesstaat',
  'For California residents: Clearview says its disclosure of photos collected from the internet is deemed a sale under the CPRA, and describes an opt-out of sale. Only Clearview’s own page says so; no independent source was found.':
    'Für Einwohner Kaliforniens: Clearview sagt, seine Weitergabe von aus dem Internet gesammelten Fotos gelte nach dem CPRA als Verkauf, und beschreibt ein Opt-out vom Verkauf. Nur Clearviews eigene Seite sagt das; eine unabhängige Quelle wurde nicht gefunden.',
  'Clearview AI: Illinois biometric information retention policy':
    'Clearview AI: Aufbewahrungsrichtlinie für biometrische Informationen (Illinois)',
  'Clearview blocks biometric information it can associate with Illinois from search results, and keeps it for as long as legal preservation obligations require.':
    'Clearview sperrt biometrische Informationen, die es Illinois zuordnen kann, für Suchergebnisse und bewahrt sie so lange auf, wie gesetzliche Aufbewahrungspflichten es verlangen.',
  'Clearview AI: California privacy notice':
    'Clearview AI: Datenschutzhinweis für Kalifornien',
  'Clearview says the only personal information it collects from the internet is photos and the links where they appear.':
    'Clearview sagt, die einzigen personenbezogenen Informationen, die es aus dem Internet erhebt, seien Fotos und die Links, unter denen sie erscheinen.',
  'PimEyes has a free opt-out form that removes matching face fingerprints from its search results, and a form for single result images. No sourced channel answers an access request.':
    'PimEyes hat ein kostenloses Opt-out-Formular, das passende Gesichtsabdrücke aus seinen Suchergebnissen entfernt, und ein Formular für einzelne Ergebnisbilder. Kein belegter Kanal beantwortet ein Auskunftsersuchen.',
  'PimEyes’ own opt-out: it removes you from PimEyes’ search results. The photos stay on the sites they were found on.':
    'PimEyes’ eigenes Opt-out: Es entfernt Sie aus den Suchergebnissen von PimEyes. Die Fotos bleiben auf den Websites, auf denen sie gefunden wurden.',
  'A photo of yourself, used to find and remove matching face fingerprints; PimEyes says it is not used otherwise.':
    'Ein Foto von Ihnen, mit dem passende Gesichtsabdrücke gefunden und entfernt werden; PimEyes sagt, es werde nicht anderweitig verwendet.',
  'A photo ID with everything blurred except your name and photo, and an e-mail address.':
    'Ein Lichtbildausweis, auf dem alles außer Ihrem Namen und Foto unkenntlich gemacht ist, und eine E-Mail-Adresse.',
  'PimEyes’ form for removing single result images, separate from the opt-out.':
    'PimEyes’ Formular zum Entfernen einzelner Ergebnisbilder, getrennt vom Opt-out.',
  'FaceCheck.ID has a free removal form. It only stops FaceCheck.ID’s search results; the sites the photos came from keep them.':
    'FaceCheck.ID hat ein kostenloses Entfernungsformular. Es stoppt nur die Suchergebnisse von FaceCheck.ID; die Websites, von denen die Fotos stammen, behalten sie.',
  'An opt-out of FaceCheck.ID’s search results, not a deletion at the source. Removal is free, says FaceCheck.ID’s FAQ.':
    'Ein Opt-out aus den Suchergebnissen von FaceCheck.ID, keine Löschung an der Quelle. Die Entfernung ist kostenlos, sagt die FAQ von FaceCheck.ID.',
  'Search for your face, then upload either an ID with your name, address and ID number hidden, or a selfie with two fingers touching your chin.':
    'Suchen Sie nach Ihrem Gesicht und laden Sie dann entweder einen Ausweis hoch, auf dem Name, Adresse und Ausweisnummer verdeckt sind, oder ein Selfie, auf dem zwei Finger Ihr Kinn berühren.',
  'FaceCheck.ID FAQ':
    'FaceCheck.ID: häufige Fragen (FAQ)',
  'Removing your photos costs nothing.':
    'Das Entfernen Ihrer Fotos kostet nichts.',
  'FaceCheck.ID privacy':
    'FaceCheck.ID: Datenschutz',
  'It indexes low-resolution face thumbnails and URLs from public web pages and deletes uploads after 24 hours.':
    'Der Dienst indexiert Gesichts-Miniaturbilder in niedriger Auflösung und URLs von öffentlichen Webseiten und löscht Uploads nach 24 Stunden.',
  'Lenso.ai has an image opt-out form, but its address is not sourced: its own guide explains where to find it. Once removed, images are not re-indexed.':
    'Lenso.ai hat ein Opt-out-Formular für Bilder, dessen Adresse aber nicht belegt ist: Die eigene Anleitung von Lenso.ai erklärt, wo es zu finden ist. Einmal entfernte Bilder werden nicht erneut indexiert.',
  'The form’s address is not sourced, so Unscraped cannot link to it; Lenso.ai’s guide shows how to reach it. A separate form covers single images (DSA/DMCA).':
    'Die Adresse des Formulars ist nicht belegt, daher kann Unscraped nicht darauf verlinken; die Anleitung von Lenso.ai zeigt, wie man es erreicht. Ein gesondertes Formular gilt für einzelne Bilder (DSA/DMCA).',
  'The form asks for your country, a reason, your name, e-mail address, phone number and the face image.':
    'Das Formular fragt nach Ihrem Land, einem Grund, Ihrem Namen, Ihrer E-Mail-Adresse, Telefonnummer und dem Gesichtsbild.',
  'Requests are reviewed daily and usually handled within 24 hours; normally no documents are required.':
    'Anträge werden täglich geprüft und meist innerhalb von 24 Stunden bearbeitet; normalerweise sind keine Dokumente nötig.',
  'Lenso.ai: how to send an image opt-out request':
    'Lenso.ai: So senden Sie einen Opt-out-Antrag für ein Bild',
  'Explains the image opt-out request form and what it asks for.':
    'Erklärt das Opt-out-Formular für Bilder und welche Angaben es verlangt.',
  'Lenso.ai: privacy protection':
    'Lenso.ai: Schutz der Privatsphäre',
  'Opt-out requests are reviewed daily; removal usually takes under 24 hours.':
    'Opt-out-Anträge werden täglich geprüft; die Entfernung dauert meist weniger als 24 Stunden.',
  'No request channel, address or form is sourced for this service; Unscraped does not guess one.':
    'Für diesen Dienst ist kein Anfragekanal, keine Adresse und kein Formular belegt; Unscraped rät nicht.',
  'Social Catfish has an opt-out page for its listings of names, e-mail addresses, phone numbers and addresses. Whether it removes anything from a face index is not known.':
    'Social Catfish hat eine Opt-out-Seite für seine Einträge zu Namen, E-Mail-Adressen, Telefonnummern und Anschriften. Ob es etwas aus einem Gesichtsindex entfernt, ist nicht bekannt.',
  'Listed by a third-party opt-out guide only. It covers listings of names, e-mail addresses, phone numbers and addresses; its effect on photos is not known.':
    'Nur in einem Opt-out-Leitfaden eines Dritten aufgeführt. Es betrifft Einträge zu Namen, E-Mail-Adressen, Telefonnummern und Anschriften; seine Wirkung auf Fotos ist nicht bekannt.',
  'An e-mail address and a click on the confirmation link sent to it.':
    'Eine E-Mail-Adresse und ein Klick auf den Bestätigungslink, der an sie geschickt wird.',
  'FindFace’s public face search closed in 2018. No request channel, address or form is sourced for this service; Unscraped does not guess one.':
    'Die öffentliche Gesichtssuche von FindFace wurde 2018 geschlossen. Für diesen Dienst ist kein Anfragekanal, keine Adresse und kein Formular belegt; Unscraped rät nicht.',
  'No removal or request channel is sourced for YFCC100M, a snapshot of Flickr photos uploaded from 2004 to 2014.':
    'Für YFCC100M, eine Momentaufnahme von Flickr-Fotos, die von 2004 bis 2014 hochgeladen wurden, ist kein Lösch- oder Anfragekanal belegt.',
  'Copies of a dataset that were already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.':
    'Bereits heruntergeladene Kopien eines Datensatzes lassen sich nicht zurückholen; ein Suchwerkzeug für diese Datensätze sagt, es könne vorhandene Kopien nicht löschen.',
  'The University of Washington stopped distributing MegaFace in June 2020. No request channel is sourced.':
    'Die University of Washington stellte die Verbreitung von MegaFace im Juni 2020 ein. Kein Anfragekanal ist belegt.',
  'Stopping distribution does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.':
    'Das Einstellen der Verbreitung holt bereits heruntergeladene Kopien nicht zurück; ein Suchwerkzeug für diese Datensätze sagt, es könne vorhandene Kopien nicht löschen.',
  'IBM said it would remove images from Diversity in Faces on request, but no address for such a request is sourced.':
    'IBM sagte, es werde Bilder auf Anfrage aus Diversity in Faces entfernen, doch keine Adresse für eine solche Anfrage ist belegt.',
  'Exposing.ai: IBM Diversity in Faces':
    'Exposing.ai: IBM Diversity in Faces',
  'IBM said it would remove images on request.':
    'IBM sagte, es werde Bilder auf Anfrage entfernen.',
  'Removing an image from IBM’s copy does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.':
    'Das Entfernen eines Bildes aus IBMs Kopie holt bereits heruntergeladene Kopien nicht zurück; ein Suchwerkzeug für diese Datensätze sagt, es könne vorhandene Kopien nicht löschen.',
  'NVIDIA’s own instructions: to have a photo removed from FFHQ, tag it no_cv on Flickr, change its licence, make it private or remove it, then write to NVIDIA with your Flickr username.':
    'NVIDIAs eigene Anleitung: Damit ein Foto aus FFHQ entfernt wird, taggen Sie es auf Flickr mit no_cv, ändern seine Lizenz, stellen es auf privat oder löschen es und schreiben dann NVIDIA mit Ihrem Flickr-Benutzernamen.',
  'First tag the photo no_cv on Flickr, change its licence to None or a NoDerivs licence, make it private or remove it; then write with your Flickr username. NVIDIA says it then checks all photos of that user and updates the dataset.':
    'Taggen Sie das Foto zuerst auf Flickr mit no_cv, ändern Sie seine Lizenz in None oder eine NoDerivs-Lizenz, stellen Sie es auf privat oder löschen Sie es; schreiben Sie dann mit Ihrem Flickr-Benutzernamen. NVIDIA sagt, es prüfe dann alle Fotos dieses Nutzers und aktualisiere den Datensatz.',
  'NVIDIA: Flickr-Faces-HQ Dataset (FFHQ)':
    'NVIDIA: Flickr-Faces-HQ Dataset (FFHQ)',
  'Tag the photo no_cv on Flickr, change its licence, make it private or remove it, then contact researchinquiries@nvidia.com with your Flickr username.':
    'Taggen Sie das Foto auf Flickr mit no_cv, ändern Sie seine Lizenz, stellen Sie es auf privat oder löschen Sie es und wenden Sie sich dann mit Ihrem Flickr-Benutzernamen an researchinquiries@nvidia.com.',
  'FFHQ is a 2018 snapshot: copies already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.':
    'FFHQ ist eine Momentaufnahme von 2018: Bereits heruntergeladene Kopien lassen sich nicht zurückholen; ein Suchwerkzeug für diese Datensätze sagt, es könne vorhandene Kopien nicht löschen.',
  'After Human Rights Watch reported children’s photos in LAION-5B, LAION removed those photos from its re-released dataset. No request channel for individuals is sourced.':
    'Nachdem Human Rights Watch über Kinderfotos in LAION-5B berichtet hatte, entfernte LAION diese Fotos aus seinem neu veröffentlichten Datensatz. Für Einzelpersonen ist kein Anfragekanal belegt.',
  'Human Rights Watch, 3 September 2024':
    'Human Rights Watch, 3. September 2024',
  'LAION removed the children’s photos Human Rights Watch identified from its newly released dataset.':
    'LAION entfernte die von Human Rights Watch identifizierten Kinderfotos aus seinem neu veröffentlichten Datensatz.',
  'Removal from a re-released dataset does not recall copies of the 2022 dataset already downloaded.':
    'Die Entfernung aus einem neu veröffentlichten Datensatz holt bereits heruntergeladene Kopien des Datensatzes von 2022 nicht zurück.',

  // authorities.ts: each authority's conditions and channel notes
  'Federal public bodies, and telecommunications and postal companies nationwide (BayLfD FAQ, 2017). Complaints about other companies go to the Land authority.':
    'Öffentliche Stellen des Bundes sowie Telekommunikations- und Postunternehmen bundesweit (BayLfD FAQ, 2017). Beschwerden über andere Unternehmen gehen an die Aufsichtsbehörde des Landes.',
  'Complaints about companies go to the authority of the Land; the record suggests German and e-mail. Its online form is not linked: its address looks session-specific (cross-check G5).':
    'Beschwerden über Unternehmen gehen an die Aufsichtsbehörde des Landes; der Eintrag legt Deutsch und E-Mail nahe. Ihr Online-Formular wird nicht verlinkt: Seine Adresse wirkt sitzungsgebunden (Gegenprüfung G5).',
  'The Bavarian private sector: companies, freelancers, associations, the internet. Use this authority, not the BayLfD, for complaints about companies.':
    'Der bayerische nicht-öffentliche Bereich: Unternehmen, Freiberufler, Vereine, das Internet. Wenden Sie sich mit Beschwerden über Unternehmen an diese Behörde, nicht an den BayLfD.',
  'Bavarian public bodies only; complaints about companies go to the BayLDA.':
    'Nur bayerische öffentliche Stellen; Beschwerden über Unternehmen gehen an das BayLDA.',
  'Complaints about companies go to the authority of the Land; the record suggests German and e-mail.':
    'Beschwerden über Unternehmen gehen an die Aufsichtsbehörde des Landes; der Eintrag legt Deutsch und E-Mail nahe.',
  "Complaints about companies go to the authority of the Land; the record suggests German and e-mail. The LDI recommends (does not require) contacting the company first; its form's address is not sourced.":
    'Beschwerden über Unternehmen gehen an die Aufsichtsbehörde des Landes; der Eintrag legt Deutsch und E-Mail nahe. Die LDI empfiehlt (verlangt nicht), sich zuerst an das Unternehmen zu wenden; die Adresse ihres Formulars ist nicht belegt.',
  'Competent for companies and public bodies in Thüringen; its form’s address is not sourced.':
    'Zuständig für Unternehmen und öffentliche Stellen in Thüringen; die Adresse ihres Formulars ist nicht belegt.',
  'Contact the organisation first. Only about your own personal data; no anonymous complaints. In Dutch or English. The AP names its form or a letter, not e-mail, as complaint channels.':
    'Wenden Sie sich zuerst an die Organisation. Nur zu Ihren eigenen personenbezogenen Daten; keine anonymen Beschwerden. Auf Niederländisch oder Englisch. Die AP nennt ihr Formular oder einen Brief als Beschwerdewege, nicht E-Mail.',
  'Entry page: https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap':
    'Einstiegsseite: https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap',
  'Exercise your rights with the organisation first (it has one month to answer, which it may extend by two months). The complaint must be written in French.':
    'Machen Sie Ihre Rechte zuerst gegenüber der Organisation geltend (sie hat einen Monat Zeit für die Antwort und darf diese Frist um zwei Monate verlängern). Die Beschwerde muss auf Französisch verfasst sein.',
  'The complaint must be signed (digitally, or by hand with a copy of an ID); the Garante publishes a complaint model (secondary).':
    'Die Beschwerde muss unterschrieben sein (digital oder handschriftlich mit einer Ausweiskopie); der Garante veröffentlicht ein Beschwerdemuster (sekundär).',
  'Receives only certified e-mail (PEC), per copies of the Garante’s complaint model (secondary).':
    'Empfängt nur zertifizierte E-Mails (PEC), laut Kopien des Beschwerdemusters des Garante (sekundär).',
  'By registered mail with return receipt (secondary).':
    'Per Einschreiben mit Rückschein (sekundär).',
  'The AEPD’s complaint models are mandatory, including a specific one for unanswered rights requests; filing is preferably online.':
    'Die Beschwerdemuster der AEPD sind verpflichtend, darunter ein eigenes für unbeantwortete Anfragen zu Betroffenenrechten; die Einreichung erfolgt vorzugsweise online.',
  'Generally raise the matter with the organisation first. The DPC gives an update or outcome within 3 months.':
    'Wenden Sie sich in der Regel zuerst an die Organisation. Die DPC gibt innerhalb von 3 Monaten einen Zwischenstand oder ein Ergebnis.',
  'Dated and signed, with a statement of facts and proof that you first exercised your rights; in French, Dutch or German. A mediation request is a faster alternative.':
    'Datiert und unterschrieben, mit einer Sachverhaltsdarstellung und dem Nachweis, dass Sie Ihre Rechte zuerst geltend gemacht haben; auf Französisch, Niederländisch oder Deutsch. Ein Antrag auf Vermittlung ist eine schnellere Alternative.',
  'Download the form and send it signed, by post or via the website.':
    'Laden Sie das Formular herunter und senden Sie es unterschrieben per Post oder über die Website.',
  'General address.':
    'Allgemeine Adresse.',
  'Name the right violated, the respondent, the facts, the reasons and what you ask for, with information on timeliness; attach your request and any reply. Templates are German/English.':
    'Nennen Sie das verletzte Recht, den Beschwerdegegner, den Sachverhalt, die Gründe und Ihr Begehren, mit Angaben zur Rechtzeitigkeit; legen Sie Ihren Antrag und eine etwaige Antwort bei. Vorlagen gibt es auf Deutsch/Englisch.',
  'The DSB says complaints may be submitted to this address.':
    'Laut DSB können Beschwerden an diese Adresse gerichtet werden.',
  'Try to resolve it with the controller first; name the controller and give your identity and contact details.':
    'Versuchen Sie zuerst, die Sache mit dem Verantwortlichen zu klären; nennen Sie den Verantwortlichen und geben Sie Ihre Identität und Kontaktdaten an.',
  'In writing, via ePUAP, or orally for the record; it must be in Polish and give your name and address.':
    'Schriftlich, über ePUAP oder mündlich zu Protokoll; sie muss auf Polnisch sein und Ihren Namen und Ihre Anschrift enthalten.',
  'Electronic complaints need a qualified e-signature or the ePUAP trusted profile (secondary).':
    'Elektronische Beschwerden brauchen eine qualifizierte elektronische Signatur oder das vertrauenswürdige ePUAP-Profil (sekundär).',
  'A rights complaint only after you exercised the right with the controller and got no reply in time, or an unsatisfactory one.':
    'Eine Beschwerde wegen Ihrer Rechte erst, nachdem Sie das Recht gegenüber dem Verantwortlichen geltend gemacht und keine rechtzeitige oder eine unbefriedigende Antwort erhalten haben.',
  'complaints@dpa.gr is the complaints address; the general address is not used.':
    'complaints@dpa.gr ist die Adresse für Beschwerden; die allgemeine Adresse wird nicht verwendet.',
  'Contact the company first and get its explanation. Name and address are required (secondary).':
    'Wenden Sie sich zuerst an das Unternehmen und holen Sie seine Erklärung ein. Name und Anschrift sind erforderlich (sekundär).',
  'For rights requests, contact the controller first. Target processing time: one year.':
    'Wenden Sie sich bei Anfragen zu Ihren Rechten zuerst an den Verantwortlichen. Angestrebte Bearbeitungszeit: ein Jahr.',
  'Do not send sensitive data by ordinary e-mail.':
    'Senden Sie keine sensiblen Daten per gewöhnlicher E-Mail.',
  'No official statement of complaint conditions was found.':
    'Es wurde keine offizielle Angabe zu den Beschwerdebedingungen gefunden.',
  'The general address in the record; no official complaint page was found.':
    'Die allgemeine Adresse aus dem Eintrag; eine offizielle Beschwerdeseite wurde nicht gefunden.',
  'Complain to the organisation first and follow up if there is no answer after 30 days; complain to the ICO within three months of your last contact, with copies of the correspondence.':
    'Beschweren Sie sich zuerst bei der Organisation und haken Sie nach, wenn nach 30 Tagen keine Antwort kommt; beschweren Sie sich innerhalb von drei Monaten nach Ihrem letzten Kontakt beim ICO, mit Kopien des Schriftverkehrs.',
  'Start page: https://ico.org.uk/make-a-complaint/data-protection-complaints':
    'Startseite: https://ico.org.uk/make-a-complaint/data-protection-complaints',
  'The CCPA protects California residents; the form says you need not reside in California to complain. Contact details are optional, but without them there is no follow-up. The Agency does not act as your attorney.':
    'Der CCPA schützt Einwohner Kaliforniens; laut Formular müssen Sie nicht in Kalifornien wohnen, um sich zu beschweren. Kontaktdaten sind freiwillig, doch ohne sie gibt es keine Rückmeldung. Die Behörde tritt nicht als Ihr Anwalt auf.',
  'For California residents. The Attorney General does not represent individual consumers.':
    'Für Einwohner Kaliforniens. Der Attorney General vertritt keine einzelnen Verbraucher.',
  'Only third parties name this form.':
    'Nur Dritte nennen dieses Formular.',
  'It takes consumer complaints and can mediate informally. Privacy and biometrics are not among its listed categories, and no source says it handles BIPA complaints: BIPA is enforced by individuals in court.':
    'Die Stelle nimmt Verbraucherbeschwerden an und kann informell vermitteln. Datenschutz und Biometrie gehören nicht zu den aufgeführten Kategorien, und keine Quelle sagt, dass sie BIPA-Beschwerden bearbeitet: Der BIPA wird von Einzelpersonen vor Gericht durchgesetzt.',
  'PIPEDA covers private-sector organisations in commercial activities and cross-border data flows. The OPC encourages (does not require) trying to resolve it with the organisation first. Free.':
    'PIPEDA gilt für Organisationen des privaten Sektors bei kommerziellen Tätigkeiten und für grenzüberschreitende Datenflüsse. Das OPC ermutigt dazu (verlangt es nicht), die Sache zuerst mit der Organisation zu klären. Kostenlos.',
  'The page that leads to the online form; the form’s own address is not sourced.':
    'Die Seite, die zum Online-Formular führt; die Adresse des Formulars selbst ist nicht belegt.',
  'Complain to the organisation first; if it does not respond within 30 days, or the reply is unsatisfactory, lodge in writing, generally within 12 months. Covers businesses with annual turnover over A$3 million, among others. Free.':
    'Beschweren Sie sich zuerst bei der Organisation; antwortet sie nicht innerhalb von 30 Tagen oder ist die Antwort unbefriedigend, reichen Sie die Beschwerde schriftlich ein, in der Regel innerhalb von 12 Monaten. Gilt unter anderem für Unternehmen mit einem Jahresumsatz von über 3 Millionen A$. Kostenlos.',
};
