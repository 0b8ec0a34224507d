/**
 * "Ask them": a request to one company, from choosing what to ask to a logged request with its deadline. Loaded only
 * when the user opens it (the popup's first paint carries no letter code). The letter is shown in full before anything
 * leaves the page; the user sends it through the company's own channel; "I sent it" logs it through the worker.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LAWS, draftRequest, lawsForRequester, requestOptions, cleanRequester, contactInfo } from '../../core/requests/index';
import { lawReason } from '../../core/requests/law-reason';
import type { DraftedRequest, LawId, LetterLanguage, RequestKind, Requester } from '../../core/requests/index';
import { scraperInfo } from '../../core/registry/index';
import type { UserDetails } from '../../core/user/details';
import { placeName } from '../../core/user/places';
import { DetailsForm, countryNamer, type DetailsError } from '../../ui/details-form';
import { useR, useT } from '../../ui/i18n';
import type { RequestSource } from '../connector';
import { Handoff, LetterText } from './handoff';

const KIND_KEY: Record<RequestKind, string> = {
  access: 'kind_access',
  erasure: 'kind_erasure',
  objection: 'kind_objection',
  combined: 'kind_combined',
  'opt-out': 'kind_optOut',
};
export const LAW_KEY: Record<LawId, string> = {
  gdpr: 'law_gdpr',
  'uk-gdpr': 'law_ukGdpr',
  ccpa: 'law_ccpa',
  bipa: 'law_bipa',
  pipeda: 'law_pipeda',
  'au-privacy': 'law_auPrivacy',
  none: 'law_none',
};
export const kindKey = (k: RequestKind) => KIND_KEY[k];

export function toRequester(d: UserDetails): Requester {
  return { name: d.name, email: d.email, country: d.country, ...(d.region ? { region: d.region } : {}), ...(d.address ? { address: d.address } : {}) };
}

/** The letter's default language: the one chosen in the details, else the UI's, else English; always one the law has. */
function defaultLanguage(d: UserDetails, ui: string, law: LawId): LetterLanguage {
  const have = LAWS.find((l) => l.id === law)?.languages ?? ['en'];
  const ui2 = ui.slice(0, 2) as LetterLanguage;
  for (const l of [d.letterLanguage, ui2, 'en'] as (LetterLanguage | undefined)[]) if (l && have.includes(l)) return l;
  return have[0]!;
}

