// Drives Debian's firefox-esr with the built extension installed, for the Firefox end-to-end tests. No Playwright
// (it cannot drive stock Firefox) and no geckodriver: Firefox's built-in WebDriver BiDi for tabs, pages and the
// network, and its devtools Remote Debugging Protocol (./rdp.mjs) for the add-on's background and its own pages.
// Plain ESM, JSDoc-typed, so Vitest tests and node scripts both use it. Node 20 needs `--experimental-websocket`
// for the global WebSocket (tests/e2e-firefox/vitest.config.ts passes it to the test workers).
//
//   const ff = await launchFirefox();                  // headless, fresh profile, dist/firefox installed (temporary)
//   await ff.serve('https://www.instagram.com/**', html); // fixture documents for navigations matching the pattern
//   const tab = await ff.open('https://www.instagram.com/sam.example/'); // a new tab, loaded; `tab` is its BiDi id
//   const tabId = await ff.tabId(tab);                 // the extension's tab id for it
//   await ff.badge(tabId);                             // { text, title, color } as the toolbar shows it
//   await ff.getTabState(tabId);                       // the worker's reply to an extension page: {platform, ...}
//   await ff.readPopup(tabId);                         // the popup page for that tab, rendered: { heading, ... }
//   await ff.evalInPage(tab, 'document.title');        // or ff.evalInPage(tab, (a, b) => ..., a, b)
//   await ff.pushState(tab, '/explore/');              // single-page-app navigation, as the site's script does it
//   await ff.setFiles(tab, 'input[type=file]', ['/abs/photo.jpg']); // as if the user picked files
//   await ff.evalInContentScript(tab, 'typeof browser.runtime.id'); // { value } or { noWorld: true }
//   await ff.navigate(tab, url); await ff.closeTab(tab);
//   await ff.evalInBackground('await browser.storage.session.get(null)');
//   await ff.sendFromExtensionPage({ type: 'getTabState', tabId }); // any message, from an extension page
//   const page = await ff.openExtensionPage('src/options/index.html'); await page.eval('document.title'); await page.close();
//   await ff.until(async () => ..., 5_000);           // poll until truthy; resolves to the last value
//   ff.requests; ff.strayRequests();                   // every request recorded; those neither served nor the add-on's files
//   await ff.close();                                  // kills Firefox and removes the profile; safe to call twice
// Also: ff.activate(tab), ff.urlOf(tab), ff.url(path) (a moz-extension:// URL), ff.origin, ff.extensionId,
// ff.browserVersion, ff.timings, and the raw protocols ff.bidi(method, params) and ff.rdp.
// Options: launchFirefox({ extDir, headless, allowNetwork, prefs, timeout }); UNSCRAPED_FIREFOX_LOG=1 echoes
// Firefox's own output.
//
// Network: every request of every tab is intercepted. Navigations matching a served pattern get the fixture, other
// requests to a served pattern get a 404, and everything else fails without leaving the machine; all are recorded
// in `ff.requests`. The add-on's own pages are watched through the devtools network monitor and recorded too.
// Underneath, Firefox sends everything else to a local catch-all proxy that records it (`source: 'proxy'`) and
// hangs up, and runs with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, which also lets the recommended prefs switch off
// Remote Settings (else Firefox retries firefox.settings.services.mozilla.com dozens of times a second): a test
// run cannot touch the network even by accident.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, ROOT, assertBuilt as assertBuiltIn, findBrowser } from './browsers.mjs';
import { RdpClient, evaluateIn } from './rdp.mjs';

export { ROOT, DIST };
export const DIST_FIREFOX = join(DIST, 'firefox');

/** Firefox's path: $FIREFOX_PATH, else the usual system paths; otherwise an error that says how to install it. */
export function findFirefox() {
  return findBrowser('firefox-esr');
}

export function assertBuilt(dir = DIST_FIREFOX) {
  assertBuiltIn(dir);
}

