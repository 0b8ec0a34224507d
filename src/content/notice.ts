/**
 * The in-page notice: one `<unscraped-notice>` element, a direct child of `<html>`, holding a closed shadow root
 * created in the content script's world (the page cannot open it). Built with createElement and text only
 * (textContent, append), never markup. It is announced politely to screen readers, reachable by keyboard, never
 * takes focus, and its buttons answer only trusted clicks made after it has been on screen, where it was drawn, for a
 * moment: a page can neither click them, nor slide the notice under a click aimed at something else, nor move, wrap
 * or fade the notice and then have a click land on it (each move starts the moment again).
 */
export interface NoticeContent {
  brand: string;
  text: string;
  explain: string;
  notHere: string;
  dismiss: string;
}
export interface NoticeActions {
  onExplain(): void;
  onNotHere(): void;
  onClose(): void;
}
export interface Notice {
  remove(): void;
}

const TAG = 'unscraped-notice';
/* The page can style the host element from outside, e.g. make it invisible and slide a button of its own under it
 * (clickjacking). For !important declarations the shadow tree's :host wins over every outer rule, inline styles
 * included, so `all: initial !important` keeps the host visible, opaque, untransformed and clickable as we say. */
const CLICK_GUARD_MS = 400;

const CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important;
right:16px!important;bottom:16px!important;max-width:min(380px,calc(100vw - 24px))!important}
.box{box-sizing:border-box;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;
background:#fff;border:1px solid #c5ccd6;border-left:6px solid #a34d00;border-radius:10px;padding:12px 14px 12px 12px;
box-shadow:0 6px 24px rgba(0,0,0,.18)}
.top{display:flex;align-items:flex-start;gap:8px}
.mark{flex:none;display:inline-grid;place-items:center;width:22px;height:22px;border-radius:11px;background:#a34d00;
color:#fff;font-weight:700;font-size:13px}
.brand{display:block;font-weight:700;font-size:13px;margin:1px 0 2px}
.x{margin-left:auto;flex:none;border:0;background:transparent;color:#57606a;font:20px/1 system-ui,sans-serif;
width:32px;height:32px;border-radius:6px;cursor:pointer}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
button{font:inherit;cursor:pointer}
.primary,.secondary{border-radius:6px;padding:6px 12px;min-height:32px}
.primary{background:#0b57d0;color:#fff;border:1px solid #0b57d0;font-weight:600}
.secondary{background:#fff;color:#1b1f24;border:1px solid #8c959f}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
@media (prefers-color-scheme:dark){.box{background:#161b22;color:#e6edf3;border-color:#30363d;border-left-color:#f0a050}
.mark{background:#f0a050;color:#0d1117}.x{color:#9da7b3}.secondary{background:#0d1117;color:#e6edf3;border-color:#6e7681}
.primary{background:#79b8ff;border-color:#79b8ff;color:#0d1117}}
@media (prefers-reduced-motion:no-preference){.box{animation:in .16s ease-out}@keyframes in{from{opacity:0;transform:translateY(8px)}}}
`;

/** Only tags whose interface is plain HTMLElement (like the host's), <style> and <button>: every other interface
 * would be set up afresh in the content script's world, which costs the page measurable time. */
function el<K extends 'section' | 'b' | 'strong' | 'style' | 'button'>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Show the notice; returns null (and shows nothing) when the page has claimed the element name or blocks it.
 *
 * Whatever the page could do to stop the notice shows up in this call, so the answer is true to what happens: it
 * makes the host element and its closed shadow root. The next task builds the notice inside it and puts it on the
 * page (where the browser reads its style sheet), and the one after fills in its sentence. The page pays for this in
 * three short tasks rather than one long one. The first element made in the content script's world sets up the
 * DOM's interfaces there, about half a millisecond of the whole.
 */
export function showNotice(content: NoticeContent, actions: NoticeActions): Notice | null {
  if (!document.documentElement) return null;
  const host = document.createElement(TAG);
  let root: ShadowRoot;
  try {
    // A page that defined <unscraped-notice> itself owns that element: step aside, the badge still works. Chrome gives
    // content scripts no customElements; an element the page defined is upgraded, so it is :defined.
    if (host.matches(':defined') || globalThis.customElements?.get(TAG)) return null;
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  const state = { removed: false };
  const remove = () => {
    if (state.removed) return;
    state.removed = true;
    host.remove();
  };
  // fill itself is the timer's callback: a function made for the timer would be one more for the page to compile
  setTimeout(fill, 0, host, root, content, actions, remove, state);
  return { remove };
}

/** Build the notice in `root` and put `host` on the page, unless it was removed meanwhile; its sentence follows in
 * the next task. */
function fill(host: HTMLElement, root: ShadowRoot, content: NoticeContent, actions: NoticeActions, remove: () => void, state: { removed: boolean }): void {
  if (state.removed) return;
  const box = el('section', 'box');
  box.setAttribute('aria-label', content.brand);
  const top = el('section', 'top');
  const mark = el('b', 'mark', '!');
  mark.setAttribute('aria-hidden', 'true');
  const body = el('section', '');
  const brand = el('strong', 'brand', content.brand);
  const text = el('section', '');
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  const close = el('button', 'x', '×');
  close.type = 'button';
  close.setAttribute('aria-label', content.dismiss);
  close.title = content.dismiss;
  body.append(brand, text);
  top.append(mark, body, close);
  const explain = el('button', 'primary', content.explain);
  explain.type = 'button';
  const notHere = el('button', 'secondary', content.notHere);
  notHere.type = 'button';
  const row = el('section', 'actions');
  row.append(explain, notHere);
  box.append(top, row);
  root.append(el('style', '', CSS), box);

  // when it was drawn where it is (Date.now(): the first use of `performance` would set up one more interface)
  let shownAt = Date.now();
  /** Where the page left it: ours to act on only if it is still a child of <html>, visible through every ancestor, and
   * in its corner: a fixed element moves with <html> only when <html> gets a transform, a filter, a perspective or
   * containment, or a zoom. Read at click time only: measuring the page when the notice shows would make the browser
   * lay out the whole page in our task. Anything amiss restarts the waiting time. */
  const inPlace = () => {
    const html = document.documentElement;
    const cs = getComputedStyle(html);
    const ok = host.parentNode === html
      && host.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) !== false
      && cs.transform === 'none' && cs.filter === 'none' && cs.perspective === 'none'
      && (cs.contain === 'none' || cs.contain === '') && (cs.zoom === '' || cs.zoom === '1' || cs.zoom === undefined);
    if (!ok) shownAt = Date.now();
    return ok;
  };
  /** The buttons' clicks and Escape, in one listener on the box: the page compiles each function the first time it
   * runs, so one function that runs only when the user acts costs the page nothing when the notice shows. */
  const onUse = (e: Event) => {
    if (!e.isTrusted) return;
    if (e.type === 'keydown') {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      remove();
      actions.onClose();
      return;
    }
    const button = e.target;
    if (button !== explain && button !== notHere && button !== close) return;
    if (!inPlace() || Date.now() - shownAt < CLICK_GUARD_MS) return;
    if (button === explain) return actions.onExplain();
    remove();
    if (button === notHere) actions.onNotHere();
    else actions.onClose();
  };
  box.addEventListener('click', onUse);
  box.addEventListener('keydown', onUse);

  try {
    document.documentElement.appendChild(host);
  } catch {
    return;
  }
  shownAt = Date.now();
  // filled after insertion, so screen readers announce it as a change of a live region; the timer's callback is a
  // method of the DOM, which needs no compiling
  setTimeout(text.append.bind(text, content.text), 0);
}
