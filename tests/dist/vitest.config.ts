import { defineConfig } from 'vitest/config';

// Checks of the built packages in dist/ (run after `npm run build`).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['default', './tests/tools/count-reporter.ts'],
  },
});
