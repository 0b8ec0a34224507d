// A small client for Firefox's devtools Remote Debugging Protocol (RDP), the protocol about:debugging speaks. The
// Firefox e2e client (./firefox.mjs) uses it for what WebDriver BiDi cannot do: evaluate code inside the add-on's
// background page, its moz-extension:// pages and its content scripts, and watch the add-on's own network activity.
// Firefox must run with `--start-debugger-server PORT` and the prefs devtools.debugger.remote-enabled=true,
// devtools.debugger.prompt-connection=false, devtools.chrome.enabled=true.
//
// Wire format: `<byte length>:<JSON>`. Every packet names an actor (`to` / `from`). An actor answers its requests in
// the order it got them; a reply has no `type`, an event (unsolicited) has one.
import net from 'node:net';

/**
 * @typedef {{ from: string, type?: string, error?: string, message?: string, [k: string]: any }} Packet
 * @typedef {{ actor: string, url: string, title?: string, consoleActor: string, [k: string]: any }} FrameTarget
 */

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class RdpClient {
  /** @param {net.Socket} socket */
  constructor(socket) {
    this.socket = socket;
    /** @type {Map<string, {resolve: (p: Packet) => void, reject: (e: Error) => void, what: string}[]>} */
    this.pending = new Map();
    /** @type {Set<(p: Packet) => void>} */
    this.eventListeners = new Set();
    /** @type {Error | null} */
    this.closedWith = null;
    let buf = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const colon = buf.indexOf(0x3a); // ':'
        if (colon < 0) break;
        const len = Number(buf.subarray(0, colon).toString('latin1'));
        if (!Number.isInteger(len)) throw new Error(`RDP: bad packet header ${buf.subarray(0, colon)}`);
        if (buf.length < colon + 1 + len) break;
        const packet = JSON.parse(buf.subarray(colon + 1, colon + 1 + len).toString('utf8'));
        buf = buf.subarray(colon + 1 + len);
        this.#dispatch(packet);
      }
    });
    socket.on('close', () => this.#failAll(new Error('RDP connection closed')));
    socket.on('error', (e) => this.#failAll(e));
  }

  /** Connect to 127.0.0.1:`port`, retrying until the server listens (Firefox opens it a little after start). */
  static async connect(port, { timeout = 15_000 } = {}) {
    const t0 = Date.now();
    for (;;) {
      try {
        const socket = await new Promise((resolve, reject) => {
          const s = net.createConnection({ host: '127.0.0.1', port }, () => resolve(s));
          s.once('error', reject);
        });
        const client = new RdpClient(socket);
        // the root actor greets first; the greeting has no `type`, so it is queued as a reply to "nothing"
        const greeted = new Promise((resolve, reject) => client.#enqueue('root', 'greeting', resolve, reject));
        const timer = setTimeout(() => client.close(), 5_000);
        try {
          await greeted;
        } finally {
          clearTimeout(timer);
        }
        return client;
      } catch (e) {
        if (Date.now() - t0 > timeout) throw new Error(`RDP: no debugger server on port ${port}: ${e}`, { cause: e });
        await sleep(100);
      }
    }
  }

  #enqueue(actor, what, resolve, reject) {
    if (this.closedWith) return reject(this.closedWith);
    const q = this.pending.get(actor) ?? [];
    q.push({ resolve, reject, what });
    this.pending.set(actor, q);
  }

  /** @param {Packet} p */
  #dispatch(p) {
    const isReply = p.type === undefined || p.error !== undefined;
    const q = isReply ? this.pending.get(p.from) : undefined;
    if (q?.length) {
      const w = /** @type {NonNullable<typeof q[0]>} */ (q.shift());
      if (p.error) w.reject(new Error(`RDP ${w.what} on ${p.from}: ${p.error}: ${p.message ?? ''}`));
      else w.resolve(p);
      return;
    }
    for (const l of this.eventListeners) {
      try {
        l(p);
      } catch (e) {
        // a faulty listener must not break the connection for everyone else
        console.error('RDP event listener failed:', e);
      }
    }
  }

  #failAll(err) {
    this.closedWith ??= err;
    for (const q of this.pending.values()) for (const w of q.splice(0)) w.reject(err);
  }

  /**
   * Send `type` to `to` and resolve with its reply (rejects on an error reply, or after `timeout` ms).
   * @returns {Promise<Packet>}
   */
  request(to, type, params = {}, timeout = 10_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`RDP ${type} on ${to}: no reply in ${timeout} ms`)), timeout);
      this.#enqueue(to, type, (p) => { clearTimeout(timer); resolve(p); }, (e) => { clearTimeout(timer); reject(e); });
      const body = JSON.stringify({ to, type, ...params });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  /** Listen to every event packet; returns a function that stops listening. */
  onEvent(listener) {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /**
   * Start keeping the events that `filter` accepts, so that an event sent right behind a reply (often in the same TCP
   * chunk, before the code awaiting that reply resumes) is not missed. `next(pred)` takes the first kept event that
   * `pred` accepts, waiting up to `timeout` ms for one; `stop()` ends the buffering.
   * @param {(p: Packet) => boolean} filter
   */
  buffer(filter) {
    /** @type {Packet[]} */
    const kept = [];
    /** @type {Set<() => void>} */
    const wakers = new Set();
    const off = this.onEvent((p) => {
      if (!filter(p)) return;
      kept.push(p);
      for (const w of wakers) w();
    });
    return {
      /** @param {(p: Packet) => boolean} pred @returns {Promise<Packet>} */
      next: (pred, timeout = 5_000, what = 'event') =>
        new Promise((resolve, reject) => {
          const look = () => {
            const i = kept.findIndex(pred);
            if (i < 0) return false;
            clearTimeout(timer);
            wakers.delete(look);
            resolve(/** @type {Packet} */ (kept.splice(i, 1)[0]));
            return true;
          };
          const timer = setTimeout(() => { wakers.delete(look); reject(new Error(`RDP: no ${what} in ${timeout} ms`)); }, timeout);
          if (!look()) wakers.add(look);
        }),
      stop: () => { off(); },
    };
  }

  close() {
    this.#failAll(new Error('RDP connection closed'));
    this.socket.destroy();
  }
}

