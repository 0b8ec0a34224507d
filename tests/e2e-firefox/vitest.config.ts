import { defineConfig } from 'vitest/config';

// Real Firefox, one file at a time (2-core machines); each file launches its own Firefox with a fresh profile.
// The client (tests/e2e/lib/firefox.mjs) talks WebDriver BiDi over the global WebSocket, which Node 20 only has with
// --experimental-websocket: the test workers get the flag when this Node lacks the global (Node 22+ has it).
const needsFlag = typeof globalThis.WebSocket === 'undefined';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks', // execArgv reaches child processes; worker threads refuse --experimental-websocket
    execArgv: needsFlag ? ['--experimental-websocket', '--disable-warning=ExperimentalWarning'] : [],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default', './tests/tools/count-reporter.ts'],
  },
});
