/**
 * `draftRequest`: one letter to one company, through its real channel, under the law chosen, in the language chosen.
 * Data comes in as an argument; `index.ts` binds the shipped registry. Throws a clear Error for any combination that
 * does not exist (see `law-choice.ts`).
 */
import { assertIsoDay } from './deadlines';
import { channelFor, checkCombination, cleanRequester, contactOf } from './law-choice';
import { renderLetter } from './letters/render';
import { LETTER_VERSION, type DraftRequestInput, type DraftedRequest, type KitData } from './types';

export function draftRequestWith(data: KitData, input: DraftRequestInput): DraftedRequest {
  if (!input || typeof input !== 'object') throw new Error('draftRequest needs { scraper, kind, law, language, requester, date }');
  const date = assertIsoDay(input.date, 'date');
  const requester = cleanRequester(input.requester);
  checkCombination(data, input.scraper, input.kind, input.law, input.language, requester);
  const contact = contactOf(data, input.scraper);
  const name = data.names[input.scraper] ?? contact.addressee;
  const channel = channelFor(contact, name, input.kind, requester, input.channelId);
  const letter = renderLetter(data, { scraper: input.scraper, kind: input.kind, law: input.law, language: input.language, requester, date, channel: channel.type, formProof: channel.type === 'webform' && channel.proof.length > 0 });
  const to = channel.type === 'email' ? channel.address! : channel.type === 'webform' ? channel.url! : channel.lines!.join('\n');
  return {
    scraper: input.scraper,
    kind: input.kind,
    law: input.law,
    language: input.language,
    date,
    to,
    channel: channel.type,
    channelId: channel.id,
    subject: letter.subject,
    body: letter.body,
    dueDate: letter.dueDate,
    statutory: letter.statutory,
    proof: channel.proof.map((p) => p.text),
    ...(channel.copyTo ? { copyTo: channel.copyTo.lines.join('\n') } : {}),
    note: channel.note,
    letterVersion: LETTER_VERSION,
    sections: letter.sections,
  };
}
