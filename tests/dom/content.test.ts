// @vitest-environment happy-dom
/**
 * The content script's receiver: what it does with a policy the worker hands it (see RECEIVER in core/protocol/content),
 * in a page at a listed address. The real hand-over through scripting.executeScript is covered end to end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryReceipt } from '../../src/core/notice';
import { RECEIVER } from '../../src/core/protocol/content';
import { DOC_ID } from '../../src/core/protocol/guards';

const PROFILE = 'https://www.instagram.com/sam.example/';
const texts = { brand: 'Unscraped', profile: 'Profile sentence.', upload: 'Upload sentence.', explain: 'What can I do?', notHere: 'Not on this site', dismiss: 'Dismiss' };
const policy = (over: Record<string, unknown> = {}) => ({ mode: 'warn', onUpload: true, now: true, texts, ...over });

type Receive = (p: unknown, url: unknown) => DeliveryReceipt;
const g = globalThis as unknown as Record<string, unknown> & { happyDOM: { setURL(u: string): void } };

/** Load the content script afresh in a page at `url`; its receiver, if it left one. */
async function contentScriptAt(url: string): Promise<Receive | undefined> {
  g.happyDOM.setURL(url);
  // what browsers give every window (happy-dom does not): the content script reads it rather than `location`
  g.origin = new URL(url).origin;
  vi.resetModules();
  await import('../../src/content/index');
  return g[RECEIVER] as Receive | undefined;
}

/** Notices on the page, once the tasks that build one have run (see showNotice). */
async function notices(): Promise<number> {
  await new Promise((r) => setTimeout(r, 0));
  return document.documentElement.querySelectorAll(':scope > unscraped-notice').length;
}

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
  it('is left wherever the browser runs the script, which checks no host itself', async () => {
    // (the browser runs it only on the manifest's hosts, less the deeper subdomains of `*.` hosts: see
    // tests/unit/registry.test.ts and the e2e suites)
    expect(typeof (await contentScriptAt('https://sam.tumblr.com/'))).toBe('function');
    expect(typeof (await contentScriptAt(PROFILE))).toBe('function');
  });

  it('shows the notice when told "now" for this very page, once, and answers with a stable document id', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    const first = receive(policy(), PROFILE);
    expect(first).toEqual({ doc: expect.stringMatching(DOC_ID), shown: true, held: true });
    expect(await notices()).toBe(1);
    const again = receive(policy(), PROFILE);
    expect(again).toEqual({ doc: first.doc, shown: false, held: true });
    expect(await notices()).toBe(1);
  });

  it('does not show it "now" for a page the tab has already left', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    expect(receive(policy(), 'https://www.instagram.com/someone.else/')).toMatchObject({ shown: false });
    expect(await notices()).toBe(0);
  });

  it('takes the notice down when the page moves on within itself, and may show it on the next profile', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    receive(policy(), PROFILE);
    expect(await notices()).toBe(1);
    history.pushState({}, '', '/explore/');
    expect(receive(policy({ now: false }), location.href)).toMatchObject({ shown: false });
    expect(await notices()).toBe(0);
    history.pushState({}, '', '/other.person/');
    expect(receive(policy(), location.href)).toMatchObject({ shown: true });
    expect(await notices()).toBe(1);
  });

  it('takes the notice down when the site is set to quiet or off', async () => {
    for (const mode of ['quiet', 'off']) {
      const receive = (await contentScriptAt(PROFILE))!;
      receive(policy(), PROFILE);
      expect(await notices()).toBe(1);
      receive(policy({ mode, onUpload: false, now: false, texts: null }), PROFILE);
      expect(await notices()).toBe(0);
    }
  });

  it('tells the worker whether it still holds anything to be told about: a policy that may show, or a notice', async () => {
    const receive = (await contentScriptAt('https://www.instagram.com/explore/'))!;
    expect(receive(policy({ now: false }), location.href)).toMatchObject({ shown: false, held: true });
    expect(receive(policy({ now: false, onUpload: false, texts: null }), location.href)).toMatchObject({ shown: false, held: false });
    history.pushState({}, '', '/sam.example/');
    expect(receive(policy(), location.href)).toMatchObject({ shown: true, held: true });
    // the notice is on screen: still held, though this policy cannot show another
    expect(receive(policy({ now: false, onUpload: false, texts: null, mode: 'warn' }), location.href)).toMatchObject({ held: true });
    history.pushState({}, '', '/explore/');
    expect(receive(policy({ now: false, onUpload: false, texts: null }), location.href)).toMatchObject({ held: false });
    expect(await notices()).toBe(0);
  });

  it('with no policy handed over (no notice can show here), an upload is only reported', async () => {
    await contentScriptAt('https://www.instagram.com/explore/');
    trustedDrop();
    await Promise.resolve();
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'reportUpload', doc: expect.stringMatching(DOC_ID) });
    expect(await notices()).toBe(0);
  });

  it('shrugs off a policy that does not parse', async () => {
    const receive = (await contentScriptAt(PROFILE))!;
    for (const bad of [null, 'warn', { mode: 'LOUD', now: true }, policy({ texts: { ...texts, profile: 'x'.repeat(501) } }), policy({ now: 'yes' })]) {
      expect(receive(bad, PROFILE)).toMatchObject({ shown: false });
    }
    expect(await notices()).toBe(0);
  });

  it('does not take a policy made for another site (the tab moved here while it was on its way)', async () => {
    const receive = (await contentScriptAt('https://www.facebook.com/sam.example'))!;
    expect(receive(policy({ now: false, onUpload: true }), 'https://www.instagram.com/sam.example/')).toMatchObject({ shown: false });
    trustedDrop();
    await Promise.resolve();
    expect(await notices()).toBe(0); // no policy held: the upload is only reported
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'reportUpload', doc: expect.any(String) });
    // control: the same policy made for this page is taken, and an upload brings the notice at once
    expect(receive(policy({ now: false, onUpload: true }), location.href)).toMatchObject({ shown: false });
    trustedDrop();
    expect(await notices()).toBe(1);
  });
});

/** A drop of one photo, as the browser would deliver a user's drop (trusted). */
function trustedDrop(): void {
  const e = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  Object.defineProperty(e, 'dataTransfer', { value: { files: [new File(['x'], 'me.png', { type: 'image/png' })] } });
  document.body.dispatchEvent(e);
}
