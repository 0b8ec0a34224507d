/**
 * The registry's user-facing texts in French (fr): the exact English text (the key) and its translation. Checked by
 * validate-translations.ts; the quoting rule and how to update an entry are in ./index.ts.
 * Register: vous. Terms: RGPD (GDPR), mise en demeure (cease-and-desist letter and the CNIL's formal notice), action
 * collective (class action), autorité de protection des données (data protection authority), responsable du traitement
 * (controller), demande d'accès (access request), transaction (settlement), astreinte (penalty payment), LPRPDE
 * (PIPEDA). Quotation marks: « … » with no-break spaces; no-break spaces before : and ; and in numbers.
 */
import type { TranslationTable } from './index';

export const FR: TranslationTable = {
  // evidence.ts: each claim
  'Clearview AI claimed to have scraped images "from Facebook, YouTube, Venmo and millions of other websites" (The New York Times, January 2020).':
    "Clearview AI a affirmé avoir aspiré des images « from Facebook, YouTube, Venmo and millions of other websites » (de Facebook, YouTube, Venmo et de millions d'autres sites web). Source : The New York Times, janvier 2020.",
  'According to The New York Times, as relayed by MediaNama, Clearview AI took images from Facebook, Instagram, Twitter and news sites.':
    "Selon The New York Times, relayé par MediaNama, Clearview AI a pris des images sur Facebook, Instagram, Twitter et des sites d'actualité.",
  'Twitter sent Clearview AI a cease-and-desist letter in January 2020 and asked it to delete the data it had collected.':
    "Twitter a adressé une mise en demeure à Clearview AI en janvier 2020 et lui a demandé de supprimer les données qu'elle avait collectées.",
  "YouTube's owner Google sent Clearview AI a cease-and-desist letter on 4 February 2020, saying YouTube's terms of service forbid collecting data that can identify a person.":
    "Google, propriétaire de YouTube, a adressé une mise en demeure à Clearview AI le 4 février 2020, en indiquant que les conditions d'utilisation de YouTube interdisent de collecter des données permettant d'identifier une personne.",
  'Venmo, owned by PayPal, announced on 5 February 2020 that it was sending Clearview AI a cease-and-desist letter.':
    "Venmo, propriété de PayPal, a annoncé le 5 février 2020 qu'elle adressait une mise en demeure à Clearview AI.",
  'In February 2020 Facebook demanded that Clearview AI stop accessing and using data from Facebook and Instagram. Some outlets noted that this was not yet a formal cease-and-desist at first.':
    "En février 2020, Facebook a exigé que Clearview AI cesse d'accéder aux données de Facebook et d'Instagram et de les utiliser. Certains médias ont relevé qu'il ne s'agissait d'abord pas encore d'une mise en demeure formelle.",
  'LinkedIn announced in February 2020 that it was sending Clearview AI a cease-and-desist letter.':
    "LinkedIn a annoncé en février 2020 qu'elle adressait une mise en demeure à Clearview AI.",
  'A Vice reporter who asked Clearview AI for their data under the CCPA got back images from 2004 to 2019 taken from MySpace, Instagram, Twitter and Facebook, many of them via third-party sites that had already scraped Instagram (such as "Insta Stalker").':
    'Un journaliste de Vice qui avait demandé à Clearview AI ses données en vertu du CCPA a reçu des images de 2004 à 2019 provenant de MySpace, Instagram, Twitter et Facebook, dont beaucoup via des sites tiers qui avaient déjà aspiré Instagram (comme « Insta Stalker »).',
  'A law-firm summary of Canada\'s 2021 findings on Clearview AI says it scraped images from Facebook, YouTube, Instagram and Twitter, and that images behind privacy settings, such as private Instagram accounts, were not collected. The commissioners\' report itself speaks of "publicly accessible online sources (including social media)".':
    "Selon un résumé, rédigé par un cabinet d'avocats, des conclusions canadiennes de 2021 sur Clearview AI, l'entreprise a aspiré des images de Facebook, YouTube, Instagram et Twitter, et les images protégées par des paramètres de confidentialité, comme les comptes Instagram privés, n'ont pas été collectées. Le rapport des commissaires lui-même parle de « publicly accessible online sources (including social media) » (sources en ligne accessibles au public, y compris les médias sociaux).",
  'The Verge\'s introduction to a 2023 Decoder interview with Kashmir Hill, author of a book about Clearview AI, says Clearview scraped "everything from Venmo transactions to Flickr posts".':
    "Selon l'introduction de The Verge à un entretien Decoder de 2023 avec Kashmir Hill, autrice d'un livre sur Clearview AI, Clearview a aspiré « everything from Venmo transactions to Flickr posts » (tout, des transactions Venmo aux publications Flickr).",
  'In 2020, after a netzpolitik.org report on PimEyes, Facebook sent it a cease-and-desist letter, accusing it of harvesting Instagram photos. PimEyes denied the accusations.':
    "En 2020, après un article de netzpolitik.org sur PimEyes, Facebook lui a adressé une mise en demeure, l'accusant de moissonner des photos Instagram. PimEyes a démenti ces accusations.",
  'In 2020, after a netzpolitik.org report on PimEyes, Google said it would send it a legal warning, accusing it of harvesting YouTube. PimEyes denied the accusations.':
    "En 2020, après un article de netzpolitik.org sur PimEyes, Google a dit qu'il lui adresserait un avertissement juridique, l'accusant de moissonner YouTube. PimEyes a démenti ces accusations.",
  'In 2020, after a netzpolitik.org report on PimEyes, Der Spiegel reported that TikTok was affected too and planned legal steps against it. PimEyes denied the accusations.':
    "En 2020, après un article de netzpolitik.org sur PimEyes, Der Spiegel a rapporté que TikTok était également concerné et prévoyait des démarches juridiques contre l'entreprise. PimEyes a démenti ces accusations.",
  'According to open-source client code for its API, Search4faces searches databases of VK profile photos and of VK and OK avatars.':
    "Selon un code client open source pour son API, Search4faces interroge des bases de données de photos de profil VK et d'avatars VK et OK.",
  'According to open-source client code for its API, Search4faces searches databases of VK and OK (Odnoklassniki) avatars, including a set from 2020.':
    "Selon un code client open source pour son API, Search4faces interroge des bases de données d'avatars VK et OK (Odnoklassniki), dont un ensemble de 2020.",
  'According to open-source client code for its API, Search4faces searches a database of TikTok avatars (profile pictures).':
    "Selon un code client open source pour son API, Search4faces interroge une base de données d'avatars TikTok (photos de profil).",
  'FindFace matched any photo to VK profiles and was used to de-anonymise porn actresses (Meduza, April 2016).':
    "FindFace associait n'importe quelle photo à des profils VK et a servi à désanonymiser des actrices pornographiques (Meduza, avril 2016).",
  'SearchFace (February 2019) held about 500 million faces from VK, collected before VK introduced closed profiles. In February 2019 VK said it was preparing to sue.':
    'SearchFace (février 2019) contenait environ 500 millions de visages issus de VK, collectés avant que VK introduise les profils fermés. En février 2019, VK a dit préparer des poursuites.',
  'YFCC100M is made of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences between 2004 and 2014.':
    "YFCC100M se compose d'environ 99,2 millions de photos et 0,8 million de vidéos mises en ligne sur Flickr sous licences Creative Commons entre 2004 et 2014.",
  'MegaFace was built, via YFCC100M, from 3,311,471 photos of 48,383 Flickr accounts; 69% of the images carried non-commercial Creative Commons licences.':
    'MegaFace a été constitué, via YFCC100M, à partir de 3 311 471 photos de 48 383 comptes Flickr ; 69 % des images portaient des licences Creative Commons non commerciales.',
  "IBM's Diversity in Faces dataset (January 2019) annotated about 1 million face images from Flickr, taken via YFCC100M from Creative Commons photos only.":
    "Le jeu de données Diversity in Faces d'IBM (janvier 2019) annotait environ 1 million d'images de visages issues de Flickr, prises via YFCC100M uniquement parmi des photos Creative Commons.",
  "NVIDIA's FFHQ dataset holds 70,000 face images crawled from Flickr photos with permissive licences. To have a photo removed, NVIDIA asks you to tag it no_cv on Flickr, change its licence, make it private or remove it, and then write to NVIDIA with your Flickr username.":
    "Le jeu de données FFHQ de NVIDIA contient 70 000 images de visages collectées par crawling sur des photos Flickr sous licences permissives. Pour faire retirer une photo, NVIDIA vous demande de lui ajouter le tag no_cv sur Flickr, de changer sa licence, de la rendre privée ou de la supprimer, puis d'écrire à NVIDIA en indiquant votre nom d'utilisateur Flickr.",
  'Human Rights Watch found 190 photos of Australian children in LAION-5B, some taken from unlisted YouTube videos and from posts with privacy restrictions (July 2024).':
    "Human Rights Watch a trouvé 190 photos d'enfants australiens dans LAION-5B, certaines tirées de vidéos YouTube non répertoriées et de publications soumises à des restrictions de confidentialité (juillet 2024).",
  "In September 2024 Human Rights Watch confirmed that LAION had removed the children's photos it had flagged from its newly released dataset; the images had shown 362 Australian children.":
    "En septembre 2024, Human Rights Watch a confirmé que LAION avait retiré de son jeu de données nouvellement publié les photos d'enfants qu'elle avait signalées ; ces images montraient 362 enfants australiens.",
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, Pinterest was the largest source, at about 8.5% of the sample.':
    "Dans une analyse de 2022 portant sur 12 millions d'images de LAION-Aesthetics, un sous-ensemble de LAION-5B utilisé pour entraîner Stable Diffusion, Pinterest était la première source, avec environ 8,5 % de l'échantillon.",
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, Flickr was among the other frequent sources, with sites such as WordPress, Blogspot, DeviantArt and Wikimedia Commons.':
    "Dans une analyse de 2022 portant sur 12 millions d'images de LAION-Aesthetics, un sous-ensemble de LAION-5B utilisé pour entraîner Stable Diffusion, Flickr figurait parmi les autres sources fréquentes, avec des sites comme WordPress, Blogspot, DeviantArt et Wikimedia Commons.",
  'In a 2022 analysis of 12 million images from LAION-Aesthetics, a subset of LAION-5B used to train Stable Diffusion, DeviantArt was among the other frequent sources, with sites such as WordPress, Blogspot, Flickr and Wikimedia Commons.':
    "Dans une analyse de 2022 portant sur 12 millions d'images de LAION-Aesthetics, un sous-ensemble de LAION-5B utilisé pour entraîner Stable Diffusion, DeviantArt figurait parmi les autres sources fréquentes, avec des sites comme WordPress, Blogspot, Flickr et Wikimedia Commons.",

  // scrapers.ts: each entity's name, `what`, and each record's authority, amount and `ordered`
  'Clearview AI, Inc.':
    'Clearview AI, Inc.',
  'Sells a search engine for faces: a customer uploads a photo of a face and gets matching scraped photos, with links to where they appeared.':
    "Vend un moteur de recherche de visages : un client envoie la photo d'un visage et obtient des photos aspirées correspondantes, avec des liens vers les pages où elles sont apparues.",
  'Hamburg data protection commissioner (HmbBfDI)':
    'Commissaire à la protection des données de Hambourg (HmbBfDI)',
  "Preliminary finding that Clearview's face profiles are unlawful; ordered it to delete the complainant's biometric hash values by 12 February 2021. The photos themselves were not covered.":
    "Constat préliminaire que les profils faciaux de Clearview sont illicites ; ordre de supprimer les valeurs de hachage biométriques du plaignant au plus tard le 12 février 2021. Les photos elles-mêmes n'étaient pas concernées.",
  'Office of the Privacy Commissioner of Canada, with the privacy commissioners of Québec, British Columbia and Alberta':
    "Commissariat à la protection de la vie privée du Canada, avec les commissaires à la protection de la vie privée du Québec, de la Colombie-Britannique et de l'Alberta",
  'Joint findings (PIPEDA Findings #2021-001): Clearview\'s collection amounted to "mass surveillance", was done without consent and served an inappropriate purpose. No fine was reported.':
    "Conclusions conjointes (PIPEDA Findings #2021-001) : la collecte de Clearview équivalait à une « mass surveillance » (surveillance de masse), s'est faite sans consentement et servait une fin inappropriée. Aucune amende n'a été signalée.",
  'Office of the Australian Information Commissioner (OAIC)':
    'Office of the Australian Information Commissioner (OAIC)',
  'Determination [2021] AICmr 54 (published 3 November 2021): Clearview breached Australian privacy law, including by collecting sensitive information without consent. Ordered it to stop collecting images of people in Australia and to destroy the images and face templates it had collected.':
    'Décision [2021] AICmr 54 (publiée le 3 novembre 2021) : Clearview a enfreint le droit australien de la protection de la vie privée, notamment en collectant des informations sensibles sans consentement. Ordre de cesser de collecter des images de personnes en Australie et de détruire les images et modèles faciaux collectés.',
  'Garante per la protezione dei dati personali (Italian data protection authority)':
    'Garante per la protezione dei dati personali (autorité italienne de protection des données)',
  'EUR 20,000,000':
    '20 000 000 EUR',
  'Order-injunction no. 50 (announced 9 March 2022): a fine; delete the data of people in Italy; a ban on further collection and processing; appoint a representative in the EU.':
    "Ordonnance-injonction n° 50 (annoncée le 9 mars 2022) : une amende ; supprimer les données des personnes en Italie ; une interdiction de toute nouvelle collecte et de tout nouveau traitement ; désigner un représentant dans l'UE.",
  'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois':
    'ACLU v. Clearview AI, Circuit Court of Cook County, Illinois',
  "Settlement of the ACLU's lawsuit under Illinois' biometric privacy law (BIPA): a permanent nationwide ban on giving most private entities access to the faceprint database; no sales to any Illinois entity, police included, for 5 years; keep an opt-out request form; spend $50,000 advertising the Illinois opt-out; filter out photos taken or uploaded in Illinois for 5 years.":
    "Transaction dans l'action en justice de l'ACLU fondée sur la loi de l'Illinois sur la vie privée biométrique (BIPA) : une interdiction permanente, à l'échelle des États-Unis, de donner à la plupart des entités privées l'accès à la base d'empreintes faciales ; aucune vente à une entité de l'Illinois, police comprise, pendant 5 ans ; maintenir un formulaire de demande d'opt-out ; consacrer 50 000 $ à la publicité pour l'opt-out de l'Illinois ; filtrer pendant 5 ans les photos prises ou mises en ligne dans l'Illinois.",
  "Information Commissioner's Office (ICO)":
    "Information Commissioner's Office (ICO)",
  'GBP 7,552,800':
    '7 552 800 GBP',
  'A fine and an enforcement notice: stop obtaining the data of UK residents and delete the data it holds on them.':
    "Une amende et une injonction (enforcement notice) : cesser d'obtenir les données des résidents du Royaume-Uni et supprimer les données détenues à leur sujet.",
  'Hellenic Data Protection Authority (HDPA)':
    'Hellenic Data Protection Authority (HDPA)',
  'Decision 35/2022, on a complaint about an access request brought through Homo Digitalis: breaches of GDPR Articles 5, 6, 9, 12, 14, 15 and 27. Ordered Clearview to answer the access request, stop collecting, and delete the data of people in Greece.':
    "Décision 35/2022, sur une plainte relative à une demande d'accès introduite par l'intermédiaire de Homo Digitalis : violations des articles 5, 6, 9, 12, 14, 15 et 27 du RGPD. Ordre à Clearview de répondre à la demande d'accès, de cesser la collecte et de supprimer les données des personnes en Grèce.",
  'CNIL (French data protection authority)':
    'CNIL (autorité française de protection des données)',
  'Sanction SAN-2022-019, after a formal notice in late 2021: a fine, and an order to stop processing the data of people in France without a legal basis and to delete it after answering their access requests, within two months or pay a penalty of EUR 100,000 per day of delay.':
    "Sanction SAN-2022-019, après une mise en demeure fin 2021 : une amende, et une injonction de cesser de traiter sans base légale les données des personnes en France et de les supprimer après avoir répondu à leurs demandes d'accès, dans un délai de deux mois, sous astreinte de 100 000 EUR par jour de retard.",
  'Administrative Appeals Tribunal, Australia':
    'Administrative Appeals Tribunal, Australie',
  "[2023] AATA 1069, on Clearview's appeal: confirmed that it breached Australian Privacy Principles 3.3 (sensitive information collected without consent) and 1.2.":
    "[2023] AATA 1069, sur le recours de Clearview : a confirmé que l'entreprise avait enfreint les Australian Privacy Principles 3.3 (informations sensibles collectées sans consentement) et 1.2.",
  'EUR 5,200,000':
    '5 200 000 EUR',
  'Fixed the amount due under the daily penalty for 19 December 2022 to 9 February 2023, because Clearview had not shown that it complied with the 2022 order.':
    "A fixé le montant dû au titre de l'astreinte journalière pour la période du 19 décembre 2022 au 9 février 2023, car Clearview n'avait pas démontré qu'elle s'était conformée à l'injonction de 2022.",
  'Datenschutzbehörde (Austrian data protection authority)':
    'Datenschutzbehörde (autorité autrichienne de protection des données)',
  "Found the processing unlawful (GDPR Articles 5, 6, 9 and 27); ordered Clearview to delete the complainant's data and to designate a representative in the EU. No fine and no general ban.":
    "A jugé le traitement illicite (articles 5, 6, 9 et 27 du RGPD) ; a ordonné à Clearview de supprimer les données du plaignant et de désigner un représentant dans l'UE. Ni amende, ni interdiction générale.",
  'First-tier Tribunal, UK':
    'First-tier Tribunal, Royaume-Uni',
  "On Clearview's appeal, held that the ICO lacked jurisdiction over it. The Upper Tribunal reversed this in October 2025.":
    "Sur le recours de Clearview, a jugé que l'ICO n'était pas compétent à son égard. L'Upper Tribunal a infirmé cette décision en octobre 2025.",
  'Autoriteit Persoonsgegevens (Dutch data protection authority)':
    'Autoriteit Persoonsgegevens (autorité néerlandaise de protection des données)',
  'EUR 30,500,000':
    '30 500 000 EUR',
  'A fine, plus orders to stop the violations backed by penalty payments of up to about EUR 5.1 million. Breaches: no legal basis, processing of biometric data, lack of transparency, ignored access requests, and no EU representative. Decided 16 May 2024 and published 3 September 2024; Clearview did not object, so it can no longer appeal.':
    "Une amende, ainsi que des injonctions de mettre fin aux violations, assorties d'astreintes pouvant atteindre environ 5,1 millions EUR. Manquements : aucune base légale, traitement de données biométriques, manque de transparence, demandes d'accès ignorées et aucun représentant dans l'UE. Décision du 16 mai 2024, publiée le 3 septembre 2024 ; Clearview n'a pas formé d'objection et ne peut donc plus faire appel.",
  'Clearview withdrew its tribunal appeal in August 2023, so the 2021 determination stands. The OAIC decided to take no further action.':
    "Clearview a retiré son recours devant le tribunal en août 2023 ; la décision de 2021 reste donc en vigueur. L'OAIC a décidé de ne pas prendre d'autres mesures.",
  'Bundesverwaltungsgericht (Austrian Federal Administrative Court)':
    'Bundesverwaltungsgericht (tribunal administratif fédéral autrichien)',
  'Decision W108 2274731-1/11E: the data protection authority must reconsider its refusal to ban the processing; the court said a ban would have been the appropriate measure.':
    "Décision W108 2274731-1/11E : l'autorité de protection des données doit réexaminer son refus d'interdire le traitement ; le tribunal a indiqué qu'une interdiction aurait été la mesure appropriée.",
  'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)':
    'US District Court for the Northern District of Illinois (In re Clearview AI Consumer Privacy Litigation)',
  'USD 51,750,000 (estimated value of a 23% equity stake)':
    "51 750 000 USD (valeur estimée d'une participation de 23 % au capital)",
  'Final approval of the class-action settlement: the class receives a 23% equity stake in Clearview, estimated at $51.75 million. 22 states and DC objected because it has no injunctive relief.':
    "Approbation définitive de la transaction dans l'action collective : le groupe reçoit une participation de 23 % au capital de Clearview, estimée à 51,75 millions $. 22 États et DC s'y sont opposés parce qu'elle ne comporte aucune injonction (injunctive relief).",
  'US Court of Appeals for the Seventh Circuit (appeal by objectors)':
    'US Court of Appeals for the Seventh Circuit (appel formé par des opposants)',
  'Objectors appealed the approval of the class-action settlement in April 2025, so the settlement may not be final. This is an appeal, not a decision.':
    "Des opposants ont fait appel de l'approbation de la transaction dans l'action collective en avril 2025 ; la transaction pourrait donc ne pas être définitive. Il s'agit d'un appel, pas d'une décision.",
  'Upper Tribunal (Administrative Appeals Chamber), UK':
    'Upper Tribunal (Administrative Appeals Chamber), Royaume-Uni',
  "[2025] UKUT 319 (AAC), decided 6 October and handed down 7 October 2025: reversed the First-tier Tribunal. The ICO did have jurisdiction, and the merits of Clearview's appeal against the fine go back to the First-tier Tribunal. Clearview may seek permission to appeal.":
    "[2025] UKUT 319 (AAC), décidé le 6 octobre et rendu le 7 octobre 2025 : a infirmé la décision du First-tier Tribunal. L'ICO était bien compétent, et le fond du recours de Clearview contre l'amende est renvoyé au First-tier Tribunal. Clearview peut demander l'autorisation de faire appel.",
  'noyb, criminal complaint to Austrian public prosecutors':
    'noyb, plainte pénale auprès du parquet autrichien',
  'noyb filed a criminal complaint against Clearview and its managers under section 63 of the Austrian Data Protection Act (Article 84 GDPR). This is a complaint, not a decision. By then Clearview had neither paid its EU fines nor complied with the orders.':
    "noyb a déposé une plainte pénale contre Clearview et ses dirigeants en vertu de l'article 63 de la loi autrichienne sur la protection des données (article 84 du RGPD). Il s'agit d'une plainte, pas d'une décision. À ce moment-là, Clearview n'avait ni payé ses amendes dans l'UE ni respecté les injonctions.",
  'PimEyes operator, which noyb says appears to be based in Dubai':
    'Exploitant de PimEyes, qui, selon noyb, semble être établi à Dubaï',
  'A public face search engine: anyone can upload a face and get visually matching faces and the sites they appear on. Links to the pages require a paid plan.':
    "Un moteur de recherche de visages public : n'importe qui peut envoyer un visage et obtenir des visages visuellement similaires ainsi que les sites où ils apparaissent. Les liens vers les pages nécessitent un abonnement payant.",
  "A complaint was filed in July 2020. The authority considers PimEyes' practices unlawful but has taken no effective action, as the company is outside the EU.":
    "Une plainte a été déposée en juillet 2020. L'autorité considère les pratiques de PimEyes comme illicites, mais n'a pris aucune mesure effective, l'entreprise étant située hors de l'UE.",
  "Big Brother Watch, complaint to the UK Information Commissioner's Office (ICO)":
    "Big Brother Watch, plainte auprès de l'Information Commissioner's Office (ICO) du Royaume-Uni",
  'Big Brother Watch filed a legal complaint (via AWO) alleging that PimEyes unlawfully processes the biometric data of UK residents. This is a complaint, not a decision. A later Big Brother Watch page dates it September 2022.':
    "Big Brother Watch a déposé une plainte juridique (via AWO) alléguant que PimEyes traite illégalement les données biométriques des résidents du Royaume-Uni. Il s'agit d'une plainte, pas d'une décision. Une page ultérieure de Big Brother Watch la date de septembre 2022.",
  'LfDI Baden-Württemberg (state data protection commissioner)':
    'LfDI Baden-Württemberg (commissaire à la protection des données du Land)',
  'Opened proceedings in May 2021. After PimEyes replied on 1 November 2022, claiming it processes no personal data and acts in the public interest, the authority opened proceedings to fine it (announced 21 December 2022). The outcome is not known.':
    "A ouvert une procédure en mai 2021. Après que PimEyes a répondu le 1er novembre 2022, en affirmant ne traiter aucune donnée personnelle et agir dans l'intérêt public, l'autorité a ouvert une procédure de sanction (annoncée le 21 décembre 2022). L'issue n'est pas connue.",
  'Declined to formally investigate the Big Brother Watch complaint, saying another data protection authority was investigating.':
    "A refusé d'enquêter formellement sur la plainte de Big Brother Watch, en indiquant qu'une autre autorité de protection des données enquêtait.",
  "Big Brother Watch and 16 other groups, request to the UK Information Commissioner's Office (ICO)":
    "Big Brother Watch et 16 autres organisations, demande à l'Information Commissioner's Office (ICO) du Royaume-Uni",
  "Asked the ICO to investigate Metropolitan Police staff's use of PimEyes. This is a request, not a decision.":
    "Ont demandé à l'ICO d'enquêter sur l'utilisation de PimEyes par des agents de la Metropolitan Police. Il s'agit d'une demande, pas d'une décision.",
  'noyb, lawsuit against the Hamburg data protection commissioner':
    'noyb, action en justice contre le commissaire à la protection des données de Hambourg',
  'noyb sued the Hamburg authority for taking no effective action on the 2020 complaint about PimEyes. This is a lawsuit, not a decision.':
    "noyb a poursuivi en justice l'autorité de Hambourg pour n'avoir pris aucune mesure effective à la suite de la plainte de 2020 concernant PimEyes. Il s'agit d'une action en justice, pas d'une décision.",
  'FaceCheck.ID, registered in Belize and based in Honolulu (Biometric Update)':
    'FaceCheck.ID, immatriculé au Belize et basé à Honolulu (Biometric Update)',
  'A face search engine that matches an uploaded face against photos from social media and public websites, including what Biometric Update calls "illicit websites".':
    'Un moteur de recherche de visages qui compare un visage envoyé à des photos issues des médias sociaux et de sites web publics, y compris ce que Biometric Update appelle des « illicit websites » (sites illicites).',
  'LENSO AI S.A., Wrocław (named as data controller in its privacy policy)':
    'LENSO AI S.A., Wrocław (désignée comme responsable du traitement dans sa politique de confidentialité)',
  'An image search site with a face search, which is supplied by EyeMatch AI Pte. Ltd. of Singapore.':
    "Un site de recherche d'images doté d'une recherche de visages, fournie par EyeMatch AI Pte. Ltd., de Singapour.",
  'A pay-to-use face search service, named by AlgorithmWatch alongside FindClone and PimEyes.':
    'Un service payant de recherche de visages, cité par AlgorithmWatch aux côtés de FindClone et PimEyes.',
  "A paid service (about $5 a month) that finds a face across Russian social media. In March 2022 Radio Liberty used it to identify a probable officer of the FSO, Russia's Federal Protective Service, at a Putin rally.":
    "Un service payant (environ 5 $ par mois) qui retrouve un visage sur les réseaux sociaux russes. En mars 2022, Radio Liberty l'a utilisé pour identifier un probable officier du FSO, le Service fédéral de protection russe, lors d'un rassemblement de Poutine.",
  "A verification service for online daters: it checks people's names, photos, e-mail addresses, phone numbers and profiles.":
    'Un service de vérification pour les rencontres en ligne : il vérifie les noms, photos, adresses e-mail, numéros de téléphone et profils des personnes.',
  'A face search app by NtechLab, launched in February 2016, that matched any photo to VK profiles. Its public version was shut down in 2018.':
    "Une application de recherche de visages de NtechLab, lancée en février 2016, qui associait n'importe quelle photo à des profils VK. Sa version publique a été fermée en 2018.",
  'A face search site, launched in February 2019, that matched photos against faces collected from VK. After VK said it was preparing to sue, it removed its links to VK profiles.':
    'Un site de recherche de visages, lancé en février 2019, qui comparait des photos à des visages collectés sur VK. Après que VK a dit préparer des poursuites, il a retiré ses liens vers les profils VK.',
  'A research dataset of about 99.2 million photos and 0.8 million videos uploaded to Flickr under Creative Commons licences from 2004 to 2014, released in 2014. The MegaFace and IBM Diversity in Faces face datasets were built from it.':
    "Un jeu de données de recherche d'environ 99,2 millions de photos et 0,8 million de vidéos mises en ligne sur Flickr sous licences Creative Commons de 2004 à 2014, publié en 2014. Les jeux de données de visages MegaFace et IBM Diversity in Faces en ont été tirés.",
  'A face recognition dataset project of the University of Washington (from 2015), built from Flickr photos in YFCC100M; its largest set holds 4,753,320 faces of 672,057 people. The university stopped distributing it in June 2020, after a New York Times exposé in October 2019.':
    "Un projet de jeu de données de reconnaissance faciale de l'université de Washington (à partir de 2015), constitué à partir de photos Flickr de YFCC100M ; son plus grand ensemble contient 4 753 320 visages de 672 057 personnes. L'université a cessé de le diffuser en juin 2020, après une enquête du New York Times en octobre 2019.",
  'An IBM research dataset, released in January 2019, of annotations for about 1 million face images taken from Flickr photos in YFCC100M. IBM said it would remove images on request.':
    "Un jeu de données de recherche d'IBM, publié en janvier 2019, composé d'annotations pour environ 1 million d'images de visages tirées de photos Flickr de YFCC100M. IBM a dit qu'elle retirerait des images sur demande.",
  "Class action under Illinois' biometric privacy law (BIPA), Vance v. IBM (N.D. Ill.)":
    "Action collective fondée sur la loi de l'Illinois sur la vie privée biométrique (BIPA), Vance v. IBM (N.D. Ill.)",
  'Illinois residents whose photos were in the dataset sued IBM in January 2020. The case was later dismissed by agreement of the parties. This was a lawsuit, not a decision.':
    "Des résidents de l'Illinois dont les photos figuraient dans le jeu de données ont poursuivi IBM en janvier 2020. L'affaire a ensuite été classée d'un commun accord entre les parties. Il s'agissait d'une action en justice, pas d'une décision.",
  'A dataset of 70,000 face images that NVIDIA crawled from Flickr photos with permissive licences, published with its StyleGAN paper (arXiv, December 2018).':
    'Un jeu de données de 70 000 images de visages que NVIDIA a collectées par crawling sur des photos Flickr sous licences permissives, publié avec son article sur StyleGAN (arXiv, décembre 2018).',
  'A 2022 dataset of 5.85 billion image-text pairs taken from Common Crawl, a collection of pages from any website, and filtered with the CLIP model. It was used to train Stable Diffusion.':
    "Un jeu de données de 2022 de 5,85 milliards de paires image-texte tirées de Common Crawl, une collection de pages de n'importe quel site web, et filtrées avec le modèle CLIP. Il a servi à entraîner Stable Diffusion.",

  // platforms.ts: each setting
  'Make your account private: only followers you approve can then see your posts.':
    'Passez votre compte en privé : seuls les abonnés que vous approuvez pourront alors voir vos publications.',
  'In your privacy settings, turn off the option that lets search engines outside Facebook link to your profile (its wording has changed over the years).':
    "Dans vos paramètres de confidentialité, désactivez l'option qui permet aux moteurs de recherche extérieurs à Facebook de renvoyer vers votre profil (son libellé a changé au fil des ans).",
  'Turn on "Protect your posts" in your privacy settings. Protected posts are kept out of Google search.':
    'Activez « Protect your posts » (protéger vos publications) dans vos paramètres de confidentialité. Les publications protégées sont exclues de la recherche Google.',
  "Turn off your public profile's visibility, or make your profile photo visible to your connections only.":
    'Désactivez la visibilité de votre profil public, ou rendez votre photo de profil visible uniquement par vos relations.',
  'Make your account private, and turn off "Suggest your account to others".':
    "Passez votre compte en privé et désactivez « Suggest your account to others » (suggérer votre compte à d'autres personnes).",
  'Set videos to Private; Unlisted is not enough. Human Rights Watch found images from unlisted YouTube videos in the LAION-5B AI training dataset.':
    "Réglez les vidéos sur Privée ; Non répertoriée ne suffit pas. Human Rights Watch a trouvé des images issues de vidéos YouTube non répertoriées dans LAION-5B, un jeu de données d'entraînement d'IA.",
  'Set who can see your photos to Private, Friends or Family, and turn on "hide from public searches".':
    'Réglez qui peut voir vos photos sur Privé, Amis ou Famille, et activez « hide from public searches » (masquer des recherches publiques).',
  'Make your profile closed (a profile type VK has offered since 31 August 2018): strangers then see only your name, your main photo and a few other fields.':
    'Passez votre profil en profil fermé (un type de profil que VK propose depuis le 31 août 2018) : les inconnus voient alors seulement votre nom, votre photo principale et quelques autres champs.',
  'Turn on "Search privacy", which asks search engines to leave out your profile and boards, and keep personal pins on secret boards.':
    "Activez « Search privacy » (confidentialité des recherches), qui demande aux moteurs de recherche d'exclure votre profil et vos tableaux, et gardez vos épingles personnelles sur des tableaux secrets.",
  'For each blog, turn on "Prevent third-party sharing" (added in February 2024; it was switched on automatically for blogs that already discouraged search crawling). It opts the blog out of Tumblr\'s own sharing of content with AI companies; it is not documented to stop scrapers.':
    "Pour chaque blog, activez « Prevent third-party sharing » (empêcher le partage avec des tiers). L'option a été ajoutée en février 2024 et activée automatiquement pour les blogs qui décourageaient déjà l'exploration par les moteurs de recherche. Elle exclut le blog du partage de contenus par Tumblr lui-même avec des entreprises d'IA ; il n'est pas documenté qu'elle bloque les scrapers.",
  'In your privacy settings, choose who can see your Story and who can contact you. This limits who sees your posts; it is not documented to reduce face scraping.':
    "Dans vos paramètres de confidentialité, choisissez qui peut voir votre Story et qui peut vous contacter. Cela limite qui voit vos publications ; il n'est pas documenté que cela réduise le scraping de visages.",
  'Make your profile private: only followers you approve can then see your posts.':
    'Passez votre profil en privé : seuls les abonnés que vous approuvez pourront alors voir vos publications.',
  "Turn off logged-out visibility, so people who are not signed in cannot see your posts on Bluesky's own app and website (added in December 2023). It does not bind other apps, and Bluesky has no private accounts.":
    "Désactivez la visibilité pour les personnes déconnectées, afin que les personnes non connectées ne puissent pas voir vos publications dans l'application et sur le site web de Bluesky (option ajoutée en décembre 2023). Cela n'engage pas les autres applications, et Bluesky n'a pas de comptes privés.",
  'In your profile settings, opt out of search-engine indexing (an option since July 2017).':
    "Dans les paramètres de votre profil, refusez l'indexation par les moteurs de recherche (une option disponible depuis juillet 2017).",
  'Choose who can see your profile photo: Telegram has a separate privacy setting for it.':
    "Choisissez qui peut voir votre photo de profil : Telegram dispose d'un paramètre de confidentialité distinct pour cela.",
  'Set your default privacy to Private, change all your past payments to private, and hide your friends list.':
    "Réglez votre confidentialité par défaut sur Privé, passez tous vos paiements passés en privé et masquez votre liste d'amis.",

  // channels.ts: summaries, channel notes, proof, copy-to reasons, info pages, recall texts; NO_CHANNEL (request-schema.ts)
  'Clearview answers rights requests at legal-requests@clearview.ai and by post in New York. Illinois residents also have an opt-out form under the 2022 ACLU settlement, but its address is not sourced.':
    "Clearview répond aux demandes d'exercice de droits à legal-requests@clearview.ai et par courrier à New York. Les résidents de l'Illinois disposent aussi d'un formulaire d'opt-out issu de la transaction de 2022 avec l'ACLU, mais son adresse n'est pas sourcée.",
  "The privacy address in the Datenanfragen record, checked in August 2025 against Clearview's privacy policy. Clearview needs a photo of your face to search for you; the letter offers one only if Clearview asks, and asks that it be deleted afterwards.":
    "L'adresse dédiée à la vie privée figurant dans la fiche de Datenanfragen, vérifiée en août 2025 par rapport à la politique de confidentialité de Clearview. Clearview a besoin d'une photo de votre visage pour vous rechercher ; la lettre en propose une seulement si Clearview la demande, et demande qu'elle soit ensuite supprimée.",
  'For a rights request Clearview may collect your e-mail address, contact details, a photo of you, or an image of a government-issued ID.':
    "Pour une demande d'exercice de droits, Clearview peut collecter votre adresse e-mail, vos coordonnées, une photo de vous ou l'image d'une pièce d'identité officielle.",
  'In 2020 a reporter sent a clear photo and a redacted passport; the answer came after about a month.':
    "En 2020, un journaliste a envoyé une photo nette et un passeport caviardé ; la réponse est arrivée au bout d'environ un mois.",
  'The business address the Dutch authority sent its 2024 decision to, also in Clearview’s terms of 29 March 2023. Send a copy to the registered address in Albany.':
    "L'adresse professionnelle à laquelle l'autorité néerlandaise a envoyé sa décision de 2024, qui figure aussi dans les conditions de Clearview du 29 mars 2023. Envoyez une copie à l'adresse enregistrée à Albany.",
  'Clearview’s registered address, listed in the Datenanfragen record.':
    "L'adresse enregistrée de Clearview, indiquée dans la fiche de Datenanfragen.",
  'Under the 2022 ACLU settlement Clearview keeps an opt-out request form for Illinois residents, which blocks their faceprints from its search results. Its address is not sourced, so Unscraped cannot link to it.':
    "En vertu de la transaction de 2022 avec l'ACLU, Clearview maintient un formulaire de demande d'opt-out pour les résidents de l'Illinois, qui bloque leurs empreintes faciales dans ses résultats de recherche. Son adresse n'est pas sourcée, Unscraped ne peut donc pas y renvoyer.",
  'The form lets Illinois residents upload a photo so that their faceprints are blocked from search results.':
    "Le formulaire permet aux résidents de l'Illinois d'envoyer une photo afin que leurs empreintes faciales soient bloquées dans les résultats de recherche.",
  'Clearview AI privacy policy':
    'Politique de confidentialité de Clearview AI',
  'For a rights request Clearview may collect your e-mail address, contact details, a photo, or an image of a government-issued ID.':
    "Pour une demande d'exercice de droits, Clearview peut collecter votre adresse e-mail, vos coordonnées, une photo ou l'image d'une pièce d'identité officielle.",
  'Clearview AI: state information and rights':
    'Clearview AI : informations et droits par État',
  'For California residents: Clearview says its disclosure of photos collected from the internet is deemed a sale under the CPRA, and describes an opt-out of sale. Only Clearview’s own page says so; no independent source was found.':
    "Pour les résidents de Californie : Clearview dit que sa communication de photos collectées sur internet est considérée comme une vente au sens du CPRA, et décrit un opt-out de la vente. Seule la page de Clearview elle-même l'affirme ; aucune source indépendante n'a été trouvée.",
  'Clearview AI: Illinois biometric information retention policy':
    'Clearview AI : politique de conservation des informations biométriques (Illinois)',
  'Clearview blocks biometric information it can associate with Illinois from search results, and keeps it for as long as legal preservation obligations require.':
    "Clearview bloque dans les résultats de recherche les informations biométriques qu'elle peut associer à l'Illinois, et les conserve aussi longtemps que des obligations légales de conservation l'exigent.",
  'Clearview AI: California privacy notice':
    'Clearview AI : avis de confidentialité pour la Californie',
  'Clearview says the only personal information it collects from the internet is photos and the links where they appear.':
    "Clearview dit que les seules informations personnelles qu'elle collecte sur internet sont des photos et les liens où elles apparaissent.",
  'PimEyes has a free opt-out form that removes matching face fingerprints from its search results, and a form for single result images. No sourced channel answers an access request.':
    "PimEyes propose un formulaire d'opt-out gratuit qui retire de ses résultats de recherche les empreintes de visage correspondantes, ainsi qu'un formulaire pour des images de résultat isolées. Aucun canal sourcé ne répond à une demande d'accès.",
  'PimEyes’ own opt-out: it removes you from PimEyes’ search results. The photos stay on the sites they were found on.':
    "L'opt-out propre à PimEyes : il vous retire des résultats de recherche de PimEyes. Les photos restent sur les sites où elles ont été trouvées.",
  'A photo of yourself, used to find and remove matching face fingerprints; PimEyes says it is not used otherwise.':
    "Une photo de vous, utilisée pour trouver et retirer les empreintes de visage correspondantes ; PimEyes dit qu'elle n'est pas utilisée à d'autres fins.",
  'A photo ID with everything blurred except your name and photo, and an e-mail address.':
    "Une pièce d'identité avec photo où tout est flouté sauf votre nom et votre photo, ainsi qu'une adresse e-mail.",
  'PimEyes’ form for removing single result images, separate from the opt-out.':
    "Le formulaire de PimEyes pour retirer des images de résultat isolées, distinct de l'opt-out.",
  'FaceCheck.ID has a free removal form. It only stops FaceCheck.ID’s search results; the sites the photos came from keep them.':
    "FaceCheck.ID propose un formulaire de retrait gratuit. Il arrête seulement les résultats de recherche de FaceCheck.ID ; les sites d'où viennent les photos les conservent.",
  'An opt-out of FaceCheck.ID’s search results, not a deletion at the source. Removal is free, says FaceCheck.ID’s FAQ.':
    'Un opt-out des résultats de recherche de FaceCheck.ID, pas une suppression à la source. Le retrait est gratuit, selon la FAQ de FaceCheck.ID.',
  'Search for your face, then upload either an ID with your name, address and ID number hidden, or a selfie with two fingers touching your chin.':
    "Recherchez votre visage, puis envoyez soit une pièce d'identité dont le nom, l'adresse et le numéro d'identité sont masqués, soit un selfie où deux doigts touchent votre menton.",
  'FaceCheck.ID FAQ':
    'FaceCheck.ID : foire aux questions (FAQ)',
  'Removing your photos costs nothing.':
    'Le retrait de vos photos ne coûte rien.',
  'FaceCheck.ID privacy':
    'FaceCheck.ID : confidentialité',
  'It indexes low-resolution face thumbnails and URLs from public web pages and deletes uploads after 24 hours.':
    'Le service indexe des miniatures de visages en basse résolution et des URL de pages web publiques, et supprime les fichiers envoyés après 24 heures.',
  'Lenso.ai has an image opt-out form, but its address is not sourced: its own guide explains where to find it. Once removed, images are not re-indexed.':
    "Lenso.ai propose un formulaire d'opt-out pour les images, mais son adresse n'est pas sourcée : le guide de Lenso.ai lui-même explique où le trouver. Une fois retirées, les images ne sont pas réindexées.",
  'The form’s address is not sourced, so Unscraped cannot link to it; Lenso.ai’s guide shows how to reach it. A separate form covers single images (DSA/DMCA).':
    "L'adresse du formulaire n'est pas sourcée, Unscraped ne peut donc pas y renvoyer ; le guide de Lenso.ai montre comment y accéder. Un formulaire distinct concerne les images isolées (DSA/DMCA).",
  'The form asks for your country, a reason, your name, e-mail address, phone number and the face image.':
    "Le formulaire demande votre pays, un motif, votre nom, votre adresse e-mail, votre numéro de téléphone et l'image du visage.",
  'Requests are reviewed daily and usually handled within 24 hours; normally no documents are required.':
    "Les demandes sont examinées chaque jour et généralement traitées sous 24 heures ; normalement, aucun document n'est requis.",
  'Lenso.ai: how to send an image opt-out request':
    "Lenso.ai : comment envoyer une demande d'opt-out pour une image",
  'Explains the image opt-out request form and what it asks for.':
    "Explique le formulaire de demande d'opt-out pour les images et ce qu'il demande.",
  'Lenso.ai: privacy protection':
    'Lenso.ai : protection de la vie privée',
  'Opt-out requests are reviewed daily; removal usually takes under 24 hours.':
    "Les demandes d'opt-out sont examinées chaque jour ; le retrait prend généralement moins de 24 heures.",
  'No request channel, address or form is sourced for this service; Unscraped does not guess one.':
    "Aucun canal de demande, aucune adresse ni aucun formulaire n'est sourcé pour ce service ; Unscraped n'en devine aucun.",
  'Social Catfish has an opt-out page for its listings of names, e-mail addresses, phone numbers and addresses. Whether it removes anything from a face index is not known.':
    "Social Catfish propose une page d'opt-out pour ses fiches de noms, adresses e-mail, numéros de téléphone et adresses. On ne sait pas s'il retire quoi que ce soit d'un index de visages.",
  'Listed by a third-party opt-out guide only. It covers listings of names, e-mail addresses, phone numbers and addresses; its effect on photos is not known.':
    "Mentionnée seulement par un guide d'opt-out tiers. Elle couvre les fiches de noms, adresses e-mail, numéros de téléphone et adresses ; son effet sur les photos n'est pas connu.",
  'An e-mail address and a click on the confirmation link sent to it.':
    'Une adresse e-mail et un clic sur le lien de confirmation envoyé à cette adresse.',
  'FindFace’s public face search closed in 2018. No request channel, address or form is sourced for this service; Unscraped does not guess one.':
    "La recherche de visages publique de FindFace a fermé en 2018. Aucun canal de demande, aucune adresse ni aucun formulaire n'est sourcé pour ce service ; Unscraped n'en devine aucun.",
  'No removal or request channel is sourced for YFCC100M, a snapshot of Flickr photos uploaded from 2004 to 2014.':
    "Aucun canal de retrait ou de demande n'est sourcé pour YFCC100M, un instantané de photos Flickr mises en ligne de 2004 à 2014.",
  'Copies of a dataset that were already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.':
    "Les copies d'un jeu de données déjà téléchargées ne peuvent pas être rappelées ; un outil de recherche pour ces jeux de données dit ne pas pouvoir supprimer les copies existantes.",
  'The University of Washington stopped distributing MegaFace in June 2020. No request channel is sourced.':
    "L'université de Washington a cessé de diffuser MegaFace en juin 2020. Aucun canal de demande n'est sourcé.",
  'Stopping distribution does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.':
    "L'arrêt de la diffusion ne rappelle pas les copies déjà téléchargées ; un outil de recherche pour ces jeux de données dit ne pas pouvoir supprimer les copies existantes.",
  'IBM said it would remove images from Diversity in Faces on request, but no address for such a request is sourced.':
    "IBM a dit qu'elle retirerait des images de Diversity in Faces sur demande, mais aucune adresse pour une telle demande n'est sourcée.",
  'Exposing.ai: IBM Diversity in Faces':
    'Exposing.ai : IBM Diversity in Faces',
  'IBM said it would remove images on request.':
    "IBM a dit qu'elle retirerait des images sur demande.",
  'Removing an image from IBM’s copy does not recall copies already downloaded; a search tool for these datasets says it cannot delete existing copies.':
    "Retirer une image de la copie d'IBM ne rappelle pas les copies déjà téléchargées ; un outil de recherche pour ces jeux de données dit ne pas pouvoir supprimer les copies existantes.",
  'NVIDIA’s own instructions: to have a photo removed from FFHQ, tag it no_cv on Flickr, change its licence, make it private or remove it, then write to NVIDIA with your Flickr username.':
    "Les instructions de NVIDIA elle-même : pour faire retirer une photo de FFHQ, ajoutez-lui le tag no_cv sur Flickr, changez sa licence, rendez-la privée ou supprimez-la, puis écrivez à NVIDIA en indiquant votre nom d'utilisateur Flickr.",
  'First tag the photo no_cv on Flickr, change its licence to None or a NoDerivs licence, make it private or remove it; then write with your Flickr username. NVIDIA says it then checks all photos of that user and updates the dataset.':
    "Ajoutez d'abord le tag no_cv à la photo sur Flickr, changez sa licence en None ou en licence NoDerivs, rendez-la privée ou supprimez-la ; écrivez ensuite en indiquant votre nom d'utilisateur Flickr. NVIDIA dit vérifier alors toutes les photos de cet utilisateur et mettre à jour le jeu de données.",
  'NVIDIA: Flickr-Faces-HQ Dataset (FFHQ)':
    'NVIDIA : Flickr-Faces-HQ Dataset (FFHQ)',
  'Tag the photo no_cv on Flickr, change its licence, make it private or remove it, then contact researchinquiries@nvidia.com with your Flickr username.':
    "Ajoutez le tag no_cv à la photo sur Flickr, changez sa licence, rendez-la privée ou supprimez-la, puis contactez researchinquiries@nvidia.com en indiquant votre nom d'utilisateur Flickr.",
  'FFHQ is a 2018 snapshot: copies already downloaded cannot be recalled; a search tool for these datasets says it cannot delete existing copies.':
    'FFHQ est un instantané de 2018 : les copies déjà téléchargées ne peuvent pas être rappelées ; un outil de recherche pour ces jeux de données dit ne pas pouvoir supprimer les copies existantes.',
  'After Human Rights Watch reported children’s photos in LAION-5B, LAION removed those photos from its re-released dataset. No request channel for individuals is sourced.':
    "Après que Human Rights Watch a signalé des photos d'enfants dans LAION-5B, LAION les a retirées de son jeu de données republié. Aucun canal de demande pour les particuliers n'est sourcé.",
  'Human Rights Watch, 3 September 2024':
    'Human Rights Watch, 3 septembre 2024',
  'LAION removed the children’s photos Human Rights Watch identified from its newly released dataset.':
    "LAION a retiré de son jeu de données nouvellement publié les photos d'enfants identifiées par Human Rights Watch.",
  'Removal from a re-released dataset does not recall copies of the 2022 dataset already downloaded.':
    "Le retrait d'un jeu de données republié ne rappelle pas les copies du jeu de données de 2022 déjà téléchargées.",

  // authorities.ts: each authority's conditions and channel notes
  'Federal public bodies, and telecommunications and postal companies nationwide (BayLfD FAQ, 2017). Complaints about other companies go to the Land authority.':
    "Organismes publics fédéraux, ainsi qu'entreprises de télécommunications et de services postaux dans tout le pays (FAQ du BayLfD, 2017). Les plaintes visant d'autres entreprises vont à l'autorité du Land.",
  'Complaints about companies go to the authority of the Land; the record suggests German and e-mail. Its online form is not linked: its address looks session-specific (cross-check G5).':
    "Les plaintes visant des entreprises vont à l'autorité du Land ; la fiche suggère l'allemand et l'e-mail. Son formulaire en ligne n'est pas proposé en lien : son adresse semble propre à chaque session (vérification croisée G5).",
  'The Bavarian private sector: companies, freelancers, associations, the internet. Use this authority, not the BayLfD, for complaints about companies.':
    'Le secteur privé bavarois : entreprises, professions libérales, associations, internet. Pour les plaintes visant des entreprises, adressez-vous à cette autorité, et non au BayLfD.',
  'Bavarian public bodies only; complaints about companies go to the BayLDA.':
    'Organismes publics bavarois seulement ; les plaintes visant des entreprises vont au BayLDA.',
  'Complaints about companies go to the authority of the Land; the record suggests German and e-mail.':
    "Les plaintes visant des entreprises vont à l'autorité du Land ; la fiche suggère l'allemand et l'e-mail.",
  "Complaints about companies go to the authority of the Land; the record suggests German and e-mail. The LDI recommends (does not require) contacting the company first; its form's address is not sourced.":
    "Les plaintes visant des entreprises vont à l'autorité du Land ; la fiche suggère l'allemand et l'e-mail. La LDI recommande (sans l'exiger) de contacter d'abord l'entreprise ; l'adresse de son formulaire n'est pas sourcée.",
  'Competent for companies and public bodies in Thüringen; its form’s address is not sourced.':
    "Compétente pour les entreprises et les organismes publics de Thuringe ; l'adresse de son formulaire n'est pas sourcée.",
  'Contact the organisation first. Only about your own personal data; no anonymous complaints. In Dutch or English. The AP names its form or a letter, not e-mail, as complaint channels.':
    "Contactez d'abord l'organisme. Uniquement au sujet de vos propres données personnelles ; pas de plaintes anonymes. En néerlandais ou en anglais. L'AP indique son formulaire ou un courrier comme voies de plainte, pas l'e-mail.",
  'Entry page: https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap':
    "Page d'accès : https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap",
  'Exercise your rights with the organisation first (it has one month to answer, which it may extend by two months). The complaint must be written in French.':
    "Exercez d'abord vos droits auprès de l'organisme (il dispose d'un mois pour répondre, qu'il peut prolonger de deux mois). La plainte doit être rédigée en français.",
  'The complaint must be signed (digitally, or by hand with a copy of an ID); the Garante publishes a complaint model (secondary).':
    "La plainte doit être signée (numériquement, ou à la main avec une copie d'une pièce d'identité) ; le Garante publie un modèle de plainte (secondaire).",
  'Receives only certified e-mail (PEC), per copies of the Garante’s complaint model (secondary).':
    'Reçoit uniquement des e-mails certifiés (PEC), selon des copies du modèle de plainte du Garante (secondaire).',
  'By registered mail with return receipt (secondary).':
    'Par lettre recommandée avec accusé de réception (secondaire).',
  'The AEPD’s complaint models are mandatory, including a specific one for unanswered rights requests; filing is preferably online.':
    "Les modèles de plainte de l'AEPD sont obligatoires, dont un modèle spécifique pour les demandes d'exercice de droits restées sans réponse ; le dépôt se fait de préférence en ligne.",
  'Generally raise the matter with the organisation first. The DPC gives an update or outcome within 3 months.':
    "Soumettez en général d'abord la question à l'organisme. La DPC donne un point d'étape ou une issue dans un délai de 3 mois.",
  'Dated and signed, with a statement of facts and proof that you first exercised your rights; in French, Dutch or German. A mediation request is a faster alternative.':
    "Datée et signée, avec un exposé des faits et la preuve que vous avez d'abord exercé vos droits ; en français, en néerlandais ou en allemand. Une demande de médiation est une solution plus rapide.",
  'Download the form and send it signed, by post or via the website.':
    'Téléchargez le formulaire et envoyez-le signé, par courrier ou via le site web.',
  'General address.':
    'Adresse générale.',
  'Name the right violated, the respondent, the facts, the reasons and what you ask for, with information on timeliness; attach your request and any reply. Templates are German/English.':
    'Indiquez le droit violé, le responsable mis en cause, les faits, les motifs et ce que vous demandez, avec des informations sur le respect des délais ; joignez votre demande et toute réponse. Les modèles sont en allemand/anglais.',
  'The DSB says complaints may be submitted to this address.':
    'La DSB dit que les plaintes peuvent être envoyées à cette adresse.',
  'Try to resolve it with the controller first; name the controller and give your identity and contact details.':
    "Essayez d'abord de régler la question avec le responsable du traitement ; nommez le responsable du traitement et indiquez votre identité et vos coordonnées.",
  'In writing, via ePUAP, or orally for the record; it must be in Polish and give your name and address.':
    'Par écrit, via ePUAP, ou oralement pour procès-verbal ; elle doit être en polonais et indiquer votre nom et votre adresse.',
  'Electronic complaints need a qualified e-signature or the ePUAP trusted profile (secondary).':
    'Les plaintes électroniques nécessitent une signature électronique qualifiée ou le profil de confiance ePUAP (secondaire).',
  'A rights complaint only after you exercised the right with the controller and got no reply in time, or an unsatisfactory one.':
    'Une plainte relative à vos droits seulement après avoir exercé le droit auprès du responsable du traitement sans obtenir de réponse dans les délais, ou avec une réponse insatisfaisante.',
  'complaints@dpa.gr is the complaints address; the general address is not used.':
    "complaints@dpa.gr est l'adresse des plaintes ; l'adresse générale n'est pas utilisée.",
  'Contact the company first and get its explanation. Name and address are required (secondary).':
    "Contactez d'abord l'entreprise et obtenez ses explications. Le nom et l'adresse sont obligatoires (secondaire).",
  'For rights requests, contact the controller first. Target processing time: one year.':
    "Pour les demandes d'exercice de droits, contactez d'abord le responsable du traitement. Délai de traitement visé : un an.",
  'Do not send sensitive data by ordinary e-mail.':
    "N'envoyez pas de données sensibles par e-mail ordinaire.",
  'No official statement of complaint conditions was found.':
    "Aucune déclaration officielle des conditions de plainte n'a été trouvée.",
  'The general address in the record; no official complaint page was found.':
    "L'adresse générale figurant dans la fiche ; aucune page officielle de plainte n'a été trouvée.",
  'Complain to the organisation first and follow up if there is no answer after 30 days; complain to the ICO within three months of your last contact, with copies of the correspondence.':
    "Adressez d'abord une réclamation à l'organisme et relancez-le si vous n'avez pas de réponse après 30 jours ; saisissez l'ICO dans les trois mois suivant votre dernier contact, avec des copies de la correspondance.",
  'Start page: https://ico.org.uk/make-a-complaint/data-protection-complaints':
    'Page de départ : https://ico.org.uk/make-a-complaint/data-protection-complaints',
  'The CCPA protects California residents; the form says you need not reside in California to complain. Contact details are optional, but without them there is no follow-up. The Agency does not act as your attorney.':
    "Le CCPA protège les résidents de Californie ; selon le formulaire, il n'est pas nécessaire de résider en Californie pour porter plainte. Les coordonnées sont facultatives, mais sans elles il n'y a pas de suivi. L'Agence n'agit pas en tant que votre avocat.",
  'For California residents. The Attorney General does not represent individual consumers.':
    "Pour les résidents de Californie. L'Attorney General ne représente pas les consommateurs à titre individuel.",
  'Only third parties name this form.':
    'Seuls des tiers mentionnent ce formulaire.',
  'It takes consumer complaints and can mediate informally. Privacy and biometrics are not among its listed categories, and no source says it handles BIPA complaints: BIPA is enforced by individuals in court.':
    "Il reçoit les plaintes des consommateurs et peut proposer une médiation informelle. La vie privée et la biométrie ne figurent pas parmi ses catégories énumérées, et aucune source ne dit qu'il traite les plaintes BIPA : la BIPA est mise en œuvre par les particuliers devant les tribunaux.",
  'PIPEDA covers private-sector organisations in commercial activities and cross-border data flows. The OPC encourages (does not require) trying to resolve it with the organisation first. Free.':
    "La LPRPDE (PIPEDA) s'applique aux organisations du secteur privé dans le cadre d'activités commerciales et aux flux de données transfrontaliers. Le Commissariat (OPC) encourage (sans l'exiger) à tenter d'abord de régler la question avec l'organisation. Gratuit.",
  'The page that leads to the online form; the form’s own address is not sourced.':
    "La page qui mène au formulaire en ligne ; l'adresse du formulaire lui-même n'est pas sourcée.",
  'Complain to the organisation first; if it does not respond within 30 days, or the reply is unsatisfactory, lodge in writing, generally within 12 months. Covers businesses with annual turnover over A$3 million, among others. Free.':
    "Adressez d'abord une réclamation à l'organisation ; si elle ne répond pas dans les 30 jours, ou si la réponse n'est pas satisfaisante, déposez une plainte par écrit, en général dans un délai de 12 mois. Couvre notamment les entreprises dont le chiffre d'affaires annuel est de plus de 3 millions A$. Gratuit.",
};
