/**
 * The only door to the WebExtension API for extension pages and the worker. The content script does not import
 * this (it stays small and uses the browser's own `runtime`, see src/content).
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
