import { browser } from './browser';

/**
 * Open one of our pages in a new tab next to `index`.
 * Differs: Firefox allows action.openPopup() only inside a user action in an extension page, and a click relayed from
 * a content script is not one; tabs.create works in both browsers and needs no permission.
 */
export async function openExtensionPage(path: string, index?: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path), ...(typeof index === 'number' ? { index: index + 1 } : {}) });
}