/**
 * @typedef {string} Tab  a tab, by its WebDriver BiDi browsing-context id
 * @typedef {{ status?: number, body: string, headers?: Record<string, string> }} FixtureResponse
 * @typedef {string | ((url: string) => string | FixtureResponse | null | undefined | Promise<string | FixtureResponse | null | undefined>)} Fixture
 *   a document, or a function of the URL giving one (null: fail the request as if the site were unreachable)
 * @typedef {{
 *   url: string, method: string,
 *   source: 'page' | 'extension' | 'proxy', // a tab (seen by BiDi), one of the add-on's own pages (devtools
 *                                   // monitor), or anything else that tried to leave (the catch-all proxy)
 *   kind: string,                   // 'document', 'image', 'fetch', ... as the browser says
 *   navigation: boolean,
 *   outcome: 'served' | 'not-found' | 'failed' | 'passed' | 'blocked-in-browser' | 'seen',
 *   blockedReason?: number,         // set when Firefox itself refused the request (e.g. the CSP) before sending it
 *   loadingDocument?: string,       // the add-on page that made it
 *   error?: string,                 // why answering the request failed
 * }} RequestRecord
 * @typedef {{ text: string, title: string, color: number[] | string, textColor: number[] }} Badge
 * @typedef {{ platform: string | null, pageKind: string | null, uploads: number, level: string }} TabState
 * @typedef {{ tabId: number, url: string, eval: (expression: string) => Promise<any>, close: () => Promise<void> }} ExtensionPage
 * @typedef {{ level: string | null, heading: string, platform: string | null, pageKind: string | null,
 *   uploads: string | null, text: string, scrollWidth: number }} PopupView
 */

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1 (closed again at once; Firefox binds it a moment later). */
function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (s.address());
      s.close(() => res(port));
    });
  });
}

/**
 * A local HTTP proxy that Firefox is told to use for everything: it records what reaches it (only a request that no
 * intercept answered can) and closes the connection, so nothing leaves the machine.
 * @param {RequestRecord[]} requests
 * @returns {Promise<{ server: net.Server, port: number }>}
 */
function catchAllProxy(requests) {
  const server = net.createServer((sock) => {
    sock.on('error', () => {});
    sock.once('data', (d) => {
      const [method = '?', target = '?'] = String(d).split('\r\n', 1)[0].split(' ');
      // CONNECT host:443 for https, a full URL for http
      const url = method === 'CONNECT' ? `https://${target.replace(/:443$/, '')}/` : target;
      requests.push({ url, method, source: 'proxy', kind: '', navigation: false, outcome: 'failed' });
      sock.destroy();
    });
  });
  return new Promise((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => res({ server, port: /** @type {net.AddressInfo} */ (server.address()).port }));
  });
}

/** A user.js for a quiet, offline test profile. */
function userJs({ allowNetwork, proxyPort, prefs }) {
  /** @type {Record<string, string | number | boolean>} */
  const p = {
    // the WebDriver BiDi defaults that keep Firefox from phoning home (updates, telemetry, remote settings, ...)
    'remote.prefs.recommended': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.newtabpage.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    // media plug-in (OpenH264, Widevine) updates ask aus5.mozilla.org about a minute after start
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': 'data:text/plain,',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    // a favicon request per page would be a request that no test asked for
    'browser.chrome.site_icons': false,
    // the devtools server (RDP), without the "allow incoming connection?" prompt
    'devtools.debugger.remote-enabled': true,
    'devtools.debugger.prompt-connection': false,
    'devtools.chrome.enabled': true,
    ...(allowNetwork
      ? {}
      : {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxyPort,
          'network.proxy.share_proxy_settings': true,
          'network.proxy.no_proxies_on': '',
        }),
    ...prefs,
  };
  return Object.entries(p).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join('');
}

/** 'https://www.instagram.com/**' -> RegExp: `**` any characters, `*` any characters but '/'; the rest literal. */
export function globToRegExp(glob) {
  const src = glob
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${src}$`);
}

// ── WebDriver BiDi ─────────────────────────────────────────────────────────────────────────────────────────────

class Bidi {
  /** @param {WebSocket} ws */
  constructor(ws) {
    this.ws = ws;
    this.nextId = 1;
    /** @type {Map<number, {resolve: (v: any) => void, reject: (e: Error) => void}>} */
    this.pending = new Map();
    /** @type {Map<string, Set<(params: any) => void>>} */
    this.handlers = new Map();
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data));
      if (typeof msg.id === 'number' && this.pending.has(msg.id)) {
        const p = /** @type {{resolve: (v: any) => void, reject: (e: Error) => void}} */ (this.pending.get(msg.id));
        this.pending.delete(msg.id);
        if (msg.type === 'error') p.reject(new Error(`${msg.error}: ${msg.message}`));
        else p.resolve(msg.result);
      } else if (msg.type === 'event') {
        for (const h of this.handlers.get(msg.method) ?? []) h(msg.params);
      }
    });
    ws.addEventListener('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url) {
    const ws = new WebSocket(url);
    await new Promise((res, rej) => {
      ws.addEventListener('open', res, { once: true });
      ws.addEventListener('error', () => rej(new Error(`BiDi: cannot connect to ${url}`)), { once: true });
    });
    return new Bidi(ws);
  }

  /** Send a command; resolves with its result, rejects with the error (or after `timeout` ms). */
  send(method, params = {}, timeout = 30_000) {
    if (this.ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error(`BiDi ${method}: connection closed`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method}: no answer in ${timeout} ms`));
      }, timeout);
      this.pending.set(id, {
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(new Error(`BiDi ${method}: ${e.message}`)); },
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event, handler) {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
  }

  close() {
    try {
      this.ws.close();
    } catch {
      // already closed
    }
  }
}

