/**
 * Content script, injected only on listed platforms (see manifest.json). It checks the page's URL against the
 * registry's host table before touching anything; on a host the registry does not know it does nothing at all.
 * Otherwise it reports the page, follows single-page-app navigation, watches for photo uploads and shows the in-page
 * notice when the worker's policy allows. The worker classifies the page kind with `classifyUrl` from the tab's URL
 * (the routes and reserved words would double this script's size) and re-derives tab and site from the sender.
 */
import { parsePolicy, type NoticePolicy } from '../core/messages';
import { platformOfUrl } from '../core/listed';
import { showNotice, type Notice } from './notice';
import { contextAlive, msg, onWorkerMessage, send, uiLanguage } from './runtime';
import { watchUploads } from './uploads';

type NoticeKind = 'profile' | 'upload';

function documentId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const doc = documentId();
const life = new AbortController();
let href = location.href;
let policy: NoticePolicy | null = null;
let notice: Notice | null = null;
/** the notice was shown in this document (so a late reply cannot show it twice) */
let shownHere = false;

function stop(): void {
  life.abort();
  notice?.remove();
  notice = null;
}

function scraperList(names: string[]): string {
  const shown = names.slice(0, 3);
  let list: string;
  try {
    list = new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(shown);
  } catch {
    list = shown.join(', ');
  }
  return names.length > shown.length ? msg('noticeMore', [list, String(names.length - shown.length)]) : list;
}

function show(kind: NoticeKind, p: NoticePolicy): void {
  if (shownHere || !contextAlive()) return;
  shownHere = true;
  notice = showNotice(
    {
      brand: msg('extName'),
      text: msg(kind === 'upload' ? 'noticeUpload' : 'noticeProfile', [p.platformName, scraperList(p.scrapers)]),
      explain: msg('noticeExplain'),
      notHere: msg('noticeNotHere'),
      dismiss: msg('noticeDismiss'),
    },
    {
      onExplain: () => void send({ type: 'openExplanation' }),
      onNotHere: () => {
        notice = null;
        void send({ type: 'notOnThisSite' });
      },
      onClose: () => {
        notice = null;
      },
    },
  );
}

function accept(reply: unknown, kind: NoticeKind): void {
  if (typeof reply !== 'object' || reply === null) return;
  const p = parsePolicy((reply as { policy?: unknown }).policy);
  policy = p;
  if (p?.now) show(kind, p);
}

async function report(kind: 'page' | 'upload'): Promise<void> {
  if (!contextAlive()) return stop();
  accept(await send({ type: 'reportObservation', kind, doc }), kind === 'upload' ? 'upload' : 'profile');
}

function onUpload(): void {
  if (!contextAlive()) return stop();
  if (policy?.mode === 'off') return;
  // shown at once from the policy held since the page loaded: no round trip, even if the worker sleeps
  if (policy?.onUpload) {
    show('upload', policy);
    policy = { ...policy, onUpload: false, now: false };
  }
  void report('upload');
}

/** The address changed without a new document (pushState, replaceState, back/forward, hash). */
function checkNavigation(): void {
  if (location.href === href) return;
  href = location.href;
  notice?.remove();
  notice = null;
  shownHere = false;
  if (platformOfUrl(href)) void report('page');
}

function start(): void {
  const signal = life.signal;
  watchUploads(signal, onUpload);
  // The Navigation API sees the page's own pushState from this isolated world; popstate and hashchange cover
  // browsers without it, and the worker pushes a policy after every navigation it sees, which checks too.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', checkNavigation, { signal });
  addEventListener('popstate', checkNavigation, { signal });
  addEventListener('hashchange', checkNavigation, { signal });
  addEventListener('pageshow', (e) => e.persisted && void report('page'), { signal });
  onWorkerMessage(signal, (m) => {
    if (!contextAlive()) return stop();
    if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'policy') {
      policy = parsePolicy((m as { policy?: unknown }).policy);
      if (policy?.mode !== 'warn') {
        notice?.remove();
        notice = null;
      }
      checkNavigation();
    }
  });
  void report('page');
}

if (platformOfUrl(href)) start();
