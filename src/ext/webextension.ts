/**
 * What the build uses where the source imports `webextension-polyfill` (vite.config.ts aliases it; the unit tests
 * mock that module instead, and only ext/browser.ts imports it): the browser's own promise-based `browser` namespace.
 * Firefox has always had it, and Chrome has it from version 148 (developer.chrome.com/docs/extensions/develop/concepts/
 * browser-namespace), with runtime.onMessage listeners that answer with a promise; the manifest asks for Chrome 148 or
 * newer. So nothing is wrapped, and no context (the worker least of all, which loads its code each time it wakes)
 * parses the polyfill's 10 KB, or a fallback for an older Chrome, to use none of it.
 */
import type { Browser } from 'webextension-polyfill';

const browser = (globalThis as unknown as { browser: Browser }).browser;
export default browser;
