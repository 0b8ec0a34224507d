/**
 * One source, two builds: `vite build --mode chrome` writes dist/chrome, `--mode firefox` writes dist/firefox.
 * The source manifest is Chrome-shaped; `manifestFor` applies Firefox's differences at build time.
 * The listed hosts have one source, the registry's PLATFORM_HOSTS: `manifestFor` writes them into the content
 * script's matches, its exclude_globs (deeper subdomains of `*.` hosts) and the host permissions.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, defineConfig, type Plugin } from 'vite';
import { rolldown } from 'rolldown';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { validateRegistry } from './src/core/registry/validate';
import { PLATFORM_HOSTS, PLATFORM_RULES } from './src/core/registry/rules';
import { excludeGlobs, matchPatterns } from './src/core/hosts';
import { PLATFORMS } from './src/core/registry/platforms';
import { EXAMPLES } from './src/core/registry/examples';
import { SCRAPERS } from './src/core/registry/scrapers';
import { EVIDENCE } from './src/core/registry/evidence';
import { validateRequestRegistry } from './src/core/registry/validate-requests';
import { findingsTable } from './src/core/evidence-words';
import { CONTACTS } from './src/core/registry/channels';
import { AUTHORITIES } from './src/core/registry/authorities';
import { LAWS } from './src/core/registry/laws';
import { lawRulesTable } from './src/core/registry/law-rules';
import { registryTexts } from './src/core/registry/translations';
import { NL } from './src/core/registry/translations/nl';
import { DE } from './src/core/registry/translations/de';
import { FR } from './src/core/registry/translations/fr';
import { validateTranslations } from './src/core/registry/validate-translations';

type Target = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export const GECKO_ID = '{d168809b-6b37-44ea-bb33-9968bf014ca5}';

/** What the worker reads instead of the registry (see src/core/registry/findings.ts): each platform's name and
 * findings, made here from the registry, as a JSON string. The unit tests' config defines it too. */
export const FINDINGS_DEFINE = {
  __UNSCRAPED_FINDINGS__: JSON.stringify(JSON.stringify(findingsTable(PLATFORMS, EVIDENCE, (id) => SCRAPERS.find((s) => s.id === id) ?? null))),
};

/** What the worker reads instead of the laws (see src/core/registry/law-rules.ts): each law's response rules without
 * their citations. The unit tests' config defines it too. */
export const LAW_RULES_DEFINE = { __UNSCRAPED_LAW_RULES__: JSON.stringify(JSON.stringify(lawRulesTable(LAWS))) };

/**
 * Parts of the content script's work a build can leave out, to measure what each costs (`npm run bench -- --without
 * uploads,receiver,notice`, which sets UNSCRAPED_WITHOUT): the upload listeners, the receiver (and with it the
 * worker's hand-over), the notice's code. Each is a `false` the minifier folds away in a normal build.
 * Such a build is refused unless it goes elsewhere than ./dist (UNSCRAPED_DIST), so it is never tested or packaged.
 */
export const WITHOUT_PARTS = ['uploads', 'receiver', 'notice'] as const;
export function withoutDefine(without = process.env.UNSCRAPED_WITHOUT ?? ''): Record<string, string> {
  const parts = without.split(',').map((x) => x.trim()).filter(Boolean);
  for (const p of parts) if (!(WITHOUT_PARTS as readonly string[]).includes(p)) throw new Error(`UNSCRAPED_WITHOUT: unknown part "${p}"`);
  // a build without parts is for measuring only: never in ./dist, which is what gets tested and packaged
  if (parts.length && !process.env.UNSCRAPED_DIST) throw new Error('UNSCRAPED_WITHOUT needs UNSCRAPED_DIST: such a build never goes to ./dist');
  return Object.fromEntries(WITHOUT_PARTS.map((p) => [`__UNSCRAPED_WITHOUT_${p.toUpperCase()}__`, String(parts.includes(p))]));
}

