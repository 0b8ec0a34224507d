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
 */
const IMAGE_NAME = /\.(jpe?g|jfif|pjpeg|png|apng|gif|webp|avif|heic|heif|bmp|tiff?|jxl)$/i;

function isImage(f: File): boolean {
  if (f.type) return f.type.startsWith('image/') && f.type !== 'image/svg+xml';
  return IMAGE_NAME.test(f.name);
}

const anyImage = (files: FileList | null | undefined): boolean => !!files && Array.prototype.some.call(files, isImage);

/** a drop onto a file input also fires that input's input and change events: one user action, counted once */
const DROP_THEN_INPUT_MS = 1_000;

export function watchUploads(signal: AbortSignal, onUpload: () => void): void {
  const counted = new WeakMap<object, FileList>();
  let dropTarget: EventTarget | null = null;
  let dropAt = -Infinity;
  // composedPath()[0] is the input itself, even inside an open shadow root. `input` and `change` both fire for one
  // selection: the FileList decides whether it is new.
  const fileInput = (e: Event) => {
    const el = e.composedPath()[0] as HTMLInputElement | undefined;
    if (!el || el.localName !== 'input' || el.type !== 'file') return;
    const files = el.files;
    if (!files || !files.length || counted.get(el) === files) return;
    counted.set(el, files);
    if (el === dropTarget && performance.now() - dropAt < DROP_THEN_INPUT_MS) return;
    if (anyImage(files)) onUpload();
  };
  const onFileInput = (e: Event) => e.isTrusted && fileInput(e);
  const onDrop = (e: DragEvent) => {
    if (!e.isTrusted || !anyImage(e.dataTransfer?.files)) return;
    dropTarget = e.composedPath()[0] ?? null;
    dropAt = performance.now();
    onUpload();
  };
  const opts = { capture: true, passive: true, signal };
  addEventListener('change', onFileInput, opts);
  addEventListener('drop', onDrop, opts);
  addEventListener('paste', (e: ClipboardEvent) => e.isTrusted && anyImage(e.clipboardData?.files) && onUpload(), opts);
  const arm = (e: Event) => {
    if (!e.isTrusted) return;
    removeEventListener('pointerdown', arm, true);
    removeEventListener('keydown', arm, true);
    addEventListener('input', onFileInput, opts);
  };
  addEventListener('pointerdown', arm, opts);
  addEventListener('keydown', arm, opts);
}
