// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNotice } from '../../src/content/notice';

const content = { brand: 'Unscraped', text: 'Risk sentence.', explain: 'What can I do?', notHere: 'Not on this site', dismiss: 'Dismiss' };
const actions = () => ({ onExplain: vi.fn(), onNotHere: vi.fn(), onClose: vi.fn() });

afterEach(() => {
  document.querySelectorAll('unscraped-notice').forEach((n) => n.remove());
});

/** The notice is built and put on the page in the task after showNotice (see there); its sentence one task later. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('showNotice', () => {
  it('adds one host element directly under <html>, in the next task, with nothing the page can open', async () => {
    const n = showNotice(content, actions());
    expect(n).not.toBeNull();
    expect(document.querySelector('unscraped-notice')).toBeNull();
    await nextTask();
    const hosts = document.documentElement.querySelectorAll(':scope > unscraped-notice');
    expect(hosts).toHaveLength(1);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    expect(document.body.querySelector('unscraped-notice')).toBeNull();
  });

  it('ignores clicks and keys the page makes up', async () => {
    const a = actions();
    const captured: ShadowRoot[] = [];
    const orig = HTMLElement.prototype.attachShadow;
    // test-only peek at the closed root, the way assistive technology can see it
    HTMLElement.prototype.attachShadow = function (init) {
      const r = orig.call(this, init);
      captured.push(r);
      return r;
    };
    try {
      showNotice(content, a);
    } finally {
      HTMLElement.prototype.attachShadow = orig;
    }
    await nextTask();
    const root = captured[0]!;
    for (const b of root.querySelectorAll('button')) b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    root.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(a.onExplain).not.toHaveBeenCalled();
    expect(a.onNotHere).not.toHaveBeenCalled();
    expect(a.onClose).not.toHaveBeenCalled();
    expect(document.querySelector('unscraped-notice')).not.toBeNull();
  });

  it('steps aside when the page has defined the element name itself', () => {
    customElements.define('unscraped-notice', class extends HTMLElement {});
    expect(showNotice(content, actions())).toBeNull();
    expect(document.querySelector('unscraped-notice')).toBeNull();
  });

  it('removes itself once, however often remove is called, even after the page removed it', async () => {
    const n = showNotice({ ...content }, actions());
    await nextTask();
    document.querySelector('unscraped-notice')?.remove();
    expect(() => {
      n?.remove();
      n?.remove();
    }).not.toThrow();
  });

  it('removed before its second task, it never reaches the page', async () => {
    const n = showNotice({ ...content }, actions());
    n?.remove();
    await nextTask();
    await nextTask();
    expect(document.querySelector('unscraped-notice')).toBeNull();
  });
});
