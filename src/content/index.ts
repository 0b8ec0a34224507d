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
import { contextAlive, onWorkerMessage, send } from './runtime';
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

function show(kind: NoticeKind, p: NoticePolicy): void {
  if (shownHere || !p.texts || !contextAlive()) return;
  shownHere = true;
  const texts = p.texts;
  notice = showNotice(
    { brand: texts.brand, text: kind === 'upload' ? texts.upload : texts.profile, explain: texts.explain, notHere: texts.notHere, dismiss: texts.dismiss },
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
  // Single-page navigation (pushState, replaceState, back/forward, hash) is seen by the worker (tabs.onUpdated),
  // which updates the badge itself and pushes a policy to this tab: that push is when this script looks at the
  // address again. No navigation listener of our own runs in the page. A page restored from the back-forward
  // cache reports itself again.
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
