#!/usr/bin/env node
// `npm start`: build the extension, then open Chromium with it loaded in a fresh profile on a bundled demo profile
// page, served locally as if it were https://www.instagram.com/alex.demo/ (no account, no internet needed).
//
//   npm start                                   a browser window; close it to finish
//   npm start -- --headless --screenshot DIR    no window: writes DIR/page.png and DIR/popup.png, prints the demo
//                                               tab's badge and title, exits 0
//   --no-build                                  use the existing dist/chrome
// Without a display (no $DISPLAY or $WAYLAND_DISPLAY) it runs headless and writes screenshots to demo-out/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (o.help) {
  console.log('usage: npm start [-- --headless] [--screenshot DIR] [--no-build]');
  process.exit(0);
}

const root = resolve(new URL('../..', import.meta.url).pathname);
const DEMO_URL = 'https://www.instagram.com/alex.demo/';
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let headless = o.headless;
let shots = o.screenshot;
if (!headless && !hasDisplay) {
  headless = true;
  shots ??= join(root, 'demo-out');
  console.log('No display found: running headless and writing screenshots instead of opening a window.');
}

if (!o['no-build']) {
  console.log('Building the extension (npm run build:chrome)…');
  const b = spawnSync('npm', ['run', '--silent', 'build:chrome'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(1);
  }
}

const { launchWithExtension, readNotice } = await import('../e2e/lib/chromium.mjs');
const demo = readFileSync(join(root, 'tests/fixtures/pages/demo-profile.html'), 'utf8');

let ext;
try {
  ext = await launchWithExtension({
    headless,
    // in a window the rest of the web works as usual; headless runs stay fully offline and repeatable
    blockOtherRequests: headless,
    viewport: headless ? { width: 1200, height: 760 } : null,
  });
} catch (e) {
  console.error(`Could not start Chromium: ${e.message}`);
  process.exit(1);
}
await ext.serve('https://www.instagram.com/alex.demo/**', demo);

const page = ext.context.pages()[0] ?? (await ext.context.newPage());
await page.goto(DEMO_URL);
const tabId = await ext.tabId(page);
const badge = await ext.until(async () => {
  const b = await ext.badge(tabId);
  return b.text ? b : null;
}, 5_000);
console.log(`Demo tab: ${DEMO_URL}`);
console.log(`Badge text: ${JSON.stringify(badge?.text ?? '')}`);
console.log(`Badge title: ${badge?.title ?? '(none)'}`);
// the worker hands the page its policy once the badge is set: on this profile page, the notice follows (its sentence
// comes a moment after its frame, in a task of its own: wait for the sentence)
const notice = await ext.until(async () => {
  const n = await readNotice(ext, page);
  return n?.status ? n : null;
}, 3_000);
console.log(`In-page notice: ${notice?.status ? JSON.stringify(notice.status) : '(none)'}`);

if (shots) {
  mkdirSync(shots, { recursive: true });
  // the notice fades in (0.16 s, where the user allows motion): take the page once it has, not half-transparent
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, 'page.png') });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(ext.url(`src/popup/index.html?tabId=${tabId}`));
  await popup.getByRole('heading', { level: 2 }).waitFor({ timeout: 5_000 });
  // as tall as the popup's content, like the real popup, once the parts it loads after its first paint (the evidence)
  // are in: measured too early, a scroll bar would take its width
  const measure = () => popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  let height = await measure();
  for (let i = 0; i < 20; i++) {
    await popup.waitForTimeout(100);
    const now = await measure();
    if (now === height) break;
    height = now;
  }
  await popup.setViewportSize({ width: 360, height: Math.max(120, height) });
  await popup.screenshot({ path: join(shots, 'popup.png') });
  await popup.close();
  console.log(`Screenshots: ${join(shots, 'page.png')}, ${join(shots, 'popup.png')}`);
}

if (headless) {
  await ext.close();
  process.exit(badge?.text ? 0 : 1);
} else {
  console.log('Chromium is open with Unscraped loaded. Pin it from the puzzle-piece menu to see its badge.');
  console.log('Close the browser window (or press Ctrl+C) to finish.');
  const done = () => ext.close().then(() => process.exit(0));
  ext.context.on('close', done);
  process.on('SIGINT', done);
}