/** A JS value as a BiDi LocalValue (arguments of script.callFunction). */
function toLocal(v) {
  if (v === undefined) return { type: 'undefined' };
  if (v === null) return { type: 'null' };
  switch (typeof v) {
    case 'string':
      return { type: 'string', value: v };
    case 'boolean':
      return { type: 'boolean', value: v };
    case 'bigint':
      return { type: 'bigint', value: String(v) };
    case 'number':
      if (Number.isNaN(v)) return { type: 'number', value: 'NaN' };
      if (Object.is(v, -0)) return { type: 'number', value: '-0' };
      if (!Number.isFinite(v)) return { type: 'number', value: v > 0 ? 'Infinity' : '-Infinity' };
      return { type: 'number', value: v };
  }
  if (Array.isArray(v)) return { type: 'array', value: v.map(toLocal) };
  if (v instanceof Date) return { type: 'date', value: v.toISOString() };
  if (v instanceof RegExp) return { type: 'regexp', value: { pattern: v.source, flags: v.flags } };
  if (v instanceof Map) return { type: 'map', value: [...v].map(([k, x]) => [typeof k === 'string' ? k : toLocal(k), toLocal(x)]) };
  if (v instanceof Set) return { type: 'set', value: [...v].map(toLocal) };
  if (typeof v === 'object') return { type: 'object', value: Object.entries(v).map(([k, x]) => [k, toLocal(x)]) };
  throw new Error(`cannot pass a ${typeof v} to the page`);
}

/** A BiDi RemoteValue as a JS value. Nodes, functions, windows etc. come back as `{ type, sharedId?, handle? }`. */
function fromRemote(r) {
  if (!r || typeof r !== 'object') return r;
  switch (r.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return r.value;
    case 'number':
      return typeof r.value === 'number' ? r.value : r.value === '-0' ? -0 : Number(r.value);
    case 'bigint':
      return BigInt(r.value);
    case 'date':
      return new Date(r.value);
    case 'regexp':
      return new RegExp(r.value.pattern, r.value.flags ?? '');
  }
  if (!('value' in r)) return { type: r.type, ...(r.sharedId ? { sharedId: r.sharedId } : {}), ...(r.handle ? { handle: r.handle } : {}) };
  switch (r.type) {
    case 'array':
      return r.value.map(fromRemote);
    case 'set':
      return new Set(r.value.map(fromRemote));
    case 'map':
      return new Map(r.value.map(([k, x]) => [typeof k === 'string' ? k : fromRemote(k), fromRemote(x)]));
    case 'object':
      return Object.fromEntries(r.value.map(([k, x]) => [typeof k === 'string' ? k : String(fromRemote(k)), fromRemote(x)]));
    default:
      return { type: r.type, ...(r.sharedId ? { sharedId: r.sharedId } : {}) };
  }
}

/** The result of script.evaluate / script.callFunction, or an Error with the page's message. */
function unwrap(result, what) {
  if (result.type === 'exception') {
    const d = result.exceptionDetails;
    throw new Error(`${what} threw: ${d?.text ?? JSON.stringify(d)}`);
  }
  return fromRemote(result.result);
}

// ── launch ─────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Start Firefox headless (unless `headless: false`) in a fresh profile, with the extension in `extDir` installed as a
 * temporary add-on, every request intercepted (see the top of this file) and the devtools server attached to the
 * add-on. Firefox is killed and the profile removed if anything here fails.
 * @param {{ extDir?: string, headless?: boolean, allowNetwork?: boolean, prefs?: Record<string, string | number | boolean>,
 *   timeout?: number }} [opts]
 *   allowNetwork: let requests that no fixture serves go to the real network (for demos; never in tests)
 */
