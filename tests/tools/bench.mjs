#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`): the project's performance budgets live here, not in timed tests.
 *
 *   npm run bench                       build (npm run build:chrome) then measure everything, 9 runs
 *   npm run bench -- --runs 9           more runs (medians get steadier)
 *   npm run bench -- --only size,trace  some parts only: classify, size, trace, notice, badge, popup
 *   npm run bench -- --no-build         measure the existing build
 *   UNSCRAPED_DIST=/tmp/x npm run bench build into and measure /tmp/x/chrome instead of ./dist/chrome
 *
 * Prints a table (each budget `ok` or `OVER`) and writes every raw figure to bench-out/results.json. Exits 1 when
 * a budget is exceeded, a control reads non-zero, or a measurement could not be made.
 *
 * What is measured, and how
 *  classify  `classifyUrl` over 100,000 URLs built from the registry's example URLs with a seeded PRNG (variations
 *            of query, fragment, case, trailing slash, mobile host, scheme, trailing dot, escapes; plus unlisted,
 *            look-alike, deeper-subdomain and malformed URLs, among them 253-character hostnames). src/core is bundled for Node with Vite's JS API at bench time (Node 20
 *            cannot import TypeScript), which also proves the core loads in plain Node. Median of >= 5 timed rounds
 *            after warm-up rounds. Informational: no budget.
 *  size      raw and gzip -9 bytes of the built content script (manifest content_scripts[0].js[0]): budget 8 KB. The
 *            worker and every module it imports statically, each gzipped on its own: budget 12 KB (its other chunks,
 *            which it loads when a message, an alarm or a loaded page first needs them, are reported). The popup's
 *            first-paint JavaScript (its entry and its static imports; import() comes after the paint): 20 KB.
 *  trace     main-thread cost of the content script on tests/fixtures/pages/heavy-feed.html (10k elements, then a
 *            fixed feed that also fires untrusted `input` events), served as a listed non-profile page, a listed
 *            profile page (where the notice shows), a second profile page of the same site (the notice was shown
 *            already: the usual page) and an unlisted control origin, each in a new tab; and a third profile loaded
 *            in the second one's tab (reported, not gated: the next page in the same renderer, whose V8 kept the
 *            content script's compilation). Budgets (issue 14): 1 ms per page, largest
 *            task 1 ms, except the one page per site per browser session that shows the notice: 3 ms, largest
 *            task 2 ms. CDP tracing (the reference
 *            categories plus `mojom`). An event is the extension's when its script URL is chrome-extension://<our
 *            id>/ or it runs in an isolated world in which our script was compiled, and a microtask checkpoint is
 *            when it follows only our work in its task (e.g. the code after `await runtime.sendMessage()`, which V8
 *            reports without script or world: see attribute()). Only the main thread of the renderer(s) that
 *            parsed the measured page counts (an extension page open elsewhere is not the content script).
 *            Overlapping events are merged (union of intervals), on the wall clock (ts/dur) and on the thread CPU
 *            clock (tts/tdur). One fresh browser per run, treatment and control order alternating between runs;
 *            medians over runs.
 *            The budgets are gated on THREAD CPU time. Wall time also counts the moments the
 *            renderer thread is descheduled while inside our code; on a 2-core machine shared with a browser's
 *            other processes (and, here, other jobs) that inflates wall time by large, random amounts unrelated
 *            to our code (we saw 5 ms of CPU take 21 ms of wall). Thread time is what our code costs the page;
 *            wall is printed beside it. An "extension task" is the extension's share of one main-thread task
 *            (RunTask): the largest is reported, and tasks >= 50 ms (CPU) must number 0. The control must read
 *            0 in every run, and each treatment must read > 0 (else the attribution is broken). The pages' floors
 *            are measured with a stand-in extension, in a fresh browser of its own right after each run (reported,
 *            not gated): on the feed page in a new tab, a content script that is one empty function; then on the
 *            profile page in a new tab, one that shows a bare notice when the page has loaded (an element, its
 *            closed shadow root, one sentence): the browser's part of any notice a content script puts on a page.
 *            Ours less the floor of its own run is reported too: what is ours, with the machine's moment taken out.
 *  notice    latency of the in-page notice after a trusted upload (page.setInputFiles) on a listed page that is not a
 *            profile (the page is handed no policy, so the notice comes in the worker's reply to the upload), with the
 *            service worker stopped and with it running. "Stopped" is checked as the browser reports it (CDP: the
 *            worker version's runningStatus, and no worker target); Playwright's context.serviceWorkers() keeps
 *            listing a stopped worker, so it cannot tell. Measured in the page's own timeline by
 *            tests/fixtures/pages/bench-upload.html, whose inline script (run before the content script) notes
 *            performance.now() in a capture `input` listener and when <unscraped-notice> is inserted under
 *            <html>. Median of runs; budget <= 100 ms, both cold and warm.
 *  badge     time from a navigation's tabs.onUpdated (a listed feed page to a profile in the same tab) until the
 *            badge's text reads right, polled every 2 ms from an extension page (which does not wake the worker),
 *            with the worker stopped first (it must wake for tabs.onUpdated) and running; when its title in words is
 *            right is reported too. Median of runs; budgets 50 ms asleep, 25 ms awake (issue 14). The floor is
 *            measured the same way right after, in a browser of its own: a stand-in extension whose worker only
 *            sets the badge from the address (reported, not gated).
 *  popup     the toolbar popup as people open it: over a listed profile in the active tab of a fresh browser, the
 *            worker calls action.openPopup (as a click on the button opens it), and the popup is timed in its own
 *            timeline from its navigation start to the mark its script sets right after its first render
 *            (`unscraped:first-render`, src/popup/main.tsx); that it showed the profile's level is checked, and its
 *            width once the browser has sized it is reported. Median of runs; budget <= 100 ms (issue 14). The
 *            floor is measured the same way after each run, in a fresh browser of its own: a stand-in extension
 *            whose toolbar popup has one module script of two lines (an h2, then the mark) (reported, not gated).
 *            In each browser the popup is then opened a second time, a second after the first, as a popup opened
 *            before is: its script's code cache is there then (reported, not gated: the usual case, where the
 *            budget is on the first open).
 *
 * Other agents may be running browsers on the same machine: the method leans on medians, CPU time and a control
 * at 0, but absolute figures from a busy machine are pessimistic. The whole bench takes about 2.5 minutes.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const started = performance.now();
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const OUT_DIR = join(ROOT, 'bench-out');
const PARTS = ['classify', 'size', 'trace', 'notice', 'badge', 'popup'];

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    only: { type: 'string', default: PARTS.join(',') },
    'no-build': { type: 'boolean', default: false },
    without: { type: 'string', default: '' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log('usage: npm run bench -- [--runs N] [--only classify,size,trace,notice,badge,popup] [--no-build] [--without uploads,receiver,notice]');
  process.exit(0);
}
// --without: measure a build that leaves parts of the content script's work out (WITHOUT_PARTS in vite.config.ts),
// built elsewhere than ./dist. Its notice checks fail by design when the notice or the receiver is left out.
const WITHOUT = opt.without.trim();
if (WITHOUT) process.env.UNSCRAPED_WITHOUT = WITHOUT;
const DIST = resolve(ROOT, process.env.UNSCRAPED_DIST ?? (WITHOUT ? join(tmpdir(), `unscraped-bench-without-${WITHOUT.replace(/[^a-z]+/g, '-')}`) : 'dist'));
const EXT_DIR = join(DIST, 'chrome');
const RUNS = Number(opt.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs must be a positive integer, got ${opt.runs}`);
  process.exit(2);
}
const ONLY = new Set(opt.only.split(',').map((s) => s.trim()).filter(Boolean));
for (const p of ONLY) {
  if (!PARTS.includes(p)) {
    console.error(`--only: unknown part "${p}" (known: ${PARTS.join(', ')})`);
    process.exit(2);
  }
}
if (RUNS < 7) console.warn(`note: --runs ${RUNS} is fewer than the 7 the budgets are meant for (issue 14: medians of at least 7 fresh-browser runs)`);

// ---------------------------------------------------------------------------------------------------------------
// results: every line of the table is a row; `budget` rows decide the exit code

/** @type {{part: string, name: string, value: number|string|null, unit: string, budget?: string, status: 'ok'|'OVER'|'FAIL'|'info', note?: string}[]} */
const rows = [];
const raw = {};
const errors = [];

/** "1 file", "3 files" */
const fileCount = (n) => `${n} file${n === 1 ? '' : 's'}`;

function info(part, name, value, unit, note) {
  rows.push({ part, name, value, unit, status: 'info', note });
}
/** a gated row: ok when `value <= max` (and value is a number) */
function budget(part, name, value, unit, max, note) {
  const ok = typeof value === 'number' && Number.isFinite(value) && value <= max;
  rows.push({ part, name, value, unit, budget: `<= ${fmt(max)} ${unit}`.trim(), status: ok ? 'ok' : 'OVER', note });
}
/** a gated check that is not a number (control at 0, worker really stopped...) */
function check(part, name, pass, value, note) {
  rows.push({ part, name, value, unit: '', budget: 'must hold', status: pass ? 'ok' : 'FAIL', note });
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return s.length ? { min: round(Math.min(...s)), max: round(Math.max(...s)) } : null;
};
const round = (x, d = 3) => (typeof x === 'number' ? Number(x.toFixed(d)) : x);
function fmt(v) {
  if (typeof v !== 'number') return String(v ?? '—');
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

// ---------------------------------------------------------------------------------------------------------------
// build

const needsBuild = ['size', 'trace', 'notice', 'badge', 'popup'].some((p) => ONLY.has(p));
if (needsBuild && !opt['no-build']) {
  const t0 = performance.now();
  console.log(`building the Chrome extension into ${relative(ROOT, EXT_DIR) || EXT_DIR} ...`);
  const r = spawnSync('npm', ['run', '--silent', 'build:chrome'], {
    cwd: ROOT,
    env: { ...process.env, UNSCRAPED_DIST: DIST },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    console.error('bench: the build failed');
    process.exit(1);
  }
  raw.buildMs = round(performance.now() - t0, 0);
}
if (needsBuild && !existsSync(join(EXT_DIR, 'manifest.json'))) {
  console.error(`bench: no build in ${EXT_DIR}; run without --no-build, or set UNSCRAPED_DIST`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. URL classifier throughput

/** mulberry32: a tiny seeded PRNG, so the URL list is the same on every machine */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bundle src/core (and the registry's examples) for Node with Vite's JS API; returns the imported modules. */
async function bundleCore() {
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'unscraped-bench-core-'));
  try {
    await build({
      root: ROOT,
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      publicDir: false,
      build: {
        ssr: true,
        target: 'node20',
        outDir: out,
        emptyOutDir: true,
        minify: false,
        copyPublicDir: false,
        lib: {
          entry: { core: join(ROOT, 'src/core/index.ts'), examples: join(ROOT, 'src/core/registry/examples.ts') },
          formats: ['es'],
        },
      },
    });
    const core = await import(pathToFileURL(join(out, 'core.js')).href);
    const { EXAMPLES } = await import(pathToFileURL(join(out, 'examples.js')).href);
    return { core, EXAMPLES };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const URL_SHAPE = /^([a-z]+:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;

/** The deterministic mixed list of `n` URLs. */
function urlList(examples, n, seed) {
  const rand = prng(seed);
  const int = (k) => Math.floor(rand() * k);
  const pick = (a) => a[int(a.length)];
  const bases = Object.values(examples).flat().map((e) => e.url);
  const hosts = [...new Set(bases.map((u) => URL_SHAPE.exec(u)?.[2]).filter(Boolean))];
  const split = (u) => {
    const m = URL_SHAPE.exec(u);
    return m ? { scheme: m[1], host: m[2], path: m[3] || '', query: m[4] ?? '', frag: m[5] ?? '' } : null;
  };
  const join3 = (p) => `${p.scheme}//${p.host}${p.path}${p.query}${p.frag}`;
  const mixCase = (s) => Array.from(s, (c) => (rand() < 0.5 ? c.toUpperCase() : c)).join('');
  const variations = [
    (p) => p,
    (p) => ({ ...p, query: `${p.query ? `${p.query}&` : '?'}utm_source=bench&ref=${int(1e6)}` }),
    (p) => ({ ...p, frag: `#s${int(100)}` }),
    (p) => ({ ...p, host: p.host.toUpperCase() }),
    (p) => ({ ...p, path: mixCase(p.path) }),
    (p) => ({ ...p, path: p.path.endsWith('/') ? p.path.slice(0, -1) : `${p.path}/` }),
    (p) => ({ ...p, host: p.host.startsWith('www.') ? `m.${p.host.slice(4)}` : `m.${p.host}` }),
    (p) => ({ ...p, host: p.host.replace(/^(m|mobile|mbasic)\./, 'www.') }),
    (p) => ({ ...p, scheme: 'http:' }),
    (p) => ({ ...p, host: `${p.host}.` }),
    (p) => ({ ...p, path: p.path.replace(/[._-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) }),
    (p) => ({ ...p, path: `${p.path}${p.path.endsWith('/') ? '' : '/'}extra/${int(1000)}` }),
  ];
  const WORDS = ['news', 'shop', 'blog', 'mail', 'docs', 'photos', 'wiki', 'maps', 'video', 'forum'];
  const TLDS = ['com', 'org', 'net', 'io', 'de', 'co.uk', 'example'];
  const unlisted = () => {
    const host = `${pick(WORDS)}${rand() < 0.5 ? '' : int(100)}.${pick(WORDS)}-site.${pick(TLDS)}`;
    // sometimes a listed platform's path on an unlisted host
    const path = rand() < 0.3 ? (split(pick(bases))?.path ?? '/') : `/${pick(WORDS)}/${int(1e5)}`;
    return `https://${host}${path}${rand() < 0.3 ? `?q=${pick(WORDS)}` : ''}`;
  };
  const lookalike = () => {
    const h = pick(hosts);
    const bare = h.replace(/^(www|m|mobile)\./, '');
    const path = split(pick(bases))?.path ?? '/';
    const forms = [
      () => `https://${h}.evil.example${path}`,
      () => `https://${bare}-login.example${path}`,
      () => `https://evil-${bare}${path}`,
      () => `https://${bare.replace(/[io]/, (c) => (c === 'i' ? 'l' : '0'))}${path}`,
      () => `https://${bare.replace(/\.[a-z]+$/, '.co')}${path}`,
      () => `https://${h}@evil.example${path}`,
      () => `https://evil.example/${h}${path}`,
      () => `https://evil.example/?next=${encodeURIComponent(`https://${h}${path}`)}`,
      () => `https://xn--${bare.replace(/\./g, '-')}.example${path}`,
      // deeper subdomains: infrastructure under a `*.` host, unlisted under any other
      () => `https://cdn${int(10)}.static.${bare}${path}`,
    ];
    return pick(forms)();
  };
  const MALFORMED = [
    '',
    ' ',
    'not a url',
    'https://',
    'https:///sam.example',
    'https://[::1',
    '//www.instagram.com/sam.example/',
    'www.instagram.com/sam.example/',
    'javascript:alert(1)',
    'data:text/html,<b>hi</b>',
    'ftp://www.instagram.com/sam.example/',
    'chrome://settings/',
    'https://www.instagram.com:99999/sam.example/',
    'https://www.insta gram.com/sam.example/',
    'https://%%30%30/',
    'https://www.instagram.com/%E0%A4%A/',
    'http://256.256.256.256/',
    `https://www.instagram.com/${'a/'.repeat(1000)}`,
    `https://x.com/${'x'.repeat(70_000)}`,
    // the longest hostname there is, every label a parent to try under a `*.` host
    `https://${'a.'.repeat(120)}tumblr.com/sam`,
    `https://${'a.'.repeat(120)}unlisted.example/sam`,
  ];
  const list = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.7) {
      let p = split(pick(bases));
      p = pick(variations)(p);
      if (rand() < 0.25) p = pick(variations)(p); // sometimes two at once
      list[i] = join3(p);
    } else if (r < 0.84) list[i] = unlisted();
    else if (r < 0.94) list[i] = lookalike();
    else list[i] = pick(MALFORMED);
  }
  return list;
}

