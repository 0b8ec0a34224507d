/**
 * The request log: every request the user logged, with its channel, the day sent, the due date and its status. A
 * status changes with a note (an extension moves the due date by the law's rule). An overdue request offers a
 * reminder to the company and a complaint to the user's authority, drafted with the request's facts. Loaded only
 * when the user opens the log.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RequestLogView } from '../../core/protocol/pages';
import { contactInfo, draftComplaint, draftReminder } from '../../core/requests/index';
import type { LetterLanguage } from '../../core/requests/index';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/requests/log';
import { scraperInfo } from '../../core/registry/index';
import type { UserDetails } from '../../core/user/details';
import { DetailsForm, type DetailsError } from '../../ui/details-form';
import { useR, useT } from '../../ui/i18n';
import type { RequestSource } from '../connector';
import { Handoff, LetterText, type Letter } from '../request/handoff';
import { LAW_KEY, kindKey, toRequester } from '../request/request-view';

type Row = RequestLogView['requests'][number];
const STATUS_KEY: Record<RequestStatus, string> = {
  sent: 'status_sent',
  extended: 'status_extended',
  answered: 'status_answered',
  'partly-answered': 'status_partlyAnswered',
  refused: 'status_refused',
  done: 'status_done',
};

export function LogView({ source }: { source: RequestSource }) {
  const t = useT();
  const [log, setLog] = useState<RequestLogView | null>(null);
  const [details, setDetails] = useState<UserDetails | null | undefined>(undefined);
  const [notifyNote, setNotifyNote] = useState<string | null>(null);
  const reload = async () => {
    const [l, d] = await Promise.all([source.getRequestLog(), source.getDetails()]);
    setLog(l ?? null);
    setDetails(d ?? null);
  };
  useEffect(() => {
    void reload();
  }, []);

  const onNotify = async (on: boolean) => {
    const now = await source.setNotify(on);
    setNotifyNote(on && !now ? t('notifyDenied') : null);
    await reload();
  };

  return (
    <main class="popup log" aria-labelledby="log-title">
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1 id="log-title">{t('logTitle')}</h1>
      </header>
      <p class="muted">{t('logIntro')}</p>
      {log === null ? (
        <p class="muted">{t('loading')}</p>
      ) : log.requests.length === 0 ? (
        <p data-testid="log-empty">{t('logEmpty')}</p>
      ) : (
        <ul class="log-list" data-testid="log">
          {log.requests.map((r) => (
            <LogRow key={r.id} row={r} today={log.today} details={details ?? null} source={source} onChange={reload} onDetails={setDetails} />
          ))}
        </ul>
      )}
      {log && (
        <p class="notify">
          <label>
            <input type="checkbox" checked={log.notify} onChange={(e) => void onNotify((e.currentTarget as HTMLInputElement).checked)} /> {t('notifyLabel')}
          </label>
          {notifyNote && <span role="status" class="muted"> {notifyNote}</span>}
        </p>
      )}
    </main>
  );
}

function LogRow({ row, today, details, source, onChange, onDetails }: {
  row: Row;
  today: string;
  details: UserDetails | null;
  source: RequestSource;
  onChange: () => Promise<void>;
  onDetails: (d: UserDetails) => void;
}) {
  const t = useT();
  const company = scraperInfo(row.scraper)?.name ?? row.scraper;
  const [status, setStatus] = useState<RequestStatus>(row.status);
  const [note, setNote] = useState('');
  const [on, setOn] = useState(today);
  const [failed, setFailed] = useState(false);
  const [followUp, setFollowUp] = useState<'reminder' | 'complaint' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const id = (k: string) => `${k}-${row.id}`;

  const remove = async () => {
    const r = await source.removeRequest(row.id);
    setFailed(!r);
    setConfirming(false);
    if (r) await onChange();
  };

  const save = async () => {
    const r = await source.updateRequest({ id: row.id, status, on, ...(note.trim() ? { note } : {}) });
    setFailed(!r);
    if (r) {
      setNote('');
      await onChange();
    }
  };

  return (
    <li class={row.overdue ? 'log-row overdue' : 'log-row'} data-request={row.id} data-testid="log-row">
      <h2 class="log-company">
        {company} · {t(kindKey(row.kind))}
      </h2>
      <dl class="facts">
        <div>
          <dt>{t('logLaw')}</dt>
          <dd>{t(LAW_KEY[row.law])}</dd>
        </div>
        <div>
          <dt>{t('logChannel')}</dt>
          <dd>{t(`channel_${row.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('logSentOn')}</dt>
          <dd data-testid="log-sent">{row.sentOn}</dd>
        </div>
        <div>
          <dt>{t('logDue')}</dt>
          <dd data-testid="log-due">
            {row.dueDate ?? t('logNoDue')}
            {row.overdue && (
              <strong class="overdue-tag" data-testid="log-overdue">
                {' '}
                {t('logOverdue')}
              </strong>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('logStatus')}</dt>
          <dd data-testid="log-status">{t(STATUS_KEY[row.status])}</dd>
        </div>
      </dl>
      {row.remindedOn && <p class="muted">{t('remindedOn', row.remindedOn)}</p>}
      {row.complainedOn && <p class="muted">{t('complainedOn', row.complainedOn)}</p>}
      {row.history.filter((h) => h.note).map((h) => (
        <p key={`${h.on}${h.status}${h.note}`} class="muted">
          {h.on} · {t(STATUS_KEY[h.status])}: {h.note}
        </p>
      ))}

      {row.overdue && (
        <p class="follow-up">
          <button type="button" onClick={() => setFollowUp('reminder')} data-testid="reminder-button">
            {t('reminderButton')}
          </button>{' '}
          <button type="button" onClick={() => setFollowUp('complaint')} data-testid="complaint-button">
            {t('complaintButton')}
          </button>
        </p>
      )}
      {followUp && (
        details ? (
          <FollowUp what={followUp} row={row} details={details} today={today} source={source} company={company} onClose={() => setFollowUp(null)} onDone={onChange} />
        ) : (
          <>
            <p>{t('logNeedsDetails')}</p>
            <DetailsForm
              initial={null}
              needAddress
              lang={source.uiLanguage()}
              idPrefix={`details-${row.id}`}
              onSave={async (input): Promise<DetailsError | null> => {
                const r = await source.saveDetails(input);
                if (!r) return 'save';
                if ('error' in r) return r.error as DetailsError;
                onDetails(r.details);
                return null;
              }}
            />
          </>
        )
      )}

      <details class="status-change">
        <summary>{t('logChangeStatus')}</summary>
        <label for={id('status')}>{t('logChangeStatus')}</label>{' '}
        <select id={id('status')} value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as RequestStatus)}>
          {REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEY[s])}
            </option>
          ))}
        </select>{' '}
        <label for={id('on')}>{t('logOn')}</label>{' '}
        <input id={id('on')} type="date" value={on} max={today} onInput={(e) => setOn((e.currentTarget as HTMLInputElement).value)} />
        <label for={id('note')}>{t('logNote')}</label>
        <input id={id('note')} type="text" maxLength={500} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />{' '}
        <button type="button" onClick={() => void save()}>
          {t('logSave')}
        </button>
        {failed && (
          <p class="form-error" role="alert">
            {t('logSaveFailed')}
          </p>
        )}
        <p class="remove">
          {confirming ? (
            <>
              <span role="status">{t('logRemoveConfirm')}</span>{' '}
              <button type="button" class="danger" onClick={() => void remove()} data-testid="remove-confirm">
                {t('logRemoveYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('logRemoveNo')}
              </button>
            </>
          ) : (
            <button type="button" class="link" onClick={() => setConfirming(true)}>
              {t('logRemove')}
            </button>
          )}
        </p>
      </details>
    </li>
  );
}

/** Where the request went: the address of its channel in the registry (a reminder goes the same way). */
function addressOf(row: Row): string {
  const channels = contactInfo(row.scraper)?.channels ?? [];
  const c = channels.find((x) => x.id === row.channelId) ?? channels.find((x) => x.type === row.channel);
  return c ? (c.type === 'email' ? c.address! : c.type === 'webform' ? (c.url ?? '') : (c.lines ?? []).join('\n')) : '';
}

