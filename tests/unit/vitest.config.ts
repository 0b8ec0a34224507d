import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.tsx', 'tests/dom/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/tools/count-reporter.ts'],
    clearMocks: true,
  },
});