export async function launchFirefox(opts = {}) {
  if (typeof WebSocket === 'undefined') {
    throw new Error('No global WebSocket: run node with --experimental-websocket (Node 20), or use Node 22 or newer.');
  }
  const extDir = resolve(opts.extDir ?? DIST_FIREFOX);
  assertBuilt(extDir);
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const allowNetwork = opts.allowNetwork ?? false;
  const timeout = opts.timeout ?? 30_000;
  const t0 = Date.now();
  const binary = findFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'unscraped-ff-e2e-'));
  /** @type {RequestRecord[]} */
  const requests = [];
  const rdpPort = await freePort();
  const proxy = allowNetwork ? null : await catchAllProxy(requests);
  writeFileSync(join(profile, 'user.js'), userJs({ allowNetwork, proxyPort: proxy?.port ?? 0, prefs: opts.prefs ?? {} }));

  const proc = spawn(
    binary,
    [...(opts.headless ?? true ? ['--headless'] : []), '--no-remote', '--profile', profile,
      '--remote-debugging-port=0', '--start-debugger-server', String(rdpPort)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', ...(allowNetwork ? {} : { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' }) } },
  );
  /** the last lines Firefox printed, for error messages */
  const output = [];
  const keep = (d) => {
    output.push(...String(d).split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
    if (process.env.UNSCRAPED_FIREFOX_LOG) process.stderr.write(d);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  // If the test process dies without close(), Firefox must not outlive it (and its profile, best effort, neither).
  const killOnExit = () => {
    proc.kill('SIGKILL');
    try {
      rmSync(profile, { recursive: true, force: true });
    } catch {
      // Firefox's children may still be writing; nothing more can be done from an exit handler
    }
  };
  process.once('exit', killOnExit);

  /** @type {Bidi | null} */
  let bidi = null;
  /** @type {RdpClient | null} */
  let rdp = null;
  let closed = false;
  const shutdown = async () => {
    if (closed) return;
    closed = true;
    rdp?.close();
    bidi?.close();
    proxy?.server.close();
    if (proc.pid !== undefined && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      if (!(await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]))) {
        proc.kill('SIGKILL');
        await exited;
      }
    }
    process.removeListener('exit', killOnExit);
    for (let i = 0; i < 5; i++) {
      try {
        rmSync(profile, { recursive: true, force: true });
        break;
      } catch {
        await sleep(200); // a child process may still be writing
      }
    }
  };

  try {
    const wsUrl = await new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`Firefox did not start in ${timeout} ms.`)), timeout);
      const look = (d) => {
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(d));
        if (m) {
          clearTimeout(timer);
          res(m[1]);
        }
      };
      proc.stderr.on('data', look);
      proc.stdout.on('data', look);
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        rej(new Error(`Firefox exited during start (code ${code}, signal ${signal}).`));
      });
      proc.once('error', (e) => {
        clearTimeout(timer);
        rej(e);
      });
    });
    bidi = await Bidi.connect(`${wsUrl}/session`);
    const { capabilities } = await bidi.send('session.new', { capabilities: {} });
    const startedMs = Date.now() - t0;
    const { extension: extensionId } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extDir } });
    rdp = await RdpClient.connect(rdpPort);
    const ff = await attach({ bidi, rdp, extensionId, manifest, allowNetwork, requests, shutdown });
    ff.browserVersion = capabilities.browserVersion;
    ff.timings = { startedMs, readyMs: Date.now() - t0 };
    return ff;
  } catch (e) {
    await shutdown();
    const err = /** @type {Error} */ (e);
    throw new Error(`${err.message}\nLast Firefox output:\n${output.join('\n')}`, { cause: e });
  }
}

/**
 * Everything after the add-on is installed: the network intercept, the devtools watcher, and the test API.
 * @param {{ bidi: Bidi, rdp: RdpClient, extensionId: string, manifest: any, allowNetwork: boolean, requests: RequestRecord[],
 *   shutdown: () => Promise<void> }} a
 */
