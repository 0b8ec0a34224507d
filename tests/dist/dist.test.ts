/** What ships: both builds are complete, the content script is small and self-contained, no shipped code can reach
 * the network or write HTML, and addons.mozilla.org's linter finds no error in the Firefox build. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { excludeGlobs } from '../../src/core/hosts';
import { PLATFORM_HOSTS, PLATFORM_RULES } from '../../src/core/registry/rules';

const ROOT = join(__dirname, '..', '..');
const TARGETS = ['chrome', 'firefox'] as const;
const CONTENT_SCRIPT_BUDGET_GZIP = 8 * 1024;

const dist = (t: string) => join(ROOT, 'dist', t);
const manifest = (t: string) => JSON.parse(readFileSync(join(dist(t), 'manifest.json'), 'utf8'));
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]);
}

describe.each(TARGETS)('dist/%s', (target) => {
  it('exists, with every file the manifest names', () => {
    const m = manifest(target);
    const named = [
      ...Object.values(m.icons as Record<string, string>),
      ...Object.values(m.action.default_icon as Record<string, string>),
      m.action.default_popup,
      m.options_ui.page,
      ...m.content_scripts.flatMap((c: { js: string[] }) => c.js),
      ...(m.background.scripts ?? [m.background.service_worker]),
    ];
    for (const f of named) expect(existsSync(join(dist(target), f)), f).toBe(true);
    expect(existsSync(join(dist(target), '_locales', 'en', 'messages.json'))).toBe(true);
  });

  it('has a content script that is one self-contained file within its budget', () => {
    const m = manifest(target);
    const [js] = m.content_scripts[0].js as string[];
    const code = readFileSync(join(dist(target), js!), 'utf8');
    const gz = gzipSync(code, { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bimport\s+\w|export\s*{/);
    expect(code).not.toMatch(/webextension-polyfill|preact|__PREACT/i);
  });

  it('reaches exactly the registry’s hosts, in content-script matches and host permissions, less deeper subdomains of `*.` hosts', () => {
    const m = manifest(target);
    const expected = Object.values(PLATFORM_HOSTS).flat().map((h) => `https://${h}/*`).sort();
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(expected);
    expect([...m.host_permissions].sort()).toEqual(expected);
    // the browser leaves the infrastructure under `*.` hosts out, so the content script checks no host itself
    expect(m.content_scripts.map((c: { exclude_globs?: string[] }) => c.exclude_globs)).toEqual([excludeGlobs(PLATFORM_HOSTS)]);
  });

  it('carries no host list and none of the registry’s routes', () => {
    const m = manifest(target);
    const code = readFileSync(join(dist(target), m.content_scripts[0].js[0]), 'utf8');
    // (hosts long enough not to turn up in minified code by chance: `t.me` could be a property read)
    const hosts = Object.values(PLATFORM_HOSTS).flat().map((h) => h.replace(/^\*\./, '')).filter((h) => h.length >= 8);
    expect(hosts.length).toBeGreaterThan(50);
    for (const h of hosts) expect(code, h).not.toContain(h);
    const paths = PLATFORM_RULES.flatMap((x) => x.routes.map((r) => r.split(' ').pop()!)).filter((p) => p.length > 8);
    expect(paths.length).toBeGreaterThan(50);
    for (const p of paths) expect(code, p).not.toContain(p);
  });

  it('carries none of the personal-data modules: no details, no request log, no letter, no address', () => {
    const m = manifest(target);
    const code = readFileSync(join(dist(target), m.content_scripts[0].js[0]), 'utf8');
    // strings that exist only in core/user (details), core/requests (log, letters) and the registry's channels
    for (const marker of ['letterLanguage', 'partly-answered', 'remindedOn', 'legal-requests@clearview.ai', 'stored details', 'Article 15', 'Art. 15']) {
      expect(code, marker).not.toContain(marker);
    }
  });

  it('paints the popup from one script and one style sheet, and leaves no file behind that nothing loads', () => {
    const m = manifest(target);
    const html = readFileSync(join(dist(target), m.action.default_popup), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)].map((x) => x[1]!);
    const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((x) => x[1]!);
    expect(scripts).toHaveLength(1);
    expect(sheets).toHaveLength(1);
    const code = readFileSync(join(dist(target), scripts[0]!), 'utf8');
    // everything the first paint needs is in it: no static import to wait for (import() comes after the paint)
    expect(code).not.toMatch(/\bimport\s*[{*\w$][^;(]*?\bfrom\s*["'`]|\bimport\s*["'`]/);
    expect(code).toMatch(/\bimport\(/);
    // every chunk it loads later is there, and each script and style sheet in assets/ is reached from some page,
    // script or manifest entry (the two builds' leftovers are removed)
    const assets = join(dist(target), 'assets');
    const shipped = readdirSync(assets);
    for (const chunk of code.match(/\.\/[\w.-]+\.js/g) ?? []) expect(shipped, chunk).toContain(chunk.slice(2));
    const reachable = files(dist(target)).filter((f) => /\.(html|js|json)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const f of shipped.filter((x) => /\.(js|css)$/.test(x))) expect(reachable, f).toContain(f);
  });

  it('exposes no resource to web pages', () => {
    const m = manifest(target);
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships no network API, eval or HTML sink in any script', () => {
    const banned = /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|\beval\(|new Function\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write/;
    const offenders = files(dist(target))
      .filter((f) => f.endsWith('.js'))
      .filter((f) => banned.test(readFileSync(f, 'utf8')))
      .map((f) => relative(dist(target), f));
    expect(offenders).toEqual([]);
  });

  it('loads no remote code: every script and style is a local file', () => {
    for (const f of files(dist(target)).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    }
  });

  // 400 KB until the interface and the registry came in four languages (each language's messages and registry texts
  // are about 95 KB) and the letters in four (about 90 KB): 800 KB holds that with room, and still catches a stray
  // dependency or source map.
  it('stays small overall', () => {
    const total = files(dist(target)).reduce((n, f) => n + statSync(f).size, 0);
    expect(total).toBeLessThan(800 * 1024);
  });

  it('ships the locales without translator notes, every message intact', () => {
    for (const lang of ['en', 'nl', 'de', 'fr']) {
      const shipped = JSON.parse(readFileSync(join(dist(target), '_locales', lang, 'messages.json'), 'utf8')) as Record<string, Record<string, unknown>>;
      const source = JSON.parse(readFileSync(join(ROOT, 'extension', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(shipped).sort()).toEqual(Object.keys(source).sort());
      for (const [k, m] of Object.entries(shipped)) {
        expect(m.message, k).toBe(source[k]!.message);
        expect(m).not.toHaveProperty('description');
      }
    }
  });
});

describe('web-ext lint', () => {
  it('finds no error and no warning in the Firefox build', () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '--source-dir', dist('firefox'), '--output', 'json', '--no-input'], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    const brief = (xs: { code: string; file?: string; message: string }[]) => xs.map((x) => `${x.code} ${x.file ?? ''}: ${x.message}`);
    expect(brief(report.errors)).toEqual([]);
    expect(brief(report.warnings)).toEqual([]);
  });
});

describe('npm run package', () => {
  it('zips both builds exactly, plus the source archive, reproducibly', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { unzip } = await import('../tools/zip.mjs');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const run = () => {
      const out = mkdtempSync(join(tmpdir(), 'unscraped-pkg-'));
      execFileSync(process.execPath, [join(ROOT, 'tests/tools/package.mjs'), '--no-build', '--out', out], { cwd: ROOT });
      return out;
    };
    const a = run();
    const b = run();
    for (const target of TARGETS) {
      const file = `unscraped-${target}-${version}.zip`;
      const entries = unzip(readFileSync(join(a, file)));
      const expected = files(dist(target)).map((f) => relative(dist(target), f)).sort();
      expect(entries.map((e: { name: string }) => e.name).sort()).toEqual(expected);
      for (const e of entries) expect(e.data.equals(readFileSync(join(dist(target), e.name))), e.name).toBe(true);
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
    }
    const source = unzip(readFileSync(join(a, `unscraped-source-${version}.zip`))).map((e: { name: string }) => e.name);
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md', 'src/content/index.ts', 'extension/_locales/en/messages.json']) {
      expect(source).toContain(needed);
    }
    expect(source.some((n: string) => n.startsWith('node_modules/') || n.startsWith('dist/'))).toBe(false);
  });
});
