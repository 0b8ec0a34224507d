/**
 * Lints the registry's translations (`translations/`) against the English texts users read (`registryTexts`), like
 * `validate.ts` lints the data: the build refuses to finish and the unit tests fail when a rule breaks. Returns a list
 * of problems, empty when sound.
 *
 * Automatic checks, for every English text and every language:
 * - presence: a translation exists, is not empty, has no markup characters `<` `>`, and no table key is stale (a key
 *   that matches no English text any more, left behind by an English edit);
 * - numbers: the same digit runs, as a multiset, once thousand separators and decimal points or commas between digits
 *   are removed (so `3,311,471` = `3.311.471` = `3 311 471`, `5.1` = `5,1`, but `5.1` ≠ `5.7` and `2024` ≠ `2023`);
 * - dates: each English month name (January…December) at least as often as its name in the language;
 * - money and shares: the same currency markers (EUR/€, USD/$, GBP/£), the same count of `%`, and each magnitude
 *   ("million", "billion") in the language's word; a German "Billion" or Dutch "biljoen" for "billion" is refused;
 * - addresses: every URL, e-mail address and domain-like token (`netzpolitik.org`, `FaceCheck.ID`) verbatim;
 * - quotations: every English passage in "double quotes" verbatim, inside quote marks (see the quoting rule in
 *   `translations/index.ts`);
 * - names and terms: every acronym and camel-case name verbatim (`PimEyes`, `BIPA`), except the acronyms a language
 *   spells its own way (GDPR = AVG / DSGVO / RGPD, EU = UE in French…), which must then appear in that form; and the
 *   legal terms "cease-and-desist", "class action" and "data protection authority" in the language's term;
 * - meaning markers: at least as many negations ("not", "no", "never", "neither", "nor", "cannot", "without"…) as the
 *   English, and, when the English has one, a marker of each kind it uses: a claim ("claimed"), an accusation
 *   ("accused", "alleging"), an attribution ("says", "according to", "reported"), an uncertainty ("may", "appears",
 *   "probable", "preliminary", "estimated"), an approximation before a figure ("about 500", "under 24"), "only", and
 *   "not a decision";
 * - shape: a translation identical to a long English sentence (left untranslated), or much shorter or longer than it
 *   (cut off, or padded with something the English does not say).
 *
 * What remains a human review: whether each sentence says the same thing (these markers catch a dropped "not" or a
 * changed figure, not a wrong verb, subject or tense); number words ("two months", "one year"); names that are not
 * acronyms or camel case (Human Rights Watch, Radio Liberty); the register (the translations say u / Sie / vous); and
 * whether a legal term fits its jurisdiction. A new English text or a changed one needs a translator in each language.
 */
import type { TranslatedLanguage, TranslationTable } from './translations';

export interface TranslationLintData {
  /** every user-facing English text, from `registryTexts` */
  texts: readonly string[];
  tables: Readonly<Record<TranslatedLanguage, TranslationTable>>;
}

type PerLanguage = Readonly<Record<TranslatedLanguage, RegExp>>;

/** `\b` and `\w` that know letters beyond ASCII (JavaScript's `\b` splits "répond" into "r", "pond", and `\w` stops at
 * "é"): the language patterns below are compiled through `uni` (none uses `\w` inside a character class). */
const WORD = '[\\p{L}\\p{N}_]';
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
const uni = (re: RegExp): RegExp =>
  new RegExp(re.source.replaceAll('\\b', BOUNDARY).replaceAll('\\w', WORD), re.flags.includes('u') ? re.flags : `${re.flags}u`);
const uniAll = <T extends Record<string, RegExp>>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, re]) => [k, uni(re)])) as T;

