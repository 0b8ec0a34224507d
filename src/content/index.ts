/**
 * Content script, injected only on listed platforms (see manifest.json), at document_start: before any page script,
 * so its capture listeners on window hear an upload's events before the page could stop them. The browser runs it only
 * where it has work: the manifest's matches, less its exclude_globs (deeper subdomains of `*.` hosts, see excludeGlobs
 * in core/hosts.ts), so it checks no host itself. It watches for photo uploads and waits: the worker classifies the
 * page from the tab's address (with `classifyUrl`, whose routes and reserved words would double this script's size),
 * sets the badge, and, where the notice shows now (a profile page), hands this script the notice policy for the page
 * when it has loaded or moved within itself (see RECEIVER in core/protocol/content). Everywhere else (a feed, where
 * the notice may still show on an upload; a site whose notice was shown this session; a quiet or off site) the worker
 * hands over nothing, and an upload is reported: the worker's reply brings the notice where it may show. This script
 * touches `runtime` only when the user uploads a photo or uses the notice, so a page where neither happens pays for no
 * extension messaging at all.
 *
 * Every listed page pays for what runs here as it starts, and every page the worker hands a policy pays for the
 * receiver, so both do as little as they can (see the README's Performance section for what each part costs): the
 * start is top-level code, since each function's first call costs the page a compile; it reads the page's origin
 * string rather than `location`; the receiver keeps the policy as it came and checks it whole only when it is used
 * (an upload, or "show now"); and nothing is built until the notice shows.
 */
import { spentPolicy, type DeliveryReceipt, type NoticePolicy } from '../core/notice';
import { parsePolicy, RECEIVER } from '../core/protocol/content';
import { showNotice, type Notice } from './notice';
import { contextAlive, send } from './runtime';
import { arm, onDrop, onFileInput, onPaste, uploads } from './uploads';

type NoticeKind = 'profile' | 'upload';

// Parts a build can leave out to measure what each costs (vite.config.ts WITHOUT_PARTS): false, and folded away, in
// every build that ships.
declare const __UNSCRAPED_WITHOUT_UPLOADS__: boolean | undefined;
declare const __UNSCRAPED_WITHOUT_RECEIVER__: boolean | undefined;
declare const __UNSCRAPED_WITHOUT_NOTICE__: boolean | undefined;

/** A random id for this document: the worker tells a full load from in-page navigation. It only has to differ from the
 * tab's other documents, and is no secret (the page cannot see it): Math.random, since `crypto` would set up one more
 * interface in this world. Set when the script starts on a page where it has work. */
let doc = '';
/** The last policy the worker handed over (with a delivery or an upload's reply), as it came: checked with
 * parsePolicy when it is used. */
let held: unknown = null;
let notice: Notice | null = null;
/** the address at which the notice was shown in this document, null until then: once per page (so a late reply or a
 * second delivery cannot show it twice), and a move within the page lets the next page have its own */
let shownAt: string | null = null;

function hideNotice(): void {
  notice?.remove();
  notice = null;
}

/** The extension was updated or removed under this page: let go of everything. */
function stop(): void {
  removeEventListener('change', onFileInput, true);
  removeEventListener('input', onFileInput, true);
  removeEventListener('drop', onDrop, true);
  removeEventListener('paste', onPaste, true);
  removeEventListener('pointerdown', arm, true);
  removeEventListener('keydown', arm, true);
  hideNotice();
  delete (globalThis as Record<string, unknown>)[RECEIVER];
}

/** Show the notice unless it was shown for this page already; true when it is on its way to the screen. */
function show(kind: NoticeKind, p: NoticePolicy): boolean {
  if (typeof __UNSCRAPED_WITHOUT_NOTICE__ !== 'undefined' && __UNSCRAPED_WITHOUT_NOTICE__) return false;
  if (shownAt !== null || !p.texts) return false;
  shownAt = document.URL;
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
 * which document this is, whether the notice showed, and whether this page still holds anything the worker must keep
 * it told about (it hands pages where no notice can show nothing at all). */
function receive(raw: unknown, url: unknown): DeliveryReceipt {
  if (shownAt !== null && document.URL !== shownAt) {
    // the address changed without a new document since the notice showed (pushState, replaceState, back/forward,
    // hash): another page, which may have its own
    shownAt = null;
    hideNotice();
  }
  let shown = false;
  // a policy made for another site (the tab moved to this one while it was on its way) is not this page's
  if (typeof url === 'string' && url.startsWith(`${origin}/`)) {
    held = raw;
    const r = raw as { mode?: unknown; now?: unknown } | null | undefined;
    if (r?.mode !== 'warn') hideNotice();
    // "show now" only for the page it was meant for: the tab may have moved on while the policy was on its way.
    // No liveness check here: asking `runtime` would cost this page about a millisecond, and an orphan left behind by
    // an update is not reached by the new worker, whose scripting.executeScript runs in a new isolated world (the
    // update e2e test shows no notice from the orphan). The orphan stops at its next upload (onUpload checks).
    if (r?.now === true && url === document.URL) {
      const p = parsePolicy(raw);
      if (p?.now) shown = show('profile', p);
    }
  }
  return { doc, shown, held: notice !== null || (held as { onUpload?: unknown } | null)?.onUpload === true };
}

async function reportUpload(): Promise<void> {
  const reply = await send({ type: 'reportUpload', doc });
  if (typeof reply !== 'object' || reply === null) return;
  held = (reply as { policy?: unknown }).policy ?? null;
  // the worker says "now" when this upload brings the notice and the policy held here had not shown it yet
  const p = parsePolicy(held);
  if (p?.now) show('upload', p);
}

function onUpload(): void {
  if (!contextAlive()) return stop();
  const p = parsePolicy(held);
  if (p?.mode === 'off') return;
  // shown at once from a policy held since an earlier hand-over: no round trip, even if the worker sleeps; a page handed
  // nothing shows it from the reply
  if (p?.onUpload) {
    show('upload', p);
    held = spentPolicy(p);
  }
  void reportUpload();
}

doc = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
// in the content script's own world: the page cannot see or call it
if (!(typeof __UNSCRAPED_WITHOUT_RECEIVER__ !== 'undefined' && __UNSCRAPED_WITHOUT_RECEIVER__)) {
  Object.defineProperty(globalThis, RECEIVER, { value: receive, configurable: true });
}
if (!(typeof __UNSCRAPED_WITHOUT_UPLOADS__ !== 'undefined' && __UNSCRAPED_WITHOUT_UPLOADS__)) {
  uploads.report = onUpload;
  // capture listeners on window (`true`: passive changes nothing for these events); `input` only once armed
  addEventListener('change', onFileInput, true);
  addEventListener('drop', onDrop, true);
  addEventListener('paste', onPaste, true);
  addEventListener('pointerdown', arm, true);
  addEventListener('keydown', arm, true);
}
