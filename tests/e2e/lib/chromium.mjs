// Drives Debian's Chromium with the built extension loaded (playwright-core, no downloaded browser). Used by the
// end-to-end tests, the demo launcher (npm start) and the benchmark. Plain ESM so node runs it without a build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Playwright reports a service worker's own requests only with this set; the network-zero test relies on it.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const { chromium } = await import('playwright-core');

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
export const DIST = resolve(ROOT, process.env.UNSCRAPED_DIST ?? 'dist');
export const DIST_CHROME = join(DIST, 'chrome');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium',
  '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Chromium's path: $CHROMIUM_PATH, else the usual system paths; otherwise an error that says how to install it. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

export function assertBuilt(dir = DIST_CHROME) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run \`npm run build\` first.`);
  }
}

/**
 * Launch Chromium with exactly our extension loaded, in a fresh profile. Every request the browser makes is recorded
 * in `requests`; requests that no fixture serves are aborted, so nothing ever reaches the network.
 * Options: extDir, headless (default true), viewport (null = window size), blockOtherRequests (default true),
 * extraArgs.
 */
export async function launchWithExtension(opts = {}) {
  const extDir = resolve(opts.extDir ?? DIST_CHROME);
  assertBuilt(extDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'unscraped-e2e-'));
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
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));

  const ext = {
    context,
    worker,
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
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const hit = tabs.filter((t) => t.url === u || t.pendingUrl === u);
        return hit.length === 1 ? hit[0].id : null;
      }, url);
      if (typeof id === 'number') return id;
      // pages on unlisted sites: the worker cannot read their URL (no `tabs` permission); find by elimination
      await page.bringToFront();
      return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    },
    async badge(tabId) {
      return worker.evaluate(async (id) => ({
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
      if (!ext._probe || ext._probe.isClosed()) {
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
      return requests.filter((r) => !r.served && !r.url.startsWith(ownFiles));
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
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