async function benchClassify() {
  const t0 = performance.now();
  const { core, EXAMPLES } = await bundleCore();
  const bundleMs = performance.now() - t0;
  const { classifyUrl } = core;
  // the bundle works: the examples classify as the registry says (the unit tests hold the details)
  const examples = Object.values(EXAMPLES).flat();
  const wrong = examples.filter((e) => classifyUrl(e.url).pageKind !== e.kind).map((e) => e.url);
  const N = 100_000;
  const urls = urlList(EXAMPLES, N, 0x5eed);
  const listHash = createHash('sha256').update(urls.join('\n')).digest('hex').slice(0, 16);
  const kinds = { profile: 0, post: 0, other: 0, none: 0 };
  for (const u of urls) kinds[classifyUrl(u).pageKind ?? 'none']++;
  const round1 = () => {
    let hits = 0;
    const s = performance.now();
    for (let i = 0; i < N; i++) if (classifyUrl(urls[i]).platform !== null) hits++;
    return { ms: performance.now() - s, hits };
  };
  for (let w = 0; w < 3; w++) round1(); // warm-up: let the JIT settle
  const rounds = [];
  for (let i = 0; i < Math.max(5, RUNS); i++) rounds.push(round1());
  const rates = rounds.map((r) => N / (r.ms / 1000));
  raw.classify = {
    urls: N,
    listSha256: listHash,
    exampleUrls: examples.length,
    platforms: Object.keys(EXAMPLES).length,
    examplesMisclassified: wrong,
    results: kinds,
    bundleMs: round(bundleMs, 0),
    roundsMs: rounds.map((r) => round(r.ms, 2)),
    perSecond: rates.map((r) => Math.round(r)),
  };
  const perSec = Math.round(median(rates));
  info('classify', `classifyUrl, ${N.toLocaleString('en-US')} mixed URLs (median of ${rounds.length})`, perSec, 'URL/s',
    `${fmt(1e6 / perSec)} µs each; listed ${N - kinds.none}, profile ${kinds.profile}, post ${kinds.post}; list ${listHash}`);
  info('classify', 'registry examples', examples.length, 'URLs', `${Object.keys(EXAMPLES).length} platforms, ${wrong.length} misclassified`);
  if (wrong.length) console.warn(`classify: ${wrong.length} registry example(s) misclassified, e.g. ${wrong.slice(0, 3).join(' ')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. content script size

/** Issue 14: what the worker loads before it can set a badge. */
const WORKER_BUDGET_B = 12 * 1024;

function benchSize() {
  const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8'));
  const files = manifest.content_scripts?.[0]?.js ?? [];
  if (!files.length) throw new Error('the built manifest declares no content script');
  const buf = readFileSync(join(EXT_DIR, files[0]));
  const gz = gzipSync(buf, { level: 9 }).length;
  raw.size = { file: files[0], raw: buf.length, gzip9: gz, otherFiles: files.slice(1) };
  budget('size', `content script gzip -9 (${files[0]})`, gz, 'B', 8 * 1024, `${fmt(gz / 1024)} KB`);
  benchPopupSize();
  info('size', 'content script raw', buf.length, 'B', `${fmt(buf.length / 1024)} KB`);
  if (files.length > 1) check('size', 'content script is one file', false, files.length, files.join(', '));
  // the worker and every module it imports, each gzipped on its own (as the browser reads them)
  const worker = manifest.background?.service_worker;
  if (worker) {
    const seen = staticGraph(join(EXT_DIR, worker));
    const sizes = [...seen].map((f) => ({ raw: readFileSync(f).length, gz: gzipSync(readFileSync(f), { level: 9 }).length }));
    const wgz = sizes.reduce((a, x) => a + x.gz, 0);
    raw.size.worker = { files: [...seen].map((f) => relative(EXT_DIR, f)), raw: sizes.reduce((a, x) => a + x.raw, 0), gzip9: wgz };
    // every module the worker imports statically is loaded each time it wakes, before it can set a badge
    budget('size', `worker and the modules it loads, gzip -9 (${fileCount(seen.size)})`, wgz, 'B', WORKER_BUDGET_B,
      `${fmt(wgz / 1024)} KB; ${fmt(raw.size.worker.raw / 1024)} KB raw; ${[...seen].map((f) => relative(EXT_DIR, f)).join(', ')}`);
    // the rest of the worker (Chrome: classic scripts it imports at install, and runs when a message, an alarm or a
    // loaded page first needs them; see bundleWorker in vite.config.ts), named in the worker's script
    const text = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
    const later = [...new Set([...text.matchAll(/"\/(assets\/worker-[^"]+\.js)"/g)].map((m) => m[1]))];
    if (later.length) {
      const lgz = later.reduce((a, f) => a + gzipSync(readFileSync(join(EXT_DIR, f)), { level: 9 }).length, 0);
      raw.size.worker.later = { files: later, gzip9: lgz };
      info('size', `  the rest of the worker, loaded when first needed, gzip -9 (${fileCount(later.length)})`, lgz, 'B', `${fmt(lgz / 1024)} KB; ${later.join(', ')}`);
    }
  }
}

/** Issue 14: the JavaScript the popup runs before its first paint (its entry and every module that imports
 * statically; what it loads with import() comes after the paint). */
const POPUP_FIRST_PAINT_BUDGET_B = 20 * 1024;

function benchPopupSize() {
  const html = readFileSync(join(EXT_DIR, 'src/popup/index.html'), 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  if (!entries.length) throw new Error('the built popup page loads no script');
  const seen = new Set();
  for (const src of entries) for (const f of staticGraph(src.startsWith('/') ? join(EXT_DIR, src) : join(EXT_DIR, 'src/popup', src))) seen.add(f);
  const sizes = [...seen].map((f) => ({ file: relative(EXT_DIR, f), raw: readFileSync(f).length, gz: gzipSync(readFileSync(f), { level: 9 }).length }));
  const gz = sizes.reduce((a, x) => a + x.gz, 0);
  raw.size.popup = { files: sizes, gzip9: gz };
  budget('size', `popup first-paint JavaScript, gzip -9 (${fileCount(seen.size)})`, gz, 'B', POPUP_FIRST_PAINT_BUDGET_B,
    `${fmt(gz / 1024)} KB; ${sizes.map((x) => `${x.file} ${fmt(x.gz / 1024)}`).join(', ')}`);
}

/** A module and every module it imports statically (import() is left out: it loads later, or never). */
function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', m[1]));
  };
  visit(entry);
  return seen;
}

// ---------------------------------------------------------------------------------------------------------------
// browser helpers

let lib;
async function browserLib() {
  lib ??= await import('../e2e/lib/chromium.mjs');
  return lib;
}
const page = (name) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');

const isOurs = (ext) => (w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`);

// ---------------------------------------------------------------------------------------------------------------
// 3. main-thread cost on a heavy page (CDP tracing)

// as in the reference method, plus `mojom` to see messages delivered to the content script (see attribute())
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'mojom', '__metadata'];
const FEED = page('heavy-feed.html');
const T_OTHER = 'https://www.instagram.com/explore/';
const T_PROFILE = 'https://www.instagram.com/sam.example/';
/** another profile, visited after T_PROFILE in the same browser: the notice was shown for the site already */
const T_PROFILE_AGAIN = 'https://www.instagram.com/alex.example/';
/** another profile still, loaded in T_PROFILE_AGAIN's tab: the next page of a site in the same tab, the usual way to
 * move on. Its renderer already ran the content script for the page before, and V8 keeps the script's compilation. */
