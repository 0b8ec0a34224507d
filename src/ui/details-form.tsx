/**
 * The user's details for letters: name, e-mail, where they live (a US state or German Land where the letter or the
 * complaint needs one), a postal address only when a postal letter needs it, and the language letters default to.
 * It renders from props and submits through `onSave`; the page's controller sends them to the worker.
 */
import { useState } from 'preact/hooks';
import { LETTER_LANGUAGES, type LetterLanguage } from '../core/registry/request-schema';
import { COUNTRIES, regionsOf } from '../core/user/places';
import type { DetailsInput, UserDetails } from '../core/user/details';
import { useT } from './i18n';

export type DetailsError = 'name' | 'email' | 'country' | 'region' | 'shape' | 'save';
const ERROR_KEYS: Record<DetailsError, string> = {
  name: 'detailsErrorName',
  email: 'detailsErrorEmail',
  country: 'detailsErrorCountry',
  region: 'detailsErrorRegion',
  shape: 'detailsErrorSave',
  save: 'detailsErrorSave',
};

export function countryNamer(lang: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang || 'en'], { type: 'region' });
  } catch {
    names = null;
  }
  return (code) => names?.of(code) ?? code;
}

export function DetailsForm({ initial, needAddress, lang, onSave, idPrefix = 'details' }: {
  initial: UserDetails | null;
  /** show the postal address field (a postal letter or complaint needs it) */
  needAddress: boolean;
  /** the UI language, for country names */
  lang: string;
  onSave: (d: DetailsInput) => Promise<DetailsError | null>;
  idPrefix?: string;
}) {
  const t = useT();
  const name = countryNamer(lang);
  const known = !initial || COUNTRIES.includes(initial.country);
  const [form, setForm] = useState({
    name: initial?.name ?? '',
    email: initial?.email ?? '',
    country: initial ? (known ? initial.country : 'other') : '',
    other: known ? '' : (initial?.country ?? ''),
    region: initial?.region ?? '',
    address: initial?.address ?? '',
    letterLanguage: initial?.letterLanguage ?? '',
  });
  const [error, setError] = useState<DetailsError | null>(null);
  const [busy, setBusy] = useState(false);
  const country = form.country === 'other' ? form.other.trim().toUpperCase() : form.country;
  const regions = regionsOf(country);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const id = (k: string) => `${idPrefix}-${k}`;
  const sorted = [...COUNTRIES].sort((a, b) => name(a).localeCompare(name(b), lang));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const err = await onSave({
      name: form.name,
      email: form.email,
      country,
      ...(regions && form.region ? { region: form.region } : {}),
      ...(form.address.trim() ? { address: form.address } : {}),
      ...(form.letterLanguage ? { letterLanguage: form.letterLanguage as LetterLanguage } : {}),
    });
    setBusy(false);
    setError(err);
  };

  return (
    <form class="details" onSubmit={(e) => void submit(e)} aria-labelledby={id('heading')} data-testid="details-form">
      <h2 id={id('heading')}>{t('detailsHeading')}</h2>
      <p class="muted">{t('detailsStay')}</p>
      <label for={id('name')}>{t('detailsName')}</label>
      <input id={id('name')} type="text" autocomplete="name" maxLength={120} required value={form.name} onInput={set('name')} />
      <label for={id('email')}>{t('detailsEmail')}</label>
      <input id={id('email')} type="email" autocomplete="email" maxLength={254} required value={form.email} onInput={set('email')} />
      <label for={id('country')}>{t('detailsCountry')}</label>
      <select id={id('country')} required value={form.country} onChange={set('country')}>
        <option value="" disabled>
          —
        </option>
        {sorted.map((c) => (
          <option key={c} value={c}>
            {name(c)}
          </option>
        ))}
        <option value="other">{t('detailsOtherCountry')}</option>
      </select>
      {form.country === 'other' && (
        <>
          <label for={id('other')}>{t('detailsCountryCode')}</label>
          <input id={id('other')} type="text" maxLength={2} pattern="[A-Za-z]{2}" required value={form.other} onInput={set('other')} />
        </>
      )}
      {regions && (
        <>
          <label for={id('region')}>{t('detailsRegion')}</label>
          <select id={id('region')} required value={form.region} onChange={set('region')}>
            <option value="" disabled>
              —
            </option>
            {Object.entries(regions).map(([code, n]) => (
              <option key={code} value={code}>
                {n}
              </option>
            ))}
          </select>
        </>
      )}
      {needAddress && (
        <>
          <label for={id('address')}>{t('detailsAddress')}</label>
          <textarea id={id('address')} rows={4} maxLength={400} autocomplete="street-address" value={form.address} onInput={set('address')} />
        </>
      )}
      <label for={id('language')}>{t('detailsLanguage')}</label>
      <select id={id('language')} value={form.letterLanguage} onChange={set('letterLanguage')}>
        <option value="">—</option>
        {LETTER_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`lang_${l}`)}
          </option>
        ))}
      </select>
      {error && (
        <p class="form-error" role="alert" data-testid="details-error">
          {t(ERROR_KEYS[error])}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('detailsSave')}
      </button>
    </form>
  );
}
