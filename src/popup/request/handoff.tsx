/**
 * One action for a letter's channel: open it in the mail program (a mailto: link, or the text to copy when a link
 * would be too long for some mail clients), open the company's or authority's own form with the text to paste, or
 * print the postal letter. Copying is always offered. Nothing is sent by the extension.
 */
import { useState } from 'preact/hooks';
import { mailtoHandoff, postalLetter, webformHandoff } from '../../core/requests/send';
import { useT } from '../../ui/i18n';

export interface Letter {
  channel: 'email' | 'webform' | 'postal';
  to: string;
  subject: string;
  body: string;
}

export function Handoff({ letter, sender, copy, print, authority = false }: {
  letter: Letter;
  /** the letter goes to an authority (a complaint), not to the company */
  authority?: boolean;
  /** for a postal letter: the sender's name and address */
  sender: { name: string; address?: string };
  copy: (text: string) => Promise<boolean>;
  print: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const full = letter.channel === 'postal'
    ? postalLetter({ sender, recipient: letter.to, date: '', subject: letter.subject, body: letter.body }).text
    : letter.channel === 'email' ? `${letter.subject}\n\n${letter.body}` : letter.body;
  const onCopy = async () => setCopied(await copy(full));

  let main;
  if (letter.channel === 'email') {
    const mail = mailtoHandoff(letter);
    if (mail.kind === 'mailto') {
      main = (
        <a class="button primary" href={mail.href} data-testid="action-mail">
          {t('actionMail')}
        </a>
      );
    } else {
      // too long for a mail link whole: the address and subject go in the link, the letter to the clipboard
      const start = mailtoHandoff({ to: letter.to, subject: letter.subject, body: '' });
      const href = start.kind === 'mailto' ? start.href : `mailto:${letter.to}`;
      main = (
        <>
          <p data-testid="mail-too-long">{t('mailTooLong', letter.to)}</p>
          <a class="button primary" href={href} onClick={() => void copy(letter.body).then(setCopied)} data-testid="action-mail">
            {t('actionMailSplit')}
          </a>
        </>
      );
    }
  } else if (letter.channel === 'webform') {
    const form = webformHandoff({ url: letter.to, body: letter.body });
    main = (
      <>
        <a class="button primary" href={form.url} target="_blank" rel="noopener noreferrer" data-testid="action-form">
          {t(authority ? 'actionFormAuthority' : 'actionForm')}
        </a>
        <p class="muted">{t('actionFormPaste')}</p>
      </>
    );
  } else {
    main = (
      <button type="button" class="primary" onClick={print} data-testid="action-print">
        {t('actionPrint')}
      </button>
    );
  }
  return (
    <div class="handoff">
      {main}
      <button type="button" onClick={() => void onCopy()} data-testid="action-copy">
        {t('actionCopy')}
      </button>
      <span role="status" class="muted">
        {copied === true ? t('actionCopied') : copied === false ? t('actionCopyFailed') : ''}
      </span>
      {letter.channel === 'postal' && (
        <pre class="print-only" data-testid="print-letter">
          {full}
        </pre>
      )}
    </div>
  );
}

/** A drafted letter, in full, as plain text: readable, selectable, never interpreted. */
export function LetterText({ letter, id }: { letter: Letter; id: string }) {
  const t = useT();
  return (
    <div class="letter" data-testid="letter">
      <dl class="letter-head">
        <div>
          <dt>{t('letterTo')}</dt>
          <dd data-testid="letter-to">{letter.to}</dd>
        </div>
        <div>
          <dt>{t('letterSubject')}</dt>
          <dd data-testid="letter-subject">{letter.subject}</dd>
        </div>
      </dl>
      <label for={id}>{t('letterBody')}</label>
      <textarea id={id} class="letter-body" readOnly rows={16} value={letter.body} data-testid="letter-body" />
    </div>
  );
}
