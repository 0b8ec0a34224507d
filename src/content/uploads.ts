/**
 * Photo uploads by the user, seen through capture listeners on window and nothing else: no DOM scan, no observer,
 * next to no cost until the user acts. Only trusted events count (a page cannot fake an upload), only image files,
 * and one selection, drop or paste counts once however many files it holds. File bytes are never read and file
 * names are only tested for an image extension, never kept.
 *
 * File inputs: `change` reaches window from inputs in the page's own tree; from inside a shadow root only `input`
 * does (it is composed). Pages fire `input` for every keystroke and some fire untrusted ones by the dozen, so that
 * listener is added only once the user has pressed a key or a pointer in this page: a browser opens a file picker
 * only with such a user activation, so no choice of files can come before it. (Asking `navigator.userActivation`
 * whether the user acted before this script ran would cost every page about half a millisecond: see the README.)
 *
 * Every page pays for what runs here as the page starts, so it uses nothing that would set up another interface in
 * the content script's world: no AbortController (the listeners are removed one by one), no option dictionaries
 * (`true` is capture; passive changes nothing for these events), and the events' own timeStamp, not `performance`.
 */
const IMAGE_NAME = /\.(jpe?g|jfif|pjpeg|png|apng|gif|webp|avif|heic|heif|bmp|tiff?|jxl)$/i;

function isImage(f: File): boolean {
  if (f.type) return f.type.startsWith('image/') && f.type !== 'image/svg+xml';
  return IMAGE_NAME.test(f.name);
}

const anyImage = (files: FileList | null | undefined): boolean => !!files && Array.prototype.some.call(files, isImage);

/** a drop onto a file input also fires that input's input and change events: one user action, counted once */
const DROP_THEN_INPUT_MS = 1_000;

/** What the content script does on an upload (set before the listeners are added). */
export const uploads = { report: (): void => undefined };

/** the FileList last counted for each file input, made at the first one */
let counted: WeakMap<object, FileList> | null = null;
let dropTarget: EventTarget | null = null;
let dropAt = -Infinity;

/*
 * The listeners. The content script adds them on window in its top-level code, one call each, rather than through a
 * function or a table: every page runs that code, and a function's first call costs a compile.
 */

/** A file input's `change`, or (once armed) its `input`. composedPath()[0] is the input itself, even inside an open
 * shadow root. `input` and `change` both fire for one selection: the FileList decides whether it is new. */
export function onFileInput(e: Event): void {
  if (!e.isTrusted) return;
  const el = e.composedPath()[0] as HTMLInputElement | undefined;
  if (!el || el.localName !== 'input' || el.type !== 'file') return;
  const files = el.files;
  counted ??= new WeakMap();
  if (!files || !files.length || counted.get(el) === files) return;
  counted.set(el, files);
  if (el === dropTarget && e.timeStamp - dropAt < DROP_THEN_INPUT_MS) return;
  if (anyImage(files)) uploads.report();
}

export function onDrop(e: DragEvent): void {
  if (!e.isTrusted || !anyImage(e.dataTransfer?.files)) return;
  dropTarget = e.composedPath()[0] ?? null;
  dropAt = e.timeStamp;
  uploads.report();
}

export function onPaste(e: ClipboardEvent): void {
  if (e.isTrusted && anyImage(e.clipboardData?.files)) uploads.report();
}

/** The user's first key or pointer press in this page (pointerdown, keydown): from now on a file picker may open. */
export function arm(e: Event): void {
  if (!e.isTrusted) return;
  removeEventListener('pointerdown', arm, true);
  removeEventListener('keydown', arm, true);
  addEventListener('input', onFileInput, true);
}