const T_SAME_TAB = 'https://www.instagram.com/bo.example/';
/** Budgets, ms of main-thread CPU (issue 14). A listed page where no notice shows (a feed, where the notice may still
 * show on an upload, or any page of a site whose notice was shown already): 1 ms, and no task of ours over 1 ms. The
 * one page per site per browser session that shows the notice: 3 ms, and no task over 2 ms. */
const PAGE_BUDGET_MS = 1;
const PAGE_TASK_BUDGET_MS = 1;
const NOTICE_PAGE_BUDGET_MS = 3;
const NOTICE_TASK_BUDGET_MS = 2;
const CONTROL = 'https://control.example/explore/';
const SETTLE_MS = 300;

/** Union length of [start, end] intervals. */
function unionLength(intervals) {
  const iv = intervals.filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur = null;
  for (const [s, e] of iv) {
    if (!cur || s > cur[1]) {
      if (cur) total += cur[1] - cur[0];
      cur = [s, e];
    } else cur[1] = Math.max(cur[1], e);
  }
  return cur ? total + cur[1] - cur[0] : total;
}

/** Load `url` while tracing, in a new tab, or in the tab `into` (then kept open); returns the trace events, what the
 * page says about itself, and the tab. */
async function tracedLoad(context, url, { into = null, keep = false } = {}) {
  const p = into ?? (await context.newPage());
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const x of e.value) events.push(x);
  });
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  const t0 = performance.now();
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForFunction(() => window.__feedDone === true, null, { polling: 50, timeout: 60_000 });
  await p.waitForTimeout(SETTLE_MS);
  const loadMs = performance.now() - t0;
  const facts = await p.evaluate(() => ({
    initialElements: window.__initialElements,
    finalElements: window.__feedElements,
    notice: document.querySelectorAll('html > unscraped-notice').length,
  }));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach().catch(() => {});
  if (!keep) await p.close();
  return { events, facts, loadMs, page: p };
}