export function RequestView({ scraper, source, onLogged }: { scraper: string; source: RequestSource; onLogged?: () => void }) {
  const t = useT();
  const r = useR();
  const lang = source.uiLanguage();
  const company = scraperInfo(scraper)?.name ?? scraper;
  const contact = contactInfo(scraper);
  const [details, setDetails] = useState<UserDetails | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [law, setLaw] = useState<LawId | null>(null);
  const [kind, setKind] = useState<RequestKind | null>(null);
  const [language, setLanguage] = useState<LetterLanguage>('en');
  const [sentOn, setSentOn] = useState(source.today());
  const [logged, setLogged] = useState<{ dueDate: string | null } | 'failed' | null>(null);

  useEffect(() => {
    void source.getDetails().then((d) => setDetails(d ?? null));
  }, []);

  const requester = details ? toRequester(details) : null;
  const options = useMemo(() => (requester ? requestOptions(scraper, requester) : []), [details]);
  const laws = useMemo(() => (requester ? lawsForRequester(requester, scraper) : []), [details]);
  const chosenLaw = law && laws.includes(law) ? law : laws[0] ?? null;
  const kinds = options.filter((o) => o.law === chosenLaw && !o.unavailable).map((o) => o.kind);
  const chosenKind = kind && kinds.includes(kind) ? kind : kinds[0] ?? null;
  const lawInfo = LAWS.find((l) => l.id === chosenLaw);
  const languages = lawInfo?.languages ?? ['en'];
  const chosenLanguage = languages.includes(language) ? language : details && chosenLaw ? defaultLanguage(details, lang, chosenLaw) : 'en';

  useEffect(() => {
    if (details && chosenLaw) setLanguage(defaultLanguage(details, lang, chosenLaw));
  }, [details, chosenLaw]);

  let draft: DraftedRequest | null = null;
  let draftError: string | null = null;
  if (requester && chosenLaw && chosenKind) {
    try {
      draft = draftRequest({ scraper, kind: chosenKind, law: chosenLaw, language: chosenLanguage, requester, date: sentOn || source.today() });
    } catch (e) {
      draftError = (e as Error).message;
    }
  }

  const needAddress = !!contact?.channels.some((c) => c.type === 'postal');
  const onSaveDetails = async (input: Parameters<RequestSource['saveDetails']>[0]): Promise<DetailsError | null> => {
    const r = await source.saveDetails(input);
    if (!r) return 'save';
    if ('error' in r) return r.error as DetailsError;
    setDetails(r.details);
    setEditing(false);
    return null;
  };

  const onSent = async () => {
    if (!draft) return;
    const r = await source.logRequest({ scraper, kind: draft.kind, law: draft.law, channel: draft.channel, sentOn, language: draft.language, channelId: draft.channelId });
    setLogged(r ? { dueDate: r.dueDate } : 'failed');
    if (r) onLogged?.();
  };

  const namer = countryNamer(lang);
  return (
    <main class="popup request" aria-labelledby="request-title">
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1 id="request-title">{t('requestTitle', company)}</h1>
      </header>
      <p>{t('requestIntro')}</p>
      {contact && <p class="muted" data-testid="contact-summary">{r(contact.summary)}</p>}

      {details === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : details === null || editing ? (
        <DetailsForm initial={details} needAddress={needAddress} lang={lang} onSave={onSaveDetails} />
      ) : (
        <>
          <p class="who">
            {details.name} · {details.email} · {placeName(details.country, details.region, namer)}{' '}
            <button type="button" class="link" onClick={() => setEditing(true)}>
              {t('detailsEdit')}
            </button>
          </p>

          <fieldset class="choice" data-testid="law-choice">
            <legend>{t('lawHeading')}</legend>
            {laws.map((l) => {
              const why = lawReason(l, LAWS.find((x) => x.id === l), cleanRequester(requester!));
              return (
                <label key={l} class="mode">
                  <input type="radio" name="law" value={l} checked={chosenLaw === l} onChange={() => setLaw(l)} />
                  <span>
                    <span class="mode-label">{t(LAW_KEY[l])}</span>
                    <span class="muted mode-hint">{why.key === 'lawWhyPlace' ? t('lawWhyPlace', placeName(why.place!.slice(0, 2), why.place!.slice(3) || undefined, namer)) : t(why.key)}</span>
                  </span>
                </label>
              );
            })}
          </fieldset>

          {kinds.length === 0 ? (
            <p data-testid="no-kind">{t('kindNone', company)}</p>
          ) : (
            <fieldset class="choice" data-testid="kind-choice">
              <legend>{t('kindHeading')}</legend>
              {kinds.map((k) => (
                <label key={k} class="mode">
                  <input type="radio" name="kind" value={k} checked={chosenKind === k} onChange={() => setKind(k)} />
                  <span class="mode-label">{t(KIND_KEY[k])}</span>
                </label>
              ))}
            </fieldset>
          )}

          {kinds.length > 0 && (
            <p class="field">
              <label for="letter-language">{t('languageHeading')}</label>{' '}
              <select id="letter-language" value={chosenLanguage} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as LetterLanguage)}>
                {languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang_${l}`)}
                  </option>
                ))}
              </select>
            </p>
          )}

          {draftError && <p class="form-error" role="alert">{draftError}</p>}
          {draft && (
            <section class="block" aria-labelledby="letter-heading">
              <h2 id="letter-heading">{t('letterHeading')}</h2>
              <p class="channel" data-testid="letter-channel">
                {t(`channel_${draft.channel}`)}
              </p>
              <LetterText letter={draft} id="letter-body" />
              {draft.copyTo && <p>{t('copyTo', draft.copyTo.replace(/\n/g, ', '))}</p>}
              <p data-testid="letter-due">{t(draft.statutory ? 'letterDue' : 'letterDueAsked', draft.dueDate)}</p>
              <h3>{t('proofHeading', company)}</h3>
              {draft.proof.length ? (
                <ul data-testid="proof">
                  {draft.proof.map((p) => (
                    <li key={p}>{r(p)}</li>
                  ))}
                </ul>
              ) : (
                <p data-testid="proof">{t('proofNone')}</p>
              )}
              <p>{t('proofLimit')}</p>
              {draft.note && <p class="muted" data-testid="channel-note">{r(draft.note)}</p>}
              <Handoff letter={draft} sender={{ name: details.name, ...(details.address ? { address: details.address } : {}) }} copy={source.copy} print={source.print} />

              <h3>{t('sentHeading')}</h3>
              {logged && logged !== 'failed' ? (
                <p role="status" data-testid="sent-logged">
                  {t('sentLogged', logged.dueDate ?? '—')}{' '}
                  <button type="button" class="link" onClick={() => source.openView({ view: 'log' })}>
                    {t('openLog')}
                  </button>
                </p>
              ) : (
                <div class="sent">
                  <label for="sent-on">{t('sentOn')}</label>{' '}
                  <input id="sent-on" type="date" value={sentOn} max={source.today()} onInput={(e) => setSentOn((e.currentTarget as HTMLInputElement).value)} />{' '}
                  <button type="button" class="primary" onClick={() => void onSent()} data-testid="sent-button">
                    {t('sentButton')}
                  </button>
                  {logged === 'failed' && (
                    <p class="form-error" role="alert">
                      {t('sentFailed')}
                    </p>
                  )}
                </div>
              )}
            </section>
          )}
        </>
      )}
    </main>
  );
}
