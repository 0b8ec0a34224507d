/** Run-time guards shared by the protocol parsers: plain objects only, exact keys, no inherited or `__proto__` tricks. */

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** True when `x` has exactly these own keys (no more, no fewer). */
export function hasExactKeys(x: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(x, k));
}

/** True when `x` has every key of `required`, and no key outside `required` and `optional`. */
export function hasKeys(x: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  const own = Object.keys(x);
  return required.every((k) => Object.prototype.hasOwnProperty.call(x, k)) && own.every((k) => required.includes(k) || optional.includes(k));
}

export const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** A document id as the content script makes them (`crypto.randomUUID()`). */
export const DOC_ID = /^[A-Za-z0-9-]{8,64}$/;
