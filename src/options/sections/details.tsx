import { useState } from 'preact/hooks';
import type { UserDetails } from '../../core/user/details';
import { placeName } from '../../core/user/places';
import { DetailsForm, countryNamer, type DetailsError } from '../../ui/details-form';
import { useT } from '../../ui/i18n';
import type { DetailsInput } from '../../core/user/details';

/** The user's details for letters: shown, edited, or deleted at once (after one confirmation). They stay in this
 * browser; no content script or page ever sees them. */
export function DetailsSection({ details, lang, onSave, onDelete }: {
  /** undefined while loading */
  details: UserDetails | null | undefined;
  lang: string;
  onSave: (d: DetailsInput) => Promise<DetailsError | null>;
  onDelete: () => Promise<boolean>;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  if (details === undefined) return null;
  const namer = countryNamer(lang);
  return (
    <section aria-labelledby="details-section-heading" data-testid="details-section">
      <h2 id="details-section-heading">{t('optionsDetailsHeading')}</h2>
      {details === null || editing ? (
        <>
          {details === null && <p class="muted">{t('optionsDetailsNone')}</p>}
          <DetailsForm
            initial={details}
            needAddress
            lang={lang}
            idPrefix="options-details"
            onSave={async (d) => {
              const err = await onSave(d);
              if (!err) setEditing(false);
              return err;
            }}
          />
          {editing && (
            <button type="button" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          )}
        </>
      ) : (
        <>
          <dl class="facts" data-testid="details-shown">
            <div>
              <dt>{t('detailsName')}</dt>
              <dd>{details.name}</dd>
            </div>
            <div>
              <dt>{t('detailsEmail')}</dt>
              <dd>{details.email}</dd>
            </div>
            <div>
              <dt>{t('detailsCountry')}</dt>
              <dd>{placeName(details.country, details.region, namer)}</dd>
            </div>
            {details.address && (
              <div>
                <dt>{t('detailsAddress')}</dt>
                <dd class="address">{details.address}</dd>
              </div>
            )}
            {details.letterLanguage && (
              <div>
                <dt>{t('detailsLanguage')}</dt>
                <dd>{t(`lang_${details.letterLanguage}`)}</dd>
              </div>
            )}
          </dl>
          <p class="muted">{t('detailsStay')}</p>
          <p>
            <button type="button" onClick={() => setEditing(true)}>
              {t('detailsEdit')}
            </button>{' '}
            {confirming ? (
              <>
                <span role="status">{t('optionsDetailsDeleteConfirm')}</span>{' '}
                <button
                  type="button"
                  class="danger"
                  onClick={() => void onDelete().then((ok) => (setFailed(!ok), setConfirming(false)))}
                  data-testid="details-delete-confirm"
                >
                  {t('optionsDetailsDeleteYes')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('logRemoveNo')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('optionsDetailsDelete')}
              </button>
            )}
          </p>
          {failed && (
            <p class="form-error" role="alert">
              {t('saveFailed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
