// @vitest-environment happy-dom
/**
 * The content script's receiver: what it does with a policy the worker hands it (see RECEIVER in core/protocol/content),
 * in a page at a listed address. The real hand-over through scripting.executeScript is covered end to end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryReceipt } from '../../src/core/notice';
import { RECEIVER } from '../../src/core/protocol/content';

const PROFILE = 'https://www.instagram.com/sam.example/';
const texts = { brand: 'Unscraped', profile: 'Profile sentence.', upload: 'Upload sentence.', explain: 'What can I do?', notHere: 'Not on this site', dismiss: 'Dismiss' };
const policy = (over: Record<string, unknown> = {}) => ({ mode: 'warn', onUpload: true, now: true, texts, ...over });

type Receive = (p: unknown, url: unknown) => DeliveryReceipt;
const g = globalThis as unknown as Record<string, unknown> & { happyDOM: { setURL(u: string): void } };

/** Load the content script afresh in a page at `url`; its receiver, if it left one. */
async function contentScriptAt(url: string): Promise<Receive | undefined> {
  g.happyDOM.setURL(url);
  vi.resetModules();
  await import('../../src/content/index');
  return g[RECEIVER] as Receive | undefined;
}

const notices = () => document.documentElement.querySelectorAll(':scope > unscraped-notice').length;

/** The extension's runtime as the content script sees it; `id` goes away when an update orphans the script. */
const runtime = { id: 'ourid' as string | undefined, sendMessage: vi.fn(async () => undefined) };

beforeEach(() => {
  // every content script an earlier test loaded is orphaned, as an update would: its next event makes it let go
  runtime.id = undefined;
  g.chrome = { runtime };
  trustedDrop();
  delete g[RECEIVER];
  runtime.id = 'ourid';
  runtime.sendMessage.mockClear();
  g.chrome = { runtime };
});
afterEach(() => {
  document.querySelectorAll('unscraped-notice').forEach((n) => n.remove());
});

describe('the content script’s receiver', () => {
  it('is left only on a listed host', async () => {
    expect(await contentScriptAt('https://www.instagram.com.evil.example/sam')).toBeUndefined();
    expect(await contentScriptAt('https://example.com/')).toBeUndefined();
    expect(typeof (await contentScriptAt(PROFILE))).toBe('function');
  });

  it('shows the notice when told "now" for this very page, once, and answers with a stable document id', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    const first = receive(policy(), PROFILE);
    expect(first).toEqual({ doc: expect.stringMatching(/^[0-9a-f-]{36}$/), shown: true });
    expect(notices()).toBe(1);
    const again = receive(policy(), PROFILE);
    expect(again).toEqual({ doc: first.doc, shown: false });
    expect(notices()).toBe(1);
  });

  it('does not show it "now" for a page the tab has already left', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    expect(receive(policy(), 'https://www.instagram.com/someone.else/')).toMatchObject({ shown: false });
    expect(notices()).toBe(0);
  });

  it('takes the notice down when the page moves on within itself, and may show it on the next profile', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    receive(policy(), PROFILE);
    expect(notices()).toBe(1);
    history.pushState({}, '', '/explore/');
    expect(receive(policy({ now: false }), location.href)).toMatchObject({ shown: false });
    expect(notices()).toBe(0);
    history.pushState({}, '', '/other.person/');
    expect(receive(policy(), location.href)).toMatchObject({ shown: true });
    expect(notices()).toBe(1);
  });

  it('takes the notice down when the site is set to quiet or off', async () => {
    for (const mode of ['quiet', 'off']) {
      const receive = (await contentScriptAt(PROFILE))!;
      receive(policy(), PROFILE);
      expect(notices()).toBe(1);
      receive(policy({ mode, onUpload: false, now: false, texts: null }), PROFILE);
      expect(notices()).toBe(0);
    }
  });

  it('shrugs off a policy that does not parse', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    for (const bad of [null, 'warn', { mode: 'LOUD', now: true }, policy({ texts: { ...texts, profile: 'x'.repeat(501) } }), policy({ now: 'yes' })]) {
      expect(receive(bad, PROFILE)).toMatchObject({ shown: false });
    }
    expect(notices()).toBe(0);
  });

  it('does not take a policy made for another site (the tab moved here while it was on its way)', async () => {
    const receive = (await contentScriptAt('https://www.facebook.com/sam.example'))!;
    expect(receive(policy({ now: false, onUpload: true }), 'https://www.instagram.com/sam.example/')).toMatchObject({ shown: false });
    trustedDrop();
    await Promise.resolve();
    expect(notices()).toBe(0); // no policy held: the upload is only reported
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'reportUpload', doc: expect.any(String) });
    // control: the same policy made for this page is taken, and an upload brings the notice at once
    expect(receive(policy({ now: false, onUpload: true }), location.href)).toMatchObject({ shown: false });
    trustedDrop();
    expect(notices()).toBe(1);
  });
});

/** A drop of one photo, as the browser would deliver a user's drop (trusted). */
function trustedDrop(): void {
  const e = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  Object.defineProperty(e, 'dataTransfer', { value: { files: [new File(['x'], 'me.png', { type: 'image/png' })] } });
  document.body.dispatchEvent(e);
}