const JS_ENTRIES = new Set(['EvaluateScript', 'v8.run', 'v8.evaluateModule', 'v8.callFunction', 'FunctionCall']);

/** [s, e] minus the (sorted, possibly overlapping) `holes`: the pieces left. */
function subtract([s, e], holes) {
  const out = [];
  let cur = s;
  for (const [hs, he] of holes) {
    if (he <= cur || hs >= e) continue;
    if (hs > cur) out.push([cur, hs]);
    cur = Math.max(cur, he);
  }
  if (cur < e) out.push([cur, e]);
  return out;
}

/**
 * The extension's share of the measured page's main thread, from trace events.
 *  1. direct: events whose script URL is ours (EvaluateScript = injection and top-level run, FunctionCall) or that
 *     run in one of our isolated worlds (v8.callFunction with its worldId: listeners, timers, worker messages).
 *  2. promise continuations: V8 reports a microtask checkpoint (RunMicrotasks) with no script or world. One is ours
 *     when, in its main-thread task, something of ours ran before it (a direct event, or the delivery of a message
 *     to our content script: mojo `extensions.mojom.MessagePort`, i.e. the reply to runtime.sendMessage) and no
 *     other world's script did; page callbacks nested in it (e.g. the page's MutationObserver seeing our element)
 *     are cut out. Without this, everything after `await runtime.sendMessage()` (such as showing the notice on a
 *     profile page) would be invisible. Reported apart as `microtaskCpuMs`.
 */
function attribute(events, url, extensionId) {
  const prefix = `chrome-extension://${extensionId}/`;
  const thread = (e) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  // the renderer(s) that parsed the measured page's HTML
  const target = url.replace(/#.*$/, '');
  const pagePids = new Set(events.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === target).map((e) => e.pid));
  const onMain = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && pagePids.has(e.pid) && mainThreads.has(thread(e)));
  const scriptOf = (e) => String(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '');
  const worldOf = (e) => e.args?.worldId ?? e.args?.data?.worldId;
  // our isolated world(s): worlds in which a script of ours was compiled or run
  const worlds = new Set(onMain.filter((e) => worldOf(e) !== undefined && scriptOf(e).startsWith(prefix)).map((e) => `${e.pid}:${worldOf(e)}`));
  const isOurs = (e) => scriptOf(e).startsWith(prefix) || (worldOf(e) !== undefined && worlds.has(`${e.pid}:${worldOf(e)}`));
  const direct = onMain.filter(isOurs);

  // outermost main-thread tasks, per thread, for grouping events by task
  const outer = new Map();
  for (const t of onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const list = outer.get(thread(t)) ?? [];
    const last = list[list.length - 1];
    if (!last || t.ts >= last.ts + last.dur) list.push(t);
    outer.set(thread(t), list);
  }
  const taskOf = (e) => {
    const list = outer.get(thread(e)) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let hit = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].ts <= e.ts) {
        hit = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit && e.ts + e.dur <= hit.ts + hit.dur ? hit : null;
  };
  const byTask = new Map();
  const add = (task, e) => {
    const k = task ?? e;
    if (!byTask.has(k)) byTask.set(k, { entries: [], micro: [], portMessages: [] });
    return byTask.get(k);
  };
  for (const e of onMain) {
    if (JS_ENTRIES.has(e.name)) add(taskOf(e), e).entries.push(e);
    else if (e.name === 'RunMicrotasks') add(taskOf(e), e).micro.push(e);
    else if (e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.MessagePort') {
      add(taskOf(e), e).portMessages.push(e);
    }
  }
  const within = (a, b) => a.ts >= b.ts && a.ts + a.dur <= b.ts + b.dur;
  const clocks = { wall: (e) => [e.ts, e.ts + e.dur], cpu: (e) => (e.tts === undefined || e.tdur === undefined ? null : [e.tts, e.tts + e.tdur]) };
  const perTask = [];
  const all = { wall: [], cpu: [] };
  const micro = { wall: [], cpu: [] };
  let callbacks = 0;
  for (const [task, g] of byTask) {
    const mine = g.entries.filter(isOurs);
    const foreign = g.entries.filter((e) => !isOurs(e));
    const pieces = { wall: mine.map(clocks.wall), cpu: mine.map(clocks.cpu).filter(Boolean) };
    callbacks += mine.filter((e) => e.name === 'v8.callFunction' && !mine.some((o) => o !== e && within(e, o))).length;
    for (const m of g.micro) {
      // a checkpoint nested in a script is that script's (already counted when the script is ours)
      if (g.entries.some((e) => e.dur > 0 && within(m, e) && !(e.ts === m.ts && e.dur === m.dur))) continue;
      const before = (e) => e.ts + e.dur <= m.ts;
      const oursBefore = mine.some(before) || g.portMessages.some((p) => p.ts <= m.ts);
      if (!oursBefore || foreign.some(before)) continue;
      const nested = foreign.filter((e) => within(e, m));
      for (const c of ['wall', 'cpu']) {
        const iv = clocks[c](m);
        if (!iv) continue;
        const holes = nested.map(clocks[c]).filter(Boolean).sort((a, b) => a[0] - b[0]);
        const left = subtract(iv, holes);
        pieces[c].push(...left);
        micro[c].push(...left);
      }
    }
    if (!pieces.wall.length && !pieces.cpu.length) continue;
    all.wall.push(...pieces.wall);
    all.cpu.push(...pieces.cpu);
    perTask.push({ wall: unionLength(pieces.wall) / 1000, cpu: unionLength(pieces.cpu) / 1000, task: task.name });
  }
  const pageTasks = [...outer.values()].flat();
  return {
    pagePids: pagePids.size,
    wallMs: unionLength(all.wall) / 1000,
    cpuMs: unionLength(all.cpu) / 1000,
    injectMs: unionLength(direct.filter((e) => e.name === 'EvaluateScript').map(clocks.cpu).filter(Boolean)) / 1000,
    microtaskCpuMs: unionLength(micro.cpu) / 1000,
    callbacks,
    tasks: perTask.length,
    largestTaskWallMs: Math.max(0, ...perTask.map((t) => t.wall)),
    largestTaskCpuMs: Math.max(0, ...perTask.map((t) => t.cpu)),
    tasksOver50Cpu: perTask.filter((t) => t.cpu >= 50).length,
    tasksOver50Wall: perTask.filter((t) => t.wall >= 50).length,
    tasksOver4Cpu: perTask.filter((t) => t.cpu > 4).length,
    // context: the page's whole main-thread time during the trace
    pageMainCpuMs: unionLength(pageTasks.map(clocks.cpu).filter(Boolean)) / 1000,
  };
}

