// Drives Debian's Chromium with the built extension loaded (playwright-core, no downloaded browser). Used by the
// end-to-end tests, the demo launcher (npm start) and the benchmark. Plain ESM so node runs it without a build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, ROOT, assertBuilt as assertBuiltIn, findBrowser } from './browsers.mjs';

// Playwright reports a service worker's own requests only with this set; the network-zero test relies on it.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const { chromium } = await import('playwright-core');

export { ROOT, DIST };
export const DIST_CHROME = join(DIST, 'chrome');

/** Chromium's path: $CHROMIUM_PATH, else the usual system paths; otherwise an error that says how to install it. */
export function findChromium() {
  return findBrowser('chromium');
}

export function assertBuilt(dir = DIST_CHROME) {
  assertBuiltIn(dir);
}

/**
 * Launch Chromium with exactly our extension loaded, in a fresh profile. Every request the browser makes is recorded
 * in `requests`; requests that no fixture serves are aborted, so nothing ever reaches the network.
 * Options: extDir, headless (default true), viewport (null = window size), blockOtherRequests (default true),
 * updatable (allow updateExtension), extraArgs.
 */
export async function launchWithExtension(opts = {}) {
  const extDir = resolve(opts.extDir ?? DIST_CHROME);
  assertBuilt(extDir);
  // opts.userDataDir: start again on a profile a closed browser left (see ext.closeBrowser)
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'unscraped-e2e-'));
  const headless = opts.headless ?? true;
  const args = [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    // updateExtension() reloads the build over CDP, which needs a browser endpoint and this switch
    ...(opts.updatable ? ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'] : []),
    ...(opts.extraArgs ?? []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false, // --headless=new is passed above; Playwright's own flag would pick the old headless mode
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    timeout: 30_000,
  });
  /** @type {{url: string, resourceType: string, fromWorker: boolean, frameUrl: string, served: boolean}[]} */
  const requests = [];
  context.on('request', (r) => {
    let frameUrl;
    try {
      frameUrl = r.frame().url();
    } catch {
      frameUrl = ''; // service-worker requests have no frame
    }
    requests.push({ url: r.url(), resourceType: r.resourceType(), fromWorker: !!r.serviceWorker(), frameUrl, served: false });
  });
  // Catch-all first: Playwright tries the most recently registered route first, so fixtures override this.
  // The extension's own package files load as usual. (`blockOtherRequests: false` lets the demo browse the web.)
  if (opts.blockOtherRequests ?? true) {
    await context.route('**/*', (route) =>
      route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort('blockedbyclient'));
  }
  let worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  /** The running worker. After it was stopped (idle, or stopWorker) a message from an extension page wakes it. */
  async function liveWorker() {
    const running = context.serviceWorkers().find(isOurs);
    if (running) return (worker = running);
    const woke = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
    await ext.sendFromExtensionPage({ type: 'getPrefs' });
    return (worker = context.serviceWorkers().find(isOurs) ?? (await woke));
  }
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));

  const ext = {
    context,
    userDataDir,
    extDir,
    get worker() {
      return worker;
    },
    liveWorker,
    extensionId,
    manifest,
    requests,
    /** URL of an extension page, e.g. ext.url('src/popup/index.html?tabId=3') */
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    /**
     * Serve `html` (string, or function(url) -> string | {status, body, headers} | null) for navigations matching
     * `pattern`, e.g. 'https://www.instagram.com/**'. Other requests to that origin get a 404: fixtures load nothing.
     */
    async serve(pattern, html, headers = {}) {
      await context.route(pattern, async (route) => {
        const req = route.request();
        if (!req.isNavigationRequest()) return route.fulfill({ status: 404, body: '' });
        const r = typeof html === 'function' ? await html(req.url()) : html;
        if (r === null || r === undefined) return route.abort('blockedbyclient');
        const res = typeof r === 'string' ? { body: r } : r;
        const rec = requests.findLast((x) => x.url === req.url() && !x.served);
        if (rec) rec.served = true;
        return route.fulfill({
          status: res.status ?? 200,
          contentType: 'text/html; charset=utf-8',
          headers: { ...headers, ...(res.headers ?? {}) },
          body: res.body,
        });
      });
    },
    /** the extension's tab id for a Playwright page */
    async tabId(page) {
      const url = page.url();
      const id = await (await liveWorker()).evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const hit = tabs.filter((t) => t.url === u || t.pendingUrl === u);
        return hit.length === 1 ? hit[0].id : null;
      }, url);
      if (typeof id === 'number') return id;
      // pages on unlisted sites: the worker cannot read their URL (no `tabs` permission); find by elimination
      await page.bringToFront();
      return (await liveWorker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    },
    async badge(tabId) {
      return (await liveWorker()).evaluate(async (id) => ({
        text: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
        color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      }), tabId);
    },
    /** poll until `fn()` returns a truthy value or `timeout` ms pass; returns the last value */
    async until(fn, timeout = 5_000, step = 50) {
      const t0 = Date.now();
      let last;
      while (Date.now() - t0 < timeout) {
        last = await fn();
        if (last) return last;
        await new Promise((r) => setTimeout(r, step));
      }
      return last;
    },
    /** an extension page kept open to send messages as the extension's own pages do */
    async probe() {
      // after the extension reloads (an update), its old pages lose `chrome.runtime`: open a fresh one
      const alive = ext._probe && !ext._probe.isClosed() &&
        (await ext._probe.evaluate(() => !!globalThis.chrome?.runtime?.id).catch(() => false));
      if (!alive) {
        await ext._probe?.close().catch(() => {});
        ext._probe = await context.newPage();
        await ext._probe.goto(ext.url('src/options/index.html'));
      }
      return ext._probe;
    },
    /** send a message from an extension page; resolves to the reply, or { rejected: message } */
    async sendFromExtensionPage(message) {
      const p = await ext.probe();
      return p.evaluate((m) => chrome.runtime.sendMessage(m).then((v) => v, (e) => ({ rejected: String(e?.message ?? e) })), message);
    },
    async getTabState(tabId) {
      return ext.sendFromExtensionPage({ type: 'getTabState', tabId });
    },
    /**
     * Every request the browser made that is neither a fixture document we served nor a file of the extension's own
     * package. The extension must cause none: fixtures load nothing, so anything here came from the extension.
     */
    strayRequests() {
      const ownFiles = `chrome-extension://${extensionId}/`;
      // chrome-extension://invalid/ is what Chrome turns a page's probe for a file we do not expose into: refused
      // inside the browser, never sent
      return requests.filter((r) => !r.served && !r.url.startsWith(ownFiles) && r.url !== 'chrome-extension://invalid/');
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
    /** close the browser and keep its profile, to launch again on it with { userDataDir: ext.userDataDir } */
    async closeBrowser() {
      await context.close().catch(() => {});
    },
  };
  return ext;

  function isOurs(w) {
    return w.url().startsWith('chrome-extension://');
  }
}

