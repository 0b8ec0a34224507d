/**
 * The worker's health as users see it: the last storage failure of each area and kind of call (reading, writing), as
 * long as that kind of call has not worked in that area since. So a storage.local that refuses every write (its quota
 * full) stays reported while reads from it still work. Memory only (a worker that restarts starts healthy and finds
 * out again). Read by the `getHealth` message.
 */
import type { Health } from '../core/protocol/pages';

export type StorageKind = 'read' | 'write';
const failing = new Map<string, { area: 'local' | 'session'; problem: string }>();

/** `problem` null: a call of this kind just worked in this area. */
export function noteStorage(area: 'local' | 'session', kind: StorageKind, problem: string | null): void {
  if (problem === null) failing.delete(`${area} ${kind}`);
  else failing.set(`${area} ${kind}`, { area, problem: problem.slice(0, 300) });
}

/** A problem that is not a failing call, e.g. kept-aside copies that are full. */
const notes = new Set<string>();
export function noteProblem(problem: string): void {
  notes.add(problem.slice(0, 300));
}

export function health(): Health {
  const problems = [...failing.values()].map(({ area, problem }) => `storage.${area}: ${problem}`).concat([...notes]);
  return { ok: problems.length === 0, problems };
}

/** For tests: forget everything. */
export function resetHealth(): void {
  failing.clear();
  notes.clear();
}
