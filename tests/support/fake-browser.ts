/**
 * An in-memory WebExtension API for the worker's tests: storage areas (with change events, and faults on demand),
 * tabs, the toolbar badge, scripting (runs the injected function in this test's world, as the browser runs it in the
 * content script's), alarms and i18n. One instance per test process, kept on globalThis so that a test that
 * restarts the worker (vi.resetModules, then import again) finds the same storage, as a real restarted worker would.
 *
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser')).fake.browser }));
 */
type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

/** What a storage operation does instead of its job: throw this error, or never answer. */
export type Fault = Error | 'hang';
type Op = 'get' | 'set' | 'remove';

function makeFake() {
  const listeners: Listener[] = [];
  const area = (name: 'local' | 'session' | 'sync') => {
    let data: Record<string, unknown> = {};
    const faults: Partial<Record<Op, Fault>> = {};
    /** after this many more successful writes, every write fails (a worker killed mid-write) */
    let writesLeft = Infinity;
    let delayMs = 0;
    const notify = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
      if (Object.keys(changes).length) listeners.forEach((l) => l(changes, name));
    };
    const run = async <T>(op: Op, job: () => T): Promise<T> => {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const f = faults[op];
      if (f === 'hang') return new Promise<T>(() => undefined);
      if (f) throw f;
      if (op !== 'get') {
        if (writesLeft <= 0) throw new Error('the worker was stopped');
        writesLeft--;
      }
      return job();
    };
    return {
      dump: () => data,
      /** empty the area (announced as changes, as clearing storage would be) and take faults away */
      reset: () => {
        const old = data;
        data = {};
        for (const k of Object.keys(faults)) delete faults[k as Op];
        writesLeft = Infinity;
        delayMs = 0;
        notify(Object.fromEntries(Object.keys(old).map((k) => [k, { oldValue: old[k] }])));
      },
      fail: (op: Op, fault: Fault | null) => {
        if (fault) faults[op] = fault;
        else delete faults[op];
      },
      stopAfterWrites: (n: number) => {
        writesLeft = n;
      },
      slow: (ms: number) => {
        delayMs = ms;
      },
      get: (k: string | string[] | null) =>
        run('get', () => {
          if (k === null) return structuredClone(data);
          const keys = Array.isArray(k) ? k : [k];
          return Object.fromEntries(keys.filter((x) => x in data).map((x) => [x, structuredClone(data[x])]));
        }),
      set: (o: Record<string, unknown>) =>
        run('set', () => {
          const copy = structuredClone(o);
          const changes = Object.fromEntries(Object.keys(copy).map((k) => [k, { oldValue: data[k], newValue: copy[k] }]));
          data = { ...data, ...copy };
          notify(changes);
        }),
      clear: () =>
        run('remove', () => {
          const old = data;
          data = {};
          notify(Object.fromEntries(Object.keys(old).map((x) => [x, { oldValue: old[x] }])));
        }),
      remove: (k: string | string[]) =>
        run('remove', () => {
          const keys = Array.isArray(k) ? k : [k];
          const changes = Object.fromEntries(keys.filter((x) => x in data).map((x) => [x, { oldValue: data[x] }]));
          for (const x of keys) delete data[x];
          notify(changes);
        }),
    };
  };

  const tabs = new Map<number, { id: number; url?: string; incognito: boolean; index: number; status?: string }>();
  /** tab-specific badge texts and titles; the global ones are under GLOBAL (-1). A tab set to `null` shows the global. */
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const GLOBAL = -1;
  const created: string[] = [];
  const injections: { tabId: number; frameIds: number[] }[] = [];
  const alarms = new Map<string, { name: string; scheduledTime: number }>();
  const browser = {
    runtime: {
      id: 'ourid',
      getURL: (p: string) => `chrome-extension://ourid/${p}`,
      getManifest: () => ({ host_permissions: [], version: '0.1.0' }),
    },
    storage: {
      local: area('local'),
      session: area('session'),
      sync: area('sync'),
      onChanged: { addListener: (l: Listener) => listeners.push(l) },
    },
    tabs: {
      get: async (id: number) => {
        const t = tabs.get(id);
        if (!t) throw new Error('no tab');
        return t;
      },
      query: async () => [...tabs.values()].map((t) => ({ status: 'complete', ...t })),
      create: async ({ url }: { url: string }) => {
        created.push(url);
        return {};
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId?: number; text: string | null }) => {
        if (text === null) badges.delete(tabId ?? GLOBAL);
        else badges.set(tabId ?? GLOBAL, text);
      },
      setBadgeBackgroundColor: async () => {},
      setTitle: async ({ tabId, title }: { tabId?: number; title: string | null }) => {
        if (title === null) titles.delete(tabId ?? GLOBAL);
        else titles.set(tabId ?? GLOBAL, title);
      },
      setBadgeTextColor: async () => {},
    },
    permissions: {
      granted: new Set<string>(),
      contains: async ({ permissions = [] }: { permissions?: string[] }) => permissions.every((p) => browser.permissions.granted.has(p)),
    },
    notifications: {
      shown: [] as { title: string; message: string }[],
      create: async (_id: string, o: { title: string; message: string }) => {
        browser.notifications.shown.push({ title: o.title, message: o.message });
        return _id;
      },
    },
    alarms: {
      create: async (name: string, info: { when: number }) => {
        alarms.set(name, { name, scheduledTime: info.when });
      },
      clear: async (name: string) => alarms.delete(name),
      get: async (name: string) => alarms.get(name),
      onAlarm: { addListener: () => {} },
    },
    i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
    scripting: {
      executeScript: async ({ target, func, args }: { target: { tabId: number; frameIds: number[] }; func: (...a: unknown[]) => unknown; args: unknown[] }) => {
        injections.push({ tabId: target.tabId, frameIds: target.frameIds });
        if (!tabs.has(target.tabId)) throw new Error('no tab');
        return [{ frameId: 0, documentId: 'D', result: structuredClone(func(...structuredClone(args))) }];
      },
    },
  };
  /** What a tab's toolbar shows: its own text, else the global one. */
  const shownBadge = (tabId: number) => badges.get(tabId) ?? badges.get(GLOBAL) ?? '';
  const shownTitle = (tabId: number) => titles.get(tabId) ?? titles.get(GLOBAL) ?? '';
  /** A browser as the worker finds it on a fresh profile: every storage area empty, no tab, badge, alarm, permission
   * or notification, nothing created or injected. For each test's start. */
  const resetAll = () => {
    for (const a of [browser.storage.local, browser.storage.session, browser.storage.sync]) a.reset();
    tabs.clear();
    badges.clear();
    titles.clear();
    alarms.clear();
    created.length = 0;
    injections.length = 0;
    browser.permissions.granted.clear();
    browser.notifications.shown.length = 0;
  };
  return { browser, tabs, badges, titles, created, injections, alarms, GLOBAL, shownBadge, shownTitle, resetAll };
}

export type FakeBrowser = ReturnType<typeof makeFake>;
const g = globalThis as { __unscrapedFakeBrowser?: FakeBrowser };
export const fake: FakeBrowser = (g.__unscrapedFakeBrowser ??= makeFake());
