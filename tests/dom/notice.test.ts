// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNotice } from '../../src/content/notice';

const content = { brand: 'Unscraped', text: 'Risk sentence.', explain: 'What can I do?', notHere: 'Not on this site', dismiss: 'Dismiss' };
const actions = () => ({ onExplain: vi.fn(), onNotHere: vi.fn(), onClose: vi.fn() });

afterEach(() => {
  document.querySelectorAll('unscraped-notice').forEach((n) => n.remove());
});

describe('showNotice', () => {
  it('adds one host element directly under <html>, with nothing the page can open', () => {
    const n = showNotice(content, actions());
    expect(n).not.toBeNull();
    const hosts = document.documentElement.querySelectorAll(':scope > unscraped-notice');
    expect(hosts).toHaveLength(1);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    expect(document.body.querySelector('unscraped-notice')).toBeNull();
  });

  it('ignores clicks and keys the page makes up', () => {
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

  it('removes itself once, however often remove is called, even after the page removed it', () => {
    const n = showNotice({ ...content }, actions());
    document.querySelector('unscraped-notice')?.remove();
    expect(() => {
      n?.remove();
      n?.remove();
    }).not.toThrow();
  });
});
