/**
 * The worker's health as users see it: the last storage failure of each area, if the area has not worked since.
 * Memory only (a worker that restarts starts healthy and finds out again). Read by the `getHealth` message.
 */
import type { Health } from '../core/protocol/pages';

const failing = new Map<'local' | 'session', string>();

/** `problem` null: the area just worked. */
export function noteStorage(area: 'local' | 'session', problem: string | null): void {
  if (problem === null) failing.delete(area);
  else failing.set(area, problem.slice(0, 300));
}

/** A problem that is not a failing call, e.g. kept-aside copies that are full. */
const notes = new Set<string>();
export function noteProblem(problem: string): void {
  notes.add(problem.slice(0, 300));
}

export function health(): Health {
  const problems = [...failing.entries()].map(([area, p]) => `storage.${area}: ${p}`).concat([...notes]);
  return { ok: problems.length === 0, problems };
}

/** For tests: forget everything. */
export function resetHealth(): void {
  failing.clear();
  notes.clear();
}