async function benchTrace() {
  const { launchWithExtension } = await browserLib();
  const runs = [];
  // the pages' floors, each measured in a fresh browser of its own right after the run it stands beside, so that
  // both see the machine at the same moment (reported, not gated)
  const floorDir = pageFloorExtension();
  const floor = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const ext = await launchWithExtension({ extDir: EXT_DIR, headless: true });
      try {
        for (const u of [T_OTHER, CONTROL]) await ext.serve(`${new URL(u).origin}/**`, FEED);
        // alternate: even runs treatment first, odd runs control first
        // the feed page always comes before the profiles, so that the notice may still show there (on an upload): such a
        // page is handed nothing, and its upload's answer would bring the notice
        const order = i % 2 ? [CONTROL, T_OTHER, T_PROFILE, T_PROFILE_AGAIN] : [T_OTHER, T_PROFILE, T_PROFILE_AGAIN, CONTROL];
        const run = { run: i + 1, order };
        /** one traced load's row: the extension's share of it, and what the page says */
        const row = (url, { events, facts, loadMs }) => ({ ...attribute(events, url, ext.extensionId), ...facts, loadMs: round(loadMs, 0), events: events.length });
        for (const url of order) {
          const load = await tracedLoad(ext.context, url, { keep: url === T_PROFILE_AGAIN });
          run[url] = row(url, load);
          if (url === T_PROFILE_AGAIN) run[T_SAME_TAB] = row(T_SAME_TAB, await tracedLoad(ext.context, T_SAME_TAB, { into: load.page }));
        }
        runs.push(run);
        const r = (u) => run[u];
        console.log(`  trace run ${i + 1}/${RUNS}: explore ${fmt(r(T_OTHER).cpuMs)} ms CPU (${fmt(r(T_OTHER).wallMs)} wall), ` +
          `profile ${fmt(r(T_PROFILE).cpuMs)} ms CPU (${fmt(r(T_PROFILE).wallMs)} wall), ` +
          `profile again ${fmt(r(T_PROFILE_AGAIN).cpuMs)} ms CPU (${fmt(r(T_PROFILE_AGAIN).wallMs)} wall), ` +
          `next in that tab ${fmt(r(T_SAME_TAB).cpuMs)} ms CPU, control ${fmt(r(CONTROL).wallMs)} ms`);
      } finally {
        await ext.close();
      }
      floor.push(await pageFloorRun(floorDir));
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  raw.trace = runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'object' && !Array.isArray(v) ? roundAll(v) : v])));
  const col = (u, k) => runs.map((r) => r[u][k]);
  const pages = [
    [T_OTHER, `listed feed ${new URL(T_OTHER).pathname}, notice may still show`, PAGE_BUDGET_MS, PAGE_TASK_BUDGET_MS],
    [T_PROFILE_AGAIN, `profile ${new URL(T_PROFILE_AGAIN).pathname}, notice already shown`, PAGE_BUDGET_MS, PAGE_TASK_BUDGET_MS],
    [T_PROFILE, `profile ${new URL(T_PROFILE).pathname} showing the notice`, NOTICE_PAGE_BUDGET_MS, NOTICE_TASK_BUDGET_MS],
  ];
  for (const [u, label, max, maxTask] of pages) {
    const cpuMed = median(col(u, 'cpuMs'));
    budget('trace', `${label}: extension main-thread CPU`, cpuMed, 'ms', max,
      `runs ${fmtSpread(col(u, 'cpuMs'))}; injection ${fmt(median(col(u, 'injectMs')))} ms, promise continuations ${fmt(median(col(u, 'microtaskCpuMs')))} ms, ${median(col(u, 'callbacks'))} callbacks`);
    info('trace', `${label}: extension main-thread wall`, median(col(u, 'wallMs')), 'ms', `runs ${fmtSpread(col(u, 'wallMs'))} (not gated: descheduling)`);
    budget('trace', `${label}: largest extension task`, median(col(u, 'largestTaskCpuMs')), 'ms', maxTask,
      `CPU; wall ${fmt(median(col(u, 'largestTaskWallMs')))} ms; worst run ${fmt(Math.max(...col(u, 'largestTaskCpuMs')))} ms; ${median(col(u, 'tasks'))} tasks; tasks > 4 ms: ${Math.max(...col(u, 'tasksOver4Cpu'))}`);
    budget('trace', `${label}: extension tasks >= 50 ms (worst run)`, Math.max(...col(u, 'tasksOver50Cpu')), '', 0,
      `by CPU; by wall: ${Math.max(...col(u, 'tasksOver50Wall'))}`);
    const zeroReads = col(u, 'cpuMs').filter((x) => !(x > 0)).length;
    check('trace', `${label}: the extension was seen in every run`, zeroReads === 0, `${runs.length - zeroReads}/${runs.length}`,
      zeroReads ? 'a treatment read 0: the attribution is broken or the content script did not run' : undefined);
    const noPage = col(u, 'pagePids').filter((x) => x < 1).length;
    if (noPage) check('trace', `${label}: the page's renderer was found`, false, `${noPage} run(s) without ParseHTML`);
  }
  raw.traceFloor = floor.map((r) => ({ feed: roundAll(r.feed), notice: roundAll(r.notice) }));
  const floorCpu = floor.map((r) => r.feed.cpuMs);
  info('trace', '  floor: a content script that is one empty function, the feed page in a new tab', median(floorCpu), 'ms',
    `runs ${fmtSpread(floorCpu)}; the browser's part of every listed page at this moment (its isolated world, a script run there)`);
  const noticeFloorCpu = floor.map((r) => r.notice.cpuMs);
  info('trace', '  floor: a content script that shows a bare notice, the profile page in a new tab', median(noticeFloorCpu), 'ms',
    `runs ${fmtSpread(noticeFloorCpu)}; largest task ${fmt(median(floor.map((r) => r.notice.largestTaskCpuMs)))} ms; the browser's part of any notice put on a page from an isolated world (the world, the DOM's interfaces set up there, an element and its shadow root)`);
  // ours less the floor measured right after it, run by run: what is ours, with the machine's moment taken out
  const above = (u, k) => runs.map((r, i) => r[u].cpuMs - floor[i][k].cpuMs);
  info('trace', '  the feed page above its floor, run by run (median)', median(above(T_OTHER, 'feed')), 'ms', `runs ${fmtSpread(above(T_OTHER, 'feed'))}`);
  info('trace', "  the notice's page above the bare notice, run by run (median)", median(above(T_PROFILE, 'notice')), 'ms',
    `runs ${fmtSpread(above(T_PROFILE, 'notice'))}; our script's start, our code compiled, the notice's style sheet, buttons and hand-over`);
  check('trace', 'floor: the stand-in content script was seen in every run, and its notice on every profile page',
    floor.every((r) => r.feed.cpuMs > 0 && r.notice.cpuMs > 0 && r.notice.notice === 1 && r.feed.notice === 0),
    `${floor.filter((r) => r.feed.cpuMs > 0 && r.notice.cpuMs > 0).length}/${floor.length}; notices ${floor.map((r) => r.notice.notice).join(',')}`);
  // not gated: the budgets are on the first page of a site in a new tab (a renderer of its own), the dearest case
  const same = col(T_SAME_TAB, 'cpuMs');
  info('trace', `profile ${new URL(T_SAME_TAB).pathname} next in the same tab: extension main-thread CPU`, median(same), 'ms',
    `runs ${fmtSpread(same)}; largest task ${fmt(median(col(T_SAME_TAB, 'largestTaskCpuMs')))} ms; the usual way to move on: the same renderer ran the script before, and V8 kept its compilation`);
  const sameSeen = same.filter((x) => x > 0).length;
  check('trace', 'next page in the same tab: the extension was seen in every run, and no notice', sameSeen === runs.length && col(T_SAME_TAB, 'notice').every((n) => n === 0),
    `${sameSeen}/${runs.length}; notices ${col(T_SAME_TAB, 'notice').join(',')}`);
  const notices = col(T_PROFILE, 'notice');
  check('trace', 'profile page showed the notice (every run)', notices.every((n) => n === 1), notices.join(','));
  const otherNotices = col(T_OTHER, 'notice');
  check('trace', 'listed non-profile page showed no notice', otherNotices.every((n) => n === 0), otherNotices.join(','));
  const againNotices = col(T_PROFILE_AGAIN, 'notice');
  check('trace', 'second profile of the site showed no notice', againNotices.every((n) => n === 0), againNotices.join(','));
  const ctrl = Math.max(...col(CONTROL, 'wallMs'), ...col(CONTROL, 'cpuMs'));
  // a control whose renderer was not found would read 0 for the wrong reason
  const ctrlNoPage = col(CONTROL, 'pagePids').filter((x) => x < 1).length;
  if (ctrlNoPage) check('trace', "control: the page's renderer was found", false, `${ctrlNoPage} run(s) without ParseHTML`);
  check('trace', `control ${new URL(CONTROL).host}: extension reads 0 (every run)`, ctrl === 0, `${fmt(ctrl)} ms`);
  info('trace', 'heavy page: elements up front / at the end', `${median(col(T_OTHER, 'initialElements'))} / ${median(col(T_OTHER, 'finalElements'))}`, '',
    `page main thread ${fmt(median(col(T_OTHER, 'pageMainCpuMs')))} ms CPU; ${RUNS} fresh browsers`);
}

