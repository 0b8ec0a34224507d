#!/usr/bin/env node
// `npm test`: every check this project has, in order, on a fresh clone. Stages keep running after a failure (so one
// run shows every problem) except those that need a build that failed. Vitest stages report their own test counts;
// every other stage (typecheck, lint, build) counts as one check. The last line is `N passed, N failed`.
//   npm test                    everything
//   npm test -- unit e2e-chromium   only these stages (names below)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const vitest = (config) => [bin('vitest'), ['run', '--config', config]];

const STAGES = [
  { name: 'typecheck', cmd: [bin('tsc'), ['--noEmit', '-p', '.']] },
  { name: 'lint', cmd: [bin('eslint'), ['--max-warnings', '0', '.']] },
  { name: 'unit', cmd: vitest('tests/unit/vitest.config.ts'), counted: true },
  { name: 'build', cmd: ['npm', ['run', '--silent', 'build']] },
  { name: 'dist', cmd: vitest('tests/dist/vitest.config.ts'), counted: true, needsBuild: true },
  { name: 'e2e-chromium', cmd: vitest('tests/e2e/vitest.config.ts'), counted: true, needsBuild: true },
  { name: 'e2e-firefox', cmd: vitest('tests/e2e-firefox/vitest.config.ts'), counted: true, needsBuild: true },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !STAGES.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown stage(s): ${unknown.join(', ')}; stages are: ${STAGES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const stages = wanted.length ? STAGES.filter((s) => wanted.includes(s.name)) : STAGES;

const tmp = mkdtempSync(join(tmpdir(), 'unscraped-test-'));
const countsFile = join(tmp, 'counts.jsonl');
const results = [];
let buildFailed = false;
const t0 = Date.now();

for (const stage of stages) {
  console.log(`\n━━ ${stage.name} ━━`);
  if (stage.needsBuild && (buildFailed || !existsSync(join(root, 'dist', 'chrome', 'manifest.json')))) {
    console.log(`skipped: it needs a successful build`);
    results.push({ name: stage.name, passed: 0, failed: 1, ms: 0, note: 'not run: no build' });
    continue;
  }
  const s = Date.now();
  rmSync(countsFile, { force: true });
  const [cmd, args] = stage.cmd;
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, COUNTS_FILE: countsFile, SUITE_NAME: stage.name, ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }) },
  });
  const ok = r.status === 0;
  if (stage.name === 'build' && !ok) buildFailed = true;
  let passed = ok ? 1 : 0;
  let failed = ok ? 0 : 1;
  if (stage.counted && existsSync(countsFile)) {
    const lines = readFileSync(countsFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    passed = lines.reduce((n, l) => n + l.passed, 0);
    failed = lines.reduce((n, l) => n + l.failed, 0);
    // a run that exits non-zero without a failed test (a crash, an unhandled error) still fails
    if (!ok && failed === 0) failed = 1;
  }
  results.push({ name: stage.name, passed, failed, ms: Date.now() - s });
}
rmSync(tmp, { recursive: true, force: true });

console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '} ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${(r.ms / 1000).toFixed(1)} s${r.note ? `  (${r.note})` : ''}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
