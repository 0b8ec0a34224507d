#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm's pre-scripts), so the two commands work on a fresh clone:
// installs the npm dependencies when they are missing or older than the lockfile, and the browsers the command
// needs when they are missing and this machine can install them (Debian/Ubuntu as root or with passwordless sudo).
// Uses nothing but Node itself. Set UNSCRAPED_NO_AUTO_INSTALL=1 to only check.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locateBrowser } from '../e2e/lib/browsers.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const lifecycle = process.env.npm_lifecycle_event ?? '';
const needs = lifecycle.includes('test') ? ['chromium', 'firefox-esr'] : ['chromium'];
const autoInstall = process.env.UNSCRAPED_NO_AUTO_INSTALL !== '1';

function run(cmd, args) {
  console.log(`> ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

// 1. npm dependencies
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  if (!autoInstall) {
    console.error('npm dependencies are missing or stale: run `npm ci`.');
    process.exit(1);
  }
  console.log('Installing npm dependencies (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}

// 2. browsers
const missing = needs.filter((b) => {
  try {
    return !locateBrowser(b);
  } catch (e) {
    console.error(e.message); // e.g. CHROMIUM_PATH points nowhere
    process.exit(1);
  }
});
if (missing.length) {
  const root_ = process.getuid?.() === 0;
  const sudo = !root_ && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (autoInstall && apt && (root_ || sudo)) {
    console.log(`Installing ${missing.join(' and ')} from the system's packages (apt-get)…`);
    const pre = sudo ? ['sudo'] : [];
    const [c, ...a] = [...pre, 'apt-get'];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok = spawnSync(c, [...a, 'update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync(c, [...a, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env }).status === 0;
    if (!ok) {
      console.error(`Could not install ${missing.join(', ')}.`);
      process.exit(1);
    }
  } else {
    console.error(
      `${missing.join(' and ')} not found. Install with \`sudo apt-get install -y ${missing.join(' ')}\` ` +
        '(Debian/Ubuntu), or set CHROMIUM_PATH / FIREFOX_PATH to the browsers\' binaries.',
    );
    process.exit(1);
  }
}
