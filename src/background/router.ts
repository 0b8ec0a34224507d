/**
 * Gate, then parse, then dispatch. The page handlers are a map with one entry per message of the page protocol: a
 * message without a handler does not compile.
 */
import { parseContentMessage } from '../core/protocol/content';
import { parsePageMessage, type PageMessage, type PageReply, type PageRequest, type PageType } from '../core/protocol/pages';
import { senderKind } from '../core/protocol/sender';
import type { Runtime } from '../ext/browser';
import { selfIdentity } from '../ext/self';
import { handleContentMessage } from './content-messages';
import * as data from './data';
import * as exposure from './exposure';
import * as pauses from './pauses';
import * as requests from './requests';
import * as sync from './sync';
import * as sitePrefs from './site-prefs';

type PageHandlers = { [K in PageType]: (req: PageRequest<K>) => Promise<PageReply<K>> };

const pageHandlers = {
  getTabState: sitePrefs.getTabState,
  getSiteMode: sitePrefs.getSiteMode,
  getPrefs: sitePrefs.getPrefs,
  setSiteMode: sitePrefs.setSiteMode,
  setDefaultMode: sitePrefs.setDefaultMode,
  getHealth: sitePrefs.getHealth,
  listKeptAside: sitePrefs.listKeptAside,
  clearKeptAside: sitePrefs.clearKeptAside,
  getDetails: requests.getDetails,
  saveDetails: requests.saveDetails,
  deleteDetails: requests.deleteDetails,
  listRequests: requests.listRequests,
  getRequestLog: requests.getRequestLog,
  logRequest: requests.logRequest,
  updateRequest: requests.updateRequest,
  markFollowUp: requests.markFollowUp,
  removeRequest: requests.removeRequest,
  setNotify: requests.setNotify,
  setPause: pauses.setPause,
  getExposure: exposure.getExposure,
  getProfileMark: exposure.getProfileMark,
  markProfile: exposure.markProfile,
  removeProfile: exposure.removeProfile,
  setCountUploads: exposure.setCountUploads,
  setSync: sync.setSync,
  getSyncStatus: sync.getSyncStatus,
  applyImport: data.applyImport,
  eraseAll: data.eraseAll,
} satisfies PageHandlers;

export function handlePageMessage(msg: PageMessage): Promise<unknown> {
  return (pageHandlers[msg.type] as (req: PageMessage) => Promise<unknown>)(msg);
}

/** The worker's one message listener: undefined (no reply) for anything that does not pass the gate and parse. */
export function route(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const kind = senderKind(sender, selfIdentity());
  if (kind === 'content-script') {
    const msg = parseContentMessage(message);
    return msg ? handleContentMessage(msg, sender) : undefined;
  }
  if (kind === 'extension-page') {
    const msg = parsePageMessage(message);
    return msg ? handlePageMessage(msg) : undefined;
  }
  return undefined;
}
