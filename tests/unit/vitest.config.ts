import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { hostsString } from '../../src/core/hosts';
import { PLATFORM_HOSTS } from '../../src/core/registry/rules';
import { buildDigest } from '../../src/core/registry/digest';
import { PLATFORMS } from '../../src/core/registry/platforms';
import { EVIDENCE } from '../../src/core/registry/evidence';
import { SCRAPERS } from '../../src/core/registry/scrapers';

export default defineConfig({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  // the content script's host list and the registry's digest, as the build defines them (vite.config.ts
  // LISTED_HOSTS_DEFINE; src/core/listed.ts, src/core/registry/digest-data.ts)
  define: {
    __UNSCRAPED_LISTED_HOSTS__: JSON.stringify(hostsString(PLATFORM_HOSTS)),
    __UNSCRAPED_DIGEST__: JSON.stringify(buildDigest(PLATFORMS, EVIDENCE, SCRAPERS)),
  },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.tsx', 'tests/dom/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/tools/count-reporter.ts'],
    clearMocks: true,
  },
});
