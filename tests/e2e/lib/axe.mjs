/**
 * Accessibility checks with axe-core inside a page of the extension. The source is evaluated over the DevTools
 * protocol (Playwright's evaluate), which the page's CSP does not govern: nothing is added to the page's own scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2, levels A and AA */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations axe finds in `page` (a Playwright page), or in the element `selector` names, each as
 * `rule: target, target…` for a readable failure. */
export async function axeViolations(page, selector = null) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) await page.evaluate(AXE);
  const found = await page.evaluate(
    ([tags, sel]) => globalThis.axe.run(sel ? document.querySelector(sel) : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)),
    [AXE_TAGS, selector],
  );
  return found;
}

/**
 * The in-page notice lives in a closed shadow root that axe cannot enter. Its markup and styles are read through the
 * DevTools protocol (which sees closed roots) and rebuilt in an open shadow root, at the same place, on a plain page of
 * `fixturePage`; axe then checks that copy: roles, names, contrast with its own styles.
 */
export async function noticeAxeViolations(ext, page, fixturePage) {
  const cdp = await ext.context.newCDPSession(page);
  let html;
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const htmlNode = (root.children ?? []).find((n) => n.nodeName === 'HTML');
    const host = (htmlNode?.children ?? []).find((n) => n.nodeName === 'UNSCRAPED-NOTICE');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('no notice to check');
    const parts = [];
    for (const c of shadow.children ?? []) parts.push((await cdp.send('DOM.getOuterHTML', { backendNodeId: c.backendNodeId })).outerHTML);
    html = parts.join('');
  } finally {
    await cdp.detach().catch(() => {});
  }
  await fixturePage.evaluate((markup) => {
    document.documentElement.lang = document.documentElement.lang || 'en';
    const host = document.createElement('unscraped-notice-copy');
    document.documentElement.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = markup;
  }, html);
  return axeViolations(fixturePage, 'unscraped-notice-copy');
}