/**
 * The pages' floors: a stand-in extension measured the same way as ours, in a fresh browser per run. On the feed page
 * in a new tab, its content script (at document_start) is one empty function: what every listed page costs any
 * extension with a content script (creating its isolated world, compiling and running a script there). Then, in the
 * same browser, on the profile page in a new tab, a content script that shows a bare notice once the page has loaded:
 * an <unscraped-notice> element (as ours, a plain HTMLElement), its closed shadow root and one sentence in it, no style
 * sheet and no buttons. That is the browser's part of any notice a content script puts on a page: its world, and the
 * DOM's interfaces that the first `document` and the first element set up in that world. Each page gets only its own
 * script, so neither pays for the other's.
 */
function pageFloorExtension() {
  return standInExtension('page floor', {
    content_scripts: [
      { matches: [`${T_OTHER}*`], js: ['cs.js'], run_at: 'document_start' },
      { matches: [`${T_PROFILE}*`], js: ['notice.js'], run_at: 'document_start' },
    ],
  }, {
    'cs.js': '(function(){})();\n',
    'notice.js': `addEventListener('load', () => {
  const host = document.createElement('unscraped-notice');
  host.attachShadow({ mode: 'closed' }).textContent = 'Unscraped: a bare notice, one sentence long.';
  document.documentElement.appendChild(host);
});
`,
  });
}

/** One run of the floors in a fresh browser: the feed page, then the profile page, each in a new tab. */
async function pageFloorRun(dir) {
  const { launchWithExtension } = await browserLib();
  const ext = await launchWithExtension({ extDir: dir, headless: true });
  try {
    await ext.serve(`${new URL(T_OTHER).origin}/**`, FEED);
    const run = {};
    for (const [k, url] of [['feed', T_OTHER], ['notice', T_PROFILE]]) {
      const { events, facts } = await tracedLoad(ext.context, url);
      run[k] = { ...attribute(events, url, ext.extensionId), notice: facts.notice };
    }
    return run;
  } finally {
    await ext.close();
  }
}

function fmtSpread(xs) {
  const s = spread(xs);
  return s ? `${fmt(s.min)}–${fmt(s.max)}` : '—';
}
function roundAll(o) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));
}

// ---------------------------------------------------------------------------------------------------------------
// 4. notice latency after an upload

const UPLOAD_URL = 'https://www.facebook.com/marketplace/';
const SETTLED_MS = 300;

async function noticeRun(ext, photo, cold) {
  const { extensionWorkerStatus } = await browserLib();
  // a new browser session for the notice's once-per-site rule (its flags live in storage.session), cleared from an
  // extension page (this also wakes a stopped worker)
  await (await ext.probe()).evaluate(() => chrome.storage.session.clear());
  const p = await ext.context.newPage();
  try {
    await p.goto(UPLOAD_URL, { waitUntil: 'load' });
    // the tab id from an extension page (Playwright's handle on a worker that was stopped before can be stale)
    const tabId = await (await ext.probe()).evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, UPLOAD_URL);
    // the worker knows the tab from its address. This page is not a profile, so the notice may show on it only on an
    // upload, and it is handed nothing: the upload is reported, and the worker's reply brings the notice (waking the
    // worker first in a cold run). Wait until the worker has done with the page's load before stopping it.
    await ext.until(async () => (await ext.getTabState(tabId))?.platform === 'facebook', 5_000);
    await p.waitForTimeout(SETTLED_MS);
    if (cold) await (await browserLib()).stopWorkerForGood(ext, p);
    // as the browser reports it (Playwright's context.serviceWorkers() still lists a stopped worker)
    const atUpload = await extensionWorkerStatus(ext, p);
    const playwrightListsWorker = ext.context.serviceWorkers().some(isOurs(ext));
    await p.setInputFiles('#file', photo);
    await p.waitForFunction(() => window.__bench.inserted !== null, null, { polling: 10, timeout: 3_000 }).catch(() => {});
    const b = await p.evaluate(() => window.__bench);
    // the notice shows before the worker has counted the upload: let it finish, so that the next run's fresh
    // session (storage.session cleared) does not get this run's "notice shown" written back into it
    await ext.until(async () => (await ext.getTabState(tabId))?.uploads >= 1, 5_000);
    return {
      cold,
      workerAtUpload: atUpload.status,
      workerTargetAtUpload: atUpload.target,
      playwrightListsWorker,
      trusted: b.trusted,
      latencyMs: b.event !== null && b.inserted !== null ? b.inserted - b.event : null,
      fromTimeStampMs: b.eventTimeStamp !== null && b.inserted !== null ? b.inserted - b.eventTimeStamp : null,
    };
  } finally {
    await p.close();
  }
}

