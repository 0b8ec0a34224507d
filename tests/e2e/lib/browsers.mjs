// Where the browsers and the builds are: shared by both e2e clients, the demo, the bench and `npm start` /
// `npm test`'s pre-check (which runs before `npm ci`, so this file imports nothing but Node).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
/** where `npm run build` writes dist/chrome and dist/firefox (UNSCRAPED_DIST moves it) */
export const DIST = resolve(ROOT, process.env.UNSCRAPED_DIST ?? 'dist');

/** Fail with the command to run when `dir` holds no extension build. */
export function assertBuilt(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run \`npm run build\` first.`);
  }
}

export const BROWSERS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    package: 'chromium',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium',
      '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  },
  'firefox-esr': {
    env: 'FIREFOX_PATH',
    package: 'firefox-esr',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'],
  },
};

/** The browser's binary: $<env> if set (and it must exist), else the first usual path that exists, else null. */
export function locateBrowser(name) {
  const b = BROWSERS[name];
  const fromEnv = process.env[b.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${b.env}=${fromEnv} does not exist.`);
  }
  return b.paths.find((p) => existsSync(p)) ?? null;
}

/** Like locateBrowser, but an error that says how to install the browser when it is missing. */
export function findBrowser(name) {
  const found = locateBrowser(name);
  if (found) return found;
  const b = BROWSERS[name];
  throw new Error(`${name} was not found. Install it with \`sudo apt-get install -y ${b.package}\` (Debian/Ubuntu), or point ${b.env} at its binary.`);
}
