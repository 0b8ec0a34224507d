// ESLint flat config. Besides typescript-eslint's recommended rules it enforces the architecture: src/core is pure
// (no browser API, no polyfill, no Preact, no imports from the glue or entry folders), the content script carries
// neither the polyfill nor Preact, and no source uses HTML sinks or eval.
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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'src/core is pure TypeScript.' },
          { group: ['**/ext/**', '**/ext', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/ui/**'], message: 'src/core must not import glue or entry points.' },
        ],
      }],
      'no-restricted-globals': ['error', ...noNetwork,
        { name: 'chrome', message: 'src/core has no browser API.' },
        { name: 'browser', message: 'src/core has no browser API.' },
        { name: 'window', message: 'src/core has no browser API.' },
        { name: 'document', message: 'src/core has no browser API.' },
        { name: 'localStorage', message: 'src/core has no browser API.' }],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill', 'preact', 'preact/*', '**/ext/**', '**/ext', '**/ui/**'], message: 'The content script stays small: no polyfill, no Preact.' },
        ],
      }],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
