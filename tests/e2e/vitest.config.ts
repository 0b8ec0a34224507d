import { defineConfig } from 'vitest/config';

// Real browsers, one file at a time (2-core machines); each file launches its own browser with a fresh profile.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default', './tests/tools/count-reporter.ts'],
  },
});
