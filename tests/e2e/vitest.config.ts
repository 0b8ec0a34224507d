import { defineConfig } from 'vitest/config';

// Real browsers, one file at a time (2-core machines); each file launches its own browser with a fresh profile.
// updateExtension() talks CDP over the global WebSocket, which Node 20 only has with --experimental-websocket.
const needsFlag = typeof globalThis.WebSocket === 'undefined';

export default defineConfig({
  test: {
    pool: 'forks', // execArgv reaches child processes; worker threads refuse --experimental-websocket
    execArgv: needsFlag ? ['--experimental-websocket', '--disable-warning=ExperimentalWarning'] : [],
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