export function manifestFor(target: Target): Manifest {
  const m: Manifest = {};
  // the source lists no hosts: every listed host, from the registry, goes to the content script and the host
  // permissions (right after `permissions`, where a reader looks for them)
  const reach = matchPatterns(PLATFORM_HOSTS);
  for (const [key, value] of Object.entries(structuredClone(sourceManifest))) {
    m[key] = key === 'content_scripts' ? (value as object[]).map((c) => ({ matches: reach, exclude_globs: excludeGlobs(PLATFORM_HOSTS), ...c })) : value;
    if (key === 'permissions') m.host_permissions = reach;
  }
  m.version = pkg.version;
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages (`scripts`), not service workers.
    m.background = { scripts: [sourceManifest.background.service_worker], type: 'module' };
    // Not supported by Firefox; foreign senders are refused in code (sender.id) and no external listener exists.
    delete m.externally_connectable;
    delete m.minimum_chrome_version;
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}

/**
 * Preact keeps one `innerHTML` assignment for `dangerouslySetInnerHTML`, a prop this project bans (ESLint). Cutting it
 * out at build time leaves no HTML sink in the package, so addons.mozilla.org's linter has nothing to flag. The exact
 * text is pinned to preact 11.2.0: an upgrade that changes it fails the build instead of silently shipping the sink.
 */
function stripPreactHtmlSink(): Plugin {
  const cuts: [string, string][] = [
    ['||h.__html==t.innerHTML)||(t.innerHTML=h.__html)', ')||0'],
  ];
  return {
    name: 'unscraped:strip-preact-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      let out = code;
      for (const [from, to] of cuts) {
        if (!out.includes(from)) this.error(`preact's innerHTML code changed; update stripPreactHtmlSink in vite.config.ts`);
        out = out.replace(from, to);
      }
      if (out.includes('innerHTML')) this.error('preact still contains innerHTML after stripPreactHtmlSink');
      return { code: out, map: null };
    },
  };
}

/** The registry ships only when its data lint passes (the same check as the unit tests), request kit included:
 * channels, authorities and laws without a source, or with a value the research struck out, fail the build; and so
 * does a user-facing text missing in Dutch, German or French, a stale translation, or one that drops a checked fact. */
