/**
 * Queues that run jobs one after another: one per tab, and one per site.
 *
 * A tab's queue holds every read-modify-write of that tab's state: following a navigation, an upload, delivering a
 * policy and reading its receipt, a private tab's "Not on this site", forgetting a closed tab, and the refresh after
 * preferences changed. Telling a content script a policy without changing its tab's state (another tab of the site
 * showed the notice) only reads, and runs outside.
 *
 * A site's queue holds "may the notice show now?" together with "it showed": without it, two tabs of one site that
 * load at once would both be told to show the notice. Always take a tab's queue first, then its site's.
 */
function keyedQueue<K>() {
  const queues = new Map<K, Promise<unknown>>();
  return function serialize<T>(key: K, job: () => Promise<T>): Promise<T> {
    const next = (queues.get(key) ?? Promise.resolve()).then(job, job);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  };
}

export const serialize = keyedQueue<number>();
export const serializeSite = keyedQueue<string>();
