import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { findingsTable } from '../../src/core/evidence-words';
import { PLATFORMS } from '../../src/core/registry/platforms';
import { EVIDENCE } from '../../src/core/registry/evidence';
import { SCRAPERS } from '../../src/core/registry/scrapers';
import { LAWS } from '../../src/core/registry/laws';
import { lawRulesTable } from '../../src/core/registry/law-rules';

export default defineConfig({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  define: {
    // the worker's table of platform names and findings, as the build defines it (vite.config.ts FINDINGS_DEFINE;
    // src/core/registry/findings.ts)
    __UNSCRAPED_FINDINGS__: JSON.stringify(JSON.stringify(findingsTable(PLATFORMS, EVIDENCE, (id) => SCRAPERS.find((s) => s.id === id) ?? null))),
    // the worker's table of the laws' response rules (vite.config.ts LAW_RULES_DEFINE; src/core/registry/law-rules.ts)
    __UNSCRAPED_LAW_RULES__: JSON.stringify(JSON.stringify(lawRulesTable(LAWS))),
  },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.tsx', 'tests/dom/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/tools/count-reporter.ts'],
    clearMocks: true,
  },
});