function registryGate(): Plugin {
  return {
    name: 'unscraped:registry-gate',
    apply: 'build',
    buildStart() {
      const problems = [
        ...validateRegistry({ rules: PLATFORM_RULES, platforms: PLATFORMS, examples: EXAMPLES, scrapers: SCRAPERS, evidence: EVIDENCE }),
        ...validateRequestRegistry({ contacts: CONTACTS, authorities: AUTHORITIES, laws: LAWS, scraperIds: SCRAPERS.map((s) => s.id) }),
        ...validateTranslations({
          texts: registryTexts({ evidence: EVIDENCE, scrapers: SCRAPERS, platforms: PLATFORMS, contacts: CONTACTS, authorities: AUTHORITIES }),
          tables: { nl: NL, de: DE, fr: FR },
        }),
      ];
      if (problems.length) this.error(`the registry has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    },
  };
}

/**
 * The `_locales` files ship without their translator notes: `description` and a placeholder's `example` are for people
 * who translate (they stay in extension/_locales); the browser reads only `message` and `placeholders`. This keeps
 * about a quarter of a megabyte of English notes out of the package.
 */
function shipLocales(): Plugin {
  return {
    name: 'unscraped:ship-locales',
    apply: 'build',
    generateBundle() {
      const dir = 'extension/_locales';
      for (const lang of readdirSync(dir)) {
        const file = join(dir, lang, 'messages.json');
        const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
        const shipped: Record<string, unknown> = {};
        for (const [key, m] of Object.entries(messages)) {
          const placeholders = m.placeholders && Object.fromEntries(Object.entries(m.placeholders).map(([k, p]) => [k, { content: p.content }]));
          shipped[key] = placeholders ? { message: m.message, placeholders } : { message: m.message };
        }
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(shipped) });
      }
    },
  };
}

/** Removes the scripts and style sheets in assets/ that no page, script or manifest reaches any more (the main build's
 * chunks for the worker and for the popup, which load bundles of their own now). */
function removeUnreferenced(outDir: string): void {
  const texts = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? texts(join(dir, d.name)) : /\.(js|css|html|json)$/.test(d.name) ? [join(dir, d.name)] : []));
  const files = texts(outDir);
  const assets = join(outDir, 'assets');
  const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  // what the browser can reach: every file outside assets/ (the manifest, the pages, the worker, the content script),
  // and every asset named in a file it reaches (chunks that only import each other are not reached)
  const reached = new Set(files.filter((f) => !f.startsWith(assets)));
  const todo = [...reached];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    for (const g of files) {
      if (!reached.has(g) && text.get(f)!.includes(g.slice(g.lastIndexOf('/') + 1))) {
        reached.add(g);
        todo.push(g);
      }
    }
  }
  for (const f of files) if (f.startsWith(assets) && /\.(js|css)$/.test(f) && !reached.has(f)) rmSync(f);
}

const POPUP_HTML = fileURLToPath(new URL('./src/popup/index.html', import.meta.url));


/**
 * The popup, built on its own after the main build, into the same assets/, and its page pointed at that build: its
 * first paint is then one script and one style sheet. In the main build it shares modules with the options page, so
 * its first paint came in two scripts (its entry, and the chunk it shares) and two style sheets, and the entry's
 * import of the chunk is only found once the entry has arrived and been parsed: one more trip through the browser's
 * file loader, which on this machine answers each file in 8 to 20 ms, one after another. Built alone, everything it
 * imports statically is in its entry; what it loads with import() (the evidence, the request sheet, the log, the
 * registry's translations) still comes in chunks of its own, after the first paint. A chunk with the same content in
 * both builds has the same name, so it ships once; the main build's popup files, which nothing loads any more, are
 * removed.
 */
async function bundlePopup(outDir: string, mode: Target, define: Record<string, string>, alias: Record<string, string>): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'unscraped-popup-'));
  try {
    await viteBuild({
      configFile: false,
      mode,
      logLevel: 'warn',
      publicDir: false,
      define,
      resolve: { alias },
      build: { outDir: tmp, emptyOutDir: true, target: 'es2022', sourcemap: false, modulePreload: false, rollupOptions: { input: POPUP_HTML, preserveEntrySignatures: 'allow-extension', output: { codeSplitting: { groups: staticGroup(POPUP_ENTRY, 'popup') } } } },
      plugins: [stripPreactHtmlSink(), preact({ devToolsEnabled: false, prefreshEnabled: false })],
    });
    cpSync(join(tmp, 'assets'), join(outDir, 'assets'), { recursive: true });
    cpSync(join(tmp, 'src/popup/index.html'), join(outDir, 'src/popup/index.html'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The worker's entry, bundled on its own by bundleWorker. */
const WORKER_ENTRY = fileURLToPath(new URL('./src/background/index.ts', import.meta.url));

/**
 * The worker, bundled on its own after the main build (by Rolldown, Vite's own bundler, with the same `define` and
 * aliases and none of the pages' plugins) into the file the manifest names; the chunks the main build made for it,
 * which nothing loads any more, are removed. Split by the main build its code came in seven chunks shared with the
 * pages; bundled on its own there is no glue between chunks, and the pages' code can be split for the pages alone.
 *
 * Its entry (src/background/index.ts) sets badges; the rest (src/background/later.ts) is loaded with import() the
 * first time a message, an alarm or a loaded page needs it. Firefox runs the worker as an event page, whose scripts
 * are modules that load everything at once: there it is one module, the import() inlined. A Chrome service worker
 * cannot import() at all, but a classic one can importScripts() any script it imported while it was being installed,
 * at any later time, synchronously, from the browser's own copy. So for Chrome the worker is built as CommonJS chunks,
 * and each but the entry is written as a definition, in the manner of AMD: the worker's file holds a tiny loader and
 * then the entry; the loader imports every other chunk at install (which only defines it, and keeps the browser's
 * copy) and runs a chunk the first time it is required. The manifest loses `"type": "module"`, as a classic worker
 * must.
 */
async function bundleWorker(outDir: string, target: Target, define: Record<string, string>, alias: Record<string, string>): Promise<void> {
  const loader = join(outDir, 'service-worker-loader.js');
  const split = target === 'chrome';
  const bundle = await rolldown({ input: WORKER_ENTRY, platform: 'browser', resolve: { alias }, transform: { define }, logLevel: 'warn' });
  const { output } = await bundle.generate(split
    ? { format: 'cjs', minify: true, entryFileNames: 'assets/worker-[hash].js', chunkFileNames: 'assets/worker-[name]-[hash].js' }
    : { format: 'es', minify: true, codeSplitting: false });
  await bundle.close();
  const chunks = output.filter((c) => c.type === 'chunk');
  if (!split) {
    if (chunks.length !== 1) throw new Error(`the worker bundled into ${chunks.length} files, not one`);
    writeFileSync(loader, chunks[0]!.code);
  } else {
    writeFileSync(loader, classicWorker(chunks, outDir));
    const manifestFile = join(outDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    delete manifest.background!.type;
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  }
}

/**
 * After the main build: the popup and the worker bundled again, each on its own (bundlePopup, bundleWorker), one
 * after the other, and then the main build's files that nothing loads any more removed, once both are in place. Not in
 * the content script's nested build, which writes no worker.
 */
function ownBundles(target: Target, define: Record<string, string>, alias: Record<string, string>): Plugin {
  let outDir = '';
  return {
    name: 'unscraped:own-bundles',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async closeBundle() {
      if (!outDir || !existsSync(join(outDir, 'service-worker-loader.js'))) return;
      await bundlePopup(outDir, target, define, alias);
      await bundleWorker(outDir, target, define, alias);
      removeUnreferenced(outDir);
    },
  };
}

/** The name a chunk of the worker requires another by: they are all in assets/, side by side. */
const chunkId = (fileName: string) => `./${fileName.slice(fileName.lastIndexOf('/') + 1)}`;

/**
 * Chrome's classic worker from CommonJS chunks (see bundleWorker): writes each chunk but the entry to its own file, as
 * a definition, and returns the worker's script: the loader, then the entry. Every require() in the chunks must name
 * one of them, or the build fails.
 */
function classicWorker(chunks: { fileName: string; code: string; isEntry: boolean }[], outDir: string): string {
  const entries = chunks.filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error(`the worker has ${entries.length} entries, not one`);
  const entry = entries[0]!;
  const ids = new Set(chunks.map((c) => chunkId(c.fileName)));
  for (const c of chunks) {
    for (const m of c.code.matchAll(/\brequire\(([^)]*)\)/g)) {
      if (!ids.has(m[1]!.slice(1, -1))) throw new Error(`the worker's chunk ${c.fileName} requires ${m[1]}, not one of its chunks`);
    }
  }
  const files: Record<string, string> = {};
  for (const c of chunks.filter((x) => x !== entry)) {
    files[chunkId(c.fileName)] = `/${c.fileName}`;
    writeFileSync(join(outDir, c.fileName), `__unscrapedDefine(${JSON.stringify(chunkId(c.fileName))},function(require,module,exports){${c.code}\n});\n`);
  }
  // f: the files of the chunks, d: their definitions, m: the chunks run (marked before each runs, so that chunks
  // which require each other work)
  const id = JSON.stringify(chunkId(entry.fileName));
  return `(()=>{const f=${JSON.stringify(files)},d={},m={};self.__unscrapedDefine=(i,g)=>{d[i]=g};` +
    `const r=i=>{if(m[i])return m[i].exports;if(!d[i])importScripts(f[i]);const o=m[i]={exports:{}};d[i](r,o,o.exports);return o.exports};` +
    `addEventListener("install",()=>importScripts(...Object.values(f)));` +
    `d[${id}]=function(require,module,exports){${entry.code}\n};r(${id})})();\n`;
}

/**
 * The main build's pages (the options page; the popup is built again on its own, see bundlePopup) each start with
 * their own entry and one chunk holding every other module the options page imports statically (Preact, the shared UI
 * and core pieces). Left to itself the bundler splits those by which pages share them, into half a dozen files up to
 * three imports deep; on an extension page each level of imports is one more round trip through the browser's file
 * loader before any code runs (this measured about 50 ms of the popup's cold first render, when the popup was built
 * here). What a page loads with import() is left out. (The worker loads none of these chunks: it is bundled on its
 * own, see bundleWorker.)
 */
const POPUP_ENTRY = fileURLToPath(new URL('./src/popup/main.tsx', import.meta.url));
const OPTIONS_ENTRY = fileURLToPath(new URL('./src/options/main.tsx', import.meta.url));
const OPTIONS_OWN = fileURLToPath(new URL('./src/options/', import.meta.url));
type Chunking = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };
/** The modules `entry` imports statically, itself among them. */
function staticGraph(entry: string, ctx: Chunking): Set<string> {
  const seen = new Set<string>();
  const visit = (m: string) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const d of ctx.getModuleInfo(m)?.importedIds ?? []) visit(d);
  };
  visit(entry);
  return seen;
}
/** A chunk group named `name`: every module `entry` imports statically, but those under `own`, which keep their own
 * chunks. The popup's own build groups everything its entry imports (its one script); the main build groups what the
 * options page shares (its first-paint chunk). */