/**
 * Evaluate `fn(arg)` inside the content script's isolated world of `page` (where `chrome.runtime` is the content
 * script's). Resolves to undefined when no such world exists (the content script did not run there).
 */
export async function evalInContentScript(ext, page, fn, arg) {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${ext.extensionId}`);
    if (!world) return { noWorld: true };
    const expression = `(${fn.toString()})(${JSON.stringify(arg)})`;
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return { value: r.result.value };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * What the in-page notice shows, read through CDP (which sees into closed shadow roots, as assistive technology
 * does): null when there is no notice. `buttons` carry the centre of each button in page coordinates, for trusted
 * clicks with page.mouse.
 */
export async function readNotice(ext, page) {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const html = (root.children ?? []).find((n) => n.nodeName === 'HTML');
    const hosts = (html?.children ?? []).filter((n) => n.nodeName === 'UNSCRAPED-NOTICE');
    if (!hosts.length) return null;
    const host = hosts[0];
    const shadow = host.shadowRoots?.[0];
    const texts = [];
    const buttons = [];
    let status = null;
    const attrs = (n) => Object.fromEntries((n.attributes ?? []).reduce((acc, v, i, a) => (i % 2 ? acc : [...acc, [v, a[i + 1]]]), []));
    const textOf = (n) => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(textOf).join(''));
    const walk = async (n) => {
      if (n.nodeName === 'STYLE') return;
      if (n.nodeType === 3 && n.nodeValue.trim()) texts.push(n.nodeValue.trim());
      const a = attrs(n);
      if (a.role === 'status') status = textOf(n);
      if (n.nodeName === 'BUTTON') {
        let x = null;
        let y = null;
        try {
          const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId });
          const q = model.border;
          x = (q[0] + q[2] + q[4] + q[6]) / 4;
          y = (q[1] + q[3] + q[5] + q[7]) / 4;
        } catch {
          // not rendered
        }
        buttons.push({ label: a['aria-label'] ?? textOf(n), text: textOf(n), x, y });
      }
      for (const c of n.children ?? []) await walk(c);
    };
    if (shadow) await walk(shadow);
    let box = null;
    try {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: host.backendNodeId });
      box = { x: model.border[0], y: model.border[1], width: model.width, height: model.height };
    } catch {
      box = null;
    }
    return { count: hosts.length, shadowMode: shadow?.shadowRootType ?? null, text: texts.join(' '), status, buttons, box };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Click a notice button by its label with a trusted mouse click. */
export async function clickNoticeButton(ext, page, label) {
  const n = await readNotice(ext, page);
  const b = n?.buttons.find((x) => x.label === label);
  if (!b || b.x === null) throw new Error(`no notice button "${label}" (notice: ${JSON.stringify(n)})`);
  await page.mouse.click(b.x, b.y);
}

/** Trusted drag-and-drop of real files onto the centre of `selector` (CDP Input.dispatchDragEvent). */
export async function dropFilesTrusted(ext, page, selector, paths) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await ext.context.newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Trusted paste of a small PNG: write it to the clipboard, focus `selector`, press Control+V. */
export async function pasteImageTrusted(ext, page, selector) {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 4;
    c.height = 4;
    c.getContext('2d').fillRect(0, 0, 4, 4);
    const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  });
  await page.focus(selector);
  await page.keyboard.press('Control+V');
}

/** Stop the extension's service worker, as the browser does when it is idle (CDP ServiceWorker.stopAllWorkers). */
export async function stopWorker(ext, page) {
  const cdp = await ext.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Stop the extension's worker, as the browser does when it is idle, and make it stay stopped: an event still on its
 * way (such as a tab that just closed) can wake it again, so stop it again, up to 5 times. Whether it stopped, as the
 * browser reports it (extensionWorkerStatus). */
export async function stopWorkerForGood(ext, page) {
  for (let k = 0; k < 5; k++) {
    await stopWorker(ext, page);
    if (await ext.until(async () => !(await extensionWorkerStatus(ext, page)).running, 2_000, 20)) return true;
  }
  return false;
}

/**
 * Whether the extension's service worker runs, as the browser itself reports it (CDP): `{ running, status, target }`
 * where `status` is the worker version's runningStatus ('running', 'starting', 'stopping', 'stopped', or null when
 * no version is known) and `target` whether a service_worker target exists for it. Use it to check stopWorker:
 * Playwright's context.serviceWorkers() keeps listing a worker after it stopped (playwright-core 1.65).
 */
export async function extensionWorkerStatus(ext, page) {
  const cdp = await ext.context.newCDPSession(page);
  const prefix = `chrome-extension://${ext.extensionId}/`;
  try {
    const versions = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
    await cdp.send('ServiceWorker.enable');
    // the current versions are reported shortly after enable
    for (let waited = 0; waited < 1_000 && !versions.some((v) => v.scriptURL.startsWith(prefix)); waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await cdp.send('ServiceWorker.disable');
    const ours = versions.filter((v) => v.scriptURL.startsWith(prefix));
    const status = ours.length ? ours[ours.length - 1].runningStatus : null;
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(prefix));
    return { running: status === 'running' || status === 'starting' || target, status, target };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * The extension's toolbar popup, opened as a click on its button opens it: `over` is brought to the front, then the
 * worker calls action.openPopup, which opens the popup over the active tab of the focused window. Playwright does not
 * count a popup among its pages, so it is reached through the browser's own CDP session, its commands passed in
 * Target.sendMessageToTarget. Returns `{ evaluate(expression), screenshot(), close() }`: `evaluate` runs an expression
 * in the popup and gives back its value (a promise is awaited). `popupPath`: the popup's file, to find it among the targets.
 */
export async function openToolbarPopup(ext, over, popupPath = 'src/popup/index.html') {
  const cdp = await ext.context.browser().newBrowserCDPSession();
  try {
    await over.bringToFront();
    const worker = await ext.liveWorker();
    const opened = await worker.evaluate(() => chrome.action.openPopup().then(() => 'ok', (e) => String(e?.message ?? e)));
    if (opened !== 'ok') throw new Error(`action.openPopup: ${opened}`);
    let target;
    for (let waited = 0; ; waited += 20) {
      target = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && t.url.includes(popupPath));
      if (target) break;
      if (waited > 5_000) throw new Error(`no ${popupPath} among the browser's targets 5 s after action.openPopup`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let nextId = 1;
    const pending = new Map();
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId: from, message }) => {
      if (from !== sessionId) return;
      const m = JSON.parse(message);
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    });
    const send = (method, params) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    return {
      async evaluate(expression) {
        const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
        if (r.exceptionDetails) throw new Error(`in the popup: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
        return r.result.value;
      },
      /** what the popup shows now, at its own size, as PNG bytes */
      async screenshot() {
        return Buffer.from((await send('Page.captureScreenshot', { format: 'png' })).data, 'base64');
      },
      async close() {
        await send('Runtime.evaluate', { expression: 'window.close()' }).catch(() => {});
        await cdp.detach().catch(() => {});
      },
    };
  } catch (e) {
    await cdp.detach().catch(() => {});
    throw e;
  }
}

/**
 * Load the build again over the running extension, as an update does: same id, new worker, and every content script
 * already in a page is orphaned. Needs launchWithExtension({ updatable: true }) and a global WebSocket (Node 20:
 * --experimental-websocket). Uses CDP Extensions.loadUnpacked on the browser target.
 */
export async function updateExtension(ext) {
  const [port, path] = readFileSync(join(ext.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  try {
    const reply = await new Promise((resolve) => {
      ws.onmessage = (e) => resolve(JSON.parse(e.data));
      ws.send(JSON.stringify({ id: 1, method: 'Extensions.loadUnpacked', params: { path: ext.extDir } }));
    });
    if (reply.error) throw new Error(`Extensions.loadUnpacked: ${reply.error.message}`);
    if (reply.result.id !== ext.extensionId) throw new Error(`reloaded as ${reply.result.id}, not ${ext.extensionId}`);
  } finally {
    ws.close();
  }
}