/** A reminder to the company, or a complaint to the user's authority, drafted with the request's facts. */
function FollowUp({ what, row, details, today, source, company, onClose, onDone }: {
  what: 'reminder' | 'complaint';
  row: Row;
  details: UserDetails;
  today: string;
  source: RequestSource;
  company: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const t = useT();
  const r = useR();
  const language: LetterLanguage = row.language ?? details.letterLanguage ?? 'en';
  const request = {
    scraper: row.scraper,
    kind: row.kind,
    law: row.law,
    date: row.sentOn,
    dueDate: row.dueDate ?? row.sentOn,
    channel: row.channel,
    to: addressOf(row),
    ...(row.extendedOn ? { events: [{ type: 'extension' as const, on: row.extendedOn }] } : {}),
    ...(row.remindedOn ? { remindedOn: row.remindedOn } : {}),
  };
  let letter: Letter | null = null;
  let heading = '';
  let problem: string | null = null;
  let notes: string[] = [];
  try {
    if (what === 'reminder') {
      const r = draftReminder({ request, requester: toRequester(details), language, date: today });
      letter = r;
      heading = t('reminderHeading', company);
    } else {
      const c = draftComplaint({ request, requester: toRequester(details), language, date: today });
      letter = c;
      heading = t('complaintHeading', c.authority.name);
      notes = [...c.notes, ...(c.languageNote ? [c.languageNote] : [])];
    }
  } catch (e) {
    problem = (e as Error).message;
  }
  const mark = async () => {
    await source.markFollowUp({ id: row.id, what: what === 'reminder' ? 'reminded' : 'complained', on: today });
    onClose();
    await onDone();
  };
  return (
    <section class="block follow" aria-label={heading || t(what === 'reminder' ? 'reminderButton' : 'complaintButton')} data-testid={`${what}-draft`}>
      {problem ? (
        <p class="form-error" role="alert">
          {t('followUpImpossible', problem)}
        </p>
      ) : (
        letter && (
          <>
            <h3>{heading}</h3>
            <p class="channel">{t(`channel_${letter.channel}`)}</p>
            <LetterText letter={letter} id={`${what}-${row.id}`} />
            {notes.map((n) => (
              <p key={n} class="muted">
                {r(n)}
              </p>
            ))}
            <Handoff letter={letter} authority={what === 'complaint'} sender={{ name: details.name, ...(details.address ? { address: details.address } : {}) }} copy={source.copy} print={source.print} />
            <button type="button" class="primary" onClick={() => void mark()} data-testid={`${what}-sent`}>
              {t(what === 'reminder' ? 'reminderSent' : 'complaintSent')}
            </button>{' '}
          </>
        )
      )}
      <button type="button" onClick={onClose}>
        {t('closeLetter')}
      </button>
    </section>
  );
}
