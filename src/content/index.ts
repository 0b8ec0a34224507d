/**
 * Content script, injected only on listed platforms (see manifest.json), at document_start: before any page script,
 * so its capture listeners on window hear an upload's events before the page could stop them. It checks the page's
 * host against the registry's hosts before touching anything; on a host the registry does not know it does nothing
 * at all. Otherwise it watches for photo uploads and waits: the worker classifies the page from the tab's address
 * (with `classifyUrl`, whose routes and reserved words would double this script's size), sets the badge, and when the
 * page has loaded or moved within itself hands this script the notice policy for it (see RECEIVER in core/protocol/content).
 * On a profile page that policy may say "show now". This script touches `runtime` only when the user uploads a photo
 * or uses the notice, so a page where neither happens pays for no extension messaging at all.
 */
import { spentPolicy, type DeliveryReceipt, type NoticePolicy } from '../core/notice';
import { parsePolicy, RECEIVER } from '../core/protocol/content';
import { isListedLocation } from '../core/listed';
import { showNotice, type Notice } from './notice';
import { contextAlive, send } from './runtime';
import { watchUploads } from './uploads';

type NoticeKind = 'profile' | 'upload';

const life = new AbortController();
let doc: string | null = null;
let href = location.href;
let policy: NoticePolicy | null = null;
let notice: Notice | null = null;
/** the notice was shown for the page now on screen (so a late reply or a second delivery cannot show it twice) */
let shownOnThisPage = false;

/** A random id for this document, made when first needed: the worker tells a full load from in-page navigation. */
function docId(): string {
  return (doc ??= crypto.randomUUID());
}

function hideNotice(): void {
  notice?.remove();
  notice = null;
}

/** The extension was updated or removed under this page: let go of everything. */
function stop(): void {
  life.abort();
  hideNotice();
  delete (globalThis as Record<string, unknown>)[RECEIVER];
}

/** Show the notice unless it was shown for this page already; true when it is on screen now. */
function show(kind: NoticeKind, p: NoticePolicy): boolean {
  if (shownOnThisPage || !p.texts) return false;
  shownOnThisPage = true;
  const t = p.texts;
  notice = showNotice(
    { brand: t.brand, text: kind === 'upload' ? t.upload : t.profile, explain: t.explain, notHere: t.notHere, dismiss: t.dismiss },
    {
      onExplain: () => void send({ type: 'openExplanation' }),
      onNotHere: () => {
        notice = null;
        void send({ type: 'quietThisSite' });
      },
      onClose: () => {
        notice = null;
      },
    },
  );
  return notice !== null;
}

/** The worker's delivery: the policy for the page at `url`, the tab's address when the worker made it. Answers
 * which document this is, and whether the notice showed. */
function receive(raw: unknown, url: unknown): DeliveryReceipt {
  if (location.href !== href) {
    // the address changed without a new document (pushState, replaceState, back/forward, hash): another page
    href = location.href;
    hideNotice();
    shownOnThisPage = false;
  }
  // a policy made for another site (the tab moved to this one while it was on its way) is not this page's
  if (typeof url !== 'string' || !url.startsWith(`${location.origin}/`)) return { doc: docId(), shown: false };
  policy = parsePolicy(raw);
  if (policy?.mode !== 'warn') hideNotice();
  // "show now" only for the page it was meant for: the tab may have moved on while the policy was on its way
  if (!policy?.now || url !== location.href) return { doc: docId(), shown: false };
  // No liveness check here: asking `runtime` would cost this page about a millisecond, and an orphan left behind by an
  // update is not reached by the new worker, whose scripting.executeScript runs in a new isolated world (the update
  // e2e test shows no notice from the orphan). The orphan stops at its next upload (onUpload checks).
  return { doc: docId(), shown: show('profile', policy) };
}

async function reportUpload(): Promise<void> {
  const reply = await send({ type: 'reportUpload', doc: docId() });
  if (typeof reply !== 'object' || reply === null) return;
  const p = parsePolicy((reply as { policy?: unknown }).policy);
  policy = p;
  // the worker says "now" when this upload brings the notice and the policy held here had not shown it yet
  if (p?.now) show('upload', p);
}

function onUpload(): void {
  if (!contextAlive()) return stop();
  if (policy?.mode === 'off') return;
  // shown at once from the policy held since the page loaded: no round trip, even if the worker sleeps
  if (policy?.onUpload) {
    show('upload', policy);
    policy = spentPolicy(policy);
  }
  void reportUpload();
}

if (isListedLocation(location)) {
  // in the content script's own world: the page cannot see or call it
  Object.defineProperty(globalThis, RECEIVER, { value: receive, configurable: true });
  watchUploads(life.signal, onUpload);
}