function staticGroup(entry: string, name: string, own?: string) {
  let graph: Set<string> | null = null;
  return [{ name: (id: string, ctx: Chunking) => ((graph ??= staticGraph(entry, ctx)).has(id) && !(own && id.startsWith(own)) ? name : null) }];
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const DEFINE = { ...FINDINGS_DEFINE, ...LAW_RULES_DEFINE, ...withoutDefine() };
  const ALIAS = { 'webextension-polyfill': fileURLToPath(new URL('./src/ext/webextension.ts', import.meta.url)) };
  return {
    // extension/ holds only _locales, which shipLocales() writes (without translator notes)
    publicDir: false,
    // crxjs builds the content script in a nested build that keeps `define` (and drops plugins)
    define: DEFINE,
    // the browsers' own promise-based namespace instead of the polyfill (see src/ext/webextension.ts); the unit tests
    // mock 'webextension-polyfill' with their fake browser as before
    resolve: { alias: ALIAS },
    build: {
      // UNSCRAPED_DIST moves both builds elsewhere (parallel work on one checkout); default ./dist
      outDir: `${process.env.UNSCRAPED_DIST ?? 'dist'}/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // no modulepreload links or preload helper: the pages load from the package on disk, where the module loader
      // finds static imports at once, and the helper (about 1 KB gzip) would be first-paint code. (Its polyfill
      // would also ship a fetch() call.)
      modulePreload: false,
      rollupOptions: { output: { codeSplitting: { groups: staticGroup(OPTIONS_ENTRY, 'first-paint', OPTIONS_OWN) } } },
    },
    plugins: [
      registryGate(),
      shipLocales(),
      stripPreactHtmlSink(),
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      crx({
        manifest: manifestFor(target) as unknown as ManifestV3Export,
        browser: target,
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      ownBundles(target, DEFINE, ALIAS),
    ],
  };
});