/**
 * Evaluate `expression` in a target's console (its page or background global, with the WebExtension API as `browser`).
 * Top-level `await` is allowed; the value must survive JSON (it is stringified there and parsed here), and a thrown
 * error or rejected promise rejects with its message.
 * @param {RdpClient} rdp
 * @param {string} consoleActor
 * @param {string} expression
 */
export async function evaluateIn(rdp, consoleActor, expression, timeout = 10_000) {
  // Wrap so the page returns one JSON string: objects come back as grips otherwise, and errors as exceptions.
  const text = `(async () => { try { return JSON.stringify({ ok: await (async () => (${expression}))() }) ?? '{}'; }
    catch (e) { return JSON.stringify({ err: String(e && e.message || e) }); } })()`;
  // The reply only carries a resultID; the result follows as an `evaluationResult` event with that id.
  const results = rdp.buffer((p) => p.from === consoleActor && p.type === 'evaluationResult');
  let res;
  try {
    const { resultID } = await rdp.request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } }, timeout);
    res = await results.next((p) => p.resultID === resultID, timeout, 'evaluationResult');
  } finally {
    results.stop();
  }
  if (res.exceptionMessage) throw new Error(`RDP evaluation failed: ${res.exceptionMessage}`);
  let json = res.result;
  if (json && typeof json === 'object' && json.type === 'longString') {
    json = (await rdp.request(json.actor, 'substring', { start: 0, end: json.length })).substring;
  }
  if (typeof json !== 'string') throw new Error(`RDP evaluation gave no JSON: ${JSON.stringify(res.result)}`);
  const out = JSON.parse(json);
  if ('err' in out) throw new Error(out.err);
  return out.ok;
}