async function benchNotice() {
  const { launchWithExtension } = await browserLib();
  const dir = mkdtempSync(join(tmpdir(), 'unscraped-bench-files-'));
  const photo = join(dir, 'photo.png');
  writeFileSync(photo, readFileSync(join(ROOT, 'icons/icon-128.png')));
  const ext = await launchWithExtension({ extDir: EXT_DIR, headless: true });
  const runs = [];
  try {
    await ext.serve(`${new URL(UPLOAD_URL).origin}/**`, page('bench-upload.html'));
    for (let i = 0; i < RUNS; i++) {
      for (const cold of i % 2 ? [false, true] : [true, false]) runs.push(await noticeRun(ext, photo, cold));
    }
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
  raw.notice = runs.map(roundAll);
  const cold = runs.filter((r) => r.cold);
  const warm = runs.filter((r) => !r.cold);
  const missing = (rs) => rs.filter((r) => r.latencyMs === null).length;
  budget('notice', 'notice after upload, worker stopped (median)', missing(cold) ? null : median(cold.map((r) => r.latencyMs)), 'ms', 100,
    missing(cold) ? `the notice did not appear in ${missing(cold)} of ${cold.length} runs` : `runs ${fmtSpread(cold.map((r) => r.latencyMs))}; from event.timeStamp ${fmt(median(cold.map((r) => r.fromTimeStampMs)))} ms`);
  const stopped = cold.filter((r) => r.workerAtUpload === 'stopped' && !r.workerTargetAtUpload).length;
  check('notice', 'the worker was stopped at the upload (CDP: version stopped, no target)', stopped === cold.length, `${stopped}/${cold.length}`);
  const running = warm.filter((r) => r.workerAtUpload === 'running').length;
  check('notice', 'the worker was running at the warm uploads', running === warm.length, `${running}/${warm.length}`);
  check('notice', 'the upload was a trusted event', runs.every((r) => r.trusted === true), runs.filter((r) => r.trusted).length + `/${runs.length}`);
  budget('notice', 'notice after upload, worker running (median)', missing(warm) ? null : median(warm.map((r) => r.latencyMs)), 'ms', 100,
    missing(warm) ? `the notice did not appear in ${missing(warm)} of ${warm.length} runs` : `runs ${fmtSpread(warm.map((r) => r.latencyMs))}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 5. popup first render

// ---------------------------------------------------------------------------------------------------------------
// 5. the badge after a navigation, with the worker stopped (it must wake for tabs.onUpdated) and running

const BADGE_FROM = 'https://www.instagram.com/explore/';
/** Budgets (issue 14), from the navigation's tabs.onUpdated event to the badge being right: the worker asleep, awake. */
const BADGE_COLD_BUDGET_MS = 50;
const BADGE_WARM_BUDGET_MS = 25;
/** How often the extension page reads the badge, ms: the figure is late by up to this much. */
const BADGE_POLL_MS = 2;

async function badgeRun(ext, cold, i, titled = true) {
  const { extensionWorkerStatus } = await browserLib();
  const probe = await ext.probe();
  const p = await ext.context.newPage();
  try {
    await p.goto(BADGE_FROM, { waitUntil: 'load' });
    const tabId = await probe.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, BADGE_FROM);
    await ext.until(async () => (await probe.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === 'i', 5_000);
    if (cold) await (await browserLib()).stopWorkerForGood(ext, p);
    const status = (await extensionWorkerStatus(ext, p)).status;
    const target = `https://www.instagram.com/person${i}.example/`;
    // In the extension page, which does not wake the worker: note when the browser dispatches the navigation's
    // tabs.onUpdated (the moment the worker is sent the same event; when it sleeps, the moment it must start), then
    // read the badge every BADGE_POLL_MS until it is right. Both on that page's clock.
    await probe.evaluate(({ id, url, poll, titled }) => {
      const seen = { event: null, badge: null, title: null, start: performance.now() };
      const onUpdated = (tabId, change) => {
        if (tabId === id && change.url === url && seen.event === null) seen.event = performance.now();
      };
      chrome.tabs.onUpdated.addListener(onUpdated);
      window.__badgeRun = (async () => {
        // the text and colour first, then the title in words (the worker loads the words' code after the text is set).
        // The title is read only once the text is right, so the text is read the same way for every extension: one
        // call per poll (reading both each time had made ours' polls slower than the floor's, and the browser busier)
        while (performance.now() - seen.start < 5_000) {
          if (seen.badge === null) {
            if ((await chrome.action.getBadgeText({ tabId: id })) === '!') seen.badge = performance.now();
          } else if (seen.title === null && (!titled || /medium risk/i.test(await chrome.action.getTitle({ tabId: id })))) seen.title = performance.now();
          if (seen.badge !== null && seen.title !== null) break;
          await new Promise((r) => setTimeout(r, poll));
        }
        chrome.tabs.onUpdated.removeListener(onUpdated);
        return seen;
      })();
    }, { id: tabId, url: target, poll: BADGE_POLL_MS, titled });
    const t0 = performance.now();
    void p.goto(target, { waitUntil: 'commit' }).catch(() => {});
    const seen = await probe.evaluate(() => window.__badgeRun);
    const tNode = performance.now() - t0;
    const ok = seen.badge !== null && seen.event !== null;
    return {
      cold,
      workerBefore: status,
      // from the navigation's tabs.onUpdated to the badge: what the extension's worker takes (plus one poll at most)
      ms: ok ? seen.badge - seen.event : null,
      titleMs: ok && seen.title !== null ? seen.title - seen.event : null,
      // from Node starting the navigation: also the fixture's round trip through Playwright's request routing, the
      // commit, and the CDP round trips of this harness, none of which the extension can change
      fromNavigationStartMs: seen.badge !== null ? tNode : null,
    };
  } finally {
    await p.close();
  }
}

/**
 * The floor under the badge's figures on this machine at this moment: an extension whose worker does nothing but set
 * the badge from the tab's address (no storage, no classifier), measured the same way in a browser of its own right
 * after ours. What is above it is the extension's; the rest is the browser starting a worker and delivering events.
 */
function floorExtension() {
  return standInExtension('badge floor', { action: {}, host_permissions: ['https://www.instagram.com/*'] }, {
    'sw.js': `chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (tab.url) chrome.action.setBadgeText({ tabId, text: /\\/explore\\/$/.test(tab.url) ? 'i' : '!' });
});
chrome.runtime.onMessage.addListener(() => {});
`,
  });
}

/** A stand-in extension in a folder of its own, for a floor: the manifest (with a worker, sw.js), `files`, and the
 * harness's probe page (ext.probe() opens the options page). */
function standInExtension(name, manifest, files) {
  const dir = mkdtempSync(join(tmpdir(), 'unscraped-bench-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1', background: { service_worker: 'sw.js' }, ...manifest }));
  mkdirSync(join(dir, 'src/options'), { recursive: true });
  writeFileSync(join(dir, 'src/options/index.html'), '<!doctype html><title>probe</title>');
  for (const [file, text] of Object.entries({ 'sw.js': '', ...files })) writeFileSync(join(dir, file), text);
  return dir;
}

async function badgeRuns(extDir, titled = true) {
  const { launchWithExtension } = await browserLib();
  const ext = await launchWithExtension({ extDir, headless: true });
  const runs = [];
  try {
    await ext.serve('https://www.instagram.com/**', page('profile.html'));
    for (let i = 0; i < RUNS; i++) {
      for (const cold of i % 2 ? [false, true] : [true, false]) runs.push(await badgeRun(ext, cold, runs.length, titled));
    }
  } finally {
    await ext.close();
  }
  return runs;
}

