/**
 * One queue per tab, so two events about one tab cannot overwrite each other's update of its state.
 *
 * What runs inside a tab's queue: every read-modify-write of that tab's state (following a navigation, an upload,
 * delivering a policy and reading its receipt, a private tab's "Not on this site", forgetting a closed tab, and the
 * refresh after preferences changed). What runs outside: telling a content script a policy without changing the
 * tab's state (another tab of the site showed the notice), which only reads.
 */
const queues = new Map<number, Promise<unknown>>();

export function serialize<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}