async function attach({ bidi, rdp, extensionId, manifest, allowNetwork, requests, shutdown }) {
  /** @type {{ re: RegExp, fixture: Fixture }[]} newest first */
  const fixtures = [];

  // ── network: every request of every tab pauses here until we serve, refuse or fail it
  bidi.on('network.beforeRequestSent', (p) => {
    const req = p.request;
    /** @type {RequestRecord} */
    const rec = {
      url: req.url,
      method: req.method,
      source: 'page',
      kind: req.destination || req.initiatorType || '',
      navigation: p.navigation !== null && p.navigation !== undefined,
      outcome: 'seen',
    };
    requests.push(rec);
    if (!p.isBlocked) return;
    void answer(req, rec).catch((e) => {
      rec.outcome = 'failed';
      rec.error = String(e?.message ?? e);
    });
  });
  /** @param {RequestRecord} rec */
  async function answer(req, rec) {
    const id = req.request;
    const hit = /^https?:/.test(req.url) ? fixtures.find((f) => f.re.test(req.url)) : undefined;
    if (!hit) {
      if (!/^https?:/.test(req.url) || allowNetwork) {
        rec.outcome = 'passed';
        return bidi.send('network.continueRequest', { request: id });
      }
      rec.outcome = 'failed';
      return bidi.send('network.failRequest', { request: id });
    }
    if (!rec.navigation) {
      rec.outcome = 'not-found';
      return respond(id, { status: 404, body: '' });
    }
    const got = typeof hit.fixture === 'function' ? await hit.fixture(req.url) : hit.fixture;
    if (got === null || got === undefined) {
      rec.outcome = 'failed';
      return bidi.send('network.failRequest', { request: id });
    }
    rec.outcome = 'served';
    return respond(id, typeof got === 'string' ? { body: got } : got);
  }
  /** @param {string} id @param {FixtureResponse} res */
  function respond(id, res) {
    const status = res.status ?? 200;
    const headers = { 'content-type': 'text/html; charset=utf-8', ...(res.headers ?? {}) };
    return bidi.send('network.provideResponse', {
      request: id,
      statusCode: status,
      reasonPhrase: status === 200 ? 'OK' : status === 404 ? 'Not Found' : 'Fixture',
      headers: Object.entries(headers).map(([name, value]) => ({ name, value: { type: 'string', value } })),
      body: { type: 'string', value: res.body },
    });
  }
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] }); // no urlPatterns: every request

  // ── devtools: the add-on's documents (background page, extension pages in tabs) and their network requests
  const { addons } = await rdp.request('root', 'listAddons');
  const addon = addons.find((x) => x.id === extensionId);
  if (!addon) throw new Error(`add-on ${extensionId} is not listed by the devtools server`);
  const manifestUrl = new URL(addon.manifestURL);
  const origin = `${manifestUrl.protocol}//${manifestUrl.host}`; // URL#origin is 'null' for moz-extension:
  /** @type {Map<string, import('./rdp.mjs').FrameTarget>} by actor */
  const targets = new Map();
  /** @type {Map<string, import('./rdp.mjs').FrameTarget[]>} our content scripts' targets, by tab watcher, oldest first */
  const contentScripts = new Map();
  rdp.onEvent((p) => {
    if (p.type === 'target-available-form' && p.target?.targetType === 'content_script') {
      if (p.target.addonId === extensionId) contentScripts.set(p.from, [...(contentScripts.get(p.from) ?? []), p.target]);
    } else if (p.type === 'target-available-form' && p.target?.url?.startsWith(origin)) targets.set(p.target.actor, p.target);
    else if (p.type === 'target-destroyed-form') targets.delete(p.target?.actor);
    else if (p.type === 'resources-available-array') {
      for (const [type, list] of p.array ?? []) {
        if (type !== 'network-event') continue;
        for (const r of list) {
          requests.push({
            url: r.url,
            method: r.method,
            source: 'extension',
            kind: r.cause?.type ?? '',
            navigation: !!r.isNavigationRequest,
            outcome: r.blockedReason ? 'blocked-in-browser' : 'seen',
            ...(r.blockedReason ? { blockedReason: r.blockedReason } : {}),
            loadingDocument: r.cause?.loadingDocumentUri,
          });
        }
      }
    }
  });
  const watcher = await rdp.request(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
  await rdp.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
  await rdp.request(watcher.actor, 'watchResources', { resourceTypes: ['network-event'] });

  /** the devtools target of the add-on's document at `url` (waits up to `timeout` ms for it) */
  async function targetFor(url, { exclude = new Set(), timeout = 10_000 } = {}) {
    const t0 = Date.now();
    for (;;) {
      const t = [...targets.values()].find((x) => x.url === url && !exclude.has(x.actor));
      if (t) return t;
      if (Date.now() - t0 > timeout) {
        throw new Error(`no extension document at ${url}; open ones: ${[...targets.values()].map((x) => x.url).join(', ') || 'none'}`);
      }
      await sleep(25);
    }
  }
  // Firefox runs an MV3 background as an event page; if it was suspended, the next event starts a new one.
  const backgroundUrl = `${origin}/_generated_background_page.html`;
  const background = () => targetFor(backgroundUrl);
  await background();

  /** @type {Map<Tab, { id: number, descriptor: string }>} each tab's extension id and devtools tab actor */
  const located = new Map();
  /** @type {Map<Tab, string>} devtools watcher actors of tabs, filled by tabWatcher() */
  const tabWatchers = new Map();

  /**
   * Find `tab` (a BiDi context) among the extension's tabs and the devtools' tabs. Neither side knows BiDi's ids,
   * and without the `tabs` permission the extension sees the URL of listed hosts only. But all three list the same
   * tabs, and the devtools list them in tab-strip order, with their URL: so the extension's tab at index i is the
   * devtools' tab i, and the BiDi tab is the one whose URL the devtools show. Several tabs with the same URL are told
   * apart by bringing this one to the front (the devtools mark it `selected`).
   * @param {Tab} tab @returns {Promise<{ id: number, descriptor: string }>}
   */
  async function locate(tab) {
    const known = located.get(tab);
    if (known) return known;
    const url = await ff.urlOf(tab);
    let why = '';
    for (let attempt = 0; attempt < 5; attempt++) {
      const [ext, devtools] = await Promise.all([
        ff.evalInBackground(`(await browser.tabs.query({})).map((t) => ({ id: t.id, index: t.index, windowId: t.windowId, url: t.url ?? null }))`),
        rdp.request('root', 'listTabs').then((r) => r.tabs),
      ]);
      // the lists match only within one window, and while no tab opens or closes between the two queries
      const consistent = new Set(ext.map((t) => t.windowId)).size === 1 && ext.length === devtools.length &&
        ext.every((t) => t.url === null || devtools[t.index]?.url === t.url);
      if (!consistent) {
        why = `extension tabs ${JSON.stringify(ext)} vs devtools tabs ${JSON.stringify(devtools.map((d) => d.url))}`;
        await sleep(100);
        continue;
      }
      let hits = ext.filter((t) => devtools[t.index].url === url);
      if (hits.length > 1) {
        await ff.activate(tab);
        const now = (await rdp.request('root', 'listTabs')).tabs;
        hits = hits.filter((t) => now[t.index]?.selected && now[t.index]?.url === url);
      }
      if (hits.length !== 1) {
        why = `${hits.length} tabs show it`;
        continue;
      }
      const found = { id: hits[0].id, descriptor: devtools[hits[0].index].actor };
      located.set(tab, found);
      return found;
    }
    throw new Error(`cannot find the tab showing ${url}: ${why}`);
  }

  /** The devtools watcher of `tab`, watching its content scripts. */
  async function tabWatcher(tab) {
    const known = tabWatchers.get(tab);
    if (known) return known;
    const { descriptor } = await locate(tab);
    const { actor } = await rdp.request(descriptor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
    await rdp.request(actor, 'watchTargets', { targetType: 'content_script' }); // also announces existing ones
    tabWatchers.set(tab, actor);
    return actor;
  }
  /** @type {ExtensionPage | null} */
  let probe = null;

  const ff = {
    extensionId,
    /** moz-extension://<uuid> of this installation */
    origin,
    manifest,
    /** @type {RequestRecord[]} */
    requests,
    browserVersion: '',
    timings: { startedMs: 0, readyMs: 0 },
    /** escape hatches: raw WebDriver BiDi command, raw devtools client */
    bidi: (method, params = {}) => bidi.send(method, params),
    rdp,

    /** URL of an extension file, e.g. ff.url('src/popup/index.html?tabId=3') */
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,

    /**
     * Serve `fixture` for navigations matching `pattern` (a glob like 'https://www.instagram.com/**', or a RegExp);
     * other requests matching it get a 404, since fixtures load nothing. Later calls take precedence.
     * @param {string | RegExp} pattern @param {Fixture} fixture
     */
    async serve(pattern, fixture) {
      fixtures.unshift({ re: typeof pattern === 'string' ? globToRegExp(pattern) : pattern, fixture });
    },

    /** Open `url` in a new tab and wait until it has loaded. @returns {Promise<Tab>} */
    async open(url = 'about:blank') {
      const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
      if (url !== 'about:blank') await ff.navigate(context, url);
      return context;
    },

    /** Load `url` in `tab` and wait for its load event. */
    async navigate(tab, url) {
      await bidi.send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
    },

    /** The address the tab shows now. */
    async urlOf(tab) {
      const { contexts } = await bidi.send('browsingContext.getTree', { root: tab, maxDepth: 0 });
      return /** @type {string} */ (contexts[0]?.url);
    },

    async closeTab(tab) {
      located.delete(tab);
      const w = tabWatchers.get(tab);
      tabWatchers.delete(tab);
      if (w) contentScripts.delete(w);
      await bidi.send('browsingContext.close', { context: tab });
    },

    /** Bring `tab` to the front of its window. */
    async activate(tab) {
      await bidi.send('browsingContext.activate', { context: tab });
    },

    /** The extension's id for `tab` (`tabs.Tab.id`, as the worker and `?tabId=` know it). @returns {Promise<number>} */
    async tabId(tab) {
      return (await locate(tab)).id;
    },

    /**
     * Evaluate in the page of `tab` (its own JS world, as the site's scripts see it). Either an expression string
     * (promises are awaited) or a function with arguments that survive structured serialization.
     * @param {Tab} tab @param {string | ((...args: any[]) => any)} what @param {...any} args
     */
    async evalInPage(tab, what, ...args) {
      const common = { target: { context: tab }, awaitPromise: true, resultOwnership: 'none' };
      const r = typeof what === 'function'
        ? await bidi.send('script.callFunction', { ...common, functionDeclaration: what.toString(), arguments: args.map(toLocal) })
        : await bidi.send('script.evaluate', { ...common, expression: what });
      return unwrap(r, 'page script');
    },

    /** Single-page-app navigation: `history.pushState(state, '', path)` run by the page itself. Resolves to the new URL. */
    async pushState(tab, path, state = null) {
      return ff.evalInPage(tab, (p, s) => {
        history.pushState(s, '', p);
        return location.href;
      }, path, state);
    },

    /** Choose `paths` (absolute) in the file input matching `selector`, as the user would; fires input and change. */
    async setFiles(tab, selector, paths) {
      // locateNodes, not script.evaluate: once a content script's world was inspected, Firefox may evaluate in that
      // world, where the input comes back as an Xray wrapper rather than a node reference
      const { nodes } = await bidi.send('browsingContext.locateNodes', { context: tab, locator: { type: 'css', value: selector }, maxNodeCount: 1 });
      if (!nodes?.length) throw new Error(`setFiles: no element matches ${selector}`);
      await bidi.send('input.setFiles', { context: tab, element: { sharedId: nodes[0].sharedId }, files: paths.map((p) => resolve(p)) });
    },

    /**
     * Evaluate `expression` inside our content script's world in `tab`'s current document (where `browser.runtime` is
     * the content script's). `{ value }`, or `{ noWorld: true }` when the content script did not run there (yet).
     * The current document is told from older ones kept in the back-forward cache by a marker the page sets on its
     * window, which the content script can read only through `wrappedJSObject`.
     * @returns {Promise<{ value: any } | { noWorld: true }>}
     */
    async evalInContentScript(tab, expression) {
      const watcher = await tabWatcher(tab);
      const doc = await ff.evalInPage(tab, `globalThis.__unscrapedE2eDocument ??= 'doc-' + Math.random().toString(36).slice(2)`);
      const candidates = contentScripts.get(watcher) ?? [];
      for (const t of [...candidates].reverse()) {
        let mark;
        try {
          mark = await evaluateIn(rdp, t.consoleActor, `window.wrappedJSObject.__unscrapedE2eDocument ?? null`, 5_000);
        } catch {
          candidates.splice(candidates.indexOf(t), 1); // its document is gone
          continue;
        }
        if (mark === doc) return { value: await evaluateIn(rdp, t.consoleActor, expression) };
      }
      return { noWorld: true };
    },

    /** Evaluate in the add-on's background page (`browser` is the WebExtension API; top-level await works). */
    async evalInBackground(expression) {
      return evaluateIn(rdp, (await background()).consoleActor, expression);
    },

    /** The toolbar button of `tabId` as the user sees it. @returns {Promise<Badge>} */
    async badge(tabId) {
      const id = JSON.stringify(tabId);
      return ff.evalInBackground(`({
        text: await browser.action.getBadgeText({ tabId: ${id} }),
        title: await browser.action.getTitle({ tabId: ${id} }),
        color: await browser.action.getBadgeBackgroundColor({ tabId: ${id} }),
        textColor: await browser.action.getBadgeTextColor({ tabId: ${id} }),
      })`);
    },

    /**
     * Open one of the add-on's pages in a new tab (via `tabs.create` in the background; BiDi cannot navigate to
     * moz-extension:// URLs) and return a handle to evaluate there. `active: false` opens it in the background,
     * where Firefox throttles timers (a page that renders after a timeout may stay unrendered for seconds).
     * @returns {Promise<ExtensionPage>}
     */
    async openExtensionPage(path, { active = true } = {}) {
      const url = ff.url(path);
      const before = new Set(targets.keys());
      const tabId = await ff.evalInBackground(`(await browser.tabs.create({ url: ${JSON.stringify(url)}, active: ${!!active} })).id`);
      const target = await targetFor(url, { exclude: before });
      // the devtools target exists from the document's creation, before the page has loaded and has `browser`
      const ready = await ff.until(() => evaluateIn(rdp, target.consoleActor,
        `document.readyState === 'complete' && typeof browser === 'object'`).catch(() => false), 10_000, 25);
      if (!ready) throw new Error(`the extension page ${url} did not finish loading`);
      return {
        tabId,
        url,
        eval: (expression) => evaluateIn(rdp, target.consoleActor, expression),
        close: async () => {
          await ff.evalInBackground(`await browser.tabs.remove(${tabId})`).catch(() => {});
        },
      };
    },

    /**
     * The add-on's toolbar popup, opened over `tab` as a click on its button opens it (the background calls
     * action.openPopup; Firefox allows that without a click only with the pref
     * `extensions.openPopupWithoutUserGesture.enabled`, which launchFirefox({ prefs }) can set). Returns a handle to
     * evaluate in the popup, as openExtensionPage does.
     * @param {Tab} tab @returns {Promise<Omit<ExtensionPage, 'tabId'>>}
     */
    async openToolbarPopup(tab) {
      await ff.activate(tab);
      const url = ff.url('src/popup/index.html');
      const before = new Set(targets.keys());
      const opened = await ff.evalInBackground('await browser.action.openPopup().then(() => "ok", (e) => String(e?.message ?? e))');
      if (opened !== 'ok') throw new Error(`action.openPopup: ${opened}`);
      const target = await targetFor(url, { exclude: before });
      return {
        url,
        eval: (expression) => evaluateIn(rdp, target.consoleActor, expression),
        close: async () => {
          await evaluateIn(rdp, target.consoleActor, 'window.close()').catch(() => {});
        },
      };
    },

    /** Send `message` from an extension page (the options page, kept open); the reply, or `{ rejected: message }`. */
    async sendFromExtensionPage(message) {
      probe ??= await ff.openExtensionPage('src/options/index.html', { active: false });
      return probe.eval(`await browser.runtime.sendMessage(${JSON.stringify(message)}).then(
        (v) => v === undefined ? { undefined: true } : v, (e) => ({ rejected: String(e?.message ?? e) }))`)
        .then((r) => (r && typeof r === 'object' && 'undefined' in r && Object.keys(r).length === 1 ? undefined : r));
    },

    /** The worker's answer to `getTabState` for `tabId`, asked from an extension page as the popup does. @returns {Promise<TabState>} */
    async getTabState(tabId) {
      return ff.sendFromExtensionPage({ type: 'getTabState', tabId });
    },

    /**
     * Open the popup page for `tabId` (`src/popup/index.html?tabId=N`, in a tab of its own, in front, its viewport
     * as wide as a toolbar popup), wait until it shows a state (up to 5 s), read what it shows, and close it.
     * @param {number} tabId @param {{ width?: number, height?: number }} [size]
     * @returns {Promise<PopupView>}
     */
    async readPopup(tabId, { width = 360, height = 600 } = {}) {
      const page = await ff.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      try {
        // BiDi cannot open moz-extension:// pages, but it lists and sizes them once open
        const { contexts } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
        const ctx = contexts.filter((c) => c.url === page.url);
        if (ctx.length === 1) await bidi.send('browsingContext.setViewport', { context: ctx[0].context, viewport: { width, height } });
        /** @type {PopupView | null} */
        let view = null;
        await ff.until(async () => {
          view = await page.eval(`(() => {
            const h2 = document.querySelector('h2');
            if (!h2) return null; // still "Loading…"
            const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent ?? null;
            return { level: document.querySelector('[data-level]')?.getAttribute('data-level') ?? null,
              heading: h2.textContent, platform: text('platform'), pageKind: text('page-kind'), uploads: text('uploads'),
              text: document.body.innerText, scrollWidth: document.documentElement.scrollWidth };
          })()`);
          return view;
        });
        if (!view) throw new Error(`the popup for tab ${tabId} showed no state in 5 s: ${JSON.stringify(await page.eval('document.body.innerText'))}`);
        return view;
      } finally {
        await page.close();
      }
    },

    /**
     * Poll `fn` every `step` ms until it returns a truthy value or `timeout` ms pass; resolves to the last value.
     * @template T @param {() => T | Promise<T>} fn @returns {Promise<T | undefined>}
     */
    async until(fn, timeout = 5_000, step = 50) {
      const t0 = Date.now();
      let last;
      for (;;) {
        last = await fn();
        if (last || Date.now() - t0 >= timeout) return last;
        await sleep(step);
      }
    },

    /**
     * Requests that were neither a fixture document we served nor a file of the add-on's own package. Requests that
     * Firefox itself refused before sending (the add-on pages' CSP) are not counted here: they never left; find
     * them in `requests` by `outcome: 'blocked-in-browser'`.
     * @returns {RequestRecord[]}
     */
    strayRequests() {
      return requests.filter((r) => r.outcome !== 'served' && r.outcome !== 'blocked-in-browser' && !r.url.startsWith(`${origin}/`));
    },

    /** Kill Firefox and remove its profile. */
    close: shutdown,
  };
  return ff;
}

/** @typedef {Awaited<ReturnType<typeof launchFirefox>>} FirefoxSession */