const short = (s: string): string => (s.length > 70 ? `${s.slice(0, 67)}...` : s);
const count = (re: RegExp, s: string): number => (s.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)) ?? []).length;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digit runs with thousand separators and decimal marks between digits removed, sorted. */
export function numbersOf(s: string): string[] {
  return (s.replace(/(?<=\d)[.,\u00a0\u202f](?=\d)/g, '').match(/\d+/g) ?? []).sort();
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS: Readonly<Record<TranslatedLanguage, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const CURRENCIES: readonly { name: string; en: RegExp; t: RegExp }[] = ([
  { name: 'EUR', en: /EUR|€/g, t: /\bEUR\b|€|\beuros?\b/gi },
  { name: 'USD', en: /USD|\$/g, t: /\bUSD\b|\$|\bdollars?\b/gi },
  { name: 'GBP', en: /GBP|£/g, t: /\bGBP\b|£|\bpond\b|\bpfund\b|\blivres? sterling\b/gi },
] as const).map((c) => ({ ...c, t: uni(c.t) }));

const MAGNITUDES: readonly { en: RegExp; t: PerLanguage; wrong?: PerLanguage }[] = ([
  { en: /\bmillions?\b/g, t: { nl: /\bmiljoen\w*/g, de: /\bMillion\w*|\bMio\./g, fr: /\bmillions?\b/g } },
  {
    en: /\bbillions?\b/g,
    t: { nl: /\bmiljard\w*/g, de: /\bMilliarde\w*|\bMrd\./g, fr: /\bmilliards?\b/g },
    // false friends: a Billion is a million million
    wrong: { nl: /\bbiljoen/i, de: /\bBillion/, fr: /\bbillions?\b/i },
  },
] as { en: RegExp; t: PerLanguage; wrong?: PerLanguage }[]).map((m) => ({ en: m.en, t: uniAll(m.t), ...(m.wrong ? { wrong: uniAll(m.wrong) } : {}) }));

/** URLs, e-mail addresses and domain-like tokens (a dot between word characters, ending in letters). */
const ADDRESS = /https?:\/\/[^\s,;)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
const QUOTED = /"([^"]+)"/g;
const OPEN = '["“„«‘‚]';
const CLOSE = '["”“»’‘]';

