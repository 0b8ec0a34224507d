// ESLint flat config. Besides typescript-eslint's recommended rules it enforces the architecture of
// shared/architecture.json, one zone per part (see `zones` below): src/core is pure (no browser API, no polyfill, no
// Preact, no imports from glue or entry points), glue and shared UI import no entry point, entry points meet only
// through messages and storage, the content script carries neither the polyfill nor Preact nor personal-data modules,
// and in the popup and options only main.tsx and connector.ts talk to the browser. No source uses HTML sinks or eval.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: build DOM with createElement and textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];
const noNetwork = [
  { name: 'fetch', message: 'Unscraped makes no network requests.' },
  { name: 'XMLHttpRequest', message: 'Unscraped makes no network requests.' },
  { name: 'WebSocket', message: 'Unscraped makes no network requests.' },
  { name: 'EventSource', message: 'Unscraped makes no network requests.' },
];


/** Import patterns that reach a part of src/ (e.g. 'ext' or 'core/user') from a file up to three folders below src/:
 * relative imports climb to src/ and go down into the part (a file inside core reaching core/user also climbs). */
function zonePatterns(parts) {
  const ups = ['..', '../..', '../../..'];
  return parts.flatMap((part) => ups.flatMap((up) => [`${up}/${part}`, `${up}/${part}/**`]).concat(part.includes('/') ? [`./${part.split('/')[1]}`, `./${part.split('/')[1]}/**`] : []));
}

/** One flat-config block per architecture part: what it may not import, and why. */
function zones(spec) {
  return Object.entries(spec).map(([files, { parts, libs, why }]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...(libs.length ? [{ group: libs, message: why }] : []),
          { group: zonePatterns(parts), message: why },
        ],
      }],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'demo-out/**', 'bench-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-globals': ['error', ...noNetwork],
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon', message: 'No network.' }],
    },
  },
  // The architecture (shared/architecture.json): entry points -> glue (ext, ui) -> core, never the reverse; entry
  // points meet only through messages and storage. One zone per part, each listing what it may not import.
  ...zones({
    'src/core/**/*.{ts,tsx}': {
      parts: ['ext', 'ui', 'content', 'background', 'popup', 'options'],
      libs: ['webextension-polyfill', 'preact', 'preact/*'],
      why: 'src/core is pure TypeScript: no browser API, no screen, and it serves the entry points, never the reverse.',
    },
    'src/ext/**/*.{ts,tsx}': {
      parts: ['ui', 'content', 'background', 'popup', 'options'],
      libs: ['preact', 'preact/*'],
      why: 'src/ext is glue: it knows no screen and no entry point.',
    },
    'src/ui/**/*.{ts,tsx}': {
      parts: ['ext', 'content', 'background', 'popup', 'options'],
      libs: ['webextension-polyfill'],
      why: 'src/ui renders from a data interface; only a page’s controller talks to the browser.',
    },
    'src/content/**/*.{ts,tsx}': {
      parts: ['ext', 'ui', 'background', 'popup', 'options', 'core/user', 'core/requests', 'core/data'],
      libs: ['webextension-polyfill', 'preact', 'preact/*'],
      why: 'The content script stays small (no polyfill, no Preact), meets the worker only through messages, and never carries personal data.',
    },
    'src/background/**/*.{ts,tsx}': {
      parts: ['ui', 'content', 'popup', 'options'],
      libs: ['preact', 'preact/*'],
      why: 'The worker meets the pages only through messages and storage.',
    },
    'src/popup/**/*.{ts,tsx}': {
      parts: ['content', 'background', 'options'],
      libs: [],
      why: 'The popup meets the worker and the other pages only through messages and storage.',
    },
    'src/options/**/*.{ts,tsx}': {
      parts: ['content', 'background', 'popup'],
      libs: [],
      why: 'The options page meets the worker and the other pages only through messages and storage.',
    },
  }),
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...noNetwork,
        { name: 'chrome', message: 'src/core has no browser API.' },
        { name: 'browser', message: 'src/core has no browser API.' },
        { name: 'window', message: 'src/core has no browser API.' },
        { name: 'document', message: 'src/core has no browser API.' },
        { name: 'localStorage', message: 'src/core has no browser API.' }],
    },
  },
  // only a page's mount (main.tsx) and its data source (connector.ts) talk to the browser
  ...['popup', 'options'].map((page) => ({
    files: [`src/${page}/**/*.{ts,tsx}`],
    ignores: [`src/${page}/main.tsx`, `src/${page}/connector.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill', ...zonePatterns(['ext'])], message: 'Only main.tsx and connector.ts talk to the browser.' },
          { group: zonePatterns(['content', 'background', page === 'popup' ? 'options' : 'popup']), message: 'Pages meet the worker and each other only through messages and storage.' },
        ],
      }],
    },
  })),
  {
    files: ['tests/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