async function benchBadge() {
  const runs = await badgeRuns(EXT_DIR);
  const floorDir = floorExtension();
  let floor;
  try {
    floor = await badgeRuns(floorDir, false);
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  raw.badgeFloor = floor.map(roundAll);
  raw.badge = runs.map(roundAll);
  for (const cold of [true, false]) {
    const rs = runs.filter((r) => r.cold === cold);
    const missing = rs.filter((r) => r.ms === null).length;
    budget('badge', `badge after a navigation's tabs.onUpdated, worker ${cold ? 'asleep' : 'awake'} (median)`, missing ? null : median(rs.map((r) => r.ms)), 'ms',
      cold ? BADGE_COLD_BUDGET_MS : BADGE_WARM_BUDGET_MS,
      missing ? `the badge was not right within 5 s (or the event was not seen) in ${missing} of ${rs.length} runs`
        : `runs ${fmtSpread(rs.map((r) => r.ms))}; polled every ${BADGE_POLL_MS} ms`);
    const titled = rs.filter((r) => r.titleMs !== null);
    info('badge', `  its title in words, worker ${cold ? 'asleep' : 'awake'} (median)`, titled.length === rs.length ? median(titled.map((r) => r.titleMs)) : null, 'ms',
      titled.length === rs.length ? `runs ${fmtSpread(titled.map((r) => r.titleMs))}; set right after the text` : `the title was not right within 5 s in ${rs.length - titled.length} of ${rs.length} runs`);
    const fl = floor.filter((r) => r.cold === cold && r.ms !== null);
    info('badge', `  floor: a worker that only sets the badge, ${cold ? 'asleep' : 'awake'} (median)`, fl.length ? median(fl.map((r) => r.ms)) : null, 'ms',
      fl.length ? `runs ${fmtSpread(fl.map((r) => r.ms))}; measured the same way right after` : 'not measured');
    info('badge', `  the same from the navigation's start in Node, worker ${cold ? 'asleep' : 'awake'} (median)`, median(rs.map((r) => r.fromNavigationStartMs)), 'ms',
      `runs ${fmtSpread(rs.map((r) => r.fromNavigationStartMs))}; includes the fixture served through Playwright and the commit`);
  }
  const coldRuns = runs.filter((r) => r.cold);
  const stopped = coldRuns.filter((r) => r.workerBefore === 'stopped').length;
  check('badge', 'the worker was stopped before the cold navigations', stopped === coldRuns.length, `${stopped}/${coldRuns.length}`);
}

// ---------------------------------------------------------------------------------------------------------------

/** Issue 14: the popup's cold first render at 360 px. */
const POPUP_COLD_BUDGET_MS = 100;

/** The mark the popup's script sets right after its first render (src/popup/main.tsx), and the floor page's too. */
const FIRST_RENDER_MARK = 'unscraped:first-render';

/**
 * The extension's toolbar popup opened over `site` as a click on its button opens it (openToolbarPopup in the e2e
 * library: the worker calls action.openPopup) and timed in its own timeline, from its navigation start to
 * FIRST_RENDER_MARK; what it showed is read then too, its width once the browser has sized it, and it is closed.
 * `popupPath`: the popup's file.
 */
async function openPopupTimed(ext, site, popupPath) {
  const { openToolbarPopup } = await browserLib();
  const popup = await openToolbarPopup(ext, site, popupPath);
  try {
    const read = `({ ms: performance.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)})[0]?.startTime ?? null, ` +
      "heading: document.querySelector('h2')?.textContent ?? null })";
    let got;
    for (let t0 = Date.now(); ; await new Promise((r) => setTimeout(r, 20))) {
      got = await popup.evaluate(read);
      if (got.ms !== null || Date.now() - t0 > 5_000) break;
    }
    // the browser sizes a popup to its page after the first layout
    await new Promise((r) => setTimeout(r, POPUP_SETTLE_MS));
    return { ...got, width: await popup.evaluate('document.body?.getBoundingClientRect().width ?? null') };
  } finally {
    await popup.close();
  }
}

/** One fresh browser: a listed profile open in the active tab, then the extension's toolbar popup opened over it and
 * timed (openPopupTimed); then, after a pause, opened and timed again, as a popup opened before is (its script's code
 * cache is there then). `settled`: wait first until the worker has the tab's state in storage, as it has by the time a
 * person reaches for the button. */
async function popupRun(extDir, popupPath, settled) {
  const { launchWithExtension } = await browserLib();
  const ext = await launchWithExtension({ extDir, headless: true });
  try {
    await ext.serve('https://www.instagram.com/**', page('profile.html'));
    const site = await ext.context.newPage();
    await site.goto(T_PROFILE, { waitUntil: 'load' });
    if (settled) {
      const tabId = await ext.tabId(site);
      await ext.until(async () => (await ext.getTabState(tabId))?.platform === 'instagram', 5_000);
    }
    const first = await openPopupTimed(ext, site, popupPath);
    await new Promise((r) => setTimeout(r, POPUP_AGAIN_AFTER_MS));
    const again = await openPopupTimed(ext, site, popupPath);
    return { ms: first.ms, heading: first.heading, width: first.width, againMs: again.ms, againHeading: again.heading };
  } finally {
    await ext.close();
  }
}
/** how long a popup is given to take its size after its first render, before its width is read */
const POPUP_SETTLE_MS = 300;
/** the pause before the popup is opened again: the browser writes the script's code cache after its first run */
const POPUP_AGAIN_AFTER_MS = 1_000;

/**
 * The floor under the popup's figure on this machine at this moment: an extension whose toolbar popup is a page with
 * one module script of two lines (an h2 put in the page, then the mark), measured the same way in a fresh browser,
 * right after each popup run.
 */
function popupFloorExtension() {
  return standInExtension('popup floor', { action: { default_popup: 'floor.html' } }, {
    'floor.html': '<!doctype html><meta charset="utf-8"><title>floor</title><script type="module" src="floor.js"></script><div id="app"></div>',
    'floor.js': "document.getElementById('app').append(Object.assign(document.createElement('h2'), { textContent: 'Medium risk' }));\n" +
      `performance.mark(${JSON.stringify(FIRST_RENDER_MARK)});\n`,
  });
}

async function benchPopup() {
  const runs = [];
  const floor = [];
  const floorDir = popupFloorExtension();
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.push({ run: i + 1, ...(await popupRun(EXT_DIR, 'src/popup/index.html', true)) });
      floor.push({ run: i + 1, ...(await popupRun(floorDir, 'floor.html', false)) });
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  raw.popup = runs.map(roundAll);
  raw.popupFloor = floor.map(roundAll);
  const timed = (rs, k) => rs.map((r) => r[k]).filter((x) => typeof x === 'number');
  const missing = runs.length - timed(runs, 'ms').length;
  budget('popup', 'toolbar popup, first render, cold (navigation start → in the page)', missing ? null : median(timed(runs, 'ms')), 'ms', POPUP_COLD_BUDGET_MS,
    missing ? `no first render in ${missing} of ${runs.length} runs` : `runs ${fmtSpread(timed(runs, 'ms'))}; its page ${fmt(median(timed(runs, 'width')))} px wide`);
  const headings = runs.flatMap((r) => [r.heading, r.againHeading]);
  const right = headings.filter((h) => /Medium risk: public profile/.test(h ?? '')).length;
  check('popup', "the popup showed the profile tab's level (every open)", right === headings.length, `${right}/${headings.length}`,
    right === headings.length ? undefined : `it showed ${[...new Set(headings)].join(' | ')}`);
  const fl = timed(floor, 'ms');
  info('popup', '  floor: a toolbar popup whose one module adds an h2 (median)', fl.length === floor.length ? median(fl) : null, 'ms',
    fl.length === floor.length ? `runs ${fmtSpread(fl)}; a fresh browser after each popup run, measured the same way` : `no first render in ${floor.length - fl.length} of ${floor.length} runs`);
  const again = timed(runs, 'againMs');
  const flAgain = timed(floor, 'againMs');
  info('popup', 'toolbar popup opened again in the same browser (median)', again.length === runs.length ? median(again) : null, 'ms',
    again.length === runs.length
      ? `runs ${fmtSpread(again)}; floor ${flAgain.length === floor.length ? `${fmt(median(flAgain))} ms` : '—'}; the usual case: its script's code cache is there`
      : `no first render in ${runs.length - again.length} of ${runs.length} runs`);
}

// ---------------------------------------------------------------------------------------------------------------
// run, print, save

const load0 = loadavg()[0];
const parts = { classify: benchClassify, size: benchSize, trace: benchTrace, notice: benchNotice, badge: benchBadge, popup: benchPopup };
for (const name of PARTS) {
  if (!ONLY.has(name)) continue;
  const t0 = performance.now();
  console.log(`${name} ...`);
  try {
    await parts[name]();
  } catch (e) {
    errors.push({ part: name, error: String(e?.stack ?? e) });
    rows.push({ part: name, name: `${name}: could not measure`, value: null, unit: '', budget: 'must run', status: 'FAIL', note: String(e?.message ?? e).split('\n')[0] });
  }
  raw[`${name}Seconds`] = round((performance.now() - t0) / 1000, 1);
}

let chromiumVersion = null;
if (['trace', 'notice', 'badge', 'popup'].some((p) => ONLY.has(p))) {
  try {
    chromiumVersion = execFileSync((await browserLib()).findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromiumVersion = null;
  }
}
const seconds = (performance.now() - started) / 1000;
const env = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  loadavg1: { start: round(load0, 2), end: round(loadavg()[0], 2) },
  dist: EXT_DIR,
  without: WITHOUT || null,
  runs: RUNS,
  parts: PARTS.filter((p) => ONLY.has(p)),
  seconds: round(seconds, 1),
};

const header = ['metric', 'value', 'budget', ''];
const table = rows.map((r) => [r.name, `${fmt(r.value)}${r.unit ? ` ${r.unit}` : ''}`, r.budget ?? '', r.status === 'info' ? '' : r.status]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`\nUnscraped benchmark: ${env.chromium ?? 'no browser'}, Node ${env.node}, ${env.cpus} CPUs, load ${env.loadavg1.start} → ${env.loadavg1.end}, ${RUNS} runs${WITHOUT ? `, content script without ${WITHOUT}` : ''}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (let i = 0; i < rows.length; i++) {
  console.log(line(table[i]));
  if (rows[i].note) console.log(`${' '.repeat(4)}${rows[i].note}`);
}
for (const e of errors) console.error(`\n${e.part}: ${e.error}`);

const failed = rows.filter((r) => r.status === 'OVER' || r.status === 'FAIL');
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify({ env, rows: rows.map((r) => ({ ...r, value: round(r.value) })), raw, errors, failed: failed.length }, null, 2)}\n`);
console.log(`\n${failed.length ? `${failed.length} budget(s) exceeded or check(s) failed` : 'all budgets met'}; ` +
  `the bench took ${seconds.toFixed(1)} s; raw figures in ${relative(ROOT, join(OUT_DIR, 'results.json'))}`);
process.exit(failed.length ? 1 : 0);