/** Acronyms (two capitals or more) and camel-case names, which stay as they are unless listed in LOCAL_ACRONYMS. */
const ACRONYM = /\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\b/g;
const CAMEL = /\b[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*\b/g;
const LOCAL_ACRONYMS: Readonly<Record<string, PerLanguage>> = Object.fromEntries(Object.entries({
  GDPR: { nl: /\bAVG\b/g, de: /\bDSGVO\b/g, fr: /\bRGPD\b/g },
  EU: { nl: /\bEU\b/g, de: /\bEU\b/g, fr: /\bUE\b/g },
  UK: { nl: /\bVK\b|\bBrit\w*|Verenigd Koninkrijk/g, de: /\bUK\b|[Bb]ritisch\w*|Vereinigte\w* Königreich\w*/g, fr: /Royaume-Uni|britannique\w*/g },
  ID: { nl: /\bID\b|identiteitsbewijs|legitimatie/g, de: /\bID\b|[Aa]usweis/g, fr: /\bID\b|identité/g },
  AI: { nl: /\bAI\b/g, de: /\bAI\b|\bKI\b/g, fr: /\bAI\b|\bIA\b/g },
  PIPEDA: { nl: /\bPIPEDA\b/g, de: /\bPIPEDA\b/g, fr: /\bPIPEDA\b|\bLPRPDE\b/g },
} as Record<string, PerLanguage>).map(([k, v]) => [k, uniAll(v)]));

const TERMS: readonly { en: RegExp; name: string; t: PerLanguage }[] = ([
  { name: 'cease-and-desist', en: /cease-and-desist/i, t: { nl: /sommatie/i, de: /Abmahnung|Unterlassung/, fr: /mise en demeure/i } },
  { name: 'class action', en: /class[- ]action/i, t: { nl: /class action|groepsactie|collectieve actie/i, de: /Sammelklage/, fr: /action collective|recours collectif/i } },
  {
    name: 'data protection authority',
    // lower case: the description, not a body's English name ("Hellenic Data Protection Authority")
    en: /data protection authority/,
    t: { nl: /toezichthouder|autoriteit/i, de: /Datenschutz\w*behörde|Aufsichtsbehörde/, fr: /autorité.*protection des données/i },
  },
] as { en: RegExp; name: string; t: PerLanguage }[]).map((t) => ({ ...t, t: uniAll(t.t) }));

/** Negations: a translation needs at least as many as the English. `None` (a licence name) and "no." (number) are not. */
const NEGATION: { en: RegExp; t: PerLanguage } = ((n: { en: RegExp; t: PerLanguage }) => ({ en: n.en, t: uniAll(n.t) }))({
  en: /\b(?:not|never|neither|nor|cannot|none|nothing|without|No|Not|Never|Neither|Nothing|Without)\b|\b[Nn]o\b(?!\.\s*\d)|n't\b/g,
  t: {
    nl: /\b(?:niet|geen|nooit|noch|zonder|niets|niemand|nergens)\b/gi,
    de: /\b(?:nicht|kein\w*|nie|niemals|weder|noch|ohne|nichts|niemand)\b/gi,
    fr: /\b(?:ne|pas|aucun\w*|jamais|ni|sans|rien|personne|non)\b|\bn['’]/gi,
  },
});

/** Markers of meaning: when the English has one of a kind, the translation needs one of that kind. */
const MARKERS: readonly { name: string; en: RegExp; t: PerLanguage }[] = ([
  { name: 'claim', en: /\bclaim(?:ed|ing|s)?\b/i, t: { nl: /\bbewe(?:e)?r\w*/i, de: /behaupt\w*/i, fr: /\baffirm\w*|\bprétend\w*/i } },
  {
    name: 'accusation',
    en: /\baccus\w*|\balleg\w*/i,
    t: { nl: /beschuldig\w*|aantijging\w*|verwijt\w*/i, de: /vorw[uü]rf\w*|vorgeworfen|vorzuwerfen|\bwarf\b.*\bvor\b|\bwirft\b.*\bvor\b|beschuldig\w*/i, fr: /accus\w*|all[éè]gu\w*|alléga\w*|reproch\w*/i },
  },
  {
    name: 'attribution',
    en: /\b(?:says?|said|saying|according to|reported|calls)\b/i,
    t: {
      nl: /\b(?:volgens|zegt|zei|zeiden|zeggen|gezegd|stelt|stelde|stellend|meld\w*|gemeld|bericht\w*|noemt|aldus)\b/i,
      de: /\b(?:laut|zufolge|sagt|sagte|sagten|gesagt|erklärt\w*|berichtet\w*|nennt|kündigt\w*|heißt es)\b/i,
      fr: /\b(?:selon|d['’]après|dit|disait|disent|affirm\w*|déclar\w*|indiqu\w*|rapport\w*|appelle|signal\w*)\b/i,
    },
  },
  {
    name: 'uncertainty',
    en: /\b(?:may|might|appears? to|probable|probably|likely)\b|\b(?:[Pp]reliminary|[Ee]stimated)\b/,
    t: {
      nl: /\b(?:kan|kunnen|mag|mogen|zou|zouden|mogelijk|lijkt|waarschijnlijk\w*|vermoedelijk\w*|voorlopig\w*|geschat\w*)\b/i,
      de: /\b(?:kann|können|könne|könnte|könnten|darf|dürfen|möglicherweise|scheint|scheinen|wahrscheinlich\w*|vermutlich\w*|mutmaßlich\w*|vorläufig\w*|geschätzt\w*)\b/i,
      fr: /\b(?:peut|peuvent|pourrait|pourraient|pourra|semble|probable|probablement|préliminaire|provisoire|estimée?s?|éventuellement)\b/i,
    },
  },
  {
    name: 'approximation',
    en: /\b(?:about|around|approximately|up to|at most|under|over|more than|at least|nearly|almost)\s+(?:\$|EUR\b|GBP\b|USD\b|\d)/i,
    t: {
      nl: /\b(?:ongeveer|circa|ca\.|zo'n|ruim|bijna|tot|maximaal|hooguit|minder dan|meer dan)\b/i,
      de: /\b(?:etwa|rund|ungefähr|ca\.|bis zu|höchstens|unter|über|mehr als|weniger als|mindestens|fast|knapp)\b/i,
      fr: /\b(?:environ|quelque|près de|jusqu['’]à|au plus|moins de|plus de|au moins|presque|atteindre)\b/i,
    },
  },
  {
    name: 'only',
    en: /\bonly\b/i,
    t: { nl: /\b(?:alleen|enkel|slechts|uitsluitend|pas|enige)\b/i, de: /\b(?:nur|ausschließlich|erst|allein|einzig\w*)\b/i, fr: /\bseul\w*|\bseulement\b|\buniquement\b|\bexclusivement\b/i },
  },
  {
    name: '"not a decision"',
    en: /\bnot a decision\b/i,
    t: { nl: /\bgeen (?:beslissing|besluit|uitspraak)\b/i, de: /\bkeine Entscheidung\b/, fr: /\bpas (?:une|d['’]une) décision\b/i },
  },
] as { name: string; en: RegExp; t: PerLanguage }[]).map((m) => ({ ...m, t: uniAll(m.t) }));

/** Prose, not a name: a translation identical to an English text with this many lowercase words of four letters or
 * more was left untranslated (a body's or a case's name, "Office of the Australian Information Commissioner", has none). */
const LOWER_WORD = /(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])/g;
const UNTRANSLATED_AT = 3;
/** Length ratios a translation stays within (for texts of at least MIN_RATIO_LENGTH characters). */
const MIN_RATIO = 0.5;
const MAX_RATIO = 2.2;
const MIN_RATIO_LENGTH = 40;

/** The problems of one translation of `en` (empty when it keeps every checked fact). */
export function checkTranslation(en: string, tr: string, lang: TranslatedLanguage): string[] {
  const out: string[] = [];
  if (tr.trim() === '') return ['empty translation'];
  if (/[<>]/.test(tr)) out.push('markup characters');
  if (tr !== tr.trim() || /\s{2,}/.test(tr.replace(/\u00a0|\u202f/g, 'x'))) out.push('stray whitespace');

  const a = numbersOf(en).join(' ');
  const b = numbersOf(tr).join(' ');
  if (a !== b) out.push(`numbers differ: English [${a}], translation [${b}]`);

  MONTHS_EN.forEach((m, i) => {
    const local = MONTHS[lang][i] ?? m;
    const n = count(new RegExp(`\\b${m}\\b`), en);
    if (n && count(uni(new RegExp(`\\b${local}\\b`, 'i')), tr) < n) out.push(`month ${m} (${local}) missing`);
  });

  for (const c of CURRENCIES) {
    const n = count(c.en, en);
    if (count(c.t, tr) !== n) out.push(`currency ${c.name}: English has ${n}, translation ${count(c.t, tr)}`);
  }
  if (count(/%/, en) !== count(/%/, tr)) out.push('percent signs differ');
  for (const m of MAGNITUDES) {
    const n = count(m.en, en);
    if (n && count(m.t[lang], tr) < n) out.push(`magnitude ${m.en.source} missing`);
    if (n && m.wrong?.[lang].test(tr)) out.push(`magnitude ${m.en.source} as a false friend (${m.wrong[lang].source})`);
  }

  for (const token of new Set(en.match(ADDRESS) ?? [])) if (!tr.includes(token)) out.push(`address or domain "${token}" missing`);

  for (const [, passage = ''] of en.matchAll(QUOTED)) {
    const kept = new RegExp(`${OPEN}[\\u00a0\\u202f ]?${escape(passage)}[\\u00a0\\u202f ]?${CLOSE}`);
    if (!kept.test(tr)) out.push(`quotation "${short(passage)}" not kept verbatim in quote marks`);
  }

  const names = new Map<string, number>();
  for (const n of [...(en.match(ACRONYM) ?? []), ...(en.match(CAMEL) ?? [])]) names.set(n, (names.get(n) ?? 0) + 1);
  for (const [name, n] of names) {
    const local = LOCAL_ACRONYMS[name]?.[lang];
    // a name may take a possessive or genitive s ("IBMs Datensatz")
    const found = local ? count(local, tr) : count(new RegExp(`(?<![A-Za-z0-9])${escape(name)}(?:s|['’]s)?(?![A-Za-z0-9])`), tr);
    if (found < n) out.push(`name or acronym "${name}" ${local ? `not rendered as ${local.source}` : 'missing'}`);
  }
  for (const t of TERMS) if (t.en.test(en) && !t.t[lang].test(tr)) out.push(`legal term "${t.name}" not rendered as ${t.t[lang].source}`);

  const negations = count(NEGATION.en, en);
  if (count(NEGATION.t[lang], tr) < negations) out.push(`fewer negations than the English (${negations})`);
  for (const m of MARKERS) if (m.en.test(en) && !m.t[lang].test(tr)) out.push(`no ${m.name} marker (English: ${m.en.exec(en)?.[0]})`);

  if (tr === en && count(LOWER_WORD, en) >= UNTRANSLATED_AT) out.push('left in English');
  if (en.length >= MIN_RATIO_LENGTH) {
    const r = tr.length / en.length;
    if (r < MIN_RATIO || r > MAX_RATIO) out.push(`length ${tr.length} is ${r.toFixed(2)} times the English`);
  }
  return out;
}

export function validateTranslations(d: TranslationLintData): string[] {
  const problems: string[] = [];
  const english = new Set(d.texts);
  for (const [lang, table] of Object.entries(d.tables) as [TranslatedLanguage, TranslationTable][]) {
    for (const en of d.texts) {
      if (en.trim() === '') {
        problems.push(`empty English text in the registry`);
        continue;
      }
      const tr = Object.hasOwn(table, en) ? table[en] : undefined;
      if (tr === undefined) {
        problems.push(`${lang}: no translation of "${short(en)}"`);
        continue;
      }
      for (const p of checkTranslation(en, tr, lang)) problems.push(`${lang}: "${short(en)}": ${p}`);
    }
    for (const key of Object.keys(table)) if (!english.has(key)) problems.push(`${lang}: stale entry, no English text "${short(key)}"`);
  }
  return problems;
}
