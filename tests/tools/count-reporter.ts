/**
 * A Vitest reporter that ends a run with the plain line `<suite>: N passed, N failed` and, when COUNTS_FILE is set,
 * appends the counts as one JSON line there so `npm test` can total every stage.
 */
import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  private readonly suite = process.env.SUITE_NAME ?? "tests";

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      // a file that failed to load counts as one failure
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
        else skipped++;
      }
    }
    failed += unhandledErrors.length;
    console.log(`${this.suite}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    if (process.env.COUNTS_FILE) {
      appendFileSync(process.env.COUNTS_FILE, `${JSON.stringify({ suite: this.suite, passed, failed, skipped })}\n`);
    }
  }
}
