#!/usr/bin/env node
// `npm run package`: builds both targets and writes store uploads to packages/:
//   unscraped-chrome-<version>.zip    for the Chrome Web Store
//   unscraped-firefox-<version>.zip   for addons.mozilla.org
//   unscraped-source-<version>.zip    the source AMO asks for when the code is bundled: every file git tracks,
//                                     with the README's build steps (npm ci && npm run build)
// Options: --no-build (package the existing dist/), --out DIR (instead of packages/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zip } from './zip.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { values: opt } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, out: { type: 'string' } } });
const out = resolve(opt.out ?? join(root, 'packages'));
const dist = resolve(root, process.env.UNSCRAPED_DIST ?? 'dist');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
const entriesOf = (dir, files = walk(dir)) => files.map((f) => ({ name: relative(dir, f).split('\\').join('/'), data: readFileSync(f) }));

if (!opt['no-build']) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
mkdirSync(out, { recursive: true });
const written = [];
for (const target of ['chrome', 'firefox']) {
  const file = join(out, `unscraped-${target}-${version}.zip`);
  writeFileSync(file, zip(entriesOf(join(dist, target))));
  written.push(file);
}
const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
if (tracked.status === 0) {
  const files = tracked.stdout.split('\0').filter(Boolean).map((f) => join(root, f));
  const file = join(out, `unscraped-source-${version}.zip`);
  writeFileSync(file, zip(entriesOf(root, files)));
  written.push(file);
} else {
  console.warn('not a git checkout: source archive skipped');
}
for (const f of written) console.log(`wrote ${relative(root, f)} (${(readFileSync(f).length / 1024).toFixed(1)} KB)`);
